// One resolved model, every rendering agrees: for every citation `lawcite check --json` lists in the fixture drafts
// (and the dev drafts in ../shared/eval-dev when present), hover names each target article and bolds the cited 款,
// definition lands in the target article (on the 款/项 line, or on the division heading), and a citation that does
// not resolve gets a hover stating its problem.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Location } from 'vscode-languageserver';
import { toJson } from '../../server/src/cli/commands/check';
import { decodeText } from '../../server/src/core/parser';
import { analyzeDocument, type Citation, type CitationStatus, type CitationTarget, type DocumentAnalysis } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';
import { type Article, type Division, findArticle, type Regulation, structureWords, type TextRange } from '../../server/src/core/model';
import { parseNumeral } from '../../server/src/core/numerals';
import { escapeMarkdown } from '../../server/src/features/markdown';
import { MAX_ARTICLES_IN_HOVER } from '../../server/src/features/hover';
import { pathToUri } from '../../server/src/service/uris';
import { FIXTURES, REPO, SERVICE_CORPUS, ServiceKit } from './serviceKit';
import { loadedCorpus } from '../../server/src/service/static';
import { versionTextDate } from '../../server/src/core/corpus/versions';

const FOLDERS = [
  path.join(FIXTURES, 'server', 'workspace', 'drafts'),
  path.join(FIXTURES, 'vscode'),
  path.join(FIXTURES, 'drafts'),
  path.join(FIXTURES, 'service', 'drafts'),
  path.join(REPO, 'examples'),
];
const DEV_DRAFTS = path.resolve(REPO, '..', 'shared', 'eval-dev', 'drafts');

/** A target as `check --json` prints it: the engine's CitationTarget. */
type JsonTarget = CitationTarget;
interface JsonCitation {
  text: string;
  range: TextRange;
  status: CitationStatus;
  targets: JsonTarget[];
}

const PROBLEM_OF: Partial<Record<CitationStatus, string | string[]>> = {
  ambiguous: 'ambiguous-regulation',
  // A short title never defined (《办法》) is an unknown regulation, said as such.
  'unknown-regulation': ['unknown-regulation', 'undefined-short-title'],
  'unknown-article': 'unknown-article',
  'unknown-paragraph': 'unknown-paragraph',
  'unknown-item': 'unknown-item',
  'no-context': 'no-context',
};

let corpus: Corpus | null = null;
/** The test corpus plus the folder the workspace drafts cite (测试自治区示范条例). */
function consistencyCorpus(): Corpus {
  if (!corpus) {
    corpus = loadCorpus({
      folders: [path.join(FIXTURES, 'citations-corpus'), SERVICE_CORPUS, path.join(FIXTURES, 'server', 'extra-corpus')],
    });
  }
  return corpus;
}

let kit: ServiceKit | null = null;
function consistencyKit(): ServiceKit {
  if (!kit) kit = new ServiceKit({ corpus: loadedCorpus(consistencyCorpus()) });
  return kit;
}

function draftsIn(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => /\.(md|txt)$/i.test(f))
    .sort()
    .map((f) => path.join(folder, f));
}

/** The version of a law a target names, as `lawcite check` reads it. */
function regulationOf(c: Corpus, title: string, version?: string): Regulation | null {
  const law = c.laws.get(title);
  if (!law) return null;
  return (version && law.versions.find((v) => versionTextDate(v) === version)) || c.version(law);
}

/** 第二章第一节 → the division, matched by kind and number (the file may print 第2章). */
function divisionOf(reg: Regulation, written: string): Division | null {
  const kinds = Object.entries(structureWords);
  let level: Division[] = reg.divisions;
  let found: Division | null = null;
  for (const m of written.matchAll(/第([^第编章节]+)(分编|编|章|节)/g)) {
    const kind = kinds.find(([, w]) => w === m[2])?.[0];
    const n = parseNumeral(m[1]);
    const next = findDivision(level, kind, n);
    if (!next) return null;
    found = next;
    level = next.children;
  }
  return found;
}

function findDivision(level: Division[], kind: string | undefined, n: number | null): Division | null {
  for (const d of level) {
    if (d.kind === kind && d.number === n) return d;
    const inner = findDivision(d.children, kind, n);
    if (inner) return inner;
  }
  return null;
}

function inside(r: TextRange, outer: TextRange): boolean {
  const le = (a: TextRange['start'], b: TextRange['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, r.start) && le(r.end, outer.end);
}

/** The bold runs of a hover. */
function boldRuns(md: string): string[] {
  return [...md.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]);
}

/** First words of a line as the hover escapes them. */
function head(text: string, n = 12): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return escapeMarkdown(line.trim().slice(0, n));
}

/** What the checks covered, so the suite cannot pass by checking nothing. */
const covered = { citations: 0, statuses: new Set<string>(), articles: 0, paragraphs: 0, items: 0, divisions: 0 };

/** Every disagreement between `check --json` and hover/definition for one draft. */
function checkDraft(file: string): string[] {
  const c = consistencyCorpus();
  const k = consistencyKit();
  const text = decodeText(fs.readFileSync(file)).text;
  // What `lawcite check --json` prints: the engine run as the CLI runs it, through the CLI's own serialiser.
  const cli: DocumentAnalysis = analyzeDocument(text, c, { defaultRegulation: null, arabicNumerals: 'hint' });
  const json = toJson([{ path: file, analysis: cli }]) as { files: { citations: JsonCitation[] }[] };
  const listed = cli.citations.filter((x) => !x.titleOnly);
  const o = k.open(text, pathToUri(file));
  const structure = k.service.analysis(o.doc).analysis.structure;
  const errors: string[] = [];

  json.files[0].citations.forEach((jc, i) => {
    const where = `${path.basename(file)}:${jc.range.start.line + 1} ${jc.text} [${jc.status}]`;
    const fail = (msg: string) => errors.push(`${where}: ${msg}`);
    covered.citations++;
    covered.statuses.add(jc.status);
    // Inside the first part that is not the title (on a short title, definition goes to its 以下简称 instead).
    const part = listed[i]?.parts.find((p) => p.kind !== 'title')?.range ?? jc.range;
    const wide = part.end.line === part.start.line && part.end.character - part.start.character > 1;
    const at = { line: part.start.line, character: part.start.character + (wide ? 1 : 0) };
    const h = k.service.hover(o.doc, at);
    const md = h ? (h.contents as { value: string }).value : '';
    if (h && JSON.stringify(h.range) !== JSON.stringify(jc.range)) fail(`hover range ${JSON.stringify(h.range)} is not the citation's`);
    const defs: Location[] = k.service.definition(o.doc, at) ?? [];

    if (jc.status === 'resolved' || jc.status === 'self') {
      if (!md) return fail('no hover');
      const articles: Article[] = [];
      for (const t of jc.targets) {
        const reg = t.regulation === null ? structure : regulationOf(c, t.regulation, t.version);
        if (!reg) {
          fail(`target regulation ${t.regulation} not found`);
          continue;
        }
        const fileUri = t.regulation === null ? o.uri : null;
        if (t.article === null) {
          if (!t.division) continue;
          const d = divisionOf(reg, t.division);
          if (!d) {
            fail(`division ${t.division} not in ${reg.title}`);
            continue;
          }
          covered.divisions++;
          if (!defs.some((l) => l.uri === (fileUri ?? pathToUri(d.location.file)) && l.range.start.line === d.location.range.start.line)) {
            fail(`definition does not reach the ${t.division} heading (line ${d.location.range.start.line + 1}): ${JSON.stringify(defs.map((l) => l.range.start.line + 1))}`);
          }
          continue;
        }
        const a = findArticle(reg, t.article, t.articleInsert);
        if (!a) {
          fail(`article ${t.article} not in ${reg.title}`);
          continue;
        }
        if (!articles.includes(a)) articles.push(a);
        covered.articles++;
        if (!md.includes(escapeMarkdown(a.label))) fail(`hover does not name ${a.label}`);
        const uri = fileUri ?? pathToUri(a.location.file);
        const para = t.paragraph !== null ? a.paragraphs.find((p) => p.number === t.paragraph) : null;
        const item = t.item !== null ? (para ?? a.paragraphs.find((p) => p.items.some((it) => it.number === t.item)))?.items.find((it) => it.number === t.item) : null;
        const line = item ? item.location.range.start.line : para ? para.location.range.start.line : a.labelLocation.range.start.line;
        const hit = defs.find((l) => l.uri === uri && l.range.start.line === line);
        if (!hit) fail(`definition misses line ${line + 1} of ${a.label}${para ? ` 第${t.paragraph}款` : ''}: ${JSON.stringify(defs.map((l) => l.range.start.line + 1))}`);
        else if (!inside(hit.range, a.location.range)) fail(`definition ${JSON.stringify(hit.range)} is outside ${a.label}`);
        // Only the first articles are printed in full.
        if (articles.indexOf(a) >= MAX_ARTICLES_IN_HOVER) continue;
        const bold = boldRuns(md);
        if (item) {
          covered.items++;
          if (!bold.some((b) => b.includes(head(item.label + item.text)))) fail(`hover does not bold ${item.label} of ${a.label}`);
        } else if (para) {
          covered.paragraphs++;
          const words = head(para.number === 1 ? para.text.replace(a.label, '') : para.text);
          if (!bold.some((b) => b.includes(words))) fail(`hover does not bold 第${para.number}款 of ${a.label} ("${words}")`);
        }
      }
      return;
    }

    // Unresolved: the hover states the problem that gives the citation its status.
    const citation: Citation | undefined = listed[i];
    const code = PROBLEM_OF[jc.status];
    const problem = citation?.problems.find((p) => (Array.isArray(code) ? code.includes(p.code) : p.code === code));
    if (!problem) return fail(`the check analysis has no ${code} problem`);
    if (!md.includes(escapeMarkdown(problem.message.zh))) fail(`hover does not state "${problem.message.zh}":\n${md}`);
  });

  // The service analysed the same text to the same citations.
  const served = k.service.analysis(o.doc).citations.filter((x) => !x.titleOnly);
  const mine = served.map((x) => `${x.text}|${x.status}|${JSON.stringify(x.targets)}`);
  const theirs = listed.map((x) => `${x.text}|${x.status}|${JSON.stringify(x.targets)}`);
  if (JSON.stringify(mine) !== JSON.stringify(theirs)) errors.push(`${path.basename(file)}: the service's citations differ from check's`);
  return errors;
}

function suite(files: string[]): void {
  for (const file of files) {
    it(path.relative(REPO, file), () => {
      const errors = checkDraft(file);
      assert.deepStrictEqual(errors, [], `${errors.length} disagreement(s):\n${errors.join('\n')}`);
    });
  }
}

describe('service: check --json, hover and definition agree on every citation', function () {
  this.timeout(60000);

  describe('fixture and example drafts', () => {
    const files = FOLDERS.flatMap(draftsIn);
    it('has drafts to check', () => assert.ok(files.length >= 6, `${files.length} drafts`));
    suite(files);
    it('covered every kind of citation', () => {
      assert.ok(covered.citations >= 40, `${covered.citations} citations`);
      for (const s of ['resolved', 'self', 'ambiguous', 'unknown-regulation', 'unknown-article', 'no-context']) assert.ok(covered.statuses.has(s), `no ${s} citation`);
      assert.ok(covered.paragraphs >= 5 && covered.items >= 1 && covered.divisions >= 1, JSON.stringify({ ...covered, statuses: [...covered.statuses] }));
    });
  });

  describe('dev drafts (../shared/eval-dev/drafts)', () => {
    const files = draftsIn(DEV_DRAFTS);
    if (files.length === 0) {
      it('skips without ../shared/eval-dev/drafts', function () {
        console.log(`    (skipped: ${DEV_DRAFTS} not found — the dev set lives in ../shared, which a plain clone does not have)`);
        this.skip();
      });
    }
    suite(files);
  });
});

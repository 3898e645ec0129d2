// The scoring rule of ../shared/eval-dev/score.mjs, in the repository so the real-like sets run without ../shared:
// gold mentions (file, line, text, occurrence, status, targets) against `lawcite check --json` output. Same
// normalisation (whitespace, outer 《》, 〈〉 as 《》, aliases), overlap matching, status rules, title-only citations
// neither scored nor false positives, precision = correct / (matched + false positives), recall = correct / gold.
import * as fs from 'fs';
import * as path from 'path';

export interface GoldTarget {
  regulation: string | null;
  article: number | null;
  articleInsert?: number | null;
  paragraph?: number | null;
  item?: number | null;
}
export interface GoldMention {
  file: string;
  line: number;
  text: string;
  occurrence?: number;
  status: string;
  targets: GoldTarget[];
}
export interface Gold {
  version: 1;
  aliases?: Record<string, string>;
  mentions: GoldMention[];
}
interface Pos {
  line: number;
  character: number;
}
interface PredFile {
  path: string;
  citations: { text: string; range: { start: Pos; end: Pos }; status: string; targets: GoldTarget[] }[];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  correct: number;
  falsePositives: number;
  /** One line per miss, wrong match or false positive: `file:line:col  what`. */
  errors: string[];
}

const normTitle = (t: string) =>
  t.replace(/\s+/g, ' ').trim()
    .replace(/(?<=[\u3400-\u9fff《》〈〉（）])\s+|\s+(?=[\u3400-\u9fff《》〈〉（）])/g, '')
    .replace(/^《(.*)》$/, '$1').replace(/〈/g, '《').replace(/〉/g, '》');

/** UTF-8, else GB18030 (as score.mjs reads the drafts). */
function decode(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('gb18030').decode(buf);
  }
}

const ARTICLE_WORD = /第[^第]{0,12}?[条款项]|[Aa]rticles?\s*\d|[Pp]aragraph|本条|前款|前条|前两款/;
const UNKNOWN = new Set(['unknown-regulation', 'unknown-article', 'unknown-paragraph', 'unknown-item']);

/** Score `pred` (check --json of files named relative to `dir`) against `gold` (its files relative to `dir`). */
export function scoreCitations(gold: Gold, pred: { files: PredFile[] }, dir: string): Score {
  const aliases = new Map(Object.entries(gold.aliases ?? {}).map(([k, v]) => [normTitle(k), normTitle(v)]));
  const normReg = (r: string | null | undefined) => {
    if (r === null || r === undefined || r === '') return 'null';
    const t = normTitle(String(r));
    return aliases.get(t) ?? t;
  };
  const key = (t: GoldTarget) =>
    [normReg(t.regulation), t.article, t.articleInsert, t.paragraph, t.item].map((v) => (v === null || v === undefined ? 'null' : String(v))).join('|');
  const normFile = (p: string) => path.relative(dir, path.resolve(dir, p)).split(path.sep).join('/');
  const before = (a: Pos, b: Pos) => a.line < b.line || (a.line === b.line && a.character < b.character);
  const overlaps = (p: { start: Pos; end: Pos }, g: { start: Pos; end: Pos }) =>
    p.start.line === p.end.line && p.start.character === p.end.character
      ? !before(p.start, g.start) && before(p.start, g.end)
      : before(p.start, g.end) && before(g.start, p.end);
  const errors: string[] = [];

  const lines = new Map<string, string[]>();
  const goldSpans = gold.mentions.map((m) => {
    if (!lines.has(m.file)) lines.set(m.file, decode(fs.readFileSync(path.join(dir, m.file))).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/));
    const line = lines.get(m.file)![m.line] ?? '';
    let idx = -1;
    for (let k = 0; k <= (m.occurrence ?? 0); k++) {
      idx = line.indexOf(m.text, idx + 1);
      if (idx < 0) break;
    }
    if (idx < 0) throw new Error(`gold: span not found: ${m.file}:${m.line + 1} ${m.text}`);
    return { ...m, file: normFile(m.file), start: { line: m.line, character: idx }, end: { line: m.line, character: idx + m.text.length }, keys: new Set(m.targets.map(key)) };
  });

  const preds: { file: string; start: Pos; end: Pos; status: string; text: string; keys: Set<string>; used: boolean }[] = [];
  for (const f of pred.files) {
    for (const c of f.citations) {
      const withArticle = c.targets.filter((t) => t.article !== null && t.article !== undefined);
      const titleOnly = c.targets.length > 0 ? withArticle.length === 0 : !ARTICLE_WORD.test(c.text);
      if (titleOnly) continue;
      preds.push({ file: normFile(f.path), start: c.range.start, end: c.range.end, status: c.status, text: c.text, keys: new Set(withArticle.map(key)), used: false });
    }
  }

  const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
  let correct = 0;
  let matched = 0;
  for (const g of goldSpans) {
    const over = preds.filter((p) => p.file === g.file && overlaps(p, g));
    for (const p of over) p.used = true;
    const union = new Set(over.flatMap((p) => [...p.keys]));
    const statuses = new Set(over.map((p) => p.status));
    let ok = false;
    if (over.length) {
      matched++;
      if (g.status === 'resolved') ok = sameSet(union, g.keys) && [...statuses].every((s) => s === 'resolved');
      else if (g.status === 'no-context') ok = statuses.has('no-context');
      else if (UNKNOWN.has(g.status)) ok = statuses.has(g.status) && (union.size === 0 || sameSet(union, g.keys));
      else ok = statuses.has(g.status) && sameSet(union, g.keys);
    }
    if (ok) correct++;
    else errors.push(`${g.file}:${g.line + 1}:${g.start.character + 1}  ${over.length ? 'wrong' : 'missing'}  ${g.text} — expected ${g.status} [${[...g.keys].join('; ')}]${over.length ? `, got ${[...statuses].join('/')} [${[...union].join('; ')}]` : ''}`);
  }
  let falsePositives = 0;
  for (const p of preds) {
    if (p.used) continue;
    falsePositives++;
    errors.push(`${p.file}:${p.start.line + 1}:${p.start.character + 1}  false positive  ${p.text} — ${p.status}`);
  }
  const precision = matched + falsePositives ? correct / (matched + falsePositives) : 0;
  const recall = goldSpans.length ? correct / goldSpans.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold: goldSpans.length, correct, falsePositives, errors };
}

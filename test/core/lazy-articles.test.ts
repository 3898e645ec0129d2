// Articles read their 款/项/目 and text from their lines on first use. These tests hold that reading to what a
// full (eager) parse builds, over every fixture, the bundled corpus and (when present) the bench corpus.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { articleKey, type Article, type Division, type Regulation, type SourceLocation } from '../../server/src/core/model';
import { loadCorpus } from '../../server/src/core/corpus';
import { decodeText, parseRegulationText } from '../../server/src/core/parser';
import { LazyArticle } from '../../server/src/core/parser/lazyArticle';
import { FIXTURES, REPO_ROOT, SHARED } from './parserTestKit';

const BENCH = path.join(SHARED, 'bench', 'lawrefbook');

function* textFiles(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* textFiles(p);
    else if (/\.(md|txt)$/.test(e.name)) yield p;
  }
}

const loc = (l: SourceLocation) => `${l.file}:${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`;
const div = (d: Division | null) => (d ? `${d.kind}${d.number}:${d.label}${d.heading}@${loc(d.location)}` : null);

/** Everything an article holds, as plain data. */
function snapshot(a: Article): unknown {
  return {
    number: a.number,
    insert: a.insert,
    label: a.label,
    labelLocation: loc(a.labelLocation),
    location: loc(a.location),
    division: div(a.division),
    text: a.text,
    paragraphs: a.paragraphs.map((p) => ({
      number: p.number,
      text: p.text,
      location: loc(p.location),
      items: p.items.map((it) => ({
        number: it.number,
        label: it.label,
        text: it.text,
        location: loc(it.location),
        subitems: it.subitems.map((s) => ({ number: s.number, label: s.label, text: s.text, location: loc(s.location) })),
      })),
    })),
  };
}

function regulationSnapshot(r: Regulation): unknown {
  return { title: r.title, effective: r.effective, adopted: r.adopted, amended: r.amended, issuer: r.issuer, articles: r.articles.map(snapshot) };
}

/** Parse a text both ways; the differences, if any. */
function compareBothWays(text: string, file: string): string[] {
  const lazy = parseRegulationText(text, { file });
  const eager = parseRegulationText(text, { file, eager: true });
  const problems: string[] = [];
  if (lazy.regulations.length !== eager.regulations.length) return [`${file}: ${lazy.regulations.length} vs ${eager.regulations.length} regulations`];
  lazy.regulations.forEach((r, i) => {
    if (r.articles.some((a) => !(a instanceof LazyArticle))) problems.push(`${file}: articles not lazy`);
    try {
      assert.deepStrictEqual(regulationSnapshot(r), regulationSnapshot(eager.regulations[i]));
    } catch (e) {
      problems.push(`${file}: ${(e as Error).message.slice(0, 600)}`);
    }
  });
  if (JSON.stringify(lazy.warnings) !== JSON.stringify(eager.warnings)) problems.push(`${file}: warnings differ`);
  return problems;
}

describe('lazy article bodies', () => {
  const files = [...textFiles(FIXTURES), ...textFiles(path.join(REPO_ROOT, 'corpus'))];

  it('read every article of every fixture and bundled file exactly as a full parse builds it', function () {
    // Work in proportion to the bundled corpus (65,000 articles), not a speed test: as long as its sibling over ../shared.
    this.timeout(120000);
    const problems: string[] = [];
    for (const f of files) problems.push(...compareBothWays(decodeText(fs.readFileSync(f)).text, f));
    assert.ok(files.length >= 20, `only ${files.length} files`);
    assert.deepStrictEqual(problems, []);
  });

  it('cut the right lines out of CRLF, lone-CR and mixed line breaks', () => {
    const problems: string[] = [];
    // Of corpus/national's 1,419 files every 20th: the same layout throughout, and three re-parses each take long.
    const national = path.join(REPO_ROOT, 'corpus', 'national') + path.sep;
    const sample = files.filter((f) => !f.startsWith(national)).concat(files.filter((f) => f.startsWith(national)).filter((_, i) => i % 20 === 0));
    for (const f of sample) {
      const text = decodeText(fs.readFileSync(f)).text.replace(/\r\n?/g, '\n');
      let n = 0;
      const mixed = text.replace(/\n/g, () => ['\r\n', '\n', '\r'][n++ % 3]);
      problems.push(...compareBothWays(text.replace(/\n/g, '\r\n'), f + ' (CRLF)'));
      problems.push(...compareBothWays(text.replace(/\n/g, '\r'), f + ' (CR)'));
      problems.push(...compareBothWays(mixed, f + ' (mixed)'));
    }
    assert.deepStrictEqual(problems, []);
  });

  it('read plain text with labels glued to the text and page-break joins as the full parse does', () => {
    const text = [
      '内蒙古自治区测试促进条例',
      '（2023年7月31日内蒙古自治区第十四届人民代表大会常务委员会第五次会议通过）',
      '第一章 总 则',
      '第一条为了测试，制定本条例。',
      '第二条本条例适用于自治区行政区域内的',
      '',
      '测试活动。',
      '第二条之一本条例所称测试，包括：',
      '（一）甲；',
      '（二）乙。',
      '第三条 本条例自2023年9月1日起施行。',
    ].join('\n');
    assert.deepStrictEqual(compareBothWays(text, 'glued.txt'), []);
    const reg = parseRegulationText(text, { file: 'glued.txt' }).regulations[0];
    assert.deepStrictEqual(reg.articles.map((a) => a.label), ['第一条', '第二条', '第二条之一', '第三条']);
    assert.strictEqual(reg.articles[1].text, '第二条本条例适用于自治区行政区域内的测试活动。');
    assert.strictEqual(reg.articles[2].paragraphs[0].items.length, 2);
  });

  it('are read once, on first use, and loading a corpus reads almost none', () => {
    const corpus = loadCorpus({ bundled: true });
    const articles = [...corpus.laws.values()].flatMap((l) => l.versions.flatMap((v) => v.articles)) as LazyArticle[];
    assert.ok(articles.length > 600);
    assert.ok(articles.every((a) => a instanceof LazyArticle));
    // Versions of one law with the same article numbers are compared word for word (groupVersions): those bodies
    // are read while loading; of every other law's articles almost none are.
    const compared = new Set<LazyArticle>();
    for (const law of corpus.laws.values()) {
      if (law.versions.length < 2) continue;
      const numbering = law.versions.map((v) => v.articles.map((x) => articleKey(x.number, x.insert)).join());
      law.versions.forEach((v, i) => {
        if (numbering.some((n, j) => j !== i && n === numbering[i])) for (const x of v.articles) compared.add(x as LazyArticle);
      });
    }
    const others = articles.filter((a) => !compared.has(a));
    const read = others.filter((a) => a.isRead).length;
    assert.ok(others.length > articles.length / 2);
    assert.ok(read < others.length / 20, `${read} of ${others.length} read while loading`);
    const a = articles.find((x) => !x.isRead)!;
    const paragraphs = a.paragraphs;
    assert.ok(a.isRead);
    assert.strictEqual(a.paragraphs, paragraphs);
    assert.ok(a.text.startsWith(a.label));
    assert.ok(a.rawText.includes(a.label));
  });

  it('keep what they read when their file changes on disk (the text is held, not re-read)', () => {
    const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'lawcite-lazy-'));
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, '# 测试条例\n\n<!-- INFO END -->\n\n第一条 甲。\n\n第二条 乙：\n\n（一）丙；\n\n（二）丁。\n');
    const corpus = loadCorpus({ folders: [dir], bundled: false });
    fs.writeFileSync(file, 'changed');
    const reg = corpus.laws.get('测试条例')!.versions[0];
    assert.deepStrictEqual(reg.articles.map((x) => x.text), ['第一条 甲。', '第二条 乙：\n（一）丙；\n（二）丁。']);
    assert.strictEqual(reg.articles[1].paragraphs[0].items.length, 2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('lazy article bodies over the LawRefBook bench corpus (../shared/bench)', function () {
  before(function () {
    if (!fs.existsSync(BENCH)) {
      console.log(`    (skipped: ${BENCH} not found)`);
      this.skip();
    }
  });

  it('read every article of all 3,423 files exactly as a full parse builds it', function () {
    this.timeout(120000);
    const problems: string[] = [];
    let n = 0;
    for (const f of textFiles(BENCH)) {
      n++;
      problems.push(...compareBothWays(decodeText(fs.readFileSync(f)).text, f));
    }
    assert.strictEqual(n, 3423);
    assert.deepStrictEqual(problems.slice(0, 5), []);
  });
});

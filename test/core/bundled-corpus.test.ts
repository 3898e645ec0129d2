import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Regulation } from '../../server/src/core/model';
import { importCorpus } from '../../scripts/import-corpus';
import { REPO_ROOT, SHARED, article, assertLocationsMatch, loadFile, textAt } from './parserTestKit';

const CORPUS = path.join(REPO_ROOT, 'corpus');
const SEEDS = path.join(SHARED, 'seeds');
const haveSeeds = fs.existsSync(SEEDS);

const ZHULAO = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';
const BORDER = 'Regulations of the Inner Mongolia Autonomous Region on Promoting High-quality Development in Border Areas';
const XINJIANG = '新疆维吾尔自治区实施《中华人民共和国国家安全法》办法';

const EXPECTED: [title: string, lang: 'zh' | 'en', articles: number, adopted: string, effective: string][] = [
  ['内蒙古自治区全方位建设模范自治区促进条例', 'zh', 66, '2023-07-31', '2023-09-01'],
  ['内蒙古自治区建设我国北方重要生态安全屏障促进条例', 'zh', 99, '2023-07-31', '2023-09-01'],
  [ZHULAO, 'zh', 89, '2023-07-31', '2023-09-01'],
  ['内蒙古自治区建设国家重要能源和战略资源基地促进条例', 'zh', 79, '2023-07-31', '2023-09-01'],
  ['内蒙古自治区建设国家重要农畜产品生产基地促进条例', 'zh', 79, '2023-07-31', '2023-09-01'],
  ['内蒙古自治区建设国家向北开放重要桥头堡促进条例', 'zh', 86, '2023-07-31', '2023-09-01'],
  [BORDER, 'en', 73, '2023-11-30', '2024-01-01'],
  [XINJIANG, 'zh', 38, '2022-05-27', '2022-07-01'],
];

function loadCorpus(dir: string): { name: string; reg: Regulation; lines: string[]; warnings: unknown[] }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => {
      const l = loadFile(path.join(dir, name), name);
      assert.strictEqual(l.regulations.length, 1, `${name}: one regulation per file`);
      return { name, reg: l.regulations[0], lines: l.lines, warnings: l.warnings };
    });
}

describe('bundled corpus (corpus/)', () => {
  const corpus = loadCorpus(CORPUS);
  const byTitle = (title: string, lang: 'zh' | 'en' = 'zh') => {
    const found = corpus.find((c) => c.reg.title === title && c.reg.lang === lang);
    assert.ok(found, `missing in corpus/: ${title} (${lang})`);
    return found!;
  };

  it('holds the nine regulations of the seeds, each parsing without warnings', () => {
    assert.strictEqual(corpus.length, 9);
    for (const c of corpus) assert.deepStrictEqual(c.warnings, [], c.name);
  });

  it('has the expected article counts, numbered contiguously from 1, and the dates the texts state', () => {
    for (const [title, lang, count, adopted, effective] of EXPECTED) {
      const { reg } = byTitle(title, lang);
      assert.deepStrictEqual(
        reg.articles.map((a) => `${a.number}${a.insert ? '-' + a.insert : ''}`),
        Array.from({ length: count }, (_, i) => String(i + 1)),
        title,
      );
      assert.strictEqual(reg.adopted, adopted, `${title} adopted`);
      assert.strictEqual(reg.effective, effective, `${title} effective`);
    }
    assert.strictEqual(byTitle(BORDER, 'en').reg.divisions.length, 9, 'border-areas regulation: 9 chapters');
  });

  it('binds the English translation to 筑牢祖国北疆安全稳定屏障促进条例 with articles and 款 matching 1:1', () => {
    const en = corpus.find((c) => c.reg.lang === 'en' && c.reg.translationOf);
    assert.ok(en);
    assert.strictEqual(en!.reg.translationOf, ZHULAO);
    assert.strictEqual(en!.reg.articles.length, 89);
    const zh = byTitle(ZHULAO).reg;
    assert.deepStrictEqual(en!.reg.articles.map((a) => a.paragraphs.length), zh.articles.map((a) => a.paragraphs.length));
    assert.strictEqual(byTitle(BORDER, 'en').reg.translationOf, null);
  });

  it('records issuer and honest short titles', () => {
    const zh = byTitle(ZHULAO).reg;
    assert.strictEqual(zh.issuer, '内蒙古自治区人民代表大会常务委员会');
    assert.deepStrictEqual(zh.shortTitles, ['筑牢祖国北疆安全稳定屏障促进条例']);
    assert.strictEqual(byTitle(XINJIANG).reg.issuer, '新疆维吾尔自治区人民代表大会常务委员会');
    assert.deepStrictEqual(byTitle(XINJIANG).reg.shortTitles, []);
  });

  it('keeps sample articles exactly, with their 款, including paragraphs joined across page breaks', () => {
    const model = byTitle('内蒙古自治区全方位建设模范自治区促进条例').reg;
    assert.strictEqual(
      article(model, 5).text,
      '第五条 全方位建设模范自治区，应当坚持和完善民族区域自治制度，把维护国家统一和民族团结作为各民族最高利益，不断巩固发展平等团结互助和谐的社会主义民族关系。',
    );
    assert.strictEqual(article(model, 5).paragraphs.length, 1);
    assert.strictEqual(article(model, 8).paragraphs.length, 2);
    assert.strictEqual(article(model, 66).text, '第六十六条 本条例自 2023 年 9 月 1 日起施行。');
    const eco = byTitle('内蒙古自治区建设我国北方重要生态安全屏障促进条例').reg;
    assert.strictEqual(article(eco, 64).paragraphs.length, 2);
    assert.strictEqual(
      article(eco, 64).paragraphs[1].text,
      '各级人民政府应当加强村庄规划管理，加强农村土地资源综合整治，加大占补平衡和增减挂钩项目建设力度，积极盘活农村闲置宅基地、“空心村”土地。',
    );
    const bridge = byTitle('内蒙古自治区建设国家向北开放重要桥头堡促进条例').reg;
    assert.ok(article(bridge, 14).paragraphs[1].text.includes('推动乌兰察布国际陆港建设'));
    const xj = byTitle(XINJIANG).reg;
    assert.deepStrictEqual([5, 6, 35].map((n) => article(xj, n).paragraphs.length), [3, 3, 2]);
    assert.strictEqual(article(xj, 38).text, '第三十八条 本办法自2022年7月1日起施行。');
    const border = byTitle(BORDER, 'en').reg;
    assert.strictEqual(article(border, 2).paragraphs.length, 3);
    assert.strictEqual(article(border, 73).text, 'Article 73 These Regulations shall come into force on January 1, 2024.');
    const zhulao = byTitle(ZHULAO).reg;
    assert.deepStrictEqual(zhulao.divisions.map((d) => d.heading).slice(0, 2), ['总则', '维护国家政治安全']);
  });

  it('gives every node a location that reads back its text in the corpus file', () => {
    for (const c of corpus) {
      assert.deepStrictEqual(assertLocationsMatch(c.lines, c.reg, false), [], c.name);
      assert.strictEqual(textAt(c.lines, c.reg.titleLocation!), c.reg.title, `${c.name}: title location`);
    }
  });
});

describe('bundled corpus against the seeds (../shared/seeds)', function () {
  before(function () {
    if (!haveSeeds) {
      console.log(`    (skipped: ${SEEDS} not found — the committed corpus/ is checked above)`);
      this.skip();
    }
  });

  it('has every article of every seed regulation with the same text and 款, located in the seed file', () => {
    const corpus = loadCorpus(CORPUS);
    let compared = 0;
    for (const f of fs.readdirSync(SEEDS).sort()) {
      const seed = loadFile(path.join(SEEDS, f), f);
      for (const reg of seed.regulations) {
        const c = corpus.find((x) => x.reg.title === reg.title && x.reg.lang === reg.lang);
        assert.ok(c, `${f}: ${reg.title} not in corpus/`);
        assert.deepStrictEqual(c!.reg.articles.map((a) => a.text), reg.articles.map((a) => a.text), reg.title);
        assert.deepStrictEqual(c!.reg.articles.map((a) => a.paragraphs.length), reg.articles.map((a) => a.paragraphs.length));
        // Locations point into the seed file itself; page-break splits span the blank line between.
        assert.deepStrictEqual(assertLocationsMatch(seed.lines, reg, reg.lang === 'zh'), [], `${f}: ${reg.title}`);
        compared += reg.articles.length;
      }
    }
    assert.strictEqual(compared, 66 + 99 + 89 + 79 + 79 + 86 + 89 + 73 + 38);
  });

  it('locates 第五条 of the first regulation in seed 003 across its page break', () => {
    const f = fs.readdirSync(SEEDS).find((x) => x.startsWith('003'))!;
    const seed = loadFile(path.join(SEEDS, f), f);
    const a5 = article(seed.regulations[0], 5);
    const r = a5.location.range;
    assert.ok(seed.lines[r.start.line].startsWith('第五条 '));
    assert.ok(seed.lines[r.start.line].endsWith('不断巩'));
    assert.strictEqual(r.end.line, r.start.line + 2);
    assert.ok(seed.lines[r.end.line].startsWith('固发展'));
  });

  it('re-imports into a temporary folder byte-for-byte equal to corpus/ (the import is deterministic)', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-import-'));
    try {
      const report = importCorpus(SEEDS, tmp);
      const committed = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort();
      assert.deepStrictEqual(report.written, committed);
      for (const f of committed) {
        assert.ok(fs.readFileSync(path.join(tmp, f)).equals(fs.readFileSync(path.join(CORPUS, f))), `${f} differs: run npm run corpus:import`);
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

// Repealed laws of the corpus (corpus/lawStatus.ts): front matter `repealed:` / `successor:`, merged with what later
// laws' final provisions say (corpus/repeals.ts), and the `repealed` warning a citation of such a law gets — with
// the date, the successor and, when the successor is in the corpus, the cited article's counterpart and a fix.
// Fixtures: test/fixtures/repealed (个体工商户条例 and 促进个体工商户发展条例 as bundled, whose 第三十九条 repeals the
// former; three short texts written for the test with front matter).
import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus, type Law } from '../../server/src/core/corpus/index';
import { applicableRecord, lawRepeal, repealedAt } from '../../server/src/core/corpus/lawStatus';
import type { Repeal } from '../../server/src/core/corpus/repeals';
import type { Regulation } from '../../server/src/core/model';
import { formatFrontMatter, parseFrontMatter } from '../../server/src/core/parser/frontMatter';
import { parseRegulationText } from '../../server/src/core/parser';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/repealed');

describe('front matter repealed: and successor:', () => {
  const fm = (...lines: string[]) => parseFrontMatter(['---', 'title: 示例条例', ...lines, '---'])!;
  const rows: [string, string[], unknown, unknown, number][] = [
    ['a date and a successor', ['repealed: 2021-01-01', 'successor: 中华人民共和国民法典'], '2021-01-01', '中华人民共和国民法典', 0],
    ['a successor written in 《》', ['repealed: 2021-01-01', 'successor: 《示例新条例》'], '2021-01-01', '示例新条例', 0],
    ['true: date not known', ['repealed: true'], true, undefined, 0],
    ['null: not repealed', ['repealed: null'], null, undefined, 0],
    ['not a date: a problem, nothing kept', ['repealed: 2021年1月1日'], undefined, undefined, 1],
    ['a successor alone: a problem', ['successor: 示例新条例'], undefined, '示例新条例', 1],
  ];
  for (const [why, lines, repealed, successor, nProblems] of rows) {
    it(why, () => {
      const b = fm(...lines);
      assert.deepStrictEqual([b.data.repealed, b.data.successor, b.problems.length], [repealed, successor, nProblems], JSON.stringify(b.problems));
    });
  }

  it('is written back by formatFrontMatter and read again', () => {
    const text = formatFrontMatter({ title: '示例条例', repealed: '2021-01-01', successor: '示例新条例' });
    const b = parseFrontMatter(text.split('\n'))!;
    assert.deepStrictEqual([b.data.repealed, b.data.successor, b.problems], ['2021-01-01', '示例新条例', []]);
  });

  it('reaches the parsed regulation (and only when repealed)', () => {
    const text = (extra: string) => `---\ntitle: 示例条例\n${extra}---\n示例条例\n\n第一条 示例。\n`;
    const reg = (extra: string) => parseRegulationText(text(extra), { file: 'x.md' }).regulations[0];
    assert.deepStrictEqual(reg('repealed: 2020-01-01\nsuccessor: 示例新条例\n').repealed, { date: '2020-01-01', successor: '示例新条例' });
    assert.deepStrictEqual(reg('repealed: true\n').repealed, { date: null, successor: null });
    assert.strictEqual(reg('').repealed, undefined);
    assert.strictEqual('repealed' in reg(''), false, 'no field at all: the warm index stores every field');
  });
});

describe('which record of a later law repeals a law of the corpus', () => {
  const law = (title: string, effective: string): Law => ({
    title,
    translationOf: null,
    versions: [{ title, effective, adopted: null, amended: null, files: [] } as unknown as Regulation],
  });
  const rec = (by: string, date: string | null): Repeal => ({ title: 'x', by, article: '第九十条', date });
  // [why, law's latest effective date, records, expected `by` or null]
  const rows: [string, string, Repeal[], string | null][] = [
    ['a record dated after the text took effect', '2016-02-06', [rec('新条例', '2022-11-01')], '新条例'],
    ['the same day counts', '2022-11-01', [rec('新条例', '2022-11-01')], '新条例'],
    ['older than the text: an earlier law of that name (国家安全法 1993 → 反间谍法 2014)', '2015-07-01', [rec('反间谍法', '2014-11-01')], null],
    ['undated records are not used for a law of the corpus', '2001-01-01', [rec('新条例', null)], null],
    ['a law never repeals itself (契税暂行条例 1997 replacing the 1950 one)', '1997-10-01', [rec('示例条例', '1997-10-01')], null],
    ['of several, the earliest that applies', '2000-01-01', [rec('乙法', '2010-01-01'), rec('甲法', '2005-01-01'), rec('丙法', '1999-01-01')], '甲法'],
  ];
  for (const [why, effective, records, by] of rows) {
    it(why, () => assert.strictEqual(applicableRecord(law('示例条例', effective), records)?.by ?? null, by));
  }
});

describe('a document dated before the repeal cites a law then in force', () => {
  const rows: [string | null, string | null, boolean][] = [
    [null, '2020-01-01', true],
    ['2019-12-31', '2020-01-01', false],
    ['2020-01-01', '2020-01-01', true],
    ['2021-05-01', '2020-01-01', true],
    ['2019-01-01', null, true],
  ];
  for (const [doc, date, repealed] of rows) {
    it(`document ${doc ?? 'undated'}, repealed ${date ?? '(date unknown)'} → ${repealed ? 'repealed' : 'in force'}`, () =>
      assert.strictEqual(repealedAt({ date }, doc), repealed));
  }
});

describe('repealed laws of the corpus', () => {
  let corpus: Corpus;
  before(() => (corpus = loadCorpus({ bundled: false, folders: [FIXTURE] })));
  const facts = (title: string) => {
    const r = lawRepeal(corpus, corpus.findLaw(title)!);
    return r && [r.date, r.successor, r.by, r.article, r.source];
  };

  it('front matter: date and successor', () => assert.deepStrictEqual(facts('示例自治区草原管理条例'), ['2020-01-01', '示例自治区草原保护条例', null, null, 'front-matter']));
  it('front matter repealed: true: neither date nor successor', () => assert.deepStrictEqual(facts('示例自治区牧区饮水工程管理办法'), [null, null, null, null, 'front-matter']));
  it('final provisions of a later law (促进个体工商户发展条例第三十九条)', () =>
    assert.deepStrictEqual(facts('个体工商户条例'), ['2022-11-01', '促进个体工商户发展条例', '促进个体工商户发展条例', '第三十九条', 'final-provisions']));
  it('a law in force: none', () => assert.strictEqual(facts('促进个体工商户发展条例'), null));

  it('merged: the front matter wins, the record fills what it leaves open', () => {
    const extra = loadCorpus({ bundled: false, folders: [FIXTURE] });
    const law = extra.findLaw('个体工商户条例')!;
    law.versions[law.versions.length - 1].repealed = { date: '2022-12-01', successor: null };
    const r = lawRepeal(extra, law)!;
    assert.deepStrictEqual([r.date, r.successor, r.by, r.article, r.source], ['2022-12-01', '促进个体工商户发展条例', '促进个体工商户发展条例', '第三十九条', 'both']);
  });

  const diag = (text: string) => analyzeDocument(text, corpus).diagnostics.filter((d) => d.code === 'repealed');
  // [draft, expected zh message (or null: no warning), expected fix text (or null)]
  const rows: [string, string | null, string | null][] = [
    [
      '依据《示例自治区草原管理条例》第三条',
      '《示例自治区草原管理条例》已废止，自2020年1月1日起；请改引《示例自治区草原保护条例》第五条',
      '《示例自治区草原保护条例》第五条',
    ],
    [
      '依据《示例自治区草原管理条例》第四条规定',
      '《示例自治区草原管理条例》已废止，自2020年1月1日起；请改引《示例自治区草原保护条例》第六条',
      '《示例自治区草原保护条例》第六条',
    ],
    // A 款 cited: neither counterpart nor fix (the 款 of the new article may differ).
    [
      '依据《个体工商户条例》第二条第二款',
      '《个体工商户条例》已被《促进个体工商户发展条例》第三十九条废止，自2022年11月1日起；请改引《促进个体工商户发展条例》的相应规定',
      null,
    ],
    [
      '依据《个体工商户条例》第二条',
      '《个体工商户条例》已被《促进个体工商户发展条例》第三十九条废止，自2022年11月1日起；请改引《促进个体工商户发展条例》第六条',
      '《促进个体工商户发展条例》第六条',
    ],
    ['依据《示例自治区牧区饮水工程管理办法》第一条', '《示例自治区牧区饮水工程管理办法》已废止', null],
    ['关于草原工作的通知\n\n2019年6月1日\n\n依据《示例自治区草原管理条例》第三条', null, null],
    ['关于草原工作的通知\n\n2020年6月1日\n\n依据《示例自治区草原管理条例》第三条', '《示例自治区草原管理条例》已废止，自2020年1月1日起；请改引《示例自治区草原保护条例》第五条', '《示例自治区草原保护条例》第五条'],
    ['---\ndate: 2019-06-01\n---\n依据《个体工商户条例》第二条', null, null],
    ['依据《促进个体工商户发展条例》第六条', null, null],
  ];
  for (const [draft, message, fix] of rows) {
    it(`${draft.replace(/\n/g, '⏎')} → ${message ? 'repealed' : 'no warning'}`, () => {
      const d = diag(draft);
      if (!message) return assert.deepStrictEqual(d, []);
      assert.strictEqual(d.length, 1, JSON.stringify(d));
      assert.strictEqual(d[0].severity, 'warning');
      assert.strictEqual(d[0].message.zh, message);
      assert.deepStrictEqual(d[0].fixes.map((f) => f.newText), fix ? [fix] : []);
    });
  }

  it('the fix replaces the whole citation and keeps its status resolved', () => {
    const text = '依据《示例自治区草原管理条例》第三条';
    const a = analyzeDocument(text, corpus);
    const d = a.diagnostics.find((x) => x.code === 'repealed')!;
    assert.strictEqual(a.citations[0].status, 'resolved');
    assert.deepStrictEqual(d.fixes[0].range, a.citations[0].range);
    assert.match(d.message.en, /repealed, from 1 January 2020; cite Article 5 of 《示例自治区草原保护条例》 instead/);
  });

  it('a follow-up reference (该条例第四条) is not warned again', () => {
    assert.strictEqual(diag('依据《示例自治区草原管理条例》第三条和该条例第四条').length, 1);
  });
});

describe('repealed laws of the bundled corpus (final provisions recorded in corpus/repeals.json)', () => {
  let corpus: Corpus;
  before(function () {
    this.timeout(60000);
    corpus = loadCorpus({ bundled: true, folders: [] });
  });
  const by = (title: string) => {
    const law = corpus.findLaw(title);
    assert.ok(law, title);
    return lawRepeal(corpus, law)?.successor ?? null;
  };
  // [law, successor or null, why]
  const rows: [string, string | null, string][] = [
    ['个体工商户条例', '促进个体工商户发展条例', '促进个体工商户发展条例第三十九条'],
    ['中华人民共和国环境噪声污染防治法', '中华人民共和国噪声污染防治法', '噪声污染防治法第九十条'],
    ['中华人民共和国契税暂行条例', '中华人民共和国契税法', 'the 1997 条例 repealed the 1950 one of the same short name, and was repealed by 契税法 in 2021'],
    ['人民检察院刑事诉讼规则（试行）', '人民检察院刑事诉讼规则', 'the 2019 规则 repeals the 2012 试行 one'],
    ['人民检察院刑事诉讼规则', null, 'the 试行 one repealed an older 规则 of this name in 2013; this 2019 text is in force'],
    ['中华人民共和国国家安全法', null, '反间谍法 (2014) repealed the 1993 国家安全法; the 2015 law is in force'],
    ['中华人民共和国公司法', null, 'in force'],
  ];
  for (const [title, successor, why] of rows) it(`${title}: ${why}`, () => assert.strictEqual(by(title), successor));

  it('《中华人民共和国环境噪声污染防治法》第十条 → 《中华人民共和国噪声污染防治法》第十四条 (the same 声环境质量标准 article)', () => {
    const d = analyzeDocument('依据《中华人民共和国环境噪声污染防治法》第十条', corpus).diagnostics.find((x) => x.code === 'repealed');
    assert.ok(d);
    assert.deepStrictEqual(d.fixes.map((f) => f.newText), ['《中华人民共和国噪声污染防治法》第十四条']);
  });

  it('written without 中华人民共和国, the successor is too', () => {
    const d = analyzeDocument('依据《环境噪声污染防治法》第十条', corpus).diagnostics.find((x) => x.code === 'repealed');
    assert.deepStrictEqual(d?.fixes.map((f) => f.newText), ['《噪声污染防治法》第十四条']);
  });
});

// Versions of real LawRefBook laws (test/fixtures/versions: 公司法 2018/2023, 行政复议法 2017/2023; the 刑诉解释
// 2012/2021 from ../shared when present): version facts, the version a draft's date selects, and the article
// crosswalk checked against pairs read by hand.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { loadCorpus, versionFacts, type Corpus, type Law } from '../../server/src/core/corpus/index';
import { articleBody, crosswalk, traceArticle } from '../../server/src/core/corpus/crosswalk';
import { groupVersions, versionTextDate } from '../../server/src/core/corpus/versions';
import { versionNamed } from '../../server/src/core/corpus/namedVersion';
import { parseRegulationText } from '../../server/src/core/parser/index';
import { findArticle, type Regulation } from '../../server/src/core/model';
import { FIXTURES } from './citations/helpers';

const BENCH = path.resolve(__dirname, '../../../../shared/bench/lawrefbook');
const COMPANY = '中华人民共和国公司法';
const REVIEW = '中华人民共和国行政复议法';
const CPL_INTERPRETATION = '最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释';

let corpus: Corpus | null = null;
function versionsCorpus(): Corpus {
  if (!corpus) corpus = loadCorpus({ folders: [path.join(FIXTURES, 'versions')], bundled: false });
  return corpus;
}

function law(c: Corpus, title: string): Law {
  const found = c.findLaws(title)[0];
  assert.ok(found, `${title} is loaded`);
  return found.law;
}

describe('Version facts of real multi-version laws', () => {
  // [title, text date, took effect, until] per version, oldest first.
  const table: [string, [string, string, string | null][]][] = [
    // 2018: a 修正 by decision (第四次修正 2018-10-26) of the 2005 revision, whose closing article still says 2006-01-01.
    // 2023: a 修订 adopted 2023-12-29; its closing article: 本法自2024年7月1日起施行.
    [COMPANY, [['2018-10-26', '2018-10-26', '2024-07-01'], ['2023-12-29', '2024-07-01', null]]],
    // 2017: 第二次修正 by decision, in force that day; 2023: 修订, 本法自2024年1月1日起施行.
    [REVIEW, [['2017-09-01', '2017-09-01', '2024-01-01'], ['2023-09-01', '2024-01-01', null]]],
  ];
  for (const [title, expected] of table) {
    it(`${title}: text date, effective, until`, () => {
      const l = law(versionsCorpus(), title);
      assert.deepStrictEqual(
        l.versions.map((v) => { const f = versionFacts(l.versions, v); return [f.text, f.effective, f.until]; }),
        expected,
      );
    });
  }

  it('front matter version: dates the text when there is no file-name date', () => {
    const text = '---\ntitle: 示例法\nadopted: 2001-01-01\neffective: 2001-03-01\namended: 2019-06-01\nversion: 2019-06-01\nlang: zh\n---\n第一条 本法自2001年3月1日起施行。\n';
    const reg = parseRegulationText(text, { file: '/x/示例法.md' }).regulations[0];
    assert.strictEqual(reg.version, '2019-06-01');
    assert.strictEqual(versionTextDate(reg), '2019-06-01');
    const bad = parseRegulationText(text.replace('version: 2019-06-01', 'version: 2019年'), { file: '/x/示例法.md' });
    assert.ok(bad.warnings.some((w) => /version/.test(w.message)), 'a version that is no date is reported');
  });

  it('a version named by year: the text of that year, else amended/adopted/effective that year', () => {
    const l = law(versionsCorpus(), COMPANY);
    assert.strictEqual(versionNamed(l.versions, 2018), l.versions[0]);
    assert.strictEqual(versionNamed(l.versions, 2023), l.versions[1]);
    assert.strictEqual(versionNamed(l.versions, 2005), null, 'the 2005 revision has no text of its own here');
    assert.strictEqual(versionNamed(l.versions, 2010), null);
  });
});

describe('The draft\'s date picks the version', () => {
  // [why, draft, options, expected: article@version and the reason]
  const table: [string, string, { documentDate?: string } | undefined, string, string][] = [
    ['no date: the version in force today', '依照《公司法》第十五条', undefined, '15@2023-12-29', 'latest'],
    ['front matter date before the 2023 revision took effect', '---\ndate: 2024-03-01\n---\n依照《公司法》第十六条', undefined, '16@2018-10-26', 'front-matter'],
    ['front matter date after it took effect', '---\ndate: 2024-07-01\n---\n依照《公司法》第十五条', undefined, '15@2023-12-29', 'front-matter'],
    ['date line under the title', '# 法律意见书\n\n2021年5月6日\n\n依照《公司法》第十六条', undefined, '16@2018-10-26', 'document-date'],
    ['a regulation\'s history line under its title (the date its text was adopted)', '# 某某规则\n\n2019年9月23日 某某委员会第十次会议通过\n\n第一条 依照《公司法》第十六条。', undefined, '16@2018-10-26', 'document-date'],
    ['the latest of its history lines (amended after the 2023 revision took effect)', '# 某某办法\n\n（2012年1月1日某某会议通过　根据2024年8月1日某某决定修正）\n\n第一条 依照《公司法》第十五条。', undefined, '15@2023-12-29', 'document-date'],
    ['a 施行 date alone in the head is not the text\'s date; an article\'s dates are not history', '# 某某办法\n\n2019年1月1日起施行\n\n第一条 2019年1月1日通过的《公司法》第十六条。', undefined, '16@2023-12-29', 'latest'],
    ['落款 in Chinese numerals', '关于担保事项的意见\n\n依照《公司法》第十六条办理。\n\n某某律师事务所\n二〇二二年三月一日', undefined, '16@2018-10-26', 'document-date'],
    ['caller\'s date', '《行政复议法》第九条', { documentDate: '2023-10-01' }, '9@2017-09-01', 'document-date'],
    ['caller\'s date after the revision took effect', '《行政复议法》第二十条', { documentDate: '2024-01-01' }, '20@2023-09-01', 'document-date'],
    ['a version named in the citation wins over the date', '---\ndate: 2025-01-01\n---\n《中华人民共和国公司法（2018年修正）》第十六条', undefined, '16@2018-10-26', 'named'],
    ['（2017年版）', '《中华人民共和国行政复议法》（2017年版）第九条', undefined, '9@2017-09-01', 'named'],
  ];
  for (const [why, draft, options, expected, reason] of table) {
    it(why, () => {
      const a = analyzeDocument(draft, versionsCorpus(), options);
      const c = a.citations.find((x) => !x.titleOnly);
      assert.ok(c, 'one citation');
      const t = c.targets[0];
      assert.strictEqual(`${t.article}@${t.version}`, expected);
      assert.strictEqual(c.bindings[0].version?.reason, reason);
      assert.ok(c.bindings[0].article, 'the article is found in that version');
    });
  }

  it('a date before every text in the corpus, the law adopted earlier: the earliest text, and a unit it lacks is information', () => {
    const a = analyzeDocument('---\ndate: 2010-01-01\n---\n依照《公司法》第十六条第九款和第一千条', versionsCorpus());
    const b = a.citations[0].bindings;
    assert.deepStrictEqual(b.map((x) => [x.version?.reason, x.version?.text]), [['before-corpus', '2018-10-26'], ['before-corpus', '2018-10-26']]);
    const found = a.diagnostics.filter((d) => d.code.startsWith('unknown-'));
    assert.deepStrictEqual(found.map((d) => [d.code, d.severity]), [['unknown-paragraph', 'information'], ['unknown-article', 'information']]);
    assert.ok(found.every((d) => d.message.zh.includes('本文件日期（2010年1月1日）时施行的文本不在法规库中')), found[0].message.zh);
    assert.ok(!a.diagnostics.some((d) => d.code === 'not-yet-effective'), 'the law was in force then');
  });

  it('a date before the law was adopted: not yet effective, and a missing article is an error', () => {
    const a = analyzeDocument('---\ndate: 1990-01-01\n---\n依照《公司法》第一千条', versionsCorpus());
    assert.notStrictEqual(a.citations[0].bindings[0].version?.reason, 'before-corpus');
    assert.deepStrictEqual(a.diagnostics.map((d) => [d.code, d.severity]), [['unknown-article', 'error']]);
  });

  describe('a unit only the text adopted and not yet in force has (adopted-fits)', () => {
    const read = (draft: string) => {
      const a = analyzeDocument(draft, versionsCorpus());
      return {
        cited: a.citations.filter((x) => !x.titleOnly).map((c) => [c.text, c.status, c.bindings.map((b) => `${b.target.article}@${b.version?.text}:${b.version?.reason}`).join(' ')]),
        codes: a.diagnostics.map((d) => d.code).filter((c) => c !== 'missing-title-marks'),
      };
    };
    it('dated after the 2023 revision was adopted, before it took effect: 第二百六十五条 is read in it, with a not-yet-effective warning', () => {
      const r = read('关于新公司法施行的通知\n\n2024年6月20日\n\n依照《中华人民共和国公司法》第二百六十五条第（四）项认定关联关系。');
      assert.deepStrictEqual(r.cited, [['《中华人民共和国公司法》第二百六十五条第（四）项', 'resolved', '265@2023-12-29:adopted-fits']]);
      assert.deepStrictEqual(r.codes, ['not-yet-effective']);
    });
    it('a list read whole in the adopted text when one of its articles is only there; the warning once per law', () => {
      const r = read('2024年6月20日\n\n依照公司法第二百一十一条、第二百二十六条处理；公司法第二百三十二条同样适用。');
      assert.deepStrictEqual(r.cited, [
        ['公司法第二百一十一条、第二百二十六条', 'resolved', '211@2023-12-29:adopted-fits 226@2023-12-29:adopted-fits'],
        ['公司法第二百三十二条', 'resolved', '232@2023-12-29:adopted-fits'],
      ]);
      assert.deepStrictEqual(r.codes, ['not-yet-effective']);
    });
    it('an article both texts have stays in the text in force; a list of such articles too', () => {
      const r = read('2024年6月20日\n\n依照《公司法》第十六条、第二十条办理。');
      assert.deepStrictEqual(r.cited, [['《公司法》第十六条、第二十条', 'resolved', '16@2018-10-26:document-date 20@2018-10-26:document-date']]);
    });
    it('dated before the revision was adopted: the unit stays unknown in the text in force', () => {
      const r = read('2023年11月1日\n\n依照《中华人民共和国公司法》第二百六十五条办理。');
      assert.deepStrictEqual(r.cited, [['《中华人民共和国公司法》第二百六十五条', 'unknown-article', '265@2018-10-26:document-date']]);
      assert.deepStrictEqual(r.codes, ['unknown-article']);
    });
    it('a unit no text has stays unknown in the text in force', () => {
      const r = read('2024年6月20日\n\n依照《中华人民共和国公司法》第三百条办理。');
      assert.deepStrictEqual(r.cited, [['《中华人民共和国公司法》第三百条', 'unknown-article', '300@2018-10-26:document-date']]);
    });
  });

  it('the binding states the version\'s facts', () => {
    const a = analyzeDocument('---\ndate: 2024-03-01\n---\n依照《公司法》第十六条', versionsCorpus());
    const v = a.citations[0].bindings[0].version!;
    assert.deepStrictEqual(
      { text: v.text, effective: v.effective, until: v.until, documentDate: v.documentDate, count: v.count },
      { text: '2018-10-26', effective: '2018-10-26', until: '2024-07-01', documentDate: '2024-03-01', count: 2 },
    );
  });
});

describe('Version diagnostics: superseded-version, article-renumbered', function () {
  this.timeout(20000);
  // [why, draft, expected diagnostics as code:message-in-English-fragment, quick fix newText or null]
  const table: [string, string, string[], string | null][] = [
    [
      'a named version superseded at the draft\'s date, its article renumbered: warning with a fix',
      '---\ndate: 2025-01-01\n---\n依照《中华人民共和国公司法（2018年修正）》第十六条第二款办理。',
      ['superseded-version:superseded by the version of 29 December 2023 on 1 July 2024 (this document is dated 1 January 2025); Article 16 is now Article 15'],
      '《中华人民共和国公司法》第十五条第二款',
    ],
    [
      'a named version still in force at the draft\'s date: nothing',
      '---\ndate: 2024-06-30\n---\n依照《中华人民共和国公司法（2018年修正）》第十六条办理。',
      [],
      null,
    ],
    [
      'a named version and no date: nothing (it may be cited on purpose)',
      '依照《中华人民共和国公司法（2018年修正）》第十六条办理。',
      [],
      null,
    ],
    [
      'a named version whose article was deleted: warning, no fix',
      '---\ndate: 2025-01-01\n---\n依照《中华人民共和国公司法（2018年修正）》第二十三条办理。',
      ['superseded-version:Article 23 was deleted from the current version'],
      null,
    ],
    [
      'the draft\'s date selects the older text and the article has moved since: information',
      '2024年3月1日\n\n依照《公司法》第十六条办理。',
      ['article-renumbered:Article 16 of 《中华人民共和国公司法》 (version of 26 October 2018) is Article 15 in the current version of 29 December 2023'],
      null,
    ],
    [
      'the draft\'s date selects the older text and the article was deleted since: information',
      '2024年3月1日\n\n依照《公司法》第二十三条办理。',
      ['article-renumbered:Article 23 of 《中华人民共和国公司法》 (version of 26 October 2018) was deleted in the current version of 29 December 2023'],
      null,
    ],
    ['same number in both versions: nothing', '2024年3月1日\n\n依照《公司法》第一条办理。', [], null],
    ['the latest version: nothing', '依照《公司法》第十五条办理。', [], null],
  ];
  for (const [why, draft, expected, fix] of table) {
    it(why, () => {
      const a = analyzeDocument(draft, versionsCorpus());
      const ds = a.diagnostics.filter((d) => d.code === 'superseded-version' || d.code === 'article-renumbered');
      assert.strictEqual(ds.length, expected.length, JSON.stringify(ds.map((d) => d.message.en)));
      ds.forEach((d, i) => {
        const [code, fragment] = expected[i].split(/:(.*)/s);
        assert.strictEqual(d.code, code);
        assert.ok(d.message.en.includes(fragment), `${d.message.en}\n  lacks ${fragment}`);
        assert.strictEqual(d.severity, code === 'superseded-version' ? 'warning' : 'information');
        assert.ok(d.message.zh.length > 0);
      });
      const fixes = ds.flatMap((d) => d.fixes);
      assert.deepStrictEqual(fixes.map((f) => f.newText), fix === null ? [] : [fix]);
      if (fix) {
        const c = a.citations.find((x) => !x.titleOnly)!;
        assert.deepStrictEqual(fixes[0].range, c.range, 'the fix rewrites the whole citation');
        assert.match(fixes[0].title.zh, /改为现行版本/);
      }
      // The citation still resolves: these problems do not change its status.
      assert.ok(a.citations.filter((x) => !x.titleOnly).every((x) => x.status === 'resolved'));
    });
  }

  it('Chinese message of superseded-version names the counterpart (现为第十五条)', () => {
    const a = analyzeDocument('---\ndate: 2025-01-01\n---\n依照《中华人民共和国公司法（2018年修正）》第十六条办理。', versionsCorpus());
    assert.match(a.diagnostics[0].message.zh, /^所引《中华人民共和国公司法》2018年10月26日版本自2024年7月1日起已被2023年12月29日版本取代（本文件日期2025年1月1日），第十六条现为第十五条$/);
  });
});

/**
 * Pairs read by hand in both texts: [old article, its counterpart(s) in the next version ([] = deleted), why].
 * A pair counts as right when the crosswalk links the old article to exactly that set.
 */
type HandPair = [number, number[], string];

const COMPANY_PAIRS: HandPair[] = [
  [1, [1], '立法目的, same number, text extended'],
  [3, [3, 4], '法人财产 and the shareholders\' limited liability: split into 第三条 and 第四条'],
  [9, [12], '变更公司形式, same words'],
  [10, [8], '公司住所, same words'],
  [13, [10], '法定代表人: 董事长、执行董事或者经理 → 代表公司执行公司事务的董事或者经理, renumbered'],
  [16, [15], '对外投资和担保: the issue\'s example'],
  [20, [21, 23], '滥用股东权利 stays in 第二十一条; its 法人人格否认 paragraph became 第二十三条'],
  [22, [25, 26], '决议无效 (第二十五条) and 可撤销 (第二十六条) split in two'],
  [23, [], '设立有限责任公司的条件: the list was dropped'],
  [35, [53], '不得抽逃出资, liability added'],
  [71, [84], '股权转让: consent of the others replaced by notice and 优先购买权'],
  [142, [162], '公司收购本公司股份'],
  [146, [178], '董事、监事、高级管理人员的消极资格'],
  [177, [224], '减少注册资本'],
  [216, [265], '用语含义'],
  [218, [266], '施行日期: 本法自…起施行'],
];

const REVIEW_PAIRS: HandPair[] = [
  [1, [1], '立法目的'],
  [3, [4, 6], '行政复议机关 and its 法制工作机构 → 行政复议机关 and 行政复议机构 (第四条); its last paragraph, 初次从事行政复议的人员 须取得法律职业资格, is 第六条第二款 (read again when the crosswalk found it)'],
  [6, [11], '行政复议范围 list'],
  [9, [20], '申请期限 六十日'],
  [19, [34], '复议前置 then 诉讼'],
  [30, [23], '自然资源 所有权 复议前置 joined the 复议前置 list of 第二十三条'],
  [35, [81], '行政复议机关工作人员 渎职 责任'],
  [41, [89], '外国人 适用本法, same words'],
  [43, [90], '施行日期'],
];

const CPL_PAIRS: HandPair[] = [
  [1, [1], '自诉案件范围'],
  [15, [17], '基层法院 移送中级法院'],
  [40, [45], '在押被告人要求委托辩护人'],
  [61, [69], '证据裁判, same words'],
  [95, [123], '刑讯逼供 defined → 采用下列非法方法收集的被告人供述应当排除'],
  [129, [164], '取保候审 转逮捕'],
  [241, [295], '第一审公诉案件 判决情形'],
  [389, [472], '再审案件 重新审理后 处理'],
  [548, [655], '施行日期 and what it replaces'],
];

function score(from: Regulation, to: Regulation, pairs: HandPair[]): { right: number; misses: string[] } {
  const cw = crosswalk(from, to);
  let right = 0;
  const misses: string[] = [];
  for (const [n, expected] of pairs) {
    const a = findArticle(from, n);
    assert.ok(a, `article ${n} exists`);
    const got = cw.links.filter((l) => l.from === a).map((l) => l.to.number).sort((x, y) => x - y);
    if (JSON.stringify(got) === JSON.stringify([...expected].sort((x, y) => x - y))) right++;
    else misses.push(`${n}→[${expected}] got [${got}]`);
  }
  return { right, misses };
}

describe('Article crosswalk between consecutive versions (pairs checked by hand)', function () {
  this.timeout(20000);
  // Misses are listed so a change in either direction shows: an improvement moves a pair out of this list.
  it('公司法 2018 → 2023', () => {
    const l = law(versionsCorpus(), COMPANY);
    const { right, misses } = score(l.versions[0], l.versions[1], COMPANY_PAIRS);
    assert.deepStrictEqual(misses, []);
    assert.strictEqual(right, COMPANY_PAIRS.length);
  });

  it('行政复议法 2017 → 2023 (a revision: 43 → 90 articles)', () => {
    const l = law(versionsCorpus(), REVIEW);
    const { misses } = score(l.versions[0], l.versions[1], REVIEW_PAIRS);
    assert.deepStrictEqual(misses, ['30→[23] got []']);
  });

  it('刑诉解释 2012 → 2021 (almost every article renumbered; ../shared)', function () {
    if (!fs.existsSync(BENCH)) {
      console.log(`      (skipped: ${BENCH} is absent)`);
      this.skip();
    }
    const dir = path.join(BENCH, '司法解释');
    const files = fs.readdirSync(dir).filter((f) => f.startsWith('最高人民法院关于适用《刑事诉讼法》的解释(')).sort();
    const regs = files.map((f) => parseRegulationText(fs.readFileSync(path.join(dir, f), 'utf8'), { file: f }).regulations[0]);
    assert.strictEqual(regs[0].title, CPL_INTERPRETATION);
    const { misses } = score(regs[0], regs[1], CPL_PAIRS);
    assert.deepStrictEqual(misses, ['95→[123] got [126]']);
  });

  it('every national LawRefBook law with dated versions: an article whose text is unchanged finds its copy (../shared)', function () {
    if (!fs.existsSync(BENCH)) {
      console.log(`      (skipped: ${BENCH} is absent)`);
      this.skip();
    }
    const byName = new Map<string, string[]>();
    const walk = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory() && e.name !== 'DLC') walk(p);
        else if (/\(\d{4}-\d{2}-\d{2}\)\.md$/.test(e.name)) {
          const k = e.name.replace(/\(.*$/, '');
          byName.set(k, [...(byName.get(k) ?? []), p]);
        }
      }
    };
    walk(BENCH);
    let pairs = 0;
    let checked = 0;
    let renumbered = 0;
    const wrong: string[] = [];
    for (const [name, files] of byName) {
      if (files.length < 2) continue;
      const regs = files.sort().map((f) => parseRegulationText(fs.readFileSync(f, 'utf8'), { file: f }).regulations[0]).filter((r) => r && r.articles.length);
      const versions = groupVersions(regs).versions;
      for (let i = 0; i + 1 < versions.length; i++) {
        pairs++;
        const [a, b] = [versions[i], versions[i + 1]];
        const cw = crosswalk(a, b);
        const count = (r: Regulation) => {
          const m = new Map<string, number>();
          for (const x of r.articles) m.set(articleBody(x), (m.get(articleBody(x)) ?? 0) + 1);
          return m;
        };
        const [ca, cb] = [count(a), count(b)];
        for (const x of a.articles) {
          const t = articleBody(x);
          if (t.length < 8 || ca.get(t) !== 1 || cb.get(t) !== 1) continue;
          const want = b.articles.find((y) => articleBody(y) === t)!;
          checked++;
          if (want.number !== x.number) renumbered++;
          const got = cw.links.find((l) => l.from === x && l.kind !== 'split' && l.kind !== 'merged');
          if (got?.to !== want) wrong.push(`${name} ${x.label}`);
        }
      }
    }
    assert.ok(pairs >= 70 && checked >= 2500 && renumbered >= 900, `${pairs} pairs, ${checked} articles, ${renumbered} renumbered`);
    assert.deepStrictEqual(wrong, []);
  });

  it('kinds: same number same text, renumbered, deleted, new; cached per pair', () => {
    const l = law(versionsCorpus(), COMPANY);
    const cw = crosswalk(l.versions[0], l.versions[1]);
    assert.strictEqual(crosswalk(l.versions[0], l.versions[1]), cw, 'computed once');
    const kindOf = (n: number) => cw.links.filter((x) => x.from.number === n).map((x) => `${x.kind}:${x.to.number}`);
    assert.deepStrictEqual(kindOf(16), ['moved:15']);
    assert.deepStrictEqual(kindOf(22), ['moved:26', 'split:25']);
    assert.ok(cw.deleted.some((a) => a.number === 23));
    assert.ok(cw.added.length > 30, 'the 2023 text adds many articles');
    // Every article of both versions is accounted for exactly once on its side.
    const linkedOld = new Set(cw.links.map((x) => x.from));
    assert.strictEqual(linkedOld.size + cw.deleted.length, l.versions[0].articles.length);
    const linkedNew = new Set(cw.links.map((x) => x.to));
    assert.strictEqual(linkedNew.size + cw.added.length, l.versions[1].articles.length);
  });

  it('traces an article forwards and backwards', () => {
    const l = law(versionsCorpus(), COMPANY);
    const [old, now] = l.versions;
    const fwd = traceArticle(l.versions, old, now, findArticle(old, 16)!);
    assert.deepStrictEqual([fwd.article?.number, fwd.status], [15, 'moved']);
    assert.ok(fwd.similarity > 0.9 && fwd.similarity < 1);
    const back = traceArticle(l.versions, now, old, findArticle(now, 15)!);
    assert.deepStrictEqual([back.article?.number, back.status], [16, 'moved']);
    const gone = traceArticle(l.versions, old, now, findArticle(old, 23)!);
    assert.deepStrictEqual([gone.article, gone.status, gone.similarity], [null, 'removed', 0]);
    const self = traceArticle(l.versions, now, now, findArticle(now, 15)!);
    assert.deepStrictEqual([self.article?.number, self.status, self.similarity], [15, 'same', 1]);
  });
});

// Accuracy on the pairs above: 公司法 15/16, 行政复议法 7/9, 刑诉解释 7/9 → 29/34 (85 %).

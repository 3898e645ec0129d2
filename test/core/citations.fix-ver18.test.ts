// Forms from round 17's residual errors (fix-ver18): a version named by a year that the corpus does not hold, against
// the bundled corpus (laws named short: 商标39 is the Trademark Law's article 39). Made-up text in the real style.
import * as assert from 'assert';
import { bundledCorpus, analyzeBundled, bundledShortTable as table } from './citations/helpers';
import { versionNamed } from '../../server/src/core/corpus/namedVersion';
import type { Law } from '../../server/src/core/corpus/index';
import { parseArticleQuery } from '../../server/src/core/query/articleQuery';
import { resolveArticleQuery } from '../../server/src/core/query/resolveArticleQuery';

// A year with 修正/修订 (amended), 通过/颁布 (adopted), 施行 (took effect) or alone, before the title, in its brackets
// or after it, names a version (scanner.ts VERSION_BEFORE, VERSION_NOTE); the corpus holds it or it is unknown
// (namedVersion.ts versionNamed, analyze.ts unheldVersion).
table('citation table: a version the corpus does not hold is unknown (fix-ver18)', [
  ['a year in the title\'s brackets, as a database prints it (the corpus has the 2018 text only)',
    '判决依据：《中华人民共和国刑事诉讼法(2012年)》:第二百二十五条第一款',
    [['《中华人民共和国刑事诉讼法(2012年)》:第二百二十五条第一款', 'unknown-regulation', '']]],
  ['an amendment year in the brackets, the article without 第, in traditional script (the corpus has 2021)',
    '《中華人民共和國食品安全法(2018修正)》一百二十三條規定：違反本法規定的，沒收違法所得。',
    [['《中華人民共和國食品安全法(2018修正)》一百二十三條', 'unknown-regulation', '']]],
  ['adopted, amended: before the title, each an older text of a law the corpus has in 2019',
    '1982年通过的《商标法》第三十九条只规定了两种计算方法。1993年修正的《商标法》第三十九条未作改动，2001年修正的《商标法》第五十六条增加了法定赔偿。',
    [['《商标法》第三十九条', 'unknown-regulation', ''], ['《商标法》第三十九条', 'unknown-regulation', ''], ['《商标法》第五十六条', 'unknown-regulation', '']]],
  ['a bare article after it is that version\'s too, and an English year before the law\'s name',
    '2001年修正的《商标法》第五十六条规定了法定赔偿，第五十七条规定了免责。Article 16 of the 2005 Company Law allowed guarantees.',
    [['《商标法》第五十六条', 'unknown-regulation', ''], ['第五十七条', 'unknown-regulation', ''], ['Article 16 of the 2005 Company Law', 'unknown-regulation', '']]],
  ['an amendment with its day, as a preamble writes it, and its short title after (the corpus has the 2018 text)',
    '根据2013年12月28日修正的《中华人民共和国公司法》（以下简称公司法），结合实际，制定本规定。\n第三条 依照公司法第十六条处理。',
    [['公司法第十六条', 'unknown-regulation', '']]],
  ['a full date with its event in brackets after the title, in traditional script, and its short title after',
    '依據《中華人民共和國公司法》(2013年12月28日修訂)(以下簡稱《公司法》)第十六條的規定，公司可以提供擔保。',
    [['第十六條', 'unknown-regulation', '']]],
  ['English: "which was passed in" a year after the title, and a year written right after it',
    'Under items 1 and 2 of Article 57 of the amended Trademark Law which was passed in 2013, both acts infringe. Article 52 of the Trademark Law 2001 stipulated one.',
    [['items 1 and 2 of Article 57 of the amended Trademark Law', 'unknown-regulation', ''], ['Article 52 of the Trademark Law', 'unknown-regulation', '']]],
  ['English, not a range of years or a count after the title; the year the corpus holds stays resolved',
    'Article 16 of the Company Law 2019-2020 reports were read. Article 16 of the Company Law 12 times. Article 16 of the Company Law 2018 applies.',
    [['Article 16 of the Company Law', 'resolved', '公司16'], ['Article 16 of the Company Law', 'resolved', '公司16'], ['Article 16 of the Company Law', 'resolved', '公司16']]],
  ['the year alone, of a text older than any the corpus holds (the law then read was the 2013 text)',
    '2015年《公司法》第十六条对担保作了规定。',
    [['《公司法》第十六条', 'unknown-regulation', '']]],
  ['the text the corpus holds stays resolved: in brackets, after the title, before it, by the year it took effect',
    '《中华人民共和国公司法(2018修正)》第十六条；《公司法》（2023年修订）第十五条；2018年修正后的《公司法》第十六条；2024年施行的《公司法》第十五条；《商标法》(2019年)第六十三条。',
    [['《中华人民共和国公司法(2018修正)》第十六条', 'resolved', '公司16'], ['《公司法》（2023年修订）第十五条', 'resolved', '公司15'],
      ['《公司法》第十六条', 'resolved', '公司16'], ['《公司法》第十五条', 'resolved', '公司15'], ['《商标法》(2019年)第六十三条', 'resolved', '商标63']]],
  ['the year alone of a text in force all that year; the year a code was adopted; the Constitution and the 刑法 by their year',
    '2020年《公司法》第十六条；《民法典(2020)》第十条；1982年《宪法》第十条；《中华人民共和国刑法(1997修订)》第二十条；Article 10 of the 1982 PRC Constitution.',
    [['《公司法》第十六条', 'resolved', '公司16'], ['《民法典(2020)》第十条', 'resolved', '民法典10'], ['《宪法》第十条', 'resolved', '宪10'],
      ['《中华人民共和国刑法(1997修订)》第二十条', 'resolved', '刑20'], ['Article 10 of the 1982 PRC Constitution', 'resolved', '宪10']]],
  ['not a law published anew since: its adoption year is an older text; nor the 刑法 before its revision',
    '1979年《刑法》第十条；1982年《商标法》第三十九条；《宪法》(2004年修正)第十条。',
    [['《刑法》第十条', 'unknown-regulation', ''], ['《商标法》第三十九条', 'unknown-regulation', ''], ['《宪法》(2004年修正)第十条', 'unknown-regulation', '']]],
  ['not a date or a count before the title, nor a case number or a session',
    '2019年12月，《公司法》第十六条被引用。（2019）某刑初12号。第十四届第一次会议。第2项商品。',
    [['《公司法》第十六条', 'resolved', '公司16']]],
]);

describe('a version named by year: the version read and the diagnostic (fix-ver18)', () => {
  it('a version the corpus holds is read in that text', () => {
    const a = analyzeBundled('2018年修正的《公司法》第十六条；2024年施行的《公司法》第十五条；2020年《公司法》第十六条。');
    assert.deepStrictEqual(a.citations.map((c) => c.targets[0]?.version), ['2018-10-26', '2023-12-29', '2018-10-26']);
  });

  it('one the corpus does not hold says which was named and which it holds', () => {
    const a = analyzeBundled('1993年修正的《商标法》第三十九条；《中华人民共和国刑事诉讼法(2012年)》第二百二十五条；2015年《公司法》第十六条。');
    const messages = a.diagnostics.filter((d) => d.code === 'unknown-regulation').map((d) => d.message);
    assert.deepStrictEqual(messages.map((m) => m.zh), [
      '法规库中没有《中华人民共和国商标法》1993年修正或修订的文本（法规库收有：2019年4月23日文本），无法核对该引用',
      '法规库中没有《中华人民共和国刑事诉讼法》2012年的文本（法规库收有：2018年10月26日文本），无法核对该引用',
      '法规库中没有《中华人民共和国公司法》2015年的文本（法规库收有：2018年10月26日文本；2023年12月29日文本，2024年7月1日起施行），无法核对该引用',
    ]);
    assert.match(messages[0].en, /does not hold the text as amended in 1993 of 《中华人民共和国商标法》 \(it holds: the text of 23 April 2019\)/);
  });
});

describe('versionNamed: what "the corpus holds that version" means (fix-ver18)', () => {
  const law = (title: string): Law => {
    const l = bundledCorpus().laws.get(title);
    assert.ok(l, title);
    return l;
  };
  const company = () => law('中华人民共和国公司法').versions;

  it('amended: the text dated that year only', () => {
    assert.strictEqual(versionNamed(company(), 2018, 'amended'), company()[0]);
    assert.strictEqual(versionNamed(company(), 2023, 'amended'), company()[1]);
    assert.strictEqual(versionNamed(company(), 2024, 'amended'), null, 'took effect in 2024, amended in 2023');
    assert.strictEqual(versionNamed(company(), 2013, 'amended'), null);
  });

  it('took effect: the year a text took effect, not its stated original effective date', () => {
    assert.strictEqual(versionNamed(company(), 2024, 'effective'), company()[1]);
    assert.strictEqual(versionNamed(company(), 2006, 'effective'), null, 'the 2018 text repeats the 2005 revision\'s effective date');
  });

  it('adopted: the original text, never amended since', () => {
    const code = law('中华人民共和国民法典').versions;
    assert.strictEqual(versionNamed(code, 2020, 'adopted'), code[code.length - 1]);
    assert.strictEqual(versionNamed(law('中华人民共和国商标法').versions, 1982, 'adopted'), null);
    assert.strictEqual(versionNamed(company(), 1993, 'adopted'), null);
  });

  it('the year alone: dated, took effect, adopted, else in force all that year with no recorded change in between', () => {
    assert.strictEqual(versionNamed(company(), 2019), company()[0]);
    assert.strictEqual(versionNamed(company(), 2022), company()[0]);
    assert.strictEqual(versionNamed(company(), 2024), company()[1]);
    assert.strictEqual(versionNamed(company(), 2025), company()[1]);
    assert.strictEqual(versionNamed(company(), 2015), null, 'the 2013 text was in force');
    assert.strictEqual(versionNamed(company(), 2005), null);
    const trademark = law('中华人民共和国商标法').versions;
    assert.strictEqual(versionNamed(trademark, 2021), trademark[0]);
    assert.strictEqual(versionNamed(trademark, 2018), null, 'the 2013 text was in force until 2019');
  });

  it('a law changed only by acts of its own: named by the year it was adopted or revised', () => {
    const constitution = law('中华人民共和国宪法').versions;
    const criminal = law('中华人民共和国刑法').versions;
    assert.strictEqual(versionNamed(constitution, 1982), constitution[constitution.length - 1]);
    assert.strictEqual(versionNamed(constitution, 1982, 'adopted'), constitution[constitution.length - 1]);
    assert.strictEqual(versionNamed(criminal, 1997, 'amended'), criminal[criminal.length - 1]);
    assert.strictEqual(versionNamed(criminal, 1979), null, 'revised as a new text in 1997');
    assert.strictEqual(versionNamed(constitution, 2004, 'amended'), null, 'the text as amended in 2004 is not held');
  });
});

describe('show: a version the corpus does not hold says so (fix-ver18)', () => {
  it('the diagnostic\'s words, no nearest titles; a version held is shown', () => {
    const unheld = resolveArticleQuery(bundledCorpus(), parseArticleQuery('《商标法(1993修正)》第三十九条')!);
    assert.strictEqual(unheld.status, 'unknown-regulation');
    assert.ok(unheld.status === 'unknown-regulation' && unheld.unheld && /1993年修正或修订的文本/.test(unheld.unheld.zh), JSON.stringify(unheld));
    const held = resolveArticleQuery(bundledCorpus(), parseArticleQuery('《公司法(2018修正)》第十六条')!);
    assert.strictEqual(held.status, 'found');
  });
});

// Citations as government pages printed in traditional characters write them (issue 14, branch real-gov7): penalty
// decisions, replies and notices republished by sites that convert them, or written so in Hong Kong, Macau or Taiwan
// (《中華人民共和國道路交通安全法》第七十條第一款, 依據…第二十八條第一款、第五十七條). The page is read in simplified
// characters (traditionalScript.ts), offsets unchanged, and every rule applies as to a simplified page; the citation's
// text stays as written. Made-up text in the real style against real national texts trimmed to their first articles
// (test/fixtures/national-titles); positive and negative rows.
import * as assert from 'assert';
import { nationalSummary } from './citations/helpers';
import { isTraditional, simplifiedScript } from '../../server/src/core/citations/normalize/traditionalScript';

const SHORT: Record<string, string> = {
  中华人民共和国道路交通安全法: '道交',
  中华人民共和国刑法: '刑法',
  中华人民共和国行政处罚法: '行罚',
  上海市信访条例: '沪信访',
};

type Row = [name: string, doc: string, expected: [string, string, string][]];

const rows: Row[] = [
  ['a decision in traditional characters: the law, its article and 款, the text as written',
    '當事人的上述行為違反了《中華人民共和國道路交通安全法》第七十條第一款的規定。',
    [['《中華人民共和國道路交通安全法》第七十條第一款', 'resolved', '道交70.1']]],
  ['a list after 依據, and a bare article after the title was named',
    '依據《中華人民共和國行政處罰法》第五條第二款、第四條的規定，本局決定如下。另依照第三條處理。',
    [['《中華人民共和國行政處罰法》第五條第二款、第四條', 'resolved', '行罚5.2 行罚4'], ['第三條', 'resolved', '行罚3']]],
  ['a reply in traditional characters: an article and its 款',
    '您提出的建議收悉，現答復如下：根據《中華人民共和國刑法》第十七條第二款的規定，該行為應當負刑事責任。',
    [['《中華人民共和國刑法》第十七條第二款', 'resolved', '刑法17.2']]],
  ['a province\'s title keeps its place: 上海市 found, another province unknown',
    '根據《上海市信訪條例》第二條和《浙江省信訪條例》第二條的規定處理。',
    [['《上海市信訪條例》第二條', 'resolved', '沪信访2'], ['《浙江省信訪條例》第二條', 'unknown-regulation', '']]],
  ['ordinals, case numbers and a judgment\'s item in traditional characters are no citations',
    '十四屆全國人大第一次會議審議的第2項商品目錄，見（2019）某刑初12號判決第二項。',
    []],
  ['a simplified page quoting a word in traditional characters is left as it is',
    '根据《中华人民共和国刑法》第十七条处理，另见台湾地区“刑法”第十條。',
    [['《中华人民共和国刑法》第十七条', 'resolved', '刑法17']]],
];

describe('citation table: pages printed in traditional characters (real-gov7)', () => {
  for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});

// The 处罚依据 column of a penalty table: the law and its article in digits without 第, alone in the cell
// (scanner.ts endsCell). A count of articles in prose and a name with a Chinese numeral stay no citations.
const cellRows: Row[] = [
  ['the article alone in its cell', '序号 | 违法行为 | 处罚依据 |\n1 | 未停车 | 《中华人民共和国道路交通安全法》90条 |\n',
    [['《中华人民共和国道路交通安全法》90条', 'resolved', '道交90']]],
  ['the article at the end of its line, and before a colon and its text',
    '处罚依据：《中华人民共和国道路交通安全法》91条\n《中华人民共和国道路交通安全法》90条：机动车驾驶人违反道路交通安全法律、法规的，处警告。\n',
    [['《中华人民共和国道路交通安全法》91条', 'resolved', '道交91'], ['《中华人民共和国道路交通安全法》90条', 'resolved', '道交90']]],
  ['a count of articles in prose, and a name with a Chinese numeral, are no citations',
    '修订后的《中华人民共和国道路交通安全法》124条，比原法增加了20条。\n《中华人民共和国刑法》十条措施\n第十四届第一次会议审议的第2项商品目录，见（2019）某刑初12号判决第二项。\n',
    []],
];

describe('citation table: an article in digits alone in a penalty table\'s cell (real-gov7)', () => {
  for (const [name, doc, expected] of cellRows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});

// An item cited alone right after an article written without 第 (和九十一条第一款第(一)项; a PDF table's cell between 第 and
// 六十条): the item is that article's, so it is not read as an item of the article cited before (scanner.ts
// itemCitedAlone, AFTER_ARTICLE_WITHOUT_DI). After a 第-led article it is read as before.
const slipRows: Row[] = [
  ['after 和九十一条第一款 (no 第): the list\'s next article (chain.ts), the item its own, not the article cited before\'s',
    '依照《中华人民共和国道路交通安全法》第七十条第一款和九十一条第一款第(一)项处罚。',
    [['《中华人民共和国道路交通安全法》第七十条第一款和九十一条第一款第(一)项', 'unknown-item', '道交70.1 道交91.1.1']]],
  ['a PDF table\'s cell between 第 and the number: the same',
    '《中华人民共和国道路交通安全法》 第\n七十条第一款、 第罚款 200 元七十六条第一款第(一) 项\n',
    [['《中华人民共和国道路交通安全法》 第\n七十条第一款', 'resolved', '道交70.1']]],
  ['a list of 款 after an article written without 第: the next article\'s, none of them the article cited before\'s',
    '依照《中华人民共和国道路交通安全法》第七十条第一款和七十六条第一款、第二款处理。',
    [['《中华人民共和国道路交通安全法》第七十条第一款和七十六条第一款、第二款', 'resolved', '道交70.1 道交76.1 道交76.2']]],
  ['an item cited alone after an article written with 第 is still that article\'s',
    '违反了《中华人民共和国道路交通安全法》第七十六条第一款，依照第(一)项处理。',
    [['《中华人民共和国道路交通安全法》第七十六条第一款', 'resolved', '道交76.1'], ['第(一)项', 'resolved', '道交76.1.1']]],
];

describe('citation table: an item after an article written without 第 (real-gov7)', () => {
  for (const [name, doc, expected] of slipRows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});

describe('traditionalScript: a traditional page read in simplified characters', () => {
  it('character for character: the same length, every offset kept', () => {
    const page = '依據《中華人民共和國行政處罰法》第五條的規定處理。\n第十四屆第一次會議';
    const read = simplifiedScript(page);
    assert.strictEqual(read, '依据《中华人民共和国行政处罚法》第五条的规定处理。\n第十四届第一次会议');
    assert.strictEqual(read.length, page.length);
  });
  it('a simplified page, or one with a few traditional characters, is not read so', () => {
    const simplified = '依据《中华人民共和国行政处罚法》第五十七条的规定处理。';
    assert.strictEqual(isTraditional(simplified), false);
    assert.strictEqual(simplifiedScript(simplified), simplified);
    const quoting = '依据《中华人民共和国行政处罚法》第五十七条的规定处理，另见“國語”一词的来历和它在各地的用法与变化。';
    assert.strictEqual(simplifiedScript(quoting), quoting);
  });
});

// Forms from the thirteenth fair measurement on Chinese pages (court/penalty and government/Q&A pages, zh13): made-up
// text in the real style against national texts trimmed to their first articles (test/fixtures/national-titles).
import * as assert from 'assert';
import { nationalSummary } from './citations/helpers';

const SHORT: Record<string, string> = { 中华人民共和国刑法: '刑法', 中华人民共和国行政处罚法: '处罚' };

type Row = [name: string, doc: string, expected: [string, string, string][]];

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
  });
}

// A printed regulation with every line break lost (headingRun.ts): its name runs into 第一章总则第一条, and an article
// whose text opens with a title (第五条《条例》第三条所列…) — headings, not citations.
table('citation table: headings of a regulation printed with its line breaks lost (zh13)', [
  ['the name runs into the first chapter and its first article',
    '某某网\n某某市养犬管理条例第一章总则第一条为了规范养犬行为，根据《中华人民共和国刑法》第十条，制定本条例。第二条本市行政区域内的养犬活动适用本条例。第三条养犬人应当依法养犬。\n',
    [['《中华人民共和国刑法》第十条', 'resolved', '刑法10']]],
  ['in a traditional-script conversion (第壹章總則第壹條)',
    '某某條例第壹章總則第壹條為了規範管理，制定本條例。第二條本條例適用於本市。第三條養犬人應當依法養犬。',
    []],
  ['an article whose text opens with a title, between articles glued to their text',
    '某某细则\n第一条根据《中华人民共和国刑法》第十条的规定，制定本细则。第二条申请人应当提交材料。第三条个人申请的，以本人为申请人。第四条《刑法》第五条所列情形的认定：\n一、某某。',
    [['《中华人民共和国刑法》第十条', 'resolved', '刑法10'], ['《刑法》第五条', 'resolved', '刑法5']]],
  ['a chapter and its article cited after a bare law name stay citations',
    '依照刑法第一章总则第十条规定处理。',
    [['刑法第一章', 'resolved', '刑法:第一章'], ['第十条', 'resolved', '刑法10']]],
  ['a cited article before a title, with no run of headings around it, stays a citation',
    '依照《中华人民共和国刑法》第四条处理。第五条《刑法》第三条均有规定。',
    [['《中华人民共和国刑法》第四条', 'resolved', '刑法4'], ['第五条', 'resolved', '刑法5'], ['《刑法》第三条', 'resolved', '刑法3']]],
  ['a chapter cited in prose after the law named stays a citation',
    '依照《中华人民共和国刑法》第四条处理。刑法第一章总则第五条明确了原则。',
    [['《中华人民共和国刑法》第四条', 'resolved', '刑法4'], ['刑法第一章', 'resolved', '刑法:第一章'], ['第五条', 'resolved', '刑法5']]],
  ['sessions, meetings and case numbers are no headings',
    '某某条例经第十四届人大常委会第一次会议通过。（2019）某刑初12号判决第二项已执行。',
    []],
]);

// A technical standard's dotted clauses open the list after its title (standardClauses.ts): a standard is no law, so
// neither its dotted nor its plain clauses are citations, and the plain ones are no bare articles with no context.
table('citation table: a standard\'s clauses listed after its title (zh13)', [
  ['after a 以下简称, a dotted clause then a plain one',
    '被告违反了《某某饮料卫生技术规范(GB 99999-2018)》(以下简称《卫生规范》)第4.3条、第9条的规定。',
    []],
  ['right after the title, joined by 和, after a law cited before',
    '依照《中华人民共和国刑法》第二十条处理。产品不符合《某某玩具安全标准(GB 88888-2014)》第3.2.1条和第6条的要求。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20']]],
  ['a dotted number with no title before it, a session and a numbered product stay unread',
    '依照《中华人民共和国刑法》第二十条处理。第2.3条、第四次会议、第2项商品。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20']]],
  ['a law\'s list of plain articles is unchanged',
    '依照《中华人民共和国刑法》第二十条、第二十一条处理。',
    [['《中华人民共和国刑法》第二十条、第二十一条', 'resolved', '刑法20 刑法21']]],
]);

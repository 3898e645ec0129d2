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

// A technical standard's dotted clauses open the list after its title (standardClauses.ts): the plain clauses after
// them are the standard's, unknown-regulation, never no-context.
table('citation table: a standard\'s clauses listed after its title (zh13)', [
  ['after a 以下简称, a dotted clause then a plain one',
    '被告违反了《某某饮料卫生技术规范(GB 99999-2018)》(以下简称《卫生规范》)第4.3条、第9条的规定。',
    [['第9条', 'unknown-regulation', '']]],
  ['right after the title, joined by 和, after a law cited before',
    '依照《中华人民共和国刑法》第二十条处理。产品不符合《某某玩具安全标准(GB 88888-2014)》第3.2.1条和第6条的要求。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'], ['《某某玩具安全标准(GB 88888-2014)》第3.2.1条和第6条', 'unknown-regulation', '']]],
  ['a dotted number with no title before it, a session and a numbered product stay unread',
    '依照《中华人民共和国刑法》第二十条处理。第2.3条、第四次会议、第2项商品。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20']]],
  ['a law\'s list of plain articles is unchanged',
    '依照《中华人民共和国刑法》第二十条、第二十一条处理。',
    [['《中华人民共和国刑法》第二十条、第二十一条', 'resolved', '刑法20 刑法21']]],
]);

// A regulation cited by the number of the order that issued it (orderNumber.ts): unknown-regulation, not the law cited
// before it.
table('citation table: an article cited by its order\'s number (zh13)', [
  ['某部令第N号 right before the article',
    '依照《中华人民共和国刑法》第二十条处理。被申请人违反某某部令第12号第三十一条的规定。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'], ['某某部令第12号第三十一条', 'unknown-regulation', '']]],
  ['令N号 and N号令, with a 款',
    '依照《中华人民共和国刑法》第二十条处理。依据某某部令34号第八条、某某总局56号令第九条第二款，应当废标。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'], ['某某部令34号第八条', 'unknown-regulation', ''], ['某某总局56号令第九条第二款', 'unknown-regulation', '']]],
  ['an order number with no article after it names nothing: the next bare article stays the law\'s',
    '依照《中华人民共和国刑法》第二十条处理。该办法经国务院令第466号公布，第二十一条另有规定。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'], ['第二十一条', 'resolved', '刑法21']]],
  ['the 文号 in brackets after a title is the title\'s',
    '依照《某某采购管理办法》（某某部令第78号）第十条处理。',
    [['《某某采购管理办法》（某某部令第78号）第十条', 'unknown-regulation', '']]],
  ['a case number, a judgment\'s item and a committee\'s session are no order',
    '依照《中华人民共和国刑法》第二十条处理。（2019）某刑初12号第二项判决已执行，某某部第十四届委员会第一次会议通过。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20']]],
]);

// A mask opening a title may stand for the whole 中华人民共和国 prefix (maskedTitle.ts), unless a place's title ends so.
table('citation table: a title whose country name was masked (zh13)', [
  ['four asterisks and two stand for 中华人民共和国',
    '依据《****行政处罚法》第五条、《**行政处罚法》第四条处理。',
    [['《****行政处罚法》第五条', 'resolved', '处罚5'], ['《**行政处罚法》第四条', 'resolved', '处罚4']]],
  ['a place\'s regulation ends the same way: no answer',
    '依据《****道路运输条例》第五条处理。',
    [['《****道路运输条例》第五条', 'unknown-regulation', '']]],
  ['a mask before the full country name is not it',
    '依据《**中华人民共和国行政处罚法》第五条处理。',
    [['《**中华人民共和国行政处罚法》第五条', 'unknown-regulation', '']]],
  ['too little left unmasked names nothing; a case number and a session are no titles',
    '依据《****刑法》第五条处理。（2019）某刑初12号。第十四届。',
    [['《****刑法》第五条', 'unknown-regulation', '']]],
]);

// 依据《…法》41条、… — an article in digits without 第 after a cited title (chain.ts looseArticle); 讨论刑法第20条 — a bare
// law name after a verb of discussion (titles.ts BEFORE_SHORT_NAME).
table('citation table: an article without 第 after a cited title, a law named after 讨论 (zh13)', [
  ['after 依据, set off by 、 before the article\'s words',
    '依据《中华人民共和国刑法》20条、对正在进行的不法侵害…',
    [['《中华人民共和国刑法》20条', 'resolved', '刑法20']]],
  ['a count, a name of measures and digits glued to a noun stay unread',
    '新《刑法》64条，比原来增加了20条。根据《某某意见》十条措施，依据《中华人民共和国刑法》20条措施执行。',
    []],
  ['a bare law name after 討論 and 探讨, traditional script and Arabic digits',
    '本文也会討論刑法第20條第1款和第2款的關係，并探讨刑法第21条。',
    [['刑法第20條第1款和第2款', 'resolved', '刑法20.1 刑法20.2'], ['刑法第21条', 'resolved', '刑法21']]],
  ['a discipline\'s name, a session, a meeting and a numbered product are no citations',
    '某某网刊登的讨论刑法学第十四届年会的文章，第一次会议讨论了第2项商品。',
    []],
]);

// 某某法草案中的第十条第三款: the draft's article, 中的 between (draftArticle.ts) — unknown-regulation, not the law's.
table('citation table: a draft\'s article after 中的 or 的 (zh13)', [
  ['草案中的 and 征求意见稿的, after a law cited before',
    '依照《中华人民共和国刑法》第二十条处理。有代表提出，刑法修正案草案中的第十条第三款应当删去，征求意见稿的第5条也应修改。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'], ['草案中的第十条第三款', 'unknown-regulation', ''], ['征求意见稿的第5条', 'unknown-regulation', '']]],
  ['a draft\'s reading and a committee\'s session are no articles',
    '依照《中华人民共和国刑法》第二十条处理。草案的第一次审议在第十四届常委会第二次会议进行，第二十一条另有规定。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'], ['第二十一条', 'resolved', '刑法21']]],
]);

// Citations as Q&A and 普法 pages write them — forms the twelfth fair measurement of issue 14 left (fixed after it, so
// these are tuned, not held out): a law's articles printed under a question citing them or among the writer's words
// (本法 and 本条 there are the law's), 本法 in a paragraph wrapped at words, articles typed in digits and run together
// without 第. Made-up text in their style (other laws, numbers, wording); each group names its rule.
// Notation as in citations.table.test.ts.
import * as assert from 'assert';
import { bundledShortSummary } from './citations/helpers';

type Row = [text: string, status: string, targets: string];

// Against the bundled corpus (national laws).
const bundledCases: [name: string, doc: string, expected: Row[]][] = [
  // ---- a law's articles printed under a line citing them: 本法 is that law, 本条 the article it sits in ----
  ['headings printed under a question citing two articles are the law\'s text (本法, 本条)', '三、劳动法90条91条的内容是什么？\n第九十条 用人单位有下列行为之一的，由主管部门责令改正：\n（一）依照本法第三十六条规定延长工时的；\n（二）违反本法第四十一条第一款规定的。\n第九十一条 用人单位应当按月支付报酬。\n本条所称报酬是指劳动者应得的工资。\n四、实务中怎么办', [
    ['劳动法90条91条', 'resolved', '劳动90 劳动91'],
    ['本法第三十六条', 'resolved', '劳动36'],
    ['本法第四十一条第一款', 'resolved', '劳动41.1'],
    ['本条', 'resolved', '劳动91'],
  ]],
  ['the same with a list written with 第 and 、', '问：《劳动法》第九十条、第九十一条怎么规定？\n第九十条 用人单位违反本法第三十六条规定的，责令改正。\n第九十一条 本条所称报酬是指工资。', [
    ['《劳动法》第九十条、第九十一条', 'resolved', '劳动90 劳动91'],
    ['本法第三十六条', 'resolved', '劳动36'],
    ['本条', 'resolved', '劳动91'],
  ]],
  // Negative rows: a document with its own 第一条… is a draft: its 本办法 and 本条 are its own.
  ['negative: a draft\'s own articles from 第一条 keep 本办法 and 本条 its own', '某某公司考勤管理办法\n第一条 为了规范考勤，制定本办法。\n第二条 员工依照本办法第一条请假的，应当提前申请。\n第三条 本条所称工作日不含法定节假日。依照劳动法90条91条规定处理。', [
    ['本办法第一条', 'self', '本1'],
    ['本条', 'self', '本3'],
    ['劳动法90条91条', 'resolved', '劳动90 劳动91'],
  ]],
  ['negative: headings of other articles than the ones cited above are not that citation\'s text', '三、劳动法90条91条的内容是什么？\n第五条 员工应当按时上班。\n第六条 本条所称工作日不含节假日。', [
    ['劳动法90条91条', 'resolved', '劳动90 劳动91'],
  ]],
  // ---- 本法 / 本条 in a law's article printed among the writer's words, its law told by the words printed ----
  ['本法 in an article printed under a caption of the writer\'s is the law whose article opens with those words; 本条 in its text is that article', '关于转化型抢劫，先看法条。\n第二百六十九条 犯盗窃、诈骗、抢夺罪，为窝藏赃物、抗拒抓捕或者毁灭罪证而当场使用暴力或者以暴力相威胁的，依照本法第二百六十三条的规定定罪处罚。\n本条所称当场，一般指实施前罪的现场。', [
    ['本法第二百六十三条', 'resolved', '刑263'],
    ['本条', 'resolved', '刑269'],
  ]],
  ['the label alone on its line, the text after a blank line', '下面是条文原文：\n\n第二百六十九条\n\n犯盗窃、诈骗、抢夺罪，为窝藏赃物、抗拒抓捕或者毁灭罪证而当场使用暴力或者以暴力相威胁的，依照本法第二百六十三条的规定定罪处罚。', [
    ['本法第二百六十三条', 'resolved', '刑263'],
  ]],
  // Negative rows: words that open no law's article of that number; a page that is itself a text of articles.
  ['negative: an article whose words open no law\'s article of that number keeps 本法 the document\'s', '关于门店管理，先看条文。\n第二百六十九条 门店经营者应当依照本法第二百六十三条的规定办理登记。', [
    ['本法第二百六十三条', 'self', '本263'],
  ]],
  ['negative: a page opening with an article\'s label is that text itself (本法 is itself)', '第二百六十八条 聚众哄抢公私财物的，依法处罚。\n第二百六十九条 犯盗窃、诈骗、抢夺罪，为窝藏赃物、抗拒抓捕或者毁灭罪证而当场使用暴力或者以暴力相威胁的，依照本法第二百六十三条的规定定罪处罚。', [
    ['本法第二百六十三条', 'self', '本263'],
  ]],
  // ---- 本法 in a paragraph wrapped at words: one line of the writer's ----
  ['本法 lines after the citation, the paragraph broken before linked words', '职工被迫辞职时，根据\n劳动法第32条之规定，劳动者可以随时通知用人单位：1、用人单位未按照\n劳动合同约定支付\n劳动报酬的；2、因本法第十八条规定的情形致使合同无效的。', [
    ['劳动法第32条', 'resolved', '劳动32'],
    ['本法第十八条', 'resolved', '劳动18'],
  ]],
  // Negative rows: a line ending a sentence, one break after a word only (a heading), a heading of the page's own.
  ['negative: a sentence ended at a line\'s end between keeps 本法 the page\'s', '根据\n劳动法第32条之规定，劳动者可以随时通知用人单位解除合同。\n用人单位未按照\n劳动合同约定支付\n劳动报酬的，依照本法第十八条处理。', [
    ['劳动法第32条', 'resolved', '劳动32'],
    ['本法第十八条', 'self', '本18'],
  ]],
  ['negative: one break after a word is a heading, not a wrapped paragraph; 第十四届第一次会议 is no citation', '依照劳动法第32条之规定，\n第十四届第一次会议纪要\n依照本法第十八条处理。\n二、其他\n依照劳动法第32条之规定，劳动者未按照\n劳动合同约定\n二、依照本法第九条处理。', [
    ['劳动法第32条', 'resolved', '劳动32'],
    ['本法第十八条', 'self', '本18'],
    ['劳动法第32条', 'resolved', '劳动32'],
    ['本法第九条', 'self', '本9'],
  ]],
  // ---- a law's article without 第 after its title: 的八十一条之规定, 13条来看, 12条和…《…》第11条 ----
  ['《…法》的三十二条之规定, 《…法》的九十条规定, 13条来看, 12条和 the next title', '根据《中华人民共和国劳动法》的三十二条之规定，现依照新《劳动法》的九十条规定处理。从新《工会法》21条来看，并非如此；《工会法》20条和2019年《劳动法》第3条已有规定。', [
    ['《中华人民共和国劳动法》的三十二条', 'resolved', '劳动32'],
    ['《劳动法》的九十条', 'resolved', '劳动90'],
    ['《工会法》21条', 'resolved', '工会21'],
    ['《工会法》20条', 'resolved', '工会20'],
    ['《劳动法》第3条', 'resolved', '劳动3'],
  ]],
  ['negative: counts and measures after a title (的十条措施, 266条，比…, 12条和5章, 共20条来看), sessions, case numbers', '《劳动法》的十条措施已落实，新《工会法》21条，比旧法多了2条；《工会法》12条和5章另说，全法共20条来看。第十四届第一次会议，（2019）某刑初12号。', []],
  // ---- articles in digits run together without 第 after a law's name ----
  ['劳动法90条91条, 民法典1165条1166条规定, three run together', '劳动法90条91条的内容如下。民法典1165条1166条规定了过错责任，刑法264条265条266条是盗窃和诈骗。', [
    ['劳动法90条91条', 'resolved', '劳动90 劳动91'],
    ['民法典1165条1166条', 'resolved', '民法典1165 民法典1166'],
    ['刑法264条265条266条', 'resolved', '刑264 刑265 刑266'],
  ]],
  ['negative: counts of things, dates, items and case numbers; a number going down is no next article', '他在2023年5月买了46条47条鱼，第2项商品已付款，（2019）某刑初12号判决第二项已生效。劳动法90条12条鱼塘另说，第十四届第一次会议通过。', []],
];

describe('citation table: the twelfth measurement\'s Q&A forms (issue 14, zh12), bundled corpus', () => {
  for (const [name, doc, expected] of bundledCases) {
    it(name, () => {
      const got = bundledShortSummary(doc);
      assert.deepStrictEqual(got, expected, `\n${doc}\n→ ${JSON.stringify(got)}`);
    });
  }
});

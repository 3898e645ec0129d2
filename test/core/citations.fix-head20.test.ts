// Forms from the heldout18/heldout19 measurements' residual errors (issue 14 form 8: headings are not citations), now
// tuning material: made-up text in the real style against the bundled corpus (laws named short: 安全生产94.1 is the
// Work Safety Law's article 94, paragraph 1).
import { bundledShortTable as table } from './citations/helpers';

// A list cell or numbered entry pasting the basis' articles run together (lawExcerpt.ts pastedOnPrintedLine): the first
// label, joined to the title, cites; a later one after a full stop, set off by a space from its own words (or behind the
// entry's next number), heads the next article pasted.
table('citation table: later articles pasted in a list cell or numbered entry (fix-head20)', [
  ['a table cell: title, a space, the label with its 款; the next label after 。 and a space: a heading, its 本法 the law',
    '2 | 对主要负责人未履行职责的处罚 | 1.《中华人民共和国安全生产法》 第九十四条第一款、第三款 生产经营单位的主要负责人未履行本法规定的安全管理职责的，责令限期改正，处二万元以上的罚款。第一百一十五条 本法规定的行政处罚，由应急管理部门决定；依照本法第九十五条的规定处罚的除外。',
    [['《中华人民共和国安全生产法》 第九十四条第一款、第三款', 'resolved', '安全生产94.1 安全生产94.3'], ['本法第九十五条', 'resolved', '安全生产95']]],
  ['a numbered entry after a sentence\'s end, the next entry numbered one up opening with a label and a space: a heading',
    '4.其他应履行的责任.1、《中华人民共和国行政许可法》第三十条：行政机关应当将行政许可的条件和程序在办公场所公示。2、第二十五条 申请人提交的材料齐全、符合法定形式的，应当当场作出决定。',
    [['《中华人民共和国行政许可法》第三十条', 'resolved', '行政许可30']]],
  ['not a label going on with 规定 after the full stop: a citation',
    '| 1.《中华人民共和国安全生产法》 第九十四条 生产经营单位的主要负责人未履行安全管理职责的，责令限期改正。第一百一十五条规定，由应急管理部门决定。',
    [['《中华人民共和国安全生产法》 第九十四条', 'resolved', '安全生产94'], ['第一百一十五条', 'resolved', '安全生产115']]],
  ['not an entry numbered out of turn, nor one glued to its words: citations',
    '1、《中华人民共和国行政许可法》第三十条：行政机关应当将行政许可的条件和程序在办公场所公示。3、第二十五条 申请人提交的材料齐全的，应当当场决定。\n1、《中华人民共和国行政许可法》第三十条：行政机关应当将行政许可的条件和程序在办公场所公示。2、第三十二条行政机关对申请人提出的申请，应当分别处理。',
    [['《中华人民共和国行政许可法》第三十条', 'resolved', '行政许可30'], ['第二十五条', 'resolved', '行政许可25'],
      ['《中华人民共和国行政许可法》第三十条', 'resolved', '行政许可30'], ['第三十二条', 'resolved', '行政许可32']]],
  // Round 20's convention (fix-zh26): a label glued to the full stop but set off by a space from its words heads the
  // article pasted wherever it stands, the writer's own sentence opening the cell or not; glued to its words it cites.
  ['a cell opening with the writer\'s own sentence (根据…): the later label set off by a space is a heading (round 20)',
    '| 根据《中华人民共和国安全生产法》 第九十四条 生产经营单位的主要负责人未履行职责的应当改正。第一百一十五条 由应急管理部门决定处罚。',
    [['《中华人民共和国安全生产法》 第九十四条', 'resolved', '安全生产94']]],
  ['not in such a cell a later label glued to its words: a citation',
    '| 根据《中华人民共和国安全生产法》 第九十四条 生产经营单位的主要负责人未履行职责的应当改正。第一百一十五条由应急管理部门决定处罚。',
    [['《中华人民共和国安全生产法》 第九十四条', 'resolved', '安全生产94'], ['第一百一十五条', 'resolved', '安全生产115']]],
  ['a session, a meeting, a numbered entry and a case number in a cell stay unread',
    '| 1.第十四届第一次会议审议通过。2、第2项商品已下架。（2019）某刑初12号判决第二项。',
    []],
]);

// A list mark a lossy conversion turned into a question mark between spaces (lostSpace.ts beforeGap): the label after
// 。 ? stands after a sentence's end and a space, and with a space and its text after it heads the next article.
table('citation table: a lost list mark between pasted articles (fix-head20)', [
  ['traditional script, 。 ? before each later label: headings',
    '《旅行社條例》(國務院令第550號) ? 第四十六條 違反本條例的規定，有下列情形之一的，責令改正，沒收違法所得。 ? 第四十七條 旅行社轉讓、出租、出借業務經營許可證的，責令停業整頓。 ? 第五十條 違反本條例的規定，旅行社有下列情形之一的，責令改正。',
    [['第四十六條', 'resolved', '旅行社条例46']]],
  ['not a question mark after the writer\'s words, nor a label going on with 规定: citations',
    '《旅行社条例》第四十六条规定了罚则。那么 ? 第四十七条 怎么适用。 ? 第四十八条规定了另一种情形。',
    [['《旅行社条例》第四十六条', 'resolved', '旅行社条例46'], ['第四十七条', 'resolved', '旅行社条例47'], ['第四十八条', 'resolved', '旅行社条例48']]],
  ['a session and a case number after the mark stay unread',
    '会议纪要。 ? 第十四届第一次会议。 ? （2019）某刑初12号。',
    []],
]);

// A label naming one 款 at a line's start, set off by a space and a caption or the 款's words, or glued to them under a
// judgment's appendix heading (lawExcerpt.ts paragraphLabelHeading): the heading of the 款 printed, not a citation; its
// 本法 is the law whose 款 opens with the words printed (printedHeadingAbove.ts), its 前款 the 款 before.
table('citation table: a 款 label heading the 款 printed (fix-head20)', [
  ['a space and a caption under a code\'s article: a heading, 本法 and 前款 the code\'s',
    '《刑法》第一百八十三条【职务侵占罪】保险公司的工作人员利用职务上的便利骗取保险金的，依照本法第二百七十一条的规定定罪处罚。\n第一百八十三条第二款 【贪污罪】国有保险公司工作人员和国有保险公司委派到非国有保险公司从事公务的人员有前款行为的，依照本法第三百八十二条、第三百八十三条的规定定罪处罚。',
    [['《刑法》第一百八十三条', 'resolved', '刑183'], ['本法第二百七十一条', 'resolved', '刑271'], ['前款', 'resolved', '刑183.1'],
      ['本法第三百八十二条、第三百八十三条', 'resolved', '刑382 刑383']]],
  ['glued to its words under a ruling\'s heading of the articles it relied on: a heading',
    '二〇二四年五月八日\n本裁定所依据的法律条文：\n《中华人民共和国民事诉讼法》\n第一百七十七条第一款第二审人民法院对上诉案件，经过审理，按照下列情形，分别处理：\n（一）原判决认定事实清楚的，驳回上诉；',
    []],
  ['not glued to its words under a 法律依据 heading: the basis listed, a citation',
    '法律依据\n《中华人民共和国民事诉讼法》\n第一百七十七条第一款第二审人民法院对上诉案件，经过审理，按照下列情形，分别处理。',
    [['第一百七十七条第一款', 'resolved', '民事诉讼177.1']]],
  ['not a 款 label going on with 规定, nor a list of 款, at a line\'s start: citations',
    '《中华人民共和国民事诉讼法》第一百七十七条规定了二审的处理。\n第一百七十七条第一款 规定了驳回上诉的情形。\n第一百七十七条第一款、第二款 分别规定了两种处理方式。',
    [['《中华人民共和国民事诉讼法》第一百七十七条', 'resolved', '民事诉讼177'], ['第一百七十七条第一款', 'resolved', '民事诉讼177.1'],
      ['第一百七十七条第一款、第二款', 'resolved', '民事诉讼177.1 民事诉讼177.2']]],
  ['a session, a meeting and a case number at a line\'s start stay unread',
    '本裁定所依据的法律条文：\n第十四届第一次会议 【纪要】通过。\n（2019）某民终12号 裁定。',
    []],
]);

// A caption in 【】 alone on its line right above a label glued to its text (lawExcerpt.ts reprintedArticleAt
// CAPTION_LINE): the heading of the text of that kind printed, not an article of the law named before.
table('citation table: a label under a caption of the text printed (fix-head20)', [
  ['【司法解释Ⅱ】 above, a blank line between: a heading, not the 修正案 named before',
    '刑法修正案（八）第三十九条对原条文作了两处修改。\n\n【司法解释Ⅱ】\n\n第三条盗窃公私财物价值较大的，应当认定为数额较大。',
    [['刑法修正案（八）第三十九条', 'resolved', '刑法修正案（八）39']]],
  ['not under a caption naming the basis, nor a label going on with 规定: citations',
    '《中华人民共和国行政许可法》第三十条规定了公示。\n【法律依据】\n第三十二条行政机关逾期未作决定应当说明理由。\n【律师解答】\n第三十四条规定了审查。',
    [['《中华人民共和国行政许可法》第三十条', 'resolved', '行政许可30'], ['第三十二条', 'resolved', '行政许可32'], ['第三十四条', 'resolved', '行政许可34']]],
  ['a session and a case number under a caption stay unread',
    '【会议纪要】\n第十四届第一次会议通过。\n【案号】\n（2019）某刑初12号。',
    []],
]);

// A platform's topic tag opening the line (scanner.ts TOPIC_TAG_BEFORE): the label after it opens the line, and alone on
// it above the article's caption and text it is that article's heading.
table('citation table: a label after a topic tag at a line\'s start (fix-head20)', [
  ['#话题# then the label alone, the text below: a heading; 本条 the article explained',
    '《民法典》第1166条释义\n\n#法律科普季#第一千一百六十六条\n\n【无过错责任】行为人造成他人民事权益损害，不论有无过错，法律规定应当承担侵权责任的，依照其规定。\n\n本条是关于无过错责任的规定。',
    [['《民法典》第1166条', 'resolved', '民法典1166'], ['本条', 'resolved', '民法典1166']]],
  ['not a label going on with 规定 after the tag, nor a tag in the middle of a line: citations',
    '《民法典》第一千一百六十四条规定了调整范围。\n#法律科普#第一千一百六十五条规定了过错责任。\n今天 #普法# 第一千一百六十六条\n【无过错责任】',
    [['《民法典》第一千一百六十四条', 'resolved', '民法典1164'], ['第一千一百六十五条', 'resolved', '民法典1165'], ['第一千一百六十六条', 'resolved', '民法典1166']]],
  ['a session and a case number after a tag stay unread',
    '#会议#第十四届第一次会议\n#案例#（2019）某民终12号',
    []],
]);

// Forms from round 20's Chinese residual errors (fix-zh26): made-up text in the real style against the bundled corpus
// (laws named short: 劳动合同44 is the Labour Contract Law's article 44).
import { bundledShortTable as table } from './citations/helpers';

// The convention of round 20: a label glued to its text after a full stop in running text (a Q&A answer appending the
// next article of the law it quoted) cites that law's article; a label at a line's start, or one set off from its words
// by a space or glued to a bracketed name, is the heading of the article printed (layout/stopSpacedLabel.ts).
table('citation table: a label glued to its text after a full stop in running text (fix-zh26)', [
  ['mid-line after 。, glued to the article\'s words: a citation of the law just quoted',
    '答：依照《劳动合同法》第四十六条规定，用人单位应当向劳动者支付经济补偿。第四十四条有下列情形之一的，劳动合同终止：（一）劳动合同期满的。',
    [['《劳动合同法》第四十六条', 'resolved', '劳动合同46'], ['第四十四条', 'resolved', '劳动合同44']]],
  ['after ； glued the same way, in a notice', '根据《行政处罚法》第二十八条规定，责令当事人改正；第二十九条对当事人的同一个违法行为，不得给予两次以上罚款。',
    [['《行政处罚法》第二十八条', 'resolved', '行政处罚28'], ['第二十九条', 'resolved', '行政处罚29']]],
  ['after 。, a word about the article and a space: still a citation', '《劳动合同法》第四十六条规定了经济补偿。第四十四条 规定了劳动合同终止的情形。',
    [['《劳动合同法》第四十六条', 'resolved', '劳动合同46'], ['第四十四条', 'resolved', '劳动合同44']]],
  ['not at a line\'s start glued to its words: a heading', '《劳动合同法》第四十六条规定，用人单位应当支付经济补偿。\n第四十四条有下列情形之一的，劳动合同终止：（一）劳动合同期满的。',
    [['《劳动合同法》第四十六条', 'resolved', '劳动合同46']]],
  ['not after 。 with a space before the article\'s words: a heading', '《劳动合同法》第四十六条规定，用人单位应当支付经济补偿。第四十四条 有下列情形之一的，劳动合同终止。',
    [['《劳动合同法》第四十六条', 'resolved', '劳动合同46']]],
  ['not after 。 glued to a bracketed name: a heading', '《刑法》第二百三十四条规定了故意伤害罪。第二百三十二条【故意杀人罪】故意杀人的，处死刑、无期徒刑或者十年以上有期徒刑。',
    [['《刑法》第二百三十四条', 'resolved', '刑234']]],
  ['ordinals, counts and case numbers after 。 stay unread', '《劳动合同法》第四十六条规定了经济补偿。第十四届第一次会议审议。第2项商品已下架。（2019）某刑初12号。',
    [['《劳动合同法》第四十六条', 'resolved', '劳动合同46']]],
]);

// An article's number alone in digits (35条, no 第) that repeats the article cited just before in the paragraph, or
// joined by 和/及/、 in one sentence to an article written without 第 and followed by 规定, is that law's article
// (scan/looseRepeat.ts); a count (共有35条, 这35条, 32条建议) or an unrelated number stays prose.
table('citation table: an article number alone in digits after the law in context (fix-zh26)', [
  ['the number of the article just cited, repeated without 第', '本文以《民法典》第1165条为中心展开分析，笔者认为1165条并没有排除其他归责原则的适用。',
    [['《民法典》第1165条', 'resolved', '民法典1165'], ['1165条', 'resolved', '民法典1165']]],
  ['a wrapped line between, still one paragraph', '本文讨论《民事诉讼法》第234条的适用。学者多认为该规定意义重大，\n而新的234条取消了原来的限制。',
    [['《民事诉讼法》第234条', 'resolved', '民事诉讼234'], ['234条', 'resolved', '民事诉讼234']]],
  ['joined in one sentence to an article written without 第, then 规定', '破产撤销权包括《企业破产法》31条规定的一般撤销权和32条规定的个别清偿撤销权。',
    [['《企业破产法》31条', 'resolved', '企业破产31'], ['32条', 'resolved', '企业破产32']]],
  ['not a count or a counted thing, nor another number after the article', '《企业破产法》第31条规定了撤销权。本院共收到31条建议，其中31条已采纳，这31条意见很好，共有31条。',
    [['《企业破产法》第31条', 'resolved', '企业破产31']]],
  ['not after a blank line, nor a different number, nor a number joined without 规定', '《公司法》第16条规定了担保。\n\n公司内部有16条规章。另有20条规定和21条措施。',
    [['《公司法》第16条', 'resolved', '公司16']]],
  ['not a case number, an amount or a year', '依照《刑法》第234条处理。本院（2019）某刑初234号判决，罚金234元，2019年234条线索。',
    [['《刑法》第234条', 'resolved', '刑234']]],
]);

// An interpretation's defining article set out after its citation (“某某”，是指…): the quoted term is the article's own
// word, so 本解释 after it is the cited interpretation (analyze.ts paraphrasedLaw, DEFINED_TERM), and a 款 joined to
// its 款 (…第一款规定和第二款第（一）项) is that article's (scan/scanner.ts paragraphAfterParagraph). Where 本办法 stays
// the page's own, the 款 after it is no article of a law cited before.
table('citation table: 本解释 in a defining article set out after its citation (fix-zh26)', [
  ['a term in quotation marks before 是指, then 本解释 and a 款 joined to it',
    '逃逸的认定：《最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释》第三条 “交通运输肇事后逃逸”，是指行为人具有本解释第二条第一款规定和第二款第（一）项规定的情形之一，为逃避法律追究而逃跑的行为。',
    [['《最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释》第三条', 'resolved', '最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释3'],
      ['本解释第二条第一款', 'resolved', '最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释2.1'],
      ['第二款第（一）项', 'resolved', '最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释2.2.1']]],
  ['not after a quotation that closes the citing sentence: 本解释 stays the page\'s own',
    '根据《最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释》第三条规定：“交通运输肇事后逃逸”的认定。本解释第二条另有规定。',
    [['《最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释》第三条', 'resolved', '最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释3'],
      ['本解释第二条', 'self', '本2']]],
  ['not a 款 after the page\'s own 本办法 read as an article of the law cited before',
    '依照《刑法》第三条处理。行为人具有本办法第二条第一款规定和第二款第（一）项规定的情形之一。',
    [['《刑法》第三条', 'resolved', '刑3'], ['本办法第二条第一款', 'self', '本2.1']]],
]);

// 本细则 on a page that is no regulation of its own and names no 细则 (a discretion table quoting the rules that carry
// out the 条例 it names): those rules, the named regulation's 实施细则 — resolved when the corpus holds them, else
// unknown-regulation (analyze.ts rulesOfNamed); never the 条例 itself nor the page.
table('citation table: 本细则 quoted under the regulation it carries out (fix-zh26)', [
  ['a 条例 in a cell, 本细则 in the conditions: its 实施细则, which the corpus lacks',
    '| 29\n| 公共场所卫生管理条例\n| 第十四条\n| 有下列情形之一的：\n1.违反本细则第五条第一款第一项，不按时进行健康检查的\n| 给予警告',
    [['第十四条', 'resolved', '公共场所卫生管理条例14'], ['本细则第五条第一款第一项', 'unknown-regulation', '']]],
  ['a law whose 实施细则 the corpus holds: resolved there',
    '| 3\n| 中华人民共和国税收征收管理法\n| 第六十条\n| 有下列情形之一的：\n1.违反本细则第二十条规定，未按期报送的\n| 给予警告',
    [['第六十条', 'resolved', '税收征收管理60'], ['本细则第二十条', 'resolved', '税收征收管理法实施细则20']]],
  ['本条 in the quoted rules\' words in a later cell: an article of those rules, not the 条例\'s article in the cell',
    '| 29\n| 公共场所卫生管理条例\n| 第十四条\n| 有下列情形之一的：\n1.违反本细则第五条第一款第一项，不按时进行健康检查的\n2.符合《条例》第十四条第一款的规定的\n| 给予警告\n|\n有下列情形之一的：\n1.有本条第一款所列情形经警告处罚仍无改进的\n| 处以罚款',
    [['第十四条', 'resolved', '公共场所卫生管理条例14'], ['本细则第五条第一款第一项', 'unknown-regulation', ''], ['《条例》第十四条第一款', 'resolved', '公共场所卫生管理条例14.1'], ['本条第一款', 'unknown-regulation', '']]],
  ['not 本条 after a blank line ending the table: the article discussed, as before',
    '| 29\n| 公共场所卫生管理条例\n| 第十四条\n| 违反本细则第五条第一款第一项，不按时进行健康检查的\n\n《公共场所卫生管理条例》第十四条规定了处罚。本条第一款列举了情形。',
    [['第十四条', 'resolved', '公共场所卫生管理条例14'], ['本细则第五条第一款第一项', 'unknown-regulation', ''], ['《公共场所卫生管理条例》第十四条', 'resolved', '公共场所卫生管理条例14'], ['本条第一款', 'resolved', '公共场所卫生管理条例14.1']]],
  ['not on a page naming no regulation: the page\'s own, as before', '有下列情形之一的：违反本细则第五条第一款规定，不按时进行健康检查的，给予警告。',
    [['本细则第五条第一款', 'self', '本5.1']]],
]);

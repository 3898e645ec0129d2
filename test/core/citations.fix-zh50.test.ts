// Forms of round 25 (fix-zh50, heldout36 court and gov): made-up text in the style of papers, penalty pages and sites
// printing traditional script, against the bundled corpus (laws named short: 公司22 is the Company Law's article 22).
import { bundledShortTable as table } from './citations/helpers';

// A bracketed 法释 number between an interpretation's title and its 以下简称 bracket: the short name is defined, and a
// later bare article belongs to it (titles/interpretationNumber.ts, scan/scanner.ts).
table('citation table: a 法释 number between a title and its 以下简称 (fix-zh50)', [
  ['【】 and （） around the number, a bare article and the short name later',
    '（一）《关于审理证券市场因虚假陈述引发的民事赔偿案件的若干规定》【法释[2003]2号】(以下简称《2003版若干规定》)\n《2003版若干规定》未对重大性作出界定，仅在第十七条对重大事件进行规定。\n（二）《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》（法释〔2020〕26号）（以下简称《劳动争议解释》）\n《劳动争议解释》第一条明确了受案范围。',
    [['第十七条', 'resolved', '最高人民法院关于审理证券市场因虚假陈述引发的民事赔偿案件的若干规定17'],
      ['《劳动争议解释》第一条', 'resolved', '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）1']]],
  ['not another document\'s number, nor a number glued to the article, nor a case number or an ordinal',
    '《关于审理证券市场因虚假陈述引发的民事赔偿案件的若干规定》【法释[2003]2号】第十七条规定了重大事件。《公司法》（法发〔2003〕2号）（以下简称《旧规》）第十六条。第十四届第一次会议；（2019）某民初12号。',
    [['第十七条', 'resolved', '最高人民法院关于审理证券市场因虚假陈述引发的民事赔偿案件的若干规定17'], ['第十六条', 'resolved', '公司16']]],
]);

// A line-start label of one 款, a colon and the 款's words quoted, under a line citing that 款: the label heads the
// quotation, no citation (layout/paragraphQuotedUnderCitation.ts) — in simplified and in traditional script.
table('citation table: a 款\'s label and its words quoted under a line citing it (fix-zh50)', [
  ['under a line quoting the penalty article that cites it, simplified and traditional',
    '1.《中华人民共和国网络安全法》第六十四条第一款：“网络运营者违反本法第二十二条第三款、第四十一条规定，侵害个人信息依法得到保护的权利的，由有关主管部门责令改正。”\n\n第二十二条第三款：“网络产品、服务具有收集用户信息功能的，其提供者应当向用户明示并取得同意。”\n',
    [['《中华人民共和国网络安全法》第六十四条第一款', 'resolved', '网络安全64.1'], ['本法第二十二条第三款、第四十一条', 'resolved', '网络安全22.3 网络安全41']]],
  ['traditional script',
    '1.《中華人民共和國網絡安全法》第六十四條第一款:“網絡運營者違反本法第二十二條第三款、第四十一條規定,侵害個人信息依法得到保護的權利的,由有關主管部門責令改正。”\n\n第二十二條第三款:“網絡產品、服務具有收集用戶信息功能的,其提供者應當向用戶明示並取得同意。”\n',
    [['《中華人民共和國網絡安全法》第六十四條第一款', 'resolved', '网络安全64.1'], ['本法第二十二條第三款、第四十一條', 'resolved', '网络安全22.3 网络安全41']]],
  ['not under a line citing another 款, nor with words of the writer\'s or 规定 before the colon, nor a case number or an ordinal',
    '1.《中华人民共和国网络安全法》第六十四条第一款：“网络运营者违反本法第二十二条第三款规定的，由有关主管部门责令改正。”\n第二十二条第三款：网络产品提供者应当明示。\n第二十二条第三款规定：“网络产品、服务具有收集用户信息功能的，应当明示。”\n第二十二条第二款：“网络产品、服务的提供者应当为其产品、服务持续提供安全维护。”\n第十四届第一次会议；（2019）某民初12号。',
    [['《中华人民共和国网络安全法》第六十四条第一款', 'resolved', '网络安全64.1'], ['本法第二十二条第三款', 'resolved', '网络安全22.3'],
      ['第二十二条第三款', 'resolved', '网络安全22.3'], ['第二十二条第三款', 'resolved', '网络安全22.3'], ['第二十二条第二款', 'resolved', '网络安全22.2']]],
]);

// An interpretation named by its subject's words and 司法解释 / 若干规定, with the year of its text: the one interpretation
// on that subject with a text of that year (titles/interpretationNickname.ts).
table('citation table: an interpretation\'s nickname with its year (fix-zh50)', [
  ['the year in the marks and before them picks one of two interpretations on the subject',
    '《虚假陈述司法解释(2022)》第7条第1款规定了实施日。2022年《虚假陈述司法解释》第8条规定了揭露日。《虚假陈述若干规定(2003)》第17条规定了重大事件。',
    [['《虚假陈述司法解释(2022)》第7条第1款', 'resolved', '最高人民法院关于审理证券市场虚假陈述侵权民事赔偿案件的若干规定7.1'],
      ['《虚假陈述司法解释》第8条', 'resolved', '最高人民法院关于审理证券市场虚假陈述侵权民事赔偿案件的若干规定8'],
      ['《虚假陈述若干规定(2003)》第17条', 'resolved', '最高人民法院关于审理证券市场因虚假陈述引发的民事赔偿案件的若干规定17']]],
  ['not without a year, nor a year of no text, nor a subject no interpretation has, nor a case number or an ordinal',
    '《虚假陈述司法解释》第7条规定了实施日。《虚假陈述司法解释(2010)》第7条亦同。《股权代持司法解释(2022)》第1条亦同。第十四届第一次会议；（2019）某民初12号。',
    [['《虚假陈述司法解释》第7条', 'unknown-regulation', ''], ['《虚假陈述司法解释(2010)》第7条', 'unknown-regulation', ''],
      ['《股权代持司法解释(2022)》第1条', 'unknown-regulation', '']]],
]);

// A title put in marks twice, its last character repeated outside the inner marks: the inner title, and the bare
// articles after it are its own (titles/doubledTitle.ts).
table('citation table: a title doubled by a site (fix-zh50)', [
  ['simplified and traditional, a bare article after it',
    '餐具消毒不合格依据什么条款处罚？根据《《食品安全法》法》第2条，下列活动应当遵守本法。第九十九条本法下列用语的含义：……\n根據《《食品安全法》法》第2條，下列活動應當遵守本法。第八十六條違反本法規定，有下列情形之一的，由有關主管部門沒收違法所得。',
    [['《《食品安全法》法》第2条', 'resolved', '食品安全2'], ['第九十九条', 'resolved', '食品安全99'],
      ['《《食品安全法》法》第2條', 'resolved', '食品安全2'], ['第八十六條', 'resolved', '食品安全86']]],
  ['not another character after the inner marks, nor a work on the law, nor a case number or an ordinal',
    '根据《《食品安全法》释义》第2条的说明。参见《《食品安全法》律》第2条。第十四届第一次会议；（2019）某民初12号。',
    [['《《食品安全法》释义》第2条', 'unknown-regulation', ''], ['《《食品安全法》律》第2条', 'unknown-regulation', '']]],
]);

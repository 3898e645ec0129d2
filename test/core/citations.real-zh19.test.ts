// Forms from the nineteenth round's fresh mainland pages of others' writing (real-zh19: legal Q&A answers, law-firm
// articles, 普法 pieces and news citing laws): made-up text in the real style against the bundled corpus (laws named
// short: 刑法264 is the Criminal Law's article 264).
import { bundledShortTable as table } from './citations/helpers';

const THEFT = '最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释';

// 上述司法解释 / 该司法解释 / 前述司法解释 + 第N条: the judicial interpretation cited last (chain.ts ANAPHOR_NOUNS,
// anaphor.ts KINDS 司法解释), not the law cited after it; a book about an interpretation is none.
table('citation table: 上述司法解释 / 该司法解释 after an interpretation and a law (real-zh19)', [
  ['上述司法解释第二条 after the interpretation and 刑法第二百六十四条: the interpretation\'s',
    '根据《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第一条规定，应当认定为刑法第二百六十四条规定的“数额较大”。根据上述司法解释第二条规定，数额较大的标准可以减半。',
    [[`《${THEFT}》第一条`, 'resolved', `${THEFT}1`], ['刑法第二百六十四条', 'resolved', '刑264'], ['上述司法解释第二条', 'resolved', `${THEFT}2`]]],
  ['该司法解释 and 前述司法解释, a law cited between',
    '《最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）》第四十三条规定了实际施工人。《民法典》第七百九十一条禁止转包，但该司法解释第四十四条、前述司法解释第四十五条另有规定。',
    [['《最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）》第四十三条', 'resolved', '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）43'],
      ['《民法典》第七百九十一条', 'resolved', '民法典791'],
      ['该司法解释第四十四条', 'resolved', '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）44'],
      ['前述司法解释第四十五条', 'resolved', '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）45']]],
  ['not a book about an interpretation named after it: the interpretation stays the one meant',
    '《最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释》第二十六条规定了实际施工人。黄松有主编的《最高人民法院建设工程施工合同司法解释的理解与适用》一书在释解该司法解释第二十五条时作了诠释。',
    [['《最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释》第二十六条', 'resolved', '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释26'],
      ['该司法解释第二十五条', 'resolved', '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释25']]],
  ['not the law\'s with no interpretation named before (no citation, as before), nor an ordinal, a meeting or a case number',
    '根据《中华人民共和国刑法》第二百六十四条处理。上述司法解释第二条另有规定。第十四届全国人大第一次会议；（2019）某刑初12号。',
    [['《中华人民共和国刑法》第二百六十四条', 'resolved', '刑264']]],
]);

// 环保法, as writers and the press name the Environmental Protection Law (新环保法, 新的环保法的规定): that law
// (aliases.json); a longer word ending in it is none.
table('citation table: 环保法 for the Environmental Protection Law (real-zh19)', [
  ['根据新的环保法的规定:第六十一条… then a paragraph opening 第六十三条规定',
    '根据新的环保法的规定:第六十一条建设单位未依法提交建设项目环境影响评价文件的，责令停止建设。\n\n第六十三条规定:由县级以上人民政府环境保护主管部门将案件移送公安机关。',
    [['第六十一条', 'resolved', '环境保护61'], ['第六十三条', 'resolved', '环境保护63']]],
  ['《环保法》 and 新环保法 with their articles',
    '依据《环保法》第五十九条按日连续处罚；新环保法第六十三条规定了行政拘留。',
    [['《环保法》第五十九条', 'resolved', '环境保护59'], ['环保法第六十三条', 'resolved', '环境保护63']]],
  ['not an ordinal, a meeting or a case number after it',
    '新环保法实施以来，第十四届全国人大第一次会议听取报告；（2019）某行初12号。', []],
]);

// 以下统称 / 下统称 gives a short name as 以下简称 does, also after a few words and a comma inside the bracket
// (scanner.ts DEFINITION): the short name then cites that title's articles.
table('citation table: a short name given with 以下统称 / 下统称 (real-zh19)', [
  ['（关于建设工程司法解释，下统称《施工合同司法解释》）, then 2018年《施工合同司法解释》在第25条',
    '2018年《最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（二）》（关于建设工程司法解释，下统称《施工合同司法解释》）承继了原有规则。2018年《施工合同司法解释》在第25条增加了代位权诉讼，《施工合同司法解释》第24条另有规定。',
    [['第25条', 'resolved', '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（二）25'],
      ['《施工合同司法解释》第24条', 'resolved', '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（二）24']]],
  ['（以下统称“劳动合同法”） right after a title, then the short name bare',
    '《中华人民共和国劳动合同法》（以下统称“劳动合同法”）第十条规定了书面合同。劳动合同法第十一条另有规定。',
    [['第十条', 'resolved', '劳动合同10'], ['劳动合同法第十一条', 'resolved', '劳动合同11']]],
  ['not words in a bracket without 统称, nor an ordinal, a meeting or a case number',
    '《某某公司章程》（关于股东会，下称第三部分）第十四届股东会第一次会议；（2019）某民初12号。', []],
]);

// A title alone on its line ended by a full stop heads the articles pasted under it, as one without the stop
// (lawExcerpt.ts titleOnlyLine, scanner.ts TITLE_TO_HEADING): the label glued to its text is a heading, 前款 there
// the pasted text's; a writer's own line ending in a title, then 第N条规定, stays a citation.
table('citation table: a title line ending in a full stop above pasted articles (real-zh19)', [
  ['《…某某办法》。 then 第一条 glued to its text: a heading; 前款 under it that unknown text\'s',
    '《某某市物业服务管理办法》。\n第一条物业服务人应当按照约定提供服务，应当认定为合同义务。\n各区可以在前款规定的范围内确定标准。',
    [['前款', 'unknown-regulation', '']]],
  ['a known law\'s title so: its heading, no citation of 第一条',
    '《中华人民共和国劳动合同法》。\n第一条为了完善劳动合同制度，明确劳动合同双方当事人的权利和义务，制定本法。',
    []],
  ['not a writer\'s line ending in a title, then 第N条规定 (a citation), nor an ordinal, a meeting or a case number',
    '夫妻离婚适用《中华人民共和国民法典》。\n第一千零七十九条规定，夫妻一方要求离婚的，可以诉讼。第十四届全国人大第一次会议；（2019）某民初12号。',
    [['第一千零七十九条', 'resolved', '民法典1079']]],
]);

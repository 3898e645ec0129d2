// Forms from the twenty-first fair measurement's residual errors on court pages (heldout21 court, now a tuning set):
// made-up text in the real style against the bundled corpus (laws named short: 刑20 is the Criminal Law's article 20).
import { bundledShortTable as table } from './citations/helpers';

// Another state's code written without 《》, its name glued to the state's and a year between them or before
// (titles/jurisdictionBefore.ts): that state's law, whose articles give no citation — never the PRC 刑法 inside 刑法典,
// nor a bare article with no law.
table('citation table: another state\'s code without 《》, a year before or between (fix-court22)', [
  ['a year before the state, the code glued to it', '例如依照1930年意大利刑法典第62条的规定，自动投案的可以减轻处罚。',
    []],
  ['a year between the state and the code, with an item', '再如瑞士1937年刑法典第8条第3项规定的悔罪是指主动赔偿损失的行为。',
    []],
  ['the Chinese law named after it is read again; 我国 and a year before it are no state', '法国民法典第1382条规定了过错责任。我国1997年刑法第二十条规定了正当防卫。',
    [['刑法第二十条', 'resolved', '刑20']]],
  ['not a state named in an earlier clause, nor an ordinal, a session or a case number', '日本立法例不同，刑法第二十条规定了正当防卫。第十四届第一次会议，（2019）某刑初12号。',
    [['刑法第二十条', 'resolved', '刑20']]],
]);

// Unbracketed 条款 named as the terms in dispute or the insurer's (案涉条款, 涉案条款, 保险条款) before 第N条: the contract's
// clause, no citation (titles/contractClause.ts DISPUTED_TERMS); 上述条款 and a law's article stay citations.
table('citation table: a clause of the disputed terms (fix-court22)', [
  ['案涉条款 and 涉案条款 before the clause', '二审法院认为，案涉条款第六条仅约定在合同生效一年后确诊的疾病属于保险责任。涉案条款第3条亦未说明。',
    []],
  ['保险条款 before the clause', '被告主张依据保险条款第十二条免除责任。',
    []],
  ['not a law\'s article named with its title, nor an ordinal or a case number', '依照《保险法》第十七条的规定，该条款无效。第十四届第一次会议，（2019）某民终12号。',
    [['《保险法》第十七条', 'resolved', '保险17']]],
]);

// An interpretation reprinted as one paragraph: its enacting 解释如下： run into 第一条 glued to the article's text — the
// heading of the text's first article, no citation (layout/headingRun.ts firstArticleAfterEnacting); the law the
// article cites stays a citation.
table('citation table: 第一条 right after an interpretation\'s 解释如下： (fix-court22)', [
  ['half-width colon, the article citing a law', '根据《中华人民共和国刑法》的有关规定，现就审理此类案件适用法律的若干问题解释如下:第一条实施刑法第二百条规定的行为，具有下列情形之一的，应当认定为情节严重。',
    [['刑法第二百条', 'resolved', '刑200']]],
  ['规定如下： with a full-width colon', '结合审判实践，现规定如下：第一条人民法院审理此类案件，应当依法公正审理。',
    []],
  ['not 第一条 followed by 规定, nor a later article, nor an ordinal or a case number', '依照《中华人民共和国刑法》，解释如下：第一条规定了立法目的。相关内容如下：第三条明确了罪刑法定。第十四届第一次会议，（2019）某刑初12号。',
    [['第一条', 'resolved', '刑1'], ['第三条', 'resolved', '刑3']]],
]);

// A year, the event and 的 before a law's name without 《》 name a version as before a title (scanner.ts
// BARE_VERSION_BEFORE): one the corpus does not hold is unknown-regulation, one it holds resolves; a year alone before the
// name (1997年刑法) names the law itself.
table('citation table: a version named before a bare law name (fix-court22)', [
  ['1996年制定的 (not held), then 2021年修订后的 (held)', '1996年制定的行政处罚法第三十八条第二款规定了集体讨论，2021年修订后的行政处罚法第五十七条第二款亦有规定。',
    [['行政处罚法第三十八条第二款', 'unknown-regulation', ''], ['行政处罚法第五十七条第二款', 'resolved', '行政处罚57.2']]],
  ['not a year alone, nor an ordinal or a case number', '1997年刑法第二十条规定了正当防卫。第十四届第一次会议，（2019）某刑初12号。',
    [['刑法第二十条', 'resolved', '刑20']]],
]);

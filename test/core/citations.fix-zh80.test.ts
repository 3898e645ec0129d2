// Forms of round 28's court pool (pool80-court) and of heldout51's court and government leftovers (fix-zh80): made-up
// text in the real style against the bundled corpus (laws named short: 刑133之1 is the Criminal Law's article 133-1).
import { bundledShortTable as table } from './citations/helpers';

// A law's article cited with 第 and written again after the same title without 第 (《…》2条来裁决, 《刑法》133条之1的…) is
// that article (scan/titleArticleRepeated.ts); a count of articles, a counted thing and another title's number are not.
table('citation table: an article cited again after its title without 第 (fix-zh80)', [
  ['a scholar coming back to the general clause, 来 and 的 after it',
    '将《反不正当竞争法》第2条中的商业道德放在竞争关系中理解。\n\n司法机关越来越多地依赖《反不正当竞争法》2条来裁决新型不正当竞争行为。但有学者担心对《反不正当竞争法》2条的积极适用。',
    [['《反不正当竞争法》第2条', 'resolved', '反不正当竞争2'], ['《反不正当竞争法》2条', 'resolved', '反不正当竞争2'], ['《反不正当竞争法》2条', 'resolved', '反不正当竞争2']]],
  ['an inserted article, its heading cited first',
    '论《刑法》第133条之1的规范目的及其适用（二）《刑法》133条之1的规范目的之争议',
    [['《刑法》第133条之1', 'resolved', '刑133之1'], ['《刑法》133条之1', 'resolved', '刑133之1']]],
  ['not another article than the one cited, nor a count going on, nor a counted thing, nor another title',
    '《反不正当竞争法》第2条规定了一般条款。《反不正当竞争法》33条，比原法增加了一条。《反不正当竞争法》2条措施。《刑法》2条的积极适用。第十四届第一次会议。',
    [['《反不正当竞争法》第2条', 'resolved', '反不正当竞争2']]],
]);

// A title the corpus lacks but nearly holds (a near miss), written as a regulation's title in running text, takes over
// the context: the bare article after it is unknown-regulation, never the law cited before it (titles/nearMissContext.ts).
// A spelling being discussed (写作《…》, the near miss of the law in context) stays a typo, as before.
table('citation table: a near-miss title stops the context before it (fix-zh80)', [
  ['a new interpretation named a little off, after another law\'s article: its bare article is unknown',
    '《中华人民共和国社会保险法》第五十八条规定了登记义务。自2025年9月1日起，《最高人民法院关于审理劳动争议案件适用法律问题的解释（二）》正式施行。第19条关于“约定不缴纳社保无效”的规定，被媒体冠以“重磅新规”等标签。',
    [['《中华人民共和国社会保险法》第五十八条', 'resolved', '社会保险58'], ['第19条', 'unknown-regulation', '']]],
  ['该解释 after it, nothing cited before',
    '自2025年9月1日起，《最高人民法院关于审理劳动争议案件适用法律问题的解释（二）》正式施行。该解释第19条规定了社保补偿返还。',
    [['该解释第19条', 'unknown-regulation', '']]],
  ['not a spelling discussed after 写作, nor the near miss of the law in context, nor ordinals',
    '《最高人民法院关于审理劳动争议案件适用法律若干问题的解释（二）》第一条。部分文章写作《最高人民法院关于审理劳动争议案件适用法律问题的解释（二）》。依照第五条处理。第十四届第一次会议。',
    [['《最高人民法院关于审理劳动争议案件适用法律若干问题的解释（二）》第一条', 'resolved', '最高人民法院关于审理劳动争议案件适用法律若干问题的解释（二）1'], ['第五条', 'resolved', '最高人民法院关于审理劳动争议案件适用法律若干问题的解释（二）5']]],
]);

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

// 其中 right before a 款 alone, after an article cited without a 款 in the same sentence: that article's 款
// (scan/paragraphItemAfterArticle.ts); a 款 alone without 其中, a contract's clause and an article cited with a 款 are not.
table('citation table: 其中 and a 款 of the article just cited (fix-zh80)', [
  ['a paper on a fine: the article, then 其中 and its 款 in digits, a space before 款',
    '《个人信息保护法》第66条规定了不同情形下违法处理个人信息的行政责任，其中第2 款将罚款金额设定为五千万元以下。',
    [['《个人信息保护法》第66条', 'resolved', '个人信息保护66'], ['第2 款', 'resolved', '个人信息保护66.2']]],
  ['in Chinese numerals, a comma after 其中',
    '《中华人民共和国行政许可法》第十四条规定了设定权，其中，第二款规定国务院可以采用发布决定的方式设定行政许可。',
    [['《中华人民共和国行政许可法》第十四条', 'resolved', '行政许可14'], ['第二款', 'resolved', '行政许可14.2']]],
  ['not a 款 alone without 其中, nor after a contract\'s clause, nor after an article cited with a 款, nor ordinals',
    '《个人信息保护法》第六十六条规定了行政责任，第二款将罚款金额设定为五千万元以下。根据合同第十条，其中第二款约定了违约金。《行政许可法》第十四条第一款规定了设定权，其中第二款另有规定。第十四届第一次会议。',
    [['《个人信息保护法》第六十六条', 'resolved', '个人信息保护66'], ['《行政许可法》第十四条第一款', 'resolved', '行政许可14.1']]],
]);

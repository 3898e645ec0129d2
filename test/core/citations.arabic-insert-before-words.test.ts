// 第133条之1 in Arabic numerals before the writer's own words (heldout39-court: lawyers' articles on 危险驾驶罪): the
// inserted article whatever word follows, unless a measure, a year or a fraction goes on the number (chain/chain.ts
// INSERT_NOT_AFTER). Made-up text in the style of those articles, against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

table('citation table: an Arabic 之N before the writer\'s verb', [
  ['之1 before 是, before 以后 and before 所',
    '《刑法》第133条之1是危险驾驶罪的规定。增设《刑法》第120条之1以后，《刑法》第133条之1所弥补的是行政处罚的不足。',
    [['《刑法》第133条之1', 'resolved', '刑133之1'], ['《刑法》第120条之1', 'resolved', '刑120之1'], ['《刑法》第133条之1', 'resolved', '刑133之1']]],
  ['not a multiple, a year, a fraction or a percentage after 之; nor an ordinal or a case number',
    '依照《刑法》第5条之2倍计算，第3条之2019年修订，第4条之1/3，第6条之5%。第十四届第一次会议；（2019）某刑初12号。',
    [['《刑法》第5条', 'resolved', '刑5'], ['第3条', 'resolved', '刑3'], ['第4条', 'resolved', '刑4'], ['第6条', 'resolved', '刑6']]],
]);

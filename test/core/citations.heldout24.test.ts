// Forms from the nineteenth round's last fair measurement (heldout24, mixed court/gov/English pages, now a tuning set):
// made-up text in the real style against the bundled corpus (laws named short: 刑20 is the Criminal Law's article 20).
import { bundledShortTable as table } from './citations/helpers';

// The amendment's ordinal between the date and 修正/修订 before a title or a bare law name (scanner.ts VERSION_BEFORE,
// BARE_VERSION_BEFORE): the text of that amendment, as without the ordinal — unknown-regulation when the corpus does not
// hold that year's text, resolved when it does.
table('citation table: a version named with its amendment\'s ordinal (heldout24)', [
  ['a full date and 第二次修正的 before the title (not held)', '当事人违反了2004年8月28日第二次修正的《中华人民共和国土地管理法》第四十四条第一款的规定。',
    [['《中华人民共和国土地管理法》第四十四条第一款', 'unknown-regulation', '']]],
  ['a year and 第三次修正的 before the title (held)', '依据2019年第三次修正的《中华人民共和国土地管理法》第四十四条第一款，应当办理农用地转用审批手续。',
    [['《中华人民共和国土地管理法》第四十四条第一款', 'resolved', '土地管理44.1']]],
  ['before a bare name (not held)', '2004年第二次修正的土地管理法第四十四条第一款规定了农用地转用。',
    [['土地管理法第四十四条第一款', 'unknown-regulation', '']]],
  ['not an ordinal with no version, a session or a case number', '该法第二次修正时作了调整，《中华人民共和国土地管理法》第四十四条第一款亦有规定。第十四届第一次会议，（2019）某行初12号。',
    [['《中华人民共和国土地管理法》第四十四条第一款', 'resolved', '土地管理44.1']]],
]);

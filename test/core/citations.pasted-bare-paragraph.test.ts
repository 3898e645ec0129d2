// A bare 第一款 in an article's words written out right after its citation, without marks (…依照第一款的规定处罚), is that
// article's 款, as 前款 there is (fix-zh41a, heldout34-court form 3: scanner.ts pastedIn, quotation/pastedParagraph.ts,
// analyze.ts pastedWords) — read only where the words around it are the article's own. Made-up text in the real style
// against the bundled corpus (刑287 notes 第二百八十七条之一 / 之二: the harness drops 之N).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a bare 款 in an article\'s words written out after its citation (fix-zh41a)', [
  ['the next 款 on the line under the citation, and run on after a space on its line',
    '《中华人民共和国刑法》第二百八十七条之二 【帮助信息网络犯罪活动罪】明知他人利用信息网络实施犯罪，为其犯罪提供技术支持，情节严重的，处三年以下有期徒刑或者拘役，并处或者单处罚金。\n'
      + '单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照第一款的规定处罚。\n'
      + '另见刑法第二百八十七条之一规定，利用信息网络实施下列行为之一，情节严重的，处三年以下有期徒刑或者拘役。 单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照第一款的规定处罚。',
    [['《中华人民共和国刑法》第二百八十七条之二', 'resolved', '刑287之2'], ['前款', 'resolved', '刑287之2.1'], ['第一款', 'resolved', '刑287之2.1'],
      ['刑法第二百八十七条之一', 'resolved', '刑287之1'], ['前款', 'resolved', '刑287之1.1'], ['第一款', 'resolved', '刑287之1.1']]],
  ['not the writer\'s own words after the citation, nor past a blank line, nor a contract\'s 款; ordinals and case numbers unread',
    '《中华人民共和国刑法》第二百八十七条之二规定了帮助信息网络犯罪活动罪。本文认为，第一款规定的情形应当从严，对第一款的理解也是如此。\n\n'
      + '单位犯前款罪的，依照第一款的规定处罚。合同第一款规定的违约金无效。第十四届第一次会议；（2019）某刑初12号。',
    [['《中华人民共和国刑法》第二百八十七条之二', 'resolved', '刑287之2']]],
]);

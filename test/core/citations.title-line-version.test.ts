// A site's title line, in 【】 as others set it in 《》 or bare, with the version reprinted in brackets
// (【中华人民共和国刑法(2020修正)】 ⏎ 第一百三十三条之一 【危险驾驶罪】… ⏎ …前款第三项…): the article printed under it is that
// version's — its 前款 are read there, a 修正案's year the corpus lacks is unknown-regulation (fix-zh41a, heldout34-court
// form 6: titles/reprintedTitleLine.ts titleLineVersion, analyze.ts printedArticleAround). Made-up text in the real style
// against the bundled corpus (刑133 notes 第一百三十三条之一: the harness drops 之N).
import { bundledShortTable as table } from './citations/helpers';

const DRUNK = '第一百三十三条之一 【危险驾驶罪】在道路上驾驶机动车，有下列情形之一的，处拘役，并处罚金：\n（一）追逐竞驶，情节恶劣的；\n（二）醉酒驾驶机动车的；\n'
  + '（三）从事校车业务或者旅客运输，严重超过额定乘员载客，或者严重超过规定时速行驶的；\n（四）违反危险化学品安全管理规定运输危险化学品，危及公共安全的。\n'
  + '机动车所有人、管理人对前款第三项、第四项行为负有直接责任的，依照前款的规定处罚。\n';
const GUARANTEE = '第十六条 【公司担保】公司向其他企业投资或者为他人提供担保，依照公司章程的规定，由董事会或者股东会、股东大会决议。\n'
  + '公司为公司股东或者实际控制人提供担保的，必须经股东会或者股东大会决议。\n前款规定的股东或者受前款规定的实际控制人支配的股东，不得参加前款规定事项的表决。\n';

table('citation table: a title line with its version over an article reprinted (fix-zh41a)', [
  ['a 修正案\'s year in 【】: a text the corpus lacks', '律师解答\n【中华人民共和国刑法(2020修正)】\n' + DRUNK,
    [['前款第三项、第四项', 'unknown-regulation', ''], ['前款', 'unknown-regulation', '']]],
  ['a version held, bare on its line: read in it', '法条原文\n中华人民共和国公司法（2018年修正）\n' + GUARANTEE,
    [['前款', 'resolved', '公司16.2'], ['前款', 'resolved', '公司16.2'], ['前款', 'resolved', '公司16.2']]],
  ['not a title line with no version, nor one naming another law; ordinals and case numbers unread',
    '律师解答\n【中华人民共和国刑法】\n' + DRUNK + '\n另见\n【中华人民共和国道路交通安全法(2021修正)】\n' + DRUNK + '第十四届第一次会议；（2019）某刑初12号。',
    [['前款第三项、第四项', 'resolved', '刑133之1.1.3 刑133之1.1.4'], ['前款', 'resolved', '刑133之1.1'],
      ['前款第三项、第四项', 'resolved', '刑133之1.1.3 刑133之1.1.4'], ['前款', 'resolved', '刑133之1.1']]],
]);

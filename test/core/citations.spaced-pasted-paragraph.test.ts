// A bare 第一款 in an article pasted under its citation one 款 a paragraph, blank lines between (刑法第二百五十三条之一违反…。
// ⏎⏎ …依照前款的规定从重处罚。 ⏎⏎ 窃取…的，依照第一款的规定处罚。), is that article's 款 as 前款 there is (fix-zh54,
// heldout38-court p26/p27: quotation/pastedParagraph.ts citationsOfParagraphBefore, layout/printedParagraph.ts
// spacedBlocks). Made-up text in the real style against the bundled corpus (the harness drops 之N).
import { bundledShortTable as table } from './citations/helpers';

const P1 = '违反国家有关规定，向他人出售或者提供公民个人信息，情节严重的，处三年以下有期徒刑或者拘役，并处或者单处罚金；情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。';
const P2 = '违反国家有关规定，将在履行职责或者提供服务过程中获得的公民个人信息，出售或者提供给他人的，依照前款的规定从重处罚。';
const P3 = '窃取或者以其他方法非法获取公民个人信息的，依照第一款的规定处罚。';
const H1 = '明知他人利用信息网络实施犯罪，为其犯罪提供互联网接入、服务器托管、网络存储、通讯传输等技术支持，情节严重的，处三年以下有期徒刑或者拘役，并处或者单处罚金。';
const H2 = '单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照第一款的规定处罚。';

table('citation table: a bare 第一款 in an article pasted under its citation in blank-spaced 款 (fix-zh54)', [
  ['the bare name opening its line, the 款 one a paragraph',
    '二、案涉法律规定：\n\n刑法第二百五十三条之一' + P1 + '\n\n' + P2 + '\n\n' + P3 + '\n\n三、本院认为',
    [['刑法第二百五十三条之一', 'resolved', '刑253之1'], ['前款', 'resolved', '刑253之1.1'], ['第一款', 'resolved', '刑253之1.1']]],
  ['a title and the crime\'s name after a space, CRLF line ends',
    '来源：某律所\r\n\r\n《刑法》第二百八十七条之二 【帮助信息网络犯罪活动罪】' + H1 + '\r\n\r\n' + H2 + '\r\n',
    [['《刑法》第二百八十七条之二', 'resolved', '刑287之2'], ['前款', 'resolved', '刑287之2.1'], ['第一款', 'resolved', '刑287之2.1']]],
  ['not under the writer\'s sentence on the citation\'s line (规定了…)',
    '刑法第二百八十七条之二规定了帮助信息网络犯罪活动罪。\n\n' + H2,
    [['刑法第二百八十七条之二', 'resolved', '刑287之2'], ['前款', 'resolved', '刑287之2.1']]],
  ['not past a heading of the page\'s own, nor past two lines run together, nor the writer\'s words',
    '刑法第二百五十三条之一' + P1 + '\n\n二、法院认为\n\n' + P3 + '\n\n'
      + '刑法第二百五十三条之一' + P1 + '\n\n被告人辩称其不知情。\n其辩护人亦如此主张。\n\n' + P3 + '\n\n'
      + '刑法第二百五十三条之一' + P1 + '\n\n被告人的行为符合第一款规定的情形。',
    [['刑法第二百五十三条之一', 'resolved', '刑253之1'], ['刑法第二百五十三条之一', 'resolved', '刑253之1'], ['刑法第二百五十三条之一', 'resolved', '刑253之1']]],
]);

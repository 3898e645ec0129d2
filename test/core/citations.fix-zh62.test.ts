// Forms from round 26 (fix-zh62): made-up text in the real style against the bundled corpus (laws named short: 刑20 is
// the Criminal Law's article 20).
import { bundledShortTable as table } from './citations/helpers';

// A commentary page of several entries, each titled by its article, a dash and what it is about (第二十条-关于正当防卫的
// 规定, scanner.ts), the law's article printed under its title below: a 本条 in an entry's notes is that entry's
// article, the nearest entry heading above it (layout/codePartHeading.ts codePartEntryBefore), not the page's first.
const ENTRY20 = '第二十条-关于正当防卫的规定\n《中华人民共和国刑法》\n第二十条 为了使国家、公共利益、本人或者他人的人身、财产和其他权利免受正在进行的不法侵害，采取的制止行为，不负刑事责任。\n【释义】本条是关于正当防卫的规定。\n';
const ENTRY21 = '第二十一条-关于紧急避险的规定\n《中华人民共和国刑法》\n第二十一条 为了使国家、公共利益、本人或者他人的人身、财产和其他权利免受正在发生的危险，不得已采取的紧急避险行为，不负刑事责任。\n【释义】本条是关于紧急避险的规定。\n';
table('citation table: a commentary of several entries headed 第N条-关于… (fix-zh62)', [
  ['two entries, each article printed under the law\'s title: each 本条 is its entry\'s article', ENTRY20 + ENTRY21,
    [['本条', 'resolved', '刑20'], ['本条', 'resolved', '刑21']]],
  ['two entries, the second\'s article not printed: its 本条 is the second entry\'s article of the page\'s law',
    ENTRY20 + '第二十一条-关于紧急避险的规定\n【释义】本条是关于紧急避险的规定。对于本条的理解，应当注意避险限度。\n',
    [['本条', 'resolved', '刑20'], ['本条', 'resolved', '刑21'], ['本条', 'resolved', '刑21']]],
  ['a blank line between the entries and the notes', ENTRY20.replace(/\n/g, '\n\n') + ENTRY21.replace(/\n/g, '\n\n'),
    [['本条', 'resolved', '刑20'], ['本条', 'resolved', '刑21']]],
  ['not a range written with a dash in the notes, nor a label glued to its words mid-line: 本条 stays the entry\'s',
    ENTRY20 + '【释义】本条与第二十一条-第二十二条的规定不同。第二十一条-关于紧急避险的规定，另作说明。本条不要求损害较小。\n',
    [['本条', 'resolved', '刑20'], ['本条', 'resolved', '刑20'], ['第二十一条-第二十二条', 'resolved', '刑21 刑22'], ['第二十一条', 'resolved', '刑21'], ['本条', 'resolved', '刑20']]],
  ['an entry heading alone, its law never named: 本条 is not read', '第二十一条-关于紧急避险的规定\n【释义】本条是关于紧急避险的规定。\n第二十二条-关于犯罪预备的规定\n【释义】本条是关于犯罪预备的规定。',
    []],
]);

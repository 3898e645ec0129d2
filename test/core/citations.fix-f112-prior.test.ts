// Forms of heldout55's court and lawyer sets (f112-prior): 前款 in a law's article printed under its title and its label
// alone on a line, the words not found in a version the corpus holds (an older text, a paraphrase), so the 款 are counted
// by lines. Made-up text in the real style against the bundled corpus (劳动合同82.1 is the Labour Contract Law's
// article 82, paragraph 1).
// Start figures (unchanged code, 0bb0cc3e): label alone on its line 0 right / 4 wrong (前款 read one 款 too far: the
// line break closing the label's own line counted as a new 款); negatives 2 right. After: 6 of 6 right.
import { bundledShortTable as table } from './citations/helpers';

// A label alone on its line opens the article's words on the line below: that line is its first 款, the break closing the
// label's line opens no 款 (quotation/labelAloneLine.ts). A label with words after it on its line counts as before.
table('citation table: 前款 counted under an article label alone on its line (f112-prior)', [
  ['title line, label line, one 款 then 前款',
    '法律链接\n《中华人民共和国劳动合同法》\n第八十二条\n用人单位自用工之日起超过一个月未与劳动者签订书面合同的，应当按月支付双倍工资。\n对有前款规定行为的用人单位，由劳动行政部门责令限期改正。',
    [['前款', 'resolved', '劳动合同82.1']]],
  ['items lines under the first 款, traditional script',
    '法官說法\n《中華人民共和國勞動合同法》\n第三十九條\n勞動者有下列情形之壹的，用人單位可以解除勞動合同：\n(壹)在試用期間被證明不符合錄用條件的；\n(二)嚴重違反用人單位的規章制度的；\n用人單位依照前款規定解除勞動合同的，應當事先通知工會。',
    [['前款', 'resolved', '劳动合同39.1']]],
  ['label line with trailing spaces, two 款 before 前两款',
    '附：相关法条\n《中华人民共和国劳动合同法》\n第八十二条  \n用人单位超过一个月不满一年未订立书面合同的，每月支付二倍工资。\n用人单位违反规定不订立无固定期限合同的，自应当订立之日起支付二倍工资。\n有前两款情形的，劳动者可以向劳动行政部门投诉。',
    [['前两款', 'resolved', '劳动合同82.1 劳动合同82.2']]],
  ['label alone under a 法律依据 line naming the law',
    '法律依据：《中华人民共和国劳动合同法》\n第八十二条\n用人单位自用工之日起超过一个月未与劳动者签订书面合同的，应当按月支付双倍工资。\n对有前款规定行为的用人单位，由劳动行政部门责令限期改正。',
    [['前款', 'resolved', '劳动合同82.1']]],
]);

// Negatives: a label with words on its own line counts as before (the first 款 is on the label's line).
table('citation table: 前款 under a label with its words on its line, unchanged (f112-prior)', [
  ['words on the label\'s line, 前款 on the next',
    '法律链接\n《中华人民共和国劳动合同法》\n第八十二条 用人单位自用工之日起超过一个月未与劳动者签订书面合同的，应当按月支付双倍工资。\n对有前款规定行为的用人单位，由劳动行政部门责令限期改正。',
    [['前款', 'resolved', '劳动合同82.1']]],
  ['words on the label\'s line, a second 款, 前款 in the third',
    '法律链接\n《中华人民共和国劳动合同法》\n第八十二条 用人单位超过一个月不满一年未订立书面合同的，每月支付二倍工资。\n用人单位违反规定不订立无固定期限合同的，自应当订立之日起支付二倍工资。\n对有前款规定行为的用人单位，由劳动行政部门责令限期改正。',
    [['前款', 'resolved', '劳动合同82.2']]],
]);

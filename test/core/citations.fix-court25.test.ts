// Forms from the nineteenth round's third fair measurement (heldout23, now a tuning set): made-up text in the real
// style against the bundled corpus (laws named short: 药品管理98.3.5 is the Drug Administration Law's article 98,
// paragraph 3, item 5).
import { bundledShortTable as table } from './citations/helpers';

// A 款 followed by its quoted lead-in and, straight after the closing mark, an item: that item of that 款, one
// citation (scan/quotedLeadItem.ts).
table('citation table: an item after the quoted lead-in of its 款 (fix-court25)', [
  ['a penalty decision quoting the 款 and then its item, bracketed', '当事人的行为违反了《中华人民共和国药品管理法》第九十八条第一款“禁止销售假药、劣药。”第三款“有下列情形之一的，为劣药：”第（五）项“超过有效期的药品；”的规定。',
    [['《中华人民共和国药品管理法》第九十八条第一款', 'resolved', '药品管理98.1'], ['第三款“有下列情形之一的，为劣药：”第（五）项', 'resolved', '药品管理98.3.5']]],
  ['the same with the item unbracketed and the 款 joined to the title', '涉嫌违反《中华人民共和国药品管理法》第九十八条第三款“有下列情形之一的，为劣药：”第五项的规定。',
    [['《中华人民共和国药品管理法》第九十八条第三款“有下列情形之一的，为劣药：”第五项', 'resolved', '药品管理98.3.5']]],
  ['not another 款 after the quotation, nor an item with words between, nor ordinals and case numbers',
    '违反了《中华人民共和国药品管理法》第九十八条第一款“禁止销售假药、劣药。”第三款的规定。第十四届第一次会议，（2019）某刑初12号，第2项商品。',
    [['《中华人民共和国药品管理法》第九十八条第一款', 'resolved', '药品管理98.1'], ['第三款', 'resolved', '药品管理98.3']]],
]);


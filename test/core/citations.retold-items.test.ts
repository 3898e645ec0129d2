// A bare 第三项 (a run of them) after 上述 / 前述, on the line under an article's items printed one per line after its
// citation, retells those items (fix-zh41a, heldout34-court form 2): the items of that article, of the 款 listing them
// (layout/retoldItems.ts, analyze.ts paragraphListingItems); 刑133 notes 第一百三十三条之一 (the harness drops 之N). Made-up text in the real style against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

const CRIME = '根据《中华人民共和国刑法》第一百三十三条之一的规定：\n“在道路上驾驶机动车，有下列情形之一的，处拘役，并处罚金：\n'
  + '（一）追逐竞驶，情节恶劣的；\n（二）醉酒驾驶机动车的；\n（三）从事校车业务或者旅客运输，严重超载或者超速的；\n（四）违法运输危险化学品，危及公共安全的。\n';

table('citation table: items retold under an article\'s items printed above (fix-zh41a)', [
  ['上述第三项和第四项 after the quoted 款\'s items: its 款 named', CRIME + '车辆所有人、管理人对上述第三项和第四项行为负有直接责任的，也要处罚。',
    [['《中华人民共和国刑法》第一百三十三条之一', 'resolved', '刑133之1'], ['第三项和第四项', 'resolved', '刑133之1.1.3 刑133之1.1.4']]],
  ['前述第二项 after an article of one 款 listing items: no 款 written',
    '《中华人民共和国劳动合同法》第三十九条规定：\n劳动者有下列情形之一的，用人单位可以解除劳动合同：\n（一）在试用期间被证明不符合录用条件的；\n（二）严重违反用人单位的规章制度的；\n（三）严重失职，营私舞弊，给用人单位造成重大损害的；\n劳动者有前述第二项行为的，用人单位解除合同应当有规章制度为据。',
    [['《中华人民共和国劳动合同法》第三十九条', 'resolved', '劳动合同39'], ['第二项', 'resolved', '劳动合同39..2']]],
  ['not a writer\'s own list, nor an item past the items listed, nor one under a line of prose; ordinals and case numbers unread',
    '依照《中华人民共和国刑法》第一百三十三条之一处理。本院归纳争议焦点如下：\n（一）是否醉酒；\n（二）是否超速；\n对上述第二项行为，双方各执一词。\n'
      + CRIME + '对上述第五项行为不予处罚。\n' + CRIME + '其中醉驾最常见。\n对上述第三项行为应当从严。第十四届第一次会议；（2019）某刑初12号。',
    [['《中华人民共和国刑法》第一百三十三条之一', 'resolved', '刑133之1'], ['《中华人民共和国刑法》第一百三十三条之一', 'resolved', '刑133之1'],
      ['《中华人民共和国刑法》第一百三十三条之一', 'resolved', '刑133之1']]],
]);

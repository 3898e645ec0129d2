// Round 34 after the measurement (f141-zh): the tool errors of heldout58-court and heldout58-lawyer, as made-up rows of
// each form with variants and negatives. Forms (start = main 93a9c69e):
//   A. a 款 after two or three spaces of a scraped judgment (依照《…解释》第三百八十三条  第二款  之规定): the 款 dropped —
//      chain/chain.ts spacedUnit read one space only (heldout58-court 07:19);
//   B. 此条 / 该条 after an article restated unmarked whose words hold the law's own 本法第N条 (根据《劳动合同法》第三十九条规定,
//      ……因本法第二十六条第一款第一项规定的情形……。……公司就可以依据此条…): no citation — the 本法 reference inside the
//      restated words taken for "another article cited in between" (heldout58-lawyer 01:9);
//   C. 本条 in the writer's prose after a technical standard named (根据《…鉴定标准》的规定：……。本条所称的…): read as the
//      article of the law cited in the section before — a false positive (heldout58-lawyer 02:15).
// Start figures (main 93a9c69e): A 0/3 right (negatives 2/2 — the line-label row added after), B 0/4 (the negative too:
// 依据此条 followed by a verb was unread), C 0/3 wrong (negatives 2/2). End: 16/16. A two-space 款 joins only in a citing frame running on to its 规定 (real-admin's
// row 'two spaces or a full-width space do not join' kept: convention question listed in the report).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a 款 after two or three spaces of a scraped judgment (f141-zh A)', [
  ['刑诉法解释第N条  第M款  之规定 (nested marks as scraped)', '本院认为，上诉人撤回上诉的申请符合法律规定，应予准许。依照《最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释》第三百八十三条  第二款  之规定，裁定如下：\n准许上诉人撤回上诉。\n',
    [['《最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释》第三百八十三条  第二款', 'resolved', '最高人民法院关于适用《刑事诉讼法》的解释383.2']]],
  ['民事诉讼法第N条  第M款、next article', '综上所述，依照《中华人民共和国民事诉讼法》第一百七十七条  第一款、第一百八十二条之规定，判决如下：\n',
    [['《中华人民共和国民事诉讼法》第一百七十七条  第一款、第一百八十二条', 'resolved', '民事诉讼177.1 民事诉讼182']]],
  ['三 spaces before a 款 of the 刑法', '被告人的行为已构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条   第一款之规定，判决如下：\n',
    [['《中华人民共和国刑法》第二百六十四条   第一款', 'resolved', '刑264.1']]],
  ['negative: two spaces between two articles stay two citations', '依照《中华人民共和国刑法》第二百六十四条  第五十二条之规定，判决如下：\n',
    [['《中华人民共和国刑法》第二百六十四条', 'resolved', '刑264'], ['第五十二条', 'resolved', '刑52']]],
  ['negative: a line\'s label then two spaces is a heading, its 款 not joined', '《中华人民共和国劳动合同法》\n第二十条  第十九条第一款规定的试用期工资，不得低于本单位相同岗位最低档工资。\n',
    [['第十九条第一款', 'resolved', '劳动合同19.1']]],
  ['negative: a 款 after two spaces ending its clause (no 规定 after it) stays apart', '处罚依据：《中华人民共和国食品安全法》第一百二十四条  第一款；\n',
    [['《中华人民共和国食品安全法》第一百二十四条', 'resolved', '食品安全124']]],
  ['negative: a 款 on the next line is not joined', '依照《中华人民共和国刑法》第二百六十四条\n第二款的规定另作说明。\n',
    [['《中华人民共和国刑法》第二百六十四条', 'resolved', '刑264']]],
]);

table('citation table: 此条 / 该条 after an article restated with the law\'s own 本法 reference (f141-zh B)', [
  ['依据此条 after 劳动合同法 39 restated with 本法第二十六条', '关于即时解除的情形。根据《劳动合同法》第三十九条规定，劳动者有下列情形之一的，用人单位可以解除劳动合同：严重违反用人单位的规章制度的；因本法第二十六条第一款第一项规定的情形致使劳动合同无效的；被依法追究刑事责任的。在这些情况下，用人单位无需提前通知劳动者。比如，员工经常无故旷工，公司就可以依据此条解除劳动合同。\n',
    [['《劳动合同法》第三十九条', 'resolved', '劳动合同39'], ['本法第二十六条第一款第一项', 'resolved', '劳动合同26.1.1'], ['此条', 'resolved', '劳动合同39']]],
  ['该条 after 公司法 restated with 本法第N条', '按照《中华人民共和国公司法》第二十一条规定，公司的控股股东、实际控制人不得利用关联关系损害公司利益；违反本法第二十一条第一款规定，给公司造成损失的，应当承担赔偿责任。实践中，股东常依据该条主张赔偿。\n',
    [['《中华人民共和国公司法》第二十一条', 'resolved', '公司21'], ['本法第二十一条第一款', 'resolved', '公司21.1'], ['该条', 'resolved', '公司21']]],
  ['此条 after 劳动法 restated with 本法第N条, two sentences on', '依照《中华人民共和国劳动法》第二十五条规定，劳动者有下列情形之一的，用人单位可以解除劳动合同：在试用期间被证明不符合录用条件的；严重违反劳动纪律或者用人单位规章制度的；被依法追究刑事责任的。用人单位依据此条解除的，无需支付经济补偿。\n',
    [['《中华人民共和国劳动法》第二十五条', 'resolved', '劳动25'], ['此条', 'resolved', '劳动25']]],
  ['negative: another article the writer cites between stays the latest', '根据《劳动合同法》第三十九条规定，劳动者严重违反规章制度的，用人单位可以解除劳动合同。另外，《劳动合同法》第四十条规定了无过失性辞退。公司也可以依据此条解除劳动合同。\n',
    [['《劳动合同法》第三十九条', 'resolved', '劳动合同39'], ['《劳动合同法》第四十条', 'resolved', '劳动合同40'], ['此条', 'resolved', '劳动合同40']]],
]);

table('citation table: 本条 after a technical standard named (f141-zh C)', [
  ['本条所称 after 《…鉴定标准》的规定', '2.疑似职业病病人在诊断期间的\n\n《中华人民共和国职业病防治法》第五十六条规定，用人单位应当及时安排对疑似职业病病人进行诊断。\n\n3.因工负伤并被确认部分丧失劳动能力的\n\n根据《劳动能力鉴定 职工工伤与职业病致残等级》的规定：评残标准分为10级，7~10级为部分丧失劳动能力。本条所称的“部分丧失劳动能力”包括大部分丧失劳动能力和部分丧失劳动能力。\n',
    [['《中华人民共和国职业病防治法》第五十六条', 'resolved', '职业病防治56']]],
  ['本条 after a GB standard in the same paragraph', '《中华人民共和国消防法》第十六条规定，机关、团体应当履行消防安全职责。\n\n实务中，疏散距离按GB 50016-2014《建筑设计防火规范》执行。本条规定的疏散距离以最远点计算。\n',
    [['《中华人民共和国消防法》第十六条', 'resolved', '消防16']]],
  ['本条 after a standard\'s code alone (HJ, not only GB / GBZ / JGJ / DB: standardClauses.ts CODE)', '《中华人民共和国环境影响评价法》第十七条规定，建设项目的环境影响报告书应当包括建设项目概况。\n\n大气部分按HJ 2.2-2018执行。本条规定的评价等级分为三级。\n',
    [['《中华人民共和国环境影响评价法》第十七条', 'resolved', '环境影响评价17']]],
  ['本条 after 《…规范》 then 本条中', '《中华人民共和国安全生产法》第二十八条规定，生产经营单位应当对从业人员进行安全生产教育和培训。\n\n培训课时参照《企业安全生产标准化基本规范》。本条中的“从业人员”包括劳务派遣人员。\n',
    [['《中华人民共和国安全生产法》第二十八条', 'resolved', '安全生产28']]],
  ['negative: 本条 after the law\'s article, nothing named between', '《中华人民共和国职业病防治法》第五十六条规定，用人单位应当及时安排对疑似职业病病人进行诊断。本条所称的“诊断”由职业病诊断机构作出。\n',
    [['《中华人民共和国职业病防治法》第五十六条', 'resolved', '职业病防治56'], ['本条', 'resolved', '职业病防治56']]],
  ['negative: 本条 after a law named alone (no article) still the article', '《中华人民共和国劳动合同法》第四十二条规定了不得解除的情形。结合《中华人民共和国职业病防治法》的精神，本条的适用范围较宽。\n',
    [['《中华人民共和国劳动合同法》第四十二条', 'resolved', '劳动合同42'], ['本条', 'resolved', '劳动合同42']]],
]);

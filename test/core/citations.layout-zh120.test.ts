// The sweep of round 32 (f120-layzh): the PAGE LAYOUTS of real Chinese pages around citations, as whole made-up pages
// looking like the real kind, each with every mention it holds (laws named short: 刑115.1 is the Criminal Law's article
// 115, 款 1; 本 = the page's own text). Layouts: printed law under captions, reprinted articles with glued labels,
// Q&A, tables flattened to lines, footnotes, numbered lists, penalty decisions, judgments, replies to proposals, policy
// interpretations quoting 原文, a page that IS a regulation or its draft, and page furniture that must yield nothing.
// Start (unchanged code, cb95079c): 49 pages, 77 expected mentions — 43 pages right, 6 wrong; mentions 73 right, 0 wrong
// reading, 4 missing, 2 extra. By layout: printed law under a caption 6 of 15 pages wrong (前款 past 300 characters of
// items under 法条链接 missed; 前款 under 法律依据：《title》 ⏎ a glued label, simplified, and under 【相关法条】 with a short
// title missed — both 明知从事前款, 事前 read as one word; 链接： and 〔法条〕 captions not read, their heading cited), reprinted labels 1 of 7 (**第N条** in bold:
// 前款 missed); Q&A, tables, footnotes, lists, decisions, judgments, replies, interpretations, regulation pages and
// furniture all right (27 pages).
// Then 2 pages of heldout55-lawyer 26's form (an earlier text pasted under a basis line; start: 前款 self, 2 wrong).
// End: 51 pages right, 79 mentions right (and 8 guard pages added after, 59 pages / 92 mentions in all). Rules: layout/earlierTextHeading.ts (a glued label over one law's article in
// some text of it heads that article, its 前款 read in it), quotation/itemsOutOfReach.ts (an article's item lines do not count in
// the reach from its citation to its 前款), scan/engagedInPreceding.ts (从事前款: 从事 is the verb, 前款 its object),
// layout/linkCaptionHeading.ts (链接 / 法条 / 〔〕 captions), layout/printedHeadingAbove.ts and ownTextHeading.ts
// headingPlace (a label in bold, **第三十条**).
import { bundledShortTable as table } from './citations/helpers';

// Printed law under a caption: the title and label heading the printed article are no citation; 前款 / 本法 in the
// article's words are the printed law's, counted inside THAT article, however long its items run.
table('page layout: printed law under a caption (layout-zh120)', [
  ['法条链接 over an article of fifteen items, blank lines between, the page torn after 前款',
    '明日天气 多云 18℃-27℃\n\n交警支队通报\n\n近日，一名交通警察因违规扣留车辆被给予处分。\n\n法条链接:\n\n《中华人民共和国道路交通安全法》第一百一十五条 交通警察有下列行为之一的,依法给予行政处分:\n\n(一)为不符合法定条件的机动车发放机动车登记证书、号牌、行驶证、检验合格标志的;\n\n(二)批准不符合法定条件的机动车安装、使用警车、消防车、救护车、工程救险车的警报器、标志灯具,喷涂标志图案的;\n\n(三)为不符合驾驶许可条件、未经考试或者考试不合格人员发放机动车驾驶证的;\n\n(四)不执行罚款决定与罚款收缴分离制度或者不按规定将依法收取的费用、收缴的罚款及没收的违法所得全部上缴国库的;\n\n(五)举办或者参与举办驾驶学校或者驾驶培训班、机动车修理厂或者收费停车场等经营活动的;\n\n(六)利用职务上的便利收受他人财物或者谋取其他利益的;\n\n(七)违法扣留车辆、机动车行驶证、驾驶证、车辆号牌的;\n\n公安机关交通管理部门有前款所列行为之一的,\n',
    [['前款', 'resolved', '道路交通安全115.1']]],
  ['相关法条： an article with a long 款 and items, 前款 in its second 款 (no blank lines)',
    '【典型案例】\n张某在工作时间外出送货途中受伤，人社局认定为工伤。\n相关法条：\n《工伤保险条例》第十四条 职工有下列情形之一的，应当认定为工伤：\n（一）在工作时间和工作场所内，因工作原因受到事故伤害的；\n（二）工作时间前后在工作场所内，从事与工作有关的预备性或者收尾性工作受到事故伤害的；\n（三）在工作时间和工作场所内，因履行工作职责受到暴力等意外伤害的；\n（四）患职业病的；\n（五）因工外出期间，由于工作原因受到伤害或者发生事故下落不明的；\n（六）在上下班途中，受到非本人主要责任的交通事故或者城市轨道交通、客运轮渡、火车事故伤害的；\n（七）法律、行政法规规定应当认定为工伤的其他情形。\n编辑：李明',
    []],
  ['法律依据：《title》。 then labels glued to the words, traditional script: 前款 is the printed article\'s',
    '法律依據：《中華人民共和國勞動合同法》。\n第八十四條用人單位違反本法規定，扣押勞動者居民身份證等證件的，由勞動行政部門責令限期退還勞動者本人，並依照有關法律規定給予處罰。\n用人單位違反本法規定，以擔保或者其他名義向勞動者收取財物的，由勞動行政部門責令限期退還勞動者本人，並以每人五百元以上二千元以下的標準處以罰款；給勞動者造成損害的，應當承擔賠償責任。\n勞動者依法解除或者終止勞動合同，用人單位扣押勞動者檔案或者其他物品的，依照前款規定處罰。',
    [['前款', 'resolved', '劳动合同84.2']]],
  ['法律依据：《title》 then a label glued to its words (simplified), 本法 alone no mention, 前款 inside',
    '法律依据：《中华人民共和国食品安全法》\n第一百二十二条违反本法规定，未取得食品生产经营许可从事食品生产经营活动的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款。\n明知从事前款规定的违法行为，仍为其提供生产经营场所或者其他条件的，由县级以上人民政府食品安全监督管理部门责令停止违法行为，没收违法所得，并处五万元以上十万元以下罚款。',
    [['前款', 'resolved', '食品安全122.1']]],
  ['【法律依据】 a citation line of the writer: the basis listed stays a citation',
    '【案情】王某在超市购买过期食品后要求十倍赔偿。\n【法律依据】\n《中华人民共和国食品安全法》第一百四十八条第二款\n【律师点评】经营者明知是不符合食品安全标准的食品而销售的，消费者可以要求赔偿。',
    [['《中华人民共和国食品安全法》第一百四十八条第二款', 'resolved', '食品安全148.2']]],
  ['附：相关法律条文 — the title alone on its line, labels set off by a space: headings; 前款 inside',
    '综上，判决如下：驳回原告的诉讼请求。\n附：相关法律条文\n《中华人民共和国民法典》\n第五百八十五条　当事人可以约定一方违约时应当根据违约情况向对方支付一定数额的违约金，也可以约定因违约产生的损失赔偿额的计算方法。\n约定的违约金低于造成的损失的，人民法院或者仲裁机构可以根据当事人的请求予以增加；约定的违约金过分高于造成的损失的，人民法院或者仲裁机构可以根据当事人的请求予以适当减少。\n第六百七十六条　借款人未按照约定的期限返还借款的，应当按照约定或者国家有关规定支付逾期利息。',
    []],
  ['附：本判决适用的法律条文 — two laws, each title on its line; 前两款 and 前款 inside the printed articles',
    '审判员　赵刚\n二〇二三年五月十日\n书记员　孙丽\n附：本判决适用的法律条文\n《中华人民共和国刑法》\n第一百三十三条之一　在道路上驾驶机动车，有下列情形之一的，处拘役，并处罚金：\n（一）追逐竞驶，情节恶劣的；\n（二）醉酒驾驶机动车的；\n机动车所有人、管理人对前款第三项、第四项行为负有直接责任的，依照前款的规定处罚。\n有前两款行为，同时构成其他犯罪的，依照处罚较重的规定定罪处罚。\n《中华人民共和国刑事诉讼法》\n第十五条　犯罪嫌疑人、被告人自愿如实供述自己的罪行，承认指控的犯罪事实，愿意接受处罚的，可以依法从宽处理。',
    [['前款第三项、第四项', 'resolved', '刑133之1.1.3 刑133之1.1.4'], ['前款', 'resolved', '刑133之1.1'], ['前两款', 'resolved', '刑133之1.1 刑133之1.2']]],
  ['链接： the title and label over the words after a full-width space',
    '市场监管局提醒商家诚信经营。\n链接：\n《中华人民共和国消费者权益保护法》第五十五条　经营者提供商品或者服务有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为消费者购买商品的价款或者接受服务的费用的三倍。\n经营者明知商品或者服务存在缺陷，仍然向消费者提供，造成消费者死亡或者健康严重损害的，受害人有权要求经营者依照本法第四十九条、第五十一条等法律规定赔偿损失。',
    [['本法第四十九条、第五十一条', 'resolved', '消费者权益保护49 消费者权益保护51']]],
  ['相关规定： quoted provisions under labels: 本法 stays the printed law\'s',
    '相关规定：\n《中华人民共和国行政处罚法》\n第三十三条：“违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。”\n“当事人有证据足以证明没有主观过错的，不予行政处罚。”\n对照上述规定，本案当事人符合首违不罚的条件。',
    []],
  ['〔法条〕 title+label glued to 【罪名】: a heading; 前款 below it',
    '〔法条〕\n《中华人民共和国刑法》第二百三十八条【非法拘禁罪】非法拘禁他人或者以其他方法非法剥夺他人人身自由的，处三年以下有期徒刑、拘役、管制或者剥夺政治权利。\n犯前款罪，致人重伤的，处三年以上十年以下有期徒刑。',
    [['前款', 'resolved', '刑238.1']]],
]);

// An article reprinted under its law's title: the label heads the article whether glued, bracketed, after a colon or in
// bold; 前款 / 本条 / 第二款 count inside THAT article.
table('page layout: reprinted articles and their labels (layout-zh120)', [
  ['第十五條 label spaced, traditional script, 前款 in its second 款',
    '《中華人民共和國勞動合同法》\n第二十四條 競業限制的人員限於用人單位的高級管理人員、高級技術人員和其他負有保密義務的人員。\n在解除或者終止勞動合同後，前款規定的人員到與本單位生產或者經營同類產品、從事同類業務的有競爭關系的其他用人單位，競業限制期限，不得超過二年。',
    [['前款', 'resolved', '劳动合同24.1']]],
  ['第十五条【标题】 glued bracketed title of the article, 前款 below',
    '《中华人民共和国道路交通安全法》\n第五十三条【特种车辆】警车、消防车、救护车、工程救险车执行紧急任务时，可以使用警报器、标志灯具；其他车辆和行人应当让行。\n警车、消防车、救护车、工程救险车非执行紧急任务时，不得使用警报器、标志灯具，不享有前款规定的道路优先通行权。',
    [['前款', 'resolved', '道路交通安全53.1']]],
  ['第N条： a label and a colon, 前款 below',
    '《中华人民共和国劳动合同法》\n第六十六条：劳动合同用工是我国的企业基本用工形式。劳务派遣用工是补充形式，只能在临时性、辅助性或者替代性的工作岗位上实施。\n前款规定的临时性工作岗位是指存续时间不超过六个月的岗位。',
    [['前款', 'resolved', '劳动合同66.1']]],
  ['**第N条** in bold, then the words',
    '**《中华人民共和国道路交通安全法》**\n\n**第三十条** 道路出现坍塌、坑漕、水毁、隆起等损毁或者交通信号灯、交通标志、交通标线等交通设施损毁、灭失的，道路、交通设施的养护部门或者管理部门应当设置警示标志并及时修复。\n\n公安机关交通管理部门发现前款情形，危及交通安全，尚未设置警示标志的，应当及时采取安全措施。',
    [['前款', 'resolved', '道路交通安全30.1']]],
  ['full-width digits in the label (第１００条), 前款 below',
    '《中华人民共和国道路交通安全法》\n第１００条　驾驶拼装的机动车或者已达到报废标准的机动车上道路行驶的，公安机关交通管理部门应当予以收缴，强制报废。\n对驾驶前款所列机动车上道路行驶的驾驶人，处二百元以上二千元以下罚款，并吊销机动车驾驶证。',
    [['前款', 'resolved', '道路交通安全100.1']]],
  ['the writer\'s citation then the article printed without marks: 前款 by its words',
    '根据《劳动合同法》第二十四条规定，竞业限制的人员限于用人单位的高级管理人员、高级技术人员和其他负有保密义务的人员。在解除或者终止劳动合同后，前款规定的人员到与本单位生产或者经营同类产品的其他用人单位，竞业限制期限，不得超过二年。',
    [['《劳动合同法》第二十四条', 'resolved', '劳动合同24'], ['前款', 'resolved', '劳动合同24.1']]],
  ['前两款 in the third 款 of a printed article, its items cut short',
    '《中华人民共和国刑法》\n第一百三十三条之一　在道路上驾驶机动车，有下列情形之一的，处拘役，并处罚金：\n（一）追逐竞驶，情节恶劣的；\n（二）醉酒驾驶机动车的。\n机动车所有人、管理人对前款第三项、第四项行为负有直接责任的，依照前款的规定处罚。\n有前两款行为，同时构成其他犯罪的，依照处罚较重的规定定罪处罚。',
    [['前款第三项、第四项', 'resolved', '刑133之1.1.3 刑133之1.1.4'], ['前款', 'resolved', '刑133之1.1'], ['前两款', 'resolved', '刑133之1.1 刑133之1.2']]],
]);

// Q&A pages: the question and the answer cite as prose does; the law named in the question carries to the answer.
table('page layout: questions and answers (layout-zh120)', [
  ['问：答： a title in the answer, a bare article after it',
    '问：公司拖欠工资，员工可以直接辞职吗？\n答：可以。根据《劳动合同法》第三十八条的规定，用人单位未及时足额支付劳动报酬的，劳动者可以解除劳动合同。同时，依照第四十六条，用人单位还应当支付经济补偿。',
    [['《劳动合同法》第三十八条', 'resolved', '劳动合同38'], ['第四十六条', 'resolved', '劳动合同46']]],
  ['【问】【答】 the law named in the question, the answer cites its article bare',
    '【问】民法典对违约金过高是怎么规定的？\n【答】民法典第五百八十五条第二款规定，约定的违约金过分高于造成的损失的，人民法院可以根据当事人的请求予以适当减少。',
    [['民法典第五百八十五条第二款', 'resolved', '民法典585.2']]],
  ['Q：A： short name and digits',
    'Q：醉驾会被判多久？\nA：依据《刑法》第133条之一，醉酒驾驶机动车的，处拘役，并处罚金。\nQ：还会吊销驾照吗？\nA：会。依据《道路交通安全法》第91条第2款，吊销机动车驾驶证，五年内不得重新取得。',
    [['《刑法》第133条之一', 'resolved', '刑133之1'], ['《道路交通安全法》第91条第2款', 'resolved', '道路交通安全91.2']]],
  ['问答 with no article named: nothing',
    '问：离婚时彩礼要退吗？\n答：要看具体情况，根据民法典和相关司法解释的规定，双方未办理结婚登记的，一般应当返还。',
    []],
]);

// Tables flattened to lines: the law column and the penalty column each cite.
table('page layout: tables flattened to lines (layout-zh120)', [
  ['序号 | 违法行为 | 法律依据 | 处罚依据, bar separated',
    '序号 | 违法行为 | 法律依据 | 处罚依据\n1 | 未取得食品经营许可从事食品经营 | 《食品安全法》第三十五条 | 《食品安全法》第一百二十二条\n2 | 经营超过保质期的食品 | 《食品安全法》第三十四条第十项 | 《食品安全法》第一百二十四条第一款第五项',
    [['《食品安全法》第三十五条', 'resolved', '食品安全35'], ['《食品安全法》第一百二十二条', 'resolved', '食品安全122'], ['《食品安全法》第三十四条第十项', 'resolved', '食品安全34..10'], ['《食品安全法》第一百二十四条第一款第五项', 'resolved', '食品安全124.1.5']]],
  ['tab separated, the law named once in a column and bare articles under it',
    '事项名称\t设定依据\t实施机关\n行政处罚\t《中华人民共和国治安管理处罚法》第四十三条\t公安机关\n行政拘留\t《中华人民共和国治安管理处罚法》第十九条\t公安机关',
    [['《中华人民共和国治安管理处罚法》第四十三条', 'resolved', '治安管理处罚43'], ['《中华人民共和国治安管理处罚法》第十九条', 'resolved', '治安管理处罚19']]],
  ['a header row alone: nothing',
    '序号\t违法行为\t法律依据\t处罚依据\t裁量基准\n（暂无数据）',
    []],
]);

// Footnotes: each note cites as prose does; the note's number is no article.
table('page layout: footnotes (layout-zh120)', [
  ['[1] notes at the page end',
    '违约金的调整以实际损失为基础。[1]侵权责任以过错为原则。[2]\n注释：\n[1]《中华人民共和国民法典》第五百八十五条第二款。\n[2]《中华人民共和国民法典》第一千一百六十五条第一款。',
    [['《中华人民共和国民法典》第五百八十五条第二款', 'resolved', '民法典585.2'], ['《中华人民共和国民法典》第一千一百六十五条第一款', 'resolved', '民法典1165.1']]],
  ['① circled notes with a short title and 同上',
    '借款人逾期还款的，应支付逾期利息。①\n①参见《民法典》第676条。\n②参见王利明：《合同法研究》第二卷，中国人民大学出版社2015年版，第318页。',
    [['《民法典》第676条', 'resolved', '民法典676']]],
]);

// Numbered lists: the list's numbers are no articles; each entry cites as prose does.
table('page layout: numbered lists (layout-zh120)', [
  ['一、二、 entries naming laws',
    '处理依据如下：\n一、《中华人民共和国劳动法》第四十四条；\n二、《中华人民共和国劳动合同法》第八十二条；\n三、《工伤保险条例》第十四条第（六）项。',
    [['《中华人民共和国劳动法》第四十四条', 'resolved', '劳动44'], ['《中华人民共和国劳动合同法》第八十二条', 'resolved', '劳动合同82'], ['《工伤保险条例》第十四条第（六）项', 'resolved', '工伤保险条例14..6']]],
  ['1. 2. entries, the second bare after the first law',
    '律师建议：\n1. 依据《消费者权益保护法》第五十五条主张三倍赔偿；\n2. 同时依据该法第四十九条主张人身损害赔偿；\n3. 保留好购物小票。',
    [['《消费者权益保护法》第五十五条', 'resolved', '消费者权益保护55'], ['该法第四十九条', 'resolved', '消费者权益保护49']]],
  ['（1）（2） entries, a count of items is no citation',
    '本次检查发现问题3条：\n（1）未建立进货查验记录，违反《食品安全法》第五十三条；\n（2）从业人员未取得健康证明，违反《食品安全法》第四十五条第一款；\n（3）其他问题1条。',
    [['《食品安全法》第五十三条', 'resolved', '食品安全53'], ['《食品安全法》第四十五条第一款', 'resolved', '食品安全45.1']]],
]);

// Penalty decisions and judgments: 违反了《…》第N条…的规定，依据《…》第N条…决定; 本院认为…依照…判决如下.
table('page layout: penalty decisions and judgments (layout-zh120)', [
  ['a penalty decision: the law broken and the law applied',
    '行政处罚决定书\n当事人：某某餐饮有限公司\n经查，当事人经营超过保质期的食品。以上事实有现场笔录为证。\n当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定，依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定：\n1.没收违法所得500元；\n2.罚款50000元。\n如不服本处罚决定，可在收到本决定书之日起六十日内依法申请行政复议。',
    [['《中华人民共和国食品安全法》第三十四条第（十）项', 'resolved', '食品安全34..10'], ['《中华人民共和国食品安全法》第一百二十四条第一款第（五）项', 'resolved', '食品安全124.1.5']]],
  ['a public-security decision citing a law and 第N条第N款第N项 in digits',
    '公安行政处罚决定书\n现查明2023年6月1日，违法行为人刘某在某小区殴打他人。\n根据《中华人民共和国治安管理处罚法》第43条第1款之规定，现决定对刘某行政拘留七日。\n执行方式和期限：送某市拘留所执行。',
    [['《中华人民共和国治安管理处罚法》第43条第1款', 'resolved', '治安管理处罚43.1']]],
  ['a judgment: 本院认为 … 依照 … 判决如下 with a list',
    '本院认为，被告未按约定期限还款，应承担违约责任。依照《中华人民共和国民法典》第五百七十七条、第六百七十六条，《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十八条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下：\n一、被告于本判决生效之日起十日内偿还原告借款本金100000元；\n二、驳回原告的其他诉讼请求。\n如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。',
    [['《中华人民共和国民法典》第五百七十七条、第六百七十六条', 'resolved', '民法典577 民法典676'], ['《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十八条', 'resolved', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定28'], ['《中华人民共和国民事诉讼法》第一百四十七条', 'resolved', '民事诉讼147'], ['《中华人民共和国民事诉讼法》第二百六十四条', 'resolved', '民事诉讼264']]],
  ['a judgment\'s 判决第二项 and 第一次开庭 are no citations',
    '本案于2023年3月1日第一次开庭。原告不服一审判决第二项，提起上诉。本院认为，一审判决第二项认定事实清楚，依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项之规定，判决如下：驳回上诉，维持原判。',
    [['《中华人民共和国民事诉讼法》第一百七十七条第一款第一项', 'resolved', '民事诉讼177.1.1']]],
]);

// Replies to proposals and policy interpretations: 原文 quotes print the regulation's words; 本办法 there is the text
// interpreted only inside the quotation, the page being no regulation.
table('page layout: replies to proposals and policy interpretations (layout-zh120)', [
  ['a reply to a proposal citing a law and its article in prose',
    '关于市政协十三届二次会议第0156号提案的答复\n王委员：\n您提出的《关于加强电动自行车管理的建议》收悉。现答复如下：\n一、关于上牌管理。根据《中华人民共和国道路交通安全法》第十八条第一款，依法应当登记的非机动车，经公安机关交通管理部门登记后，方可上道路行驶。\n二、下一步工作。我局将继续加强宣传。\n感谢您对公安工作的关心和支持。',
    [['《中华人民共和国道路交通安全法》第十八条第一款', 'resolved', '道路交通安全18.1']]],
  ['a policy interpretation: 第十三届, 第二次会议 and its numbered points are no citations',
    '《劳动合同法》修改政策解读\n发布时间：2013-01-05　来源：人社局\n一、修改背景\n第十一届全国人大常委会第三十次会议通过了修改决定。\n二、主要内容\n修改后的《劳动合同法》第五十七条规定，经营劳务派遣业务应当向劳动行政部门依法申请行政许可。\n三、施行时间\n自2013年7月1日起施行。',
    [['《劳动合同法》第五十七条', 'resolved', '劳动合同57']]],
]);

// A page that IS a regulation or its draft: its own 第一条 / 第一章 headings are no citations; 本条例 / 前款 are its own.
table('page layout: a page that is a regulation or its draft (layout-zh120)', [
  ['a local regulation: chapter and article headings, 本条例 alone no mention, 前款 self, the superior law cited',
    '某市电动自行车管理条例\n第一章　总则\n第一条　为了加强电动自行车管理，根据《中华人民共和国道路交通安全法》等法律、行政法规，结合本市实际，制定本条例。\n第二条　本条例适用于本市行政区域内电动自行车的生产、销售和通行管理。\n电动自行车所有人应当依照前款规定办理登记。\n第二章　登记管理\n第三条　违反本条例第二条第二款规定的，依照《中华人民共和国道路交通安全法》第八十九条处罚。',
    [['前款', 'self', '本2.1'], ['本条例第二条第二款', 'self', '本2.2'], ['《中华人民共和国道路交通安全法》第八十九条', 'resolved', '道路交通安全89']]],
  ['a draft for comments: its own articles are no citations, the law cited is',
    '某省物业管理条例（征求意见稿）\n第一条　为了规范物业管理活动，根据《中华人民共和国民法典》和国务院《物业管理条例》，制定本条例。\n第二条　业主大会的决定，依照《中华人民共和国民法典》第二百七十八条的规定作出。\n第三条　违反本条例第二条规定的，由县级人民政府责令改正。',
    [['《中华人民共和国民法典》第二百七十八条', 'resolved', '民法典278'], ['本条例第二条', 'self', '本2']]],
]);

// Page furniture: bread crumbs, 发布时间, 来源, 责任编辑, 相关阅读 titles yield nothing.
table('page layout: page furniture (layout-zh120)', [
  ['bread crumbs, dates, source, editor, related reading',
    '首页 > 政策法规 > 法律法规\n《中华人民共和国民法典》\n发布时间：2020-06-02 10:21　来源：中国人大网　浏览次数：2356\n【字体：大 中 小】　打印本页　关闭窗口\n责任编辑：张三\n相关阅读：\n《民法典》侵权责任编释义：过错责任原则\n上一篇：《刑法》盗窃罪量刑标准解读\n下一篇：治安管理处罚法全文',
    []],
  ['a news page: 第3条线路, 第十四届, 第2项商品 are prose',
    '地铁第3条线路今日开通。\n第十四届全国人大第一次会议闭幕。\n抽检的第2项商品不合格。\n责任编辑：王五　审核：赵六',
    []],
]);

// More of the same layouts, varied: scripts, spacing, captions, and the forms of round 31's two open pages.
table('page layout: more printed law, Q&A, lists and furniture (layout-zh120)', [
  ['法律依据：《title》 then glued traditional labels, 前款 after nine items (heldout55-lawyer 26\'s form)',
    '法律依據：《中華人民共和國勞動合同法》\n第十七條勞動合同應當具備以下條款：\n（壹）用人單位的名稱、住所和法定代表人或者主要負責人；\n（二）勞動者的姓名、住址和居民身份證或者其他有效身份證件號碼；\n（三）勞動合同期限；\n（四）工作內容和工作地點；\n（五）工作時間和休息休假；\n（六）勞動報酬；\n（七）社會保險；\n（八）勞動保護、勞動條件和職業危害防護；\n（九）法律、法規規定應當納入勞動合同的其他事項。\n勞動合同除前款規定的必備條款外，用人單位與勞動者可以約定試用期、培訓、保守秘密、補充保險和福利待遇等其他事項。',
    [['前款', 'resolved', '劳动合同17.1']]],
  ['【相关法条】 in brackets, a short title, a space, the words; 本法 alone no mention',
    '【相关法条】\n《食品安全法》第一百二十二条 违反本法规定，未取得食品生产经营许可从事食品生产经营活动的，由县级以上人民政府食品安全监督管理部门没收违法所得。\n明知从事前款规定的违法行为，仍为其提供生产经营场所或者其他条件的，由县级以上人民政府食品安全监督管理部门责令停止违法行为。',
    [['前款', 'resolved', '食品安全122.1']]],
  ['法律链接： over a long first 款 and a second (blank lines, no items)',
    '法律链接：\n\n《中华人民共和国劳动合同法》第八十四条 用人单位违反本法规定，扣押劳动者居民身份证等证件的，由劳动行政部门责令限期退还劳动者本人，并依照有关法律规定给予处罚。\n\n用人单位违反本法规定，以担保或者其他名义向劳动者收取财物的，由劳动行政部门责令限期退还劳动者本人，并以每人五百元以上二千元以下的标准处以罚款；给劳动者造成损害的，应当承担赔偿责任。\n\n劳动者依法解除或者终止劳动合同，用人单位扣押劳动者档案或者其他物品的，依照前款规定处罚。',
    [['前款', 'resolved', '劳动合同84.2']]],
  ['a judgment\'s appended law in traditional script, labels set off by a full-width space',
    '附：本案適用的法律條文\n《中華人民共和國民法典》\n第一千一百六十五條　行為人因過錯侵害他人民事權益造成損害的，應當承擔侵權責任。\n依照法律規定推定行為人有過錯，其不能證明自己沒有過錯的，應當承擔侵權責任。',
    []],
  ['a court news page closing with 法条链接 and a crime article over long items, the page torn',
    '打开APP 查看更多\n\n以案释法\n\n近日，某法院审结一起危险驾驶案。\n\n法条链接\n\n《中华人民共和国刑法》第一百三十三条之一 在道路上驾驶机动车，有下列情形之一的，处拘役，并处罚金：\n\n（一）追逐竞驶，情节恶劣的；\n\n（二）醉酒驾驶机动车的；\n\n（三）从事校车业务或者旅客运输，严重超过额定乘员载客，或者严重超过规定时速行驶的；\n\n（四）违反危险化学品安全管理规定运输危险化学品，危及公共安全的。\n\n机动车所有人、管理人对前款第三项、第四项行为负有直接责任的，依照前款的规定处罚。',
    [['前款第三项、第四项', 'resolved', '刑133之1.1.3 刑133之1.1.4'], ['前款', 'resolved', '刑133之1.1']]],
  ['答： citing with a colon and the article\'s words quoted, then 该条',
    '问：用人单位扣押劳动者档案怎么办？\n答：《劳动合同法》第八十四条第三款规定：“劳动者依法解除或者终止劳动合同，用人单位扣押劳动者档案或者其他物品的，依照前款规定处罚。”根据该条，劳动者可以向劳动行政部门投诉。',
    [['《劳动合同法》第八十四条第三款', 'resolved', '劳动合同84.3'], ['前款', 'resolved', '劳动合同84.2'], ['该条', 'resolved', '劳动合同84']]],
  ['a list entry opening with the article before the law (第N条 of the law named first on the line)',
    '执法依据：\n（一）《中华人民共和国道路交通安全法》第九十条；\n（二）《中华人民共和国道路交通安全法实施条例》第六十二条第（七）项。',
    [['《中华人民共和国道路交通安全法》第九十条', 'resolved', '道路交通安全90'], ['《中华人民共和国道路交通安全法实施条例》第六十二条第（七）项', 'resolved', '道路交通安全法实施条例62..7']]],
  ['a regulation page: 第一条 headings and 本条第二款 self, 第二章 no citation',
    '某省食品小作坊管理条例\n第一章　总则\n第一条　为了加强食品小作坊管理，根据《中华人民共和国食品安全法》第三十六条的规定，制定本条例。\n第二条　食品小作坊应当取得登记证。\n登记证有效期为三年。\n第三条　违反本条例第二条第一款规定的，由市场监督管理部门责令改正。\n第二章　生产经营',
    [['《中华人民共和国食品安全法》第三十六条', 'resolved', '食品安全36'], ['本条例第二条第一款', 'self', '本2.1']]],
  ['furniture: 第5期, 第3版, 第2页, 第1条评论 are prose',
    '来源：《人民法院报》2023年5月10日第3版\n《法学研究》2022年第5期\n共8页　第2页\n网友评论（第1条评论）：说得好！\n责任编辑：刘洋',
    []],
  ['furniture with a law title in the crumbs and no article: nothing',
    '当前位置：首页 > 法律法规库 > 《中华人民共和国劳动合同法》\n【打印】【关闭】\n分享到：微信 微博\n扫一扫在手机打开当前页',
    []],
]);

// The form of heldout55-lawyer 26: a law named as the basis, then its articles pasted from an EARLIER text, labels glued
// to the words, another law named inside the first one: 前款 is the pasted article's, read in that law (any text of it).
table('page layout: an earlier text pasted under its basis line (layout-zh120)', [
  ['法律依据 then glued labels of the 2018 Company Law\'s words, 前款 under the second',
    '法律依据：《中华人民共和国公司法》。\n第二十一条公司的控股股东、实际控制人、董事、监事、高级管理人员不得利用其关联关系损害公司利益，依照民法典的规定承担责任。\n第二十八条股东应当按期足额缴纳公司章程中规定的各自所认缴的出资额。股东以货币出资的，应当将货币出资足额存入有限责任公司在银行开设的账户；以非货币财产出资的，应当依法办理其财产权的转移手续。\n股东不按照前款规定缴纳出资的，除应当向公司足额缴纳外，还应当向已按期足额缴纳出资的股东承担违约责任。',
    [['前款', 'resolved', '公司28.1']]],
  ['the same in traditional script',
    '法律依據：《中華人民共和國公司法》。\n第二十一條公司的控股股東、實際控制人、董事、監事、高級管理人員不得利用其關聯關系損害公司利益，依照民法典的規定承擔責任。\n第二十八條股東應當按期足額繳納公司章程中規定的各自所認繳的出資額。股東以貨幣出資的，應當將貨幣出資足額存入有限責任公司在銀行開設的賬戶；以非貨幣財產出資的，應當依法辦理其財產權的轉移手續。\n股東不按照前款規定繳納出資的，除應當向公司足額繳納外，還應當向已按期足額繳納出資的股東承擔違約責任。',
    [['前款', 'resolved', '公司28.1']]],
]);

// More variation on the common layouts, written after the rules (8 pages, 13 mentions, all right on the end code; not
// measured on the start code): kept as guards.
table('page layout: variations on Q&A, tables, notes, decisions and drafts (layout-zh120)', [
  ['Q&A in digits with 款 and 项, the law carried to the next answer',
    '问：公司不缴社保，可以辞职要补偿吗？\n答：可以。依据《劳动合同法》第38条第1款第3项，未依法为劳动者缴纳社会保险费的，劳动者可以解除劳动合同。\n问：补偿怎么算？\n答：按第47条的规定，按劳动者在本单位工作的年限，每满一年支付一个月工资。',
    [['《劳动合同法》第38条第1款第3项', 'resolved', '劳动合同38.1.3'], ['第47条', 'resolved', '劳动合同47']]],
  ['a tab table with the basis column and 同上 under it',
    '违法行为\t法律依据\t处罚标准\n超速50%以上\t《道路交通安全法》第九十九条第一款第（四）项\t罚款并吊销驾驶证\n超速20%以上未达50%\t同上\t罚款',
    [['《道路交通安全法》第九十九条第一款第（四）项', 'resolved', '道路交通安全99.1.4']]],
  ['footnotes ① ② with a code and a court text',
    '盗窃数额较大的，处三年以下有期徒刑。①“数额较大”以一千元至三千元以上为起点。②\n① 《中华人民共和国刑法》第264条。\n② 《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第1条第1款。',
    [['《中华人民共和国刑法》第264条', 'resolved', '刑264'], ['《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第1条第1款', 'resolved', '最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释1.1']]],
  ['a numbered list 1、2、 with 该法 and a bare article after a title',
    '法律适用：\n1、《中华人民共和国消费者权益保护法》第二十四条；\n2、该法第五十五条第一款；\n3、《中华人民共和国民法典》第五百七十七条、第五百八十四条。',
    [['《中华人民共和国消费者权益保护法》第二十四条', 'resolved', '消费者权益保护24'], ['该法第五十五条第一款', 'resolved', '消费者权益保护55.1'], ['《中华人民共和国民法典》第五百七十七条、第五百八十四条', 'resolved', '民法典577 民法典584']]],
  ['a judgment in traditional script: 依照 … 判決如下',
    '本院認為，被告人張某以非法佔有為目的，多次盜竊他人財物，其行為已構成盜竊罪。依照《中華人民共和國刑法》第二百六十四條、第六十七條第三款之規定，判決如下：\n被告人張某犯盜竊罪，判處有期徒刑一年。',
    [['《中華人民共和國刑法》第二百六十四條、第六十七條第三款', 'resolved', '刑264 刑67.3']]],
  ['a penalty decision with the provision broken and the penalty provision in one sentence, case number aside',
    '某市监处罚〔2023〕56号\n当事人销售未经检验的食品，违反了《中华人民共和国食品安全法》第五十三条第一款的规定。依据《中华人民共和国食品安全法》第一百二十六条第一款第（三）项的规定，决定给予警告。',
    [['《中华人民共和国食品安全法》第五十三条第一款', 'resolved', '食品安全53.1'], ['《中华人民共和国食品安全法》第一百二十六条第一款第（三）项', 'resolved', '食品安全126.1.3']]],
  ['a draft named with its title: its article is unknown-regulation',
    '近日公布的《中华人民共和国治安管理处罚法（修订草案）》第二十条对此作出了新规定。',
    [['《中华人民共和国治安管理处罚法（修订草案）》第二十条', 'unknown-regulation', '']]],
  ['furniture: a table of contents of a law, chapter headings only',
    '目录\n第一章　总则\n第二章　劳动合同的订立\n第三章　劳动合同的履行和变更\n第四章　劳动合同的解除和终止',
    []],
]);

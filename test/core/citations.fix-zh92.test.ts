// Forms of heldout53's court and lawyer sets (fix-zh92): made-up text in the real style against the bundled corpus (laws
// named short: 劳动合同92 is the Labour Contract Law's article 92).
import { bundledShortTable as table } from './citations/helpers';

// A decision amending one law, named by its title alone, says which text the writer goes on to read: the bare articles
// after it (新修改的第九十二条, 新第九十二条) and 该条 are the amended law's (titles/amendingDecisionAlone.ts). The decision
// cited with its own number, a decision amending several laws, one amending a law the corpus lacks stay as they were.
table('citation table: a bare article after a decision amending one law (fix-zh92)', [
  ['新修改的 / 新 articles and 该条 after the decision\'s title (〈〉 inside 《》)',
    '2012年12月28日，全国人民代表大会常务委员会通过了《关于修改〈中华人民共和国劳动合同法〉的决定》，一共四条，均是关于劳务派遣制度。新修改的第九十二条规定，改变了原条款定位模糊的问题。但新第九十二条仍较为笼统，进一步明确该条的适用十分必要。',
    [['第九十二条', 'resolved', '劳动合同92'], ['第九十二条', 'resolved', '劳动合同92'], ['该条', 'resolved', '劳动合同92']]],
  ['the issuer before it, <> inside 《》, 修改后的 article',
    '2013年12月28日，全国人大常委会通过《全国人民代表大会常务委员会关于修改<中华人民共和国公司法>的决定》，取消了最低注册资本的要求，修改后的第二十六条不再规定出资期限。',
    [['第二十六条', 'resolved', '公司26']]],
  ['not the decision cited with its own article; 该决定 after it is the decision',
    '《关于修改〈中华人民共和国劳动合同法〉的决定》第一条将劳动合同法第五十七条修改为新的内容。全国人大常委会通过了《关于修改〈中华人民共和国劳动合同法〉的决定》，共四条。该决定第一条修改了劳动合同法第五十七条。',
    [['《关于修改〈中华人民共和国劳动合同法〉的决定》第一条', 'unknown-regulation', ''], ['劳动合同法第五十七条', 'resolved', '劳动合同57'],
      ['该决定第一条', 'unknown-regulation', ''], ['劳动合同法第五十七条', 'resolved', '劳动合同57']]],
  ['not a decision amending several laws, neither alone nor with its item',
    '2018年通过的《全国人民代表大会常务委员会关于修改〈中华人民共和国劳动法〉等七部法律的决定》，第三条作了修改。依据《全国人民代表大会常务委员会关于修改〈中华人民共和国劳动法〉等七部法律的决定》第2项，劳动法作了修改。',
    [['《全国人民代表大会常务委员会关于修改〈中华人民共和国劳动法〉等七部法律的决定》，第三条', 'unknown-regulation', ''],
      ['《全国人民代表大会常务委员会关于修改〈中华人民共和国劳动法〉等七部法律的决定》第2项', 'unknown-regulation', '']]],
  ['not a decision amending a local regulation the corpus lacks',
    '省人大常委会通过了《关于修改〈某某省物业管理条例〉的决定》，新修改的第十二条规定了业主大会的职责。',
    [['第十二条', 'unknown-regulation', '']]],
  ['a history note naming the decision leaves the law cited (unchanged)',
    '《中华人民共和国劳动合同法》（2007年6月29日通过，根据2012年12月28日《全国人民代表大会常务委员会关于修改〈中华人民共和国劳动合同法〉的决定》修正）第九十二条规定了连带责任。',
    [['《中华人民共和国劳动合同法》（2007年6月29日通过，根据2012年12月28日《全国人民代表大会常务委员会关于修改〈中华人民共和国劳动合同法〉的决定》修正）第九十二条', 'resolved', '劳动合同92']]],
]);

// Articles in digits run together with no mark between (劳动合同法46条47条) go on to a headline tag's closing bracket
// (【国家赔偿法第33条34条】: chain/chain.ts runOnArticle). A 款 after the article, a number going down, a count stay out.
table('citation table: run-on articles in digits before a headline tag\'s closing bracket (fix-zh92)', [
  ['【】 tag, the article quoted after it',
    '【国家赔偿法第33条34条】第三十三条规定侵犯公民人身自由的，每日赔偿金按照国家上年度职工日平均工资计算。',
    [['国家赔偿法第33条34条', 'resolved', '国家赔偿33 国家赔偿34'], ['第三十三条', 'resolved', '国家赔偿33']]],
  ['〔〕 tag', '〔劳动合同法第46条47条〕经济补偿按劳动者在本单位工作的年限支付。',
    [['劳动合同法第46条47条', 'resolved', '劳动合同46 劳动合同47']]],
  ['not a 款 (第33条2款 is the article\'s paragraph)', '【国家赔偿法第33条2款】赔偿金的计算。',
    [['国家赔偿法第33条2款', 'unknown-paragraph', '国家赔偿33.2']]],
  ['not a number going down, nor a count of things', '【国家赔偿法第33条3条】赔偿。【国家赔偿法第33条34条鱼】',
    [['国家赔偿法第33条', 'resolved', '国家赔偿33'], ['国家赔偿法第33条', 'resolved', '国家赔偿33']]],
]);

// 此条 / 此款 point back as 该条 / 该款 do (scan/selfAnchor.ts, layout/thatArticle.ts), followed by a provision's words
// only; 此项, 此条路, 此款酸奶 stay unread. A quotation of the cited article closing its line: 该条 / 此条 in the first
// sentence of the next line point back across that one line break (thatArticle.ts OPENS_NEXT_LINE).
table('citation table: 此条 / 此款, and 该条 on the line after the quoted article (fix-zh92)', [
  ['依据此条规定 on the line after the quoted article, then 该条 so too',
    '1、劳动者获得随时解除劳动合同的权利。\n《劳动合同法》第三十八条规定：“用人单位有下列情形之一的，劳动者可以解除劳动合同：（三）未依法为劳动者缴纳社会保险费的；”\n依据此条规定，劳动者将获得解除劳动合同的权利，但依据第三十七条的规定，劳动者要提前三十日通知用人单位。\n《劳动合同法》第三十八条规定：“用人单位有下列情形之一的，劳动者可以解除劳动合同：（一）未按照劳动合同约定提供劳动保护或者劳动条件的；”\n根据该条规定，劳动者可以随时解除。',
    [['《劳动合同法》第三十八条', 'resolved', '劳动合同38'], ['此条', 'resolved', '劳动合同38'], ['第三十七条', 'resolved', '劳动合同37'],
      ['《劳动合同法》第三十八条', 'resolved', '劳动合同38'], ['该条', 'resolved', '劳动合同38']]],
  ['此条 in the same sentence; 此款 after one 款 cited, not after an item',
    '《中华人民共和国劳动合同法》第三十八条规定了劳动者解除合同的情形，此条规定的情形下劳动者无需提前通知。《中华人民共和国劳动合同法》第四十条第三项规定了客观情况变化的解除，此款的适用须以协商为前提。《中华人民共和国劳动合同法》第八十二条第二款规定了二倍工资，此款规定的适用须以协商为前提。',
    [['《中华人民共和国劳动合同法》第三十八条', 'resolved', '劳动合同38'], ['此条', 'resolved', '劳动合同38'],
      ['《中华人民共和国劳动合同法》第四十条第三项', 'resolved', '劳动合同40..3'], ['《中华人民共和国劳动合同法》第八十二条第二款', 'resolved', '劳动合同82.2'], ['此款', 'resolved', '劳动合同82.2']]],
  ['not 此款酸奶, 此条路, 此项规定',
    '《中华人民共和国产品质量法》第二十七条规定了标识要求，此款酸奶富含益生菌。《中华人民共和国产品质量法》第二十七条规定了标识要求，此条路上的商店都应遵守。《中华人民共和国劳动合同法》第八十二条第二款规定了二倍工资，此项规定的设置目的是督促用人单位签订合同。',
    [['《中华人民共和国产品质量法》第二十七条', 'resolved', '产品质量27'], ['《中华人民共和国产品质量法》第二十七条', 'resolved', '产品质量27'], ['《中华人民共和国劳动合同法》第八十二条第二款', 'resolved', '劳动合同82.2']]],
  ['not across a line break after an article cited without its words quoted, nor a later sentence of the next line',
    '《中华人民共和国劳动合同法》第三十八条规定了劳动者解除合同的情形。\n依据此条规定，劳动者可以解除合同。《劳动合同法》第三十八条规定：“用人单位有下列情形之一的，劳动者可以解除劳动合同：（三）未依法为劳动者缴纳社会保险费的；”\n笔者认为不需要。依据该条规定，劳动者可以解除合同。',
    [['《中华人民共和国劳动合同法》第三十八条', 'resolved', '劳动合同38'], ['《劳动合同法》第三十八条', 'resolved', '劳动合同38']]],
]);

// A printed article's label at a line start opens its own words: 前款 under it is the printed article's 款, never one of
// an article cited above the label (quotation/pastedParagraph.ts citationsOfWordsBefore; layout/printedParagraph.ts).
table('citation table: 前款 under a printed article\'s label alone on its line (fix-zh92)', [
  ['another article of the law cited last above the label',
    '摘要：医疗机构应当妥善保管病历资料。但若为《民法典》第1219条所谓“不宜向患者说明”之情形，医疗机构则可拒绝患者之请求。\n第一千二百二十五条\n医疗机构及其医务人员应当按照规定填写并妥善保管住院志、医嘱单等病历资料。\n患者要求查阅、复制前款规定的病历资料的，医疗机构应当及时提供。\n一、规范定位',
    [['《民法典》第1219条', 'resolved', '民法典1219'], ['前款', 'resolved', '民法典1225.1']]],
  ['the commentary\'s 本条 before it',
    '摘要：《民法典》第1225条规定了医疗机构的病历资料义务，本条旨在保证病历资料真实完整。但若为《民法典》第1219条所谓“不宜向患者说明”之情形，医疗机构则可拒绝患者之请求。\n第一千二百二十五条\n医疗机构及其医务人员应当按照规定填写并妥善保管住院志、医嘱单等病历资料。\n患者要求查阅、复制前款规定的病历资料的，医疗机构应当及时提供。',
    [['《民法典》第1225条', 'resolved', '民法典1225'], ['本条', 'resolved', '民法典1225'], ['《民法典》第1219条', 'resolved', '民法典1219'], ['前款', 'resolved', '民法典1225.1']]],
  ['no label between: the words of the article cited are read as before',
    '《中华人民共和国公司法》第二十一条规定，公司的控股股东、实际控制人、董事、监事、高级管理人员不得利用其关联关系损害公司利益。违反前款规定，给公司造成损失的，应当承担赔偿责任。',
    [['《中华人民共和国公司法》第二十一条', 'resolved', '公司21'], ['前款', 'resolved', '公司21.1']]],
]);

// A range in traditional script after an unheld title (《民訴意見》中的7 個條文(第91條至第97條)) is read in that title, not
// in the law cited before it (a guard: read so before this branch).
table('citation table: a traditional 條 range after an unheld title keeps it (fix-zh92)', [
  ['the law before it, then the unheld 意見',
    '我國《民事訴訟法》僅有第9條、第155條、第8章中的7個(第85條至第91條)條文,以及《民訴意見》中的7 個條文(第91條至第97條)對訴訟調解作了規定。',
    [['第9條、第155條', 'resolved', '民事诉讼9 民事诉讼155'], ['第85條至第91條', 'resolved', '民事诉讼85 民事诉讼86 民事诉讼87 民事诉讼88 民事诉讼89 民事诉讼90 民事诉讼91'],
      ['第91條至第97條', 'unknown-regulation', '']]],
]);

// Forms from the eighteenth fair measurement's residual errors (heldout18-gov, heldout18-court, now tuning sets) and
// the round-16 Chinese sets: made-up text in the real style against the bundled corpus (laws named short: 刑20 is the
// Criminal Law's article 20).
import { bundledShortTable as table } from './citations/helpers';

// A local regulation named without 《》 in a table's cell, its adoption note in the next, then the article cited: the
// article is that regulation's (adoptedName.ts) — unknown-regulation when the corpus lacks it, never no-context.
table('citation table: a bare local regulation name, its adoption note, then the article (fix-zh19)', [
  ['cells run together: the place after the organ opens the name; the session and meeting stay unread',
    '对某某行为的处罚地方性法规山西省人民代表大会山西省丙丁污染防治条例2015年3月2日山西省第十二届人民代表大会常务委员会第八次会议通过第四十二条:“违反本条例规定,某某单位未按照规定处理的,由县级以上人民政府责令改正。”',
    [['第四十二条', 'unknown-regulation', '']]],
  ['after a word boundary, two notes in a row, a city\'s regulation',
    '依据：某某市养犬管理办法2012年5月4日某某市人民政府令第5号公布，2019年3月1日修正第二十条，处以罚款。',
    [['第二十条', 'unknown-regulation', '']]],
  ['a bracketed note after a province\'s regulation, then an article with its 款',
    '依据河北省某某保护条例（2016年9月22日河北省第十二届人民代表大会常务委员会第二十三次会议通过）第三十条第一款处罚。',
    [['第三十条第一款', 'unknown-regulation', '']]],
  ['a known bare name stays resolved',
    '对某某行为的处罚地方性法规内蒙古自治区人民代表大会内蒙古自治区建设国家重要农畜产品生产基地促进条例2022年3月2日内蒙古自治区第十三届人民代表大会常务委员会第三十二次会议通过第十条:“旗县级以上人民政府应当……。”',
    [['第十条', 'resolved', '内蒙古自治区建设国家重要农畜产品生产基地促进条例10']]],
  ['not a note without an adoption verb, nor a name with no place: a bare article there keeps no title',
    '山西省丙丁污染防治条例2015年3月2日印发的材料说明第四十二条。某某办法2015年3月2日通过第九条。第十四届第一次会议。（2019）某刑初12号。第2项商品。',
    [['第四十二条', 'no-context', ''], ['第九条', 'no-context', '']]],
]);

// A party's name in a case (被告, 上訴人, 被告人, 聲請人 …) ends a word before a law's name glued after it (titles.ts
// BEFORE_SHORT_NAME): on a Taiwan page the law is Taiwan's (unknown), on a mainland page the corpus's.
table('citation table: a law\'s name glued after a party word (fix-zh19)', [
  ['a Taiwan judgment: 論處被告刑法…之罪, 上訴人刑法…',
    '臺灣高等法院臺中分院刑事判決\n上列上訴人因詐欺案件，維持第一審論處被告刑法第320條之1第2項第3款之罪刑之判決。上訴人刑法第339條之4第1項第2款之罪部分，駁回上訴。',
    [['刑法第320條之1第2項第3款', 'unknown-regulation', ''], ['刑法第339條之4第1項第2款', 'unknown-regulation', '']]],
  ['a mainland judgment: the corpus\'s law after 被告人 and 上诉人',
    '某某市中级人民法院认为，被告人刑法第二十条规定的情形不存在，上诉人刑法第二十一条的主张不能成立。',
    [['刑法第二十条', 'resolved', '刑20'], ['刑法第二十一条', 'resolved', '刑21']]],
  ['not a party word before other words: 申请人民法院, 原告公司法定代表人, a case number, a session',
    '申请人民法院强制执行。原告公司法定代表人到庭。（2019）某刑初12号。第十四届第一次会议。第2项商品。',
    []],
]);

// A Hong Kong section with subsections joined by 及 and a space before 條, as web copies of judgments print them, after
// a footnote marker between the ordinance's title and the section (hongKongSection.ts SECTION_SUFFIX).
table('citation table: a Hong Kong section written 第25(1) 及(3) 條 after a footnote marker (fix-zh19)', [
  ['an ordinance the corpus lacks, a footnote marker, subsections joined by 及 with spaces',
    '申請人被控兩項罪名，違反《某某罪行條例》[1]第25(1) 及(3) 條。另違反《某某條例》[2]第14(1) 條。',
    [['第25(1) 及(3) 條', 'unknown-regulation', ''], ['第14(1) 條', 'unknown-regulation', '']]],
  ['the simplified form and a national law after a footnote marker; one bracketed number with a space is the 款',
    '依照《某某管理条例》[2]第十四条的规定。依照《中华人民共和国刑法》[3]第二十条的规定。《中華人民共和國香港特別行政區基本法》第159(2) 條。',
    [['第十四条', 'unknown-regulation', ''], ['第二十条', 'resolved', '刑20'], ['《中華人民共和國香港特別行政區基本法》第159(2) 條', 'resolved', '香港特别行政区基本159.2']]],
  ['not bracketed numbers before another unit word, nor a case number, a session or an item of goods',
    '名單第2(1) 及(3) 名選手。（2019）某刑初12號。第十四屆第一次會議。第2項商品。',
    []],
]);

// 本条 in a commentary, after the article just discussed and its quoted words, is that article (the convention settled
// after heldout18: heldout18-court's gold labels it) — kept as the tool reads it.
table('citation table: 本条 in commentary pointing back to the article just discussed (fix-zh19)', [
  ['本条 and 本条法律规定 after a quoted article, and 本条 opening the next line',
    '《中华人民共和国劳动合同法》第三十九条规定：“劳动者有下列情形之一的，用人单位可以解除劳动合同。”本条涉及两个法律关系，能否以本条法律规定为由认定解除合法，值得讨论。\n本条规定的情形在实践中常见。',
    [['《中华人民共和国劳动合同法》第三十九条', 'resolved', '劳动合同39'], ['本条', 'resolved', '劳动合同39'], ['本条', 'resolved', '劳动合同39'], ['本条', 'resolved', '劳动合同39']]],
  ['not words that start with 本条 (本条线路, 基本条件), nor a session or a case number, with no article discussed',
    '本条线路运营良好，基本条件具备。第十四届第一次会议。（2019）某刑初12号。',
    []],
]);

// A Taiwan lawyer's note naming no institution of Taiwan: the ROC year spelled in Chinese numerals (民國七十四年), or
// Taiwan's order of levels (第一項第三款, a 項 above its 款), makes it a page written under Taiwan's laws (rocPage.ts):
// its 民法 is Taiwan's Civil Code, unknown to the corpus — never no-context with the mainland's 民法典.
table('citation table: a Taiwan note known by a spelled ROC year or by 項 above 款 (fix-zh19)', [
  ['民國七十四年 spelled out',
    '問題摘要：\n民法第1052條第2項之重大事由為裁判離婚帶來彈性。立法者於民國七十四年六月三日修正時增訂。',
    [['民法第1052條第2項', 'unknown-regulation', '']]],
  ['第一項第三款: a 項 above its 款',
    '民法第一千零五十二條規定註釋\n民法第1052條規定：夫妻之一方，有下列情形之一者，他方得向法院請求離婚。\n說明：第一項第三款係採有責主義。',
    [['民法第一千零五十二條', 'unknown-regulation', ''], ['民法第1052條', 'unknown-regulation', ''], ['第一項第三款', 'unknown-regulation', '']]],
  ['not a mainland page naming its court (项 above 款 beside 人民法院: its 第三款 stays the mainland\'s 款), nor a year before 1949',
    '民國二十年的舊法已廢止。某某人民法院認為，依照《中華人民共和國民法典》第一千零五十二條第一款，並參照第一項第三款的說明。第十四屆第一次會議。',
    [['《中華人民共和國民法典》第一千零五十二條第一款', 'resolved', '民法典1052.1'], ['第三款', 'resolved', '民法典1052.3']]],
]);

// 本条 in a writer's commentary paragraphs below the article of an unknown regulation he printed or quoted, the only
// articles the page cited: that article, unknown-regulation (analyze.ts) — not nothing.
table('citation table: 本条 in commentary after an unknown regulation\'s article (fix-zh19)', [
  ['a province\'s regulation quoted, 说明 below',
    '《某某省物业条例》第三十九条规定：“业主有下列情形之一的，可以解除合同。”\n\n说明：\n\n本条第二款规定了例外。',
    [['《某某省物业条例》第三十九条', 'unknown-regulation', ''], ['本条第二款', 'unknown-regulation', '']]],
  ['a Taiwan note: the article printed, 說明 below',
    '民法第1052條規定:\n\n夫妻之一方,有下列情形之一者,他方得向法院請求離婚:\n\n說明:\n\n民國七十四年修正時，爰增列本條第二項上段規定。',
    [['民法第1052條', 'unknown-regulation', ''], ['本條第二項', 'unknown-regulation', '']]],
  ['not after a known law\'s article (that one), nor with no article cited, nor words that start with 本条',
    '《中华人民共和国刑法》第二十条规定了正当防卫。\n\n本条适用广泛。\n\n本条线路运营良好。第十四届第一次会议。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑20'], ['本条', 'resolved', '刑20']]],
  ['nothing cited before: 本条 stays unread', '说明：\n\n本条规定了例外。（2019）某刑初12号。', []],
]);

// (2014年修正本): the amended text of that year, as 权责清单 tables write a version — the corpus lacks the 2014 text of
// 安全生产法 (unknown-regulation); a version it holds (2018年修正本 of 劳动法) resolves (scanner.ts VERSION_NOTE).
table('citation table: a version written 修正本 after the title (fix-zh19)', [
  ['a version the corpus lacks, with and without a space before the article',
    '1.【法律】《中华人民共和国安全生产法》(2014年修正本) 第十八条 生产经营单位的主要负责人对本单位安全生产工作负有下列职责。\n依据《中华人民共和国安全生产法》(2014年修正本)第十八条。',
    [['《中华人民共和国安全生产法》(2014年修正本) 第十八条', 'unknown-regulation', ''], ['《中华人民共和国安全生产法》(2014年修正本)第十八条', 'unknown-regulation', '']]],
  ['a version it holds resolves; not a year in other words, a session or a case number',
    '依据《中华人民共和国劳动法》(2018年修正本)第二十七条。2014年修正本次会议已结束。第十四届第一次会议。（2019）某刑初12号。',
    [['《中华人民共和国劳动法》(2018年修正本)第二十七条', 'resolved', '劳动27']]],
]);

// On a Taiwan page a 項 written alone in the writer's words, after the article he cited, is its paragraph (scanner.ts
// taiwanParagraphDiscussed): unknown-regulation with Taiwan's law — also after 前項 in the article's printed text.
table('citation table: a bare 項 in a Taiwan note on the article cited (fix-zh19)', [
  ['the article printed, then its 說明: 第二項, 第一項, 第一項第三款',
    '民法第1052條規定:\n\n夫妻之一方,有下列情形之一者,他方得向法院請求離婚。有前項以外之重大事由者亦同。\n\n說明:\n\n既已增列第二項「重大事由」，則不僅以第一項之十款事由為限。第一項第三款係採有責主義。民國七十四年修正。',
    [['民法第1052條', 'unknown-regulation', ''], ['第二項', 'unknown-regulation', ''], ['第一項', 'unknown-regulation', ''], ['第一項第三款', 'unknown-regulation', '']]],
  ['a Taiwan 款 (the item) alone after them: 因原第三款語意, 爰將第四款修正之',
    '民法第1052條規定:\n\n夫妻之一方,有下列情形之一者,他方得向法院請求離婚。\n\n說明:\n\n第一項第三款係採有責主義，因原第三款語意有欠明確，爰將第四款修正之。民國七十四年修正。',
    [['民法第1052條', 'unknown-regulation', ''], ['第一項第三款', 'unknown-regulation', ''], ['第三款', 'unknown-regulation', ''], ['第四款', 'unknown-regulation', '']]],
  ['after 同條第1項: 故增列第2項',
    '民法第1052條第2項之重大事由。\n民法親屬編修正前，第1052條原採列舉主義；民國七十四年修正時，其立法本旨，乃以同條第1項各款列舉之原因過於嚴格；故增列第2項，即夫妻一方之事由。',
    [['民法第1052條第2項', 'unknown-regulation', ''], ['第1052條', 'unknown-regulation', ''], ['同條第1項', 'unknown-regulation', ''], ['第2項', 'unknown-regulation', '']]],
  ['not a 項 or 款 a word owns, nor one with no article cited before, nor on a mainland page',
    '臺灣臺北地方法院判決：會議第二項議程。第一項決議通過。合同第三款另有約定。\n\n某某人民法院认为，《中华人民共和国刑法》第二十条规定了正当防卫。第二项议程。（2019）某刑初12号。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑20']]],
]);

// Forms from the misses of the eleventh fair measurement on Chinese pages (court and government/Q&A pages, zh11):
// made-up text in the real style against the bundled corpus (刑法, 民法典, 行政诉讼法 as they stand).
import { bundledShortTable as table } from './citations/helpers';


// 前款 on the lines under a citation naming one 款 and setting it out (pastedParagraph.ts, analyze.ts quotedTargets).
table('citation table: 前款 under a citation naming a 款 (zh11)', [
  ['the article\'s next 款 under it, its words in the corpus: 前款 is the 款 named',
    '本案中，被告人系某派出所民警。\n《中华人民共和国刑法》第一百二十八条第一款规定，违反枪支管理规定，非法持有枪支的，处三年以下有期徒刑。\n依法配备公务用枪的人员，非法出租、出借枪支的，依照前款的规定处罚。',
    [['《中华人民共和国刑法》第一百二十八条第一款', 'resolved', '刑128.1'], ['前款', 'resolved', '刑128.1']]],
  ['paraphrased on the lines under it: counted from the 款 named, line by line',
    '某某虐待其母亲多年。《中华人民共和国刑法》第二百六十条第一款规定，虐待家庭成员情节恶劣的，处二年以下有期徒刑。\n犯前款所述罪行致使被害人重伤的，刑期更长。\n有前两款情形，告诉才处理。',
    [['《中华人民共和国刑法》第二百六十条第一款', 'resolved', '刑260.1'], ['前款', 'resolved', '刑260.1'], ['前两款', 'resolved', '刑260.1 刑260.2']]],
  ['a 款 the article lacks: the 前款 under it is that 款, unknown too',
    '《中华人民共和国刑法》第一百二十七条第三款规定，盗窃枪支的，处三年以上十年以下有期徒刑。\n前款所述人员另有犯罪的，数罪并罚。',
    [['《中华人民共和国刑法》第一百二十七条第三款', 'unknown-paragraph', '刑127.3'], ['前款', 'unknown-paragraph', '刑127.3']]],
  ['的规定 after the 款: the writer goes on in their own words, 前款 not read',
    '依据《中华人民共和国刑法》第一百二十八条第一款的规定，被告人构成犯罪。\n前款所述事实，有证人证言为证。',
    [['《中华人民共和国刑法》第一百二十八条第一款', 'resolved', '刑128.1']]],
  ['sessions, goods, a case number and a judgment\'s item under it stay no citations',
    '《中华人民共和国刑法》第二百六十条第一款规定，虐待家庭成员情节恶劣的，处二年以下有期徒刑。\n第十四届第一次会议后，第2项商品下架，（2019）某刑初12号刑事判决第二项已执行。',
    [['《中华人民共和国刑法》第二百六十条第一款', 'resolved', '刑260.1']]],
]);

// Quoted article text whose first 款 lists items: 前款 after them is that 款 (runOnParagraph.ts), also when the items
// are numbered (壹), (贰) (typedNumerals.ts) or the next 款 runs on after a label's line (quotedParagraph.ts).
table('citation table: 前款 after an article\'s items, quoted (zh11)', [
  ['the next 款 run on after the last item on the quotation\'s line, paraphrased',
    '问：哪些案件法院会受理？\n根据《中华人民共和国行政诉讼法》第十二条规定：人民法院受理公民提起的下列诉讼：（一）对行政拘留不服的；（二）对限制人身自由不服的。除前款所列案件外，法院还受理其他法定案件。',
    [['《中华人民共和国行政诉讼法》第十二条', 'resolved', '行政诉讼12'], ['前款', 'resolved', '行政诉讼12.1']]],
  ['items numbered (壹), (贰) one per line under a label: item lines, not 款',
    '法律依据：《中华人民共和国行政诉讼法》\n第十二条 人民法院受理公民提起的下列诉讼：\n(壹)对行政拘留不服的；\n(贰)对限制人身自由不服的；\n除前款所列案件外，法院还受理其他法定案件。',
    [['前款', 'resolved', '行政诉讼12.1']]],
  ['the next 款 run on in the label\'s line, paraphrased: the 款 whose words open so',
    '法律依据：《中华人民共和国民法典》\n第一千零七十七条 自婚姻登记机关收到离婚申请之日起三十日内，任何一方不愿离婚的，可以撤回申请。前款规定的期限届满后三十日内，双方应当亲自到登记机关申请离婚证。',
    [['前款', 'resolved', '民法典1077.1']]],
  // fix-quote18: one sentence before 前款 in words the corpus does not hold is now the first 款 (sentenceParagraphs.ts),
  // so this text reads 12.1 by its sentence, not by items; the bracketed amount's point is kept with two sentences below.
  ['a bracketed amount in 大写 is no item: the quotation\'s 前款 is counted by its one sentence, not by items',
    '根据《中华人民共和国行政诉讼法》第十二条规定：人民法院受理公民提起的下列诉讼：对罚款（壹万元）、没收（贰万元）不服的。除前款所列案件外，法院还受理其他案件。',
    [['《中华人民共和国行政诉讼法》第十二条', 'resolved', '行政诉讼12'], ['前款', 'resolved', '行政诉讼12.1']]],
  ['a bracketed amount in 大写 is no item: with two sentences before it, the quotation\'s 前款 stays in its 款',
    '根据《中华人民共和国行政诉讼法》第十二条规定：人民法院受理公民提起的诉讼。对罚款（壹万元）、没收（贰万元）不服的，可以起诉。除前款所列案件外，法院还受理其他案件。',
    [['《中华人民共和国行政诉讼法》第十二条', 'resolved', '行政诉讼12'], ['前款', 'self', '']]],
]);

// The new wording of an amended article set out line by line without marks: 前款 is its previous 款, by its words.
table('citation table: 前款 in an amended article set out (zh11)', [
  ['增加一款 and the new wording on the lines below: 前款 is the first 款',
    '在刑法第一百四十一条中增加一款作为第二款，将该条修改为：\n\n生产、销售假药的，处三年以下有期徒刑或者拘役，并处罚金。\n\n药品使用单位的人员明知是假药而提供给他人使用的，依照前款的规定处罚。\n\n本修正案自公布之日起施行。',
    [['刑法第一百四十一条', 'resolved', '刑141'], ['第二款', 'resolved', '刑141.2'], ['前款', 'resolved', '刑141.1']]],
  ['前款 closing a line, the next 款 below: each is read in its own 款 (the words stop at the line break)',
    '《中华人民共和国刑法》第一百六十一条规定：依法负有信息披露义务的公司提供虚假财务会计报告，严重损害股东利益的，对直接责任人员处五年以下有期徒刑。\n前款规定的公司、企业的控股股东、实际控制人实施或者组织、指使实施前款行为的，依照前款的规定处罚。\n犯前款罪的控股股东、实际控制人是单位的，对单位判处罚金。',
    [['《中华人民共和国刑法》第一百六十一条', 'resolved', '刑161'], ['前款', 'resolved', '刑161.1'], ['前款', 'resolved', '刑161.1'], ['前款', 'resolved', '刑161.1'], ['前款', 'resolved', '刑161.2']]],
]);

// 新增 between an article and a 款: the 款 the amendment added is cited (chain.ts partInUnit).
table('citation table: the 款 an article newly has (新增) (zh11)', [
  ['新增第三款 after the article: that 款',
    '2021年修订后，《中华人民共和国行政处罚法》第十二条新增第三款规定，地方性法规可以补充设定行政处罚。',
    [['《中华人民共和国行政处罚法》第十二条新增第三款', 'resolved', '行政处罚12.3']]],
  ['新增的第2款, Arabic numerals',
    '《中华人民共和国行政处罚法》第12条新增的第2款值得关注。',
    [['《中华人民共和国行政处罚法》第12条新增的第2款', 'resolved', '行政处罚12.2']]],
  ['新增 before an item or a session is no 款: the article alone',
    '《中华人民共和国行政处罚法》第十二条新增第三项工作要求，第十四届第一次会议通过，第2项商品另计。',
    [['《中华人民共和国行政处罚法》第十二条', 'resolved', '行政处罚12']]],
]);

// A regulation's own short name without place or 《》 (unknownLawName.ts placelessRegulationBefore).
table('citation table: a regulation named short, no place (zh11)', [
  ['its chapter and article: unknown-regulation, not every law\'s article',
    '街道工作人员表示，物业条例第三章第十二条已有规定，业主可以申请成立业主委员会。',
    [['物业条例第三章第十二条', 'unknown-regulation', '']]],
  ['its article alone',
    '根据供热条例第二十条，供热单位不得擅自停止供热。',
    [['供热条例第二十条', 'unknown-regulation', '']]],
  ['本条例 before a chapter stays the document\'s own, not a name of a regulation',
    '依照本条例第五章第四十七条处理。',
    [['本条例第五章', 'self', '本'], ['第四十七条', 'no-context', '']]],
  // fix-zh90: 及其实施条例 names the law's own implementing rules (titles/implementingRulesAlone.ts), not the law's article.
  ['a kind alone (实施条例) after 及其 is the rules of the law named before, no regulation of its own',
    '依照《中华人民共和国劳动合同法》及其实施条例第十条处理，第2项商品另计。',
    [['其实施条例第十条', 'resolved', '劳动合同法实施条例10']]],
]);

// A title whose 《 and first characters the page's encoding lost (garbledTitle.ts).
table('citation table: a national title with its opening lost to mojibake (zh11)', [
  ['人民共和国民法典》 after junk: that title, not the law cited before',
    '依照《中华人民共和国刑法》第二十条，被告人被判处有期徒刑并处罚金?!吨腥A人民共和国民法典》第一千二百五十四条也规定了物业的责任。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑20'], ['人民共和国民法典》第一千二百五十四条', 'resolved', '民法典1254']]],
  ['one character lost (华人民共和国…)',
    '见(?华人民共和国民法典》第一千零七十七条的规定。',
    [['华人民共和国民法典》第一千零七十七条', 'resolved', '民法典1077']]],
  ['a 》 with its 《 on the line, an unknown end, an anaphor: as before',
    '依照《中华人民共和国刑法》第二十条处理，该条例》第五条，人民共和国某某法》第三条，第十四届第一次会议。',
    // fix-zh36: the unknown end closed by 》 is a title of its own (titles/closedUnknownTitle.ts), no longer 刑法's 第三条.
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑20'], ['第五条', 'resolved', '刑5'], ['人民共和国某某法》第三条', 'unknown-regulation', '']]],
]);

// A line-start label naming an item, a comma after it, under a title line: a citation, not a heading (scanner articleHeadingAt).
table('citation table: an item\'s label at a line start (zh11)', [
  ['a comma after the item: the item cited',
    '《中华人民共和国行政诉讼法》\n\n  第十二条第二项，某甲对限制人身自由的强制措施不服的，可以起诉。',
    [['第十二条第二项', 'resolved', '行政诉讼12..2']]],
  ['a space after the item, the article\'s text printed: a heading, as an article\'s label alone is',
    '《中华人民共和国刑法》\n  第二十条第二项  为了使国家、公共利益免受正在进行的不法侵害。\n  第二十一条  为了使国家利益免受危险而采取的紧急避险行为。',
    []],
]);

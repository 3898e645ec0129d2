// Forms from real Chinese pages of the sixteenth round (real-zh16: judgments, penalty decisions, Q&A, law-firm articles,
// Hong Kong and Macau pages): made-up text in the real style against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';


// 基本法 written without 《》 is the Basic Law named, never 本法 (basicLawName.ts); the region it names, else the one
// region the page names (basicLaw.ts).
table('citation table: 基本法 without title marks (real-zh16)', [
  ['香港基本法第158条 in simplified prose',
    '香港法院释法活动较多，香港基本法第158条对解释权作了规定。',
    [['香港基本法第158条', 'resolved', '香港特别行政区基本158']]],
  ['基本法 alone on a page about Hong Kong, a list joined by 及',
    '香港回归以来，基本法的很多条文隐含了宪法与基本法的关系，尤其是基本法第17、18、158及159条。',
    [['基本法第17、18、158及159条', 'resolved', '香港特别行政区基本17 香港特别行政区基本18 香港特别行政区基本158 香港特别行政区基本159']]],
  ['澳门特别行政区基本法第五十条: Macau\'s',
    '行政长官行使澳门特别行政区基本法第五十条赋予的职权，作出本批示。',
    [['澳门特别行政区基本法第五十条', 'resolved', '澳门特别行政区基本50']]],
  ['本法 itself and words holding 本法 elsewhere stay as they were',
    '第一条 为了规范管理，制定本法。\n第二条 依照本法第一条的规定执行。',
    [['本法第一条', 'self', '本1']]],
  ['a session, an entry and a case number stay unread',
    '香港基本法委员会第十四届第一次会议讨论了第2项议题，（2019）某刑初12号。',
    []],
]);

// One bracketed number after an article's Arabic number, before 條: its 款, or its 项 where it has one 款
// (bracketedSub.ts).
table('citation table: 第17(2)條 on Hong Kong pages (real-zh16)', [
  ['基本法第17(2)條 and 第159(2)條: paragraphs',
    '香港基本法第17(2)条提及备案，基本法第159(2)条是有关修改权的规定。',
    [['香港基本法第17(2)条', 'resolved', '香港特别行政区基本17.2'], ['基本法第159(2)条', 'resolved', '香港特别行政区基本159.2']]],
  ['宪法第67(20)条: an item of the one 款',
    '香港基本法第18(4)条的紧急状态宣布，与宪法第67(20)条如出一辙。',
    [['香港基本法第18(4)条', 'resolved', '香港特别行政区基本18.4'], ['宪法第67(20)条', 'resolved', '宪67..20']]],
  ['an ordinance\'s section with two brackets keeps its number (unknown)',
    '根据香港《婚姻条例》第5(2)(c)条及第18A条的规定办理。',
    [['《婚姻条例》第5(2)(c)条及第18A条', 'unknown-regulation', '']]],
]);

// A regulation's title alone on the first line, the page opening past its first article: a part of that regulation
// reprinted, its 本条例 that regulation (excerptUnderTitle.ts). A text opening at 第一条 under its own title stays its
// own (a draft's, a regulation's file), and so does a title the corpus lacks or a part file of a code.
table('citation table: a chapter reprinted under the regulation\'s bare title (real-zh16)', [
  ['医疗机构管理条例 ⏎ 第六章 罚则 ⏎ 第四十四条 …本条例第二十四条: the regulation',
    '医疗机构管理条例\n第六章 罚 则\n第四十四条 违反本条例第二十四条规定，未取得《医疗机构执业许可证》擅自执业的，责令其停止执业活动。\n第四十五条 违反本条例第二十二条规定，逾期不校验的，责令其限期补办校验手续。\n第四十六条 违反本条例第二十三条规定，出卖、转让、出借的，没收非法所得。',
    [['本条例第二十四条', 'resolved', '医疗机构管理条例24'], ['本条例第二十二条', 'resolved', '医疗机构管理条例22'], ['本条例第二十三条', 'resolved', '医疗机构管理条例23']]],
  ['the same title over a text opening at 第一条: the document\'s own articles',
    '医疗机构管理条例\n第一章 总 则\n第一条 为了加强对医疗机构的管理，制定本条例。\n第二条 本条例适用于从事疾病诊断、治疗活动的医院。\n第三条 违反本条例第二条规定的，依照本条例第一条处理。',
    [['本条例第二条', 'self', '本2'], ['本条例第一条', 'self', '本1']]],
  ['a title the corpus lacks over a chapter from its middle: its own articles still',
    '某某市医疗机构管理办法\n第六章 罚 则\n第四十四条 违反本办法第二十四条规定的，责令改正。\n第四十五条 违反本办法第二十二条规定的，责令改正。\n第四十六条 违反本办法第二十三条规定的，没收非法所得。',
    [['本办法第二十四条', 'self', '本24'], ['本办法第二十二条', 'self', '本22'], ['本办法第二十三条', 'self', '本23']]],
  ['a history note breaking a line at 第三十一条 is no article heading: the text opening at 第一条 stays its own',
    '某某省文物保护条例\n1991年某某会议《关于修改<某某省文物保护条例>第三十条\n第三十一条的决定》第一次修正\n第一条 为了加强文物保护，制定本条例。\n第二条 本条例所称文物，依照本条例第一条确定。\n第三条 第十四届第一次会议后施行。',
    [['本条例第一条', 'self', '本1']]],
]);

// A Macau act named by number and year right before 第X條: that act's article, unknown to the corpus
// (macauActNumber.ts) — not the Basic Law's article cited just before.
table('citation table: Macau acts by number and year (real-zh16)', [
  ['第122/84/M号法令第十五条 after the Basic Law: the decree-law\'s article',
    '行政长官行使《澳门特别行政区基本法》第五十条赋予的职权，并根据经五月十五日第30/89/M号法令修改之十二月十五日第122/84/M号法令第十五条的规定，作出本批示。',
    [['《澳门特别行政区基本法》第五十条', 'resolved', '澳门特别行政区基本50'], ['第122/84/M号法令第十五条', 'unknown-regulation', '']]],
  ['第9/2013号法律第三条 and a dispatch\'s number: unknown acts',
    '依照第9/2013号法律第三条及第258/2004号行政长官批示第一条的规定处理。',
    [['第9/2013号法律第三条', 'unknown-regulation', ''], ['第258/2004号行政长官批示第一条', 'unknown-regulation', '']]],
  ['a Basic Law article after an act named alone, a case number and a session stay as they were',
    '第9/2013号法律已生效；依照《澳门特别行政区基本法》第五十条，第11/2023号案于第十四届第一次会议后审结。',
    [['《澳门特别行政区基本法》第五十条', 'resolved', '澳门特别行政区基本50']]],
]);

// An article after 约定书 is the agreement letter's clause, as after 协议书 (contractClause.ts).
table('citation table: an agreement letter\'s clause (real-zh16)', [
  ['服务约定书第3条第4点: the agreement\'s, no citation; the law cited before keeps its article',
    '依照《中华人民共和国民事诉讼法》第三十五条，本件两造间所订服务约定书第3条第4点合意以本院为第一审管辖法院。',
    [['《中华人民共和国民事诉讼法》第三十五条', 'resolved', '民事诉讼35']]],
  ['the word broken by a wrap space (服务约定 书第3条): still the agreement\'s',
    '依照《中华人民共和国民事诉讼法》第三十五条，本件两造间所订服务约定 书第3条第4点合意以本院为管辖法院。',
    [['《中华人民共和国民事诉讼法》第三十五条', 'resolved', '民事诉讼35']]],
  ['约定 in a law\'s article, a session and an entry: unchanged',
    '《中华人民共和国劳动合同法》第十七条规定了劳动合同的必备条款，第十四届第一次会议审议第2项。',
    [['《中华人民共和国劳动合同法》第十七条', 'resolved', '劳动合同17']]],
]);

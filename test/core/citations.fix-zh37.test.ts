// Forms from round 23's first measurement (heldout32 court and gov, fix-zh37): made-up text in the real style against
// the bundled corpus (laws named short: 渔业38.3 is the Fishery Law's article 38, 款 3).
import { bundledShortTable as table } from './citations/helpers';

// A line-start label carrying a 款 (or a list of one article's 款), set off by a colon or a space from that 款's own
// words, prints the law's text under it: a heading, wherever the law's title stands above it — alone on its line, at
// the end of a catalogue's cell, after a list number (ownTextHeading.ts setOffLabel, lawExcerpt.ts paragraphListHeading).
// Glued to its words under a 法律依据 caption, or going on with the writer's words, it stays a citation.
table('citation table: a 款 label with a colon or a space over its own words is a heading (fix-zh37)', [
  ['a catalogue cell ending with the title, then 款 labels with a colon over their words: headings',
    '2 对某某行为的行政处罚 《中华人民共和国渔业法》\n\n  第三十八条第三款:制造、销售禁用的渔具的,没收非法制造、销售的渔具和违法所得,并处一万元以下的罚款。\n',
    []],
  ['a list of 款 after a space under a numbered title line: a heading, 前款 on the next line the first listed',
    '相关规范\n1.《中华人民共和国民法典》\n第一千零七十九条第二款、第三款 人民法院审理离婚案件，应当进行调解；如果感情确已破裂，调解无效的，应当准予离婚。\n有下列情形之一，调解无效的，应当准予离婚，依照前款规定处理。\n',
    [['前款', 'resolved', '民法典1079.2']]],
  ['not a list of 款 going on with the writer\'s words, nor one under a line of his own: citations',
    '1.《中华人民共和国民法典》\n第一千零七十九条第二款、第三款 分别规定了调解和准予离婚。\n该案中法院认为感情破裂。\n第一千零七十九条第二款、第三款 人民法院审理离婚案件，应当进行调解。\n',
    [['第一千零七十九条第二款、第三款', 'resolved', '民法典1079.2 民法典1079.3'], ['第一千零七十九条第二款、第三款', 'resolved', '民法典1079.2 民法典1079.3']]],
  ['not a 款 label glued to its words under a 法律依据 caption, nor one with a colon over the writer\'s words; ordinals unread',
    '法律依据\n《中华人民共和国渔业法》\n第三十八条第三款制造、销售禁用的渔具的,没收非法制造、销售的渔具和违法所得,并处一万元以下的罚款。\n第三十八条第三款:对渔具的处罚见此。\n第十四届第一次会议。第2项商品。（2019）某刑初12号。',
    [['第三十八条第三款', 'resolved', '渔业38.3'], ['第三十八条第三款', 'resolved', '渔业38.3']]],
]);

// 该条文, 该条法律, 该条两款, and 根据该条， / 根据该条款， point back to the article just cited (thatArticle.ts); after a citing
// word the writer may set out what the article holds over a few sentences first. 该条例, 该条件, 该条文件 stay unread.
table('citation table: 该条文, 该条法律, 根据该条 and 该条款 point back to the article just cited (fix-zh37)', [
  ['该条文 and then 该条法律 in the next sentence: the article',
    '2020年修改后增加了《中华人民共和国民法典》第一千二百五十四条。该条文规范了高空抛物的责任。该条法律也进一步明确了物业的义务。',
    [['《中华人民共和国民法典》第一千二百五十四条', 'resolved', '民法典1254'], ['该条文', 'resolved', '民法典1254'], ['该条法律', 'resolved', '民法典1254']]],
  ['根据该条， after two sentences on what the article changed, and 根据该条款，: the article',
    '《民法典》第一千一百九十八条有两处变化。一是扩大了场所范围。二是增加了追偿权。需注意，根据该条，管理者承担补充责任。需关注《保险法》第十六条规定的解约时效。根据该条款，保险人超过30日未行使解除权的，该权利消灭。',
    [['《民法典》第一千一百九十八条', 'resolved', '民法典1198'], ['该条', 'resolved', '民法典1198'], ['《保险法》第十六条', 'resolved', '保险16'], ['该条款', 'resolved', '保险16']]],
  ['not 该条款 naming a contract\'s clause after an article cited, nor 依据该条款 going on with the writer\'s words',
    '根据《中华人民共和国保险法》第十七条规定，保险人应当说明免责条款，否则该条款无效。《民事诉讼法》第二百三十八条规定：“案外人可以提出异议。”案外人依据该条款提起的诉讼是异议之诉。',
    [['《中华人民共和国保险法》第十七条', 'resolved', '保险17'], ['《民事诉讼法》第二百三十八条', 'resolved', '民事诉讼238']]],
  // Round 34 (decisions140 D): 根据该条 four sentences on in the same paragraph is the article (c140; it was none).
  ['not 该条例, 该条件 or 该条文件 after a citation, 根据该条 four sentences on (round 34: that article), not 该条款 of a contract; ordinals unread',
    '《民法典》第一千一百九十八条有变化。该条例另有规定，该条件不成立，该条文件已废止。《保险法》第十六条有变化。一是甲。二是乙。三是丙。根据该条，处理。合同第五条约定了违约金，该条款无效。第十四届第一次会议。（2019）某刑初12号。',
    [['《民法典》第一千一百九十八条', 'resolved', '民法典1198'], ['《保险法》第十六条', 'resolved', '保险16'], ['该条', 'resolved', '保险16']]],
]);

// A known law's short name (刑诉法, 民诉法) ending a run of words glued before the article is that law, not an unknown
// law named by the whole run (unknownLawName.ts knownShortNameTail); a compound's one character before a name (母公司法)
// still names nothing.
table('citation table: a known short name ending a run of words before the article (fix-zh37)', [
  ['解读完善刑诉法第五十条 in a subtitle, then a bare article after 刑诉法: the Criminal Procedure Law',
    '——以某院实施办法为蓝本解读完善刑诉法第五十条\n\n刑诉法修改后增加第五十条，明确了辩护人的义务。',
    [['刑诉法第五十条', 'resolved', '刑事诉讼50'], ['第五十条', 'resolved', '刑事诉讼50']]],
  ['not a compound\'s one character before a name, nor an unknown law\'s name; ordinals and case numbers unread',
    '为什么?母公司法第三条不存在。依照某某地方促进法第五条处理。第十四届第一次会议。（2019）某刑初12号。',
    [['第三条', 'no-context', ''], ['某某地方促进法第五条', 'unknown-regulation', '']]],
]);

// 《基本法》 on a page that names no region but Hong Kong's institutions (行政长官会同行政会议, an ordinance by its chapter
// number) is Hong Kong's Basic Law (basicLaw.ts); a section numbered the Hong Kong way after it (第4(2)(b)條) is the
// ordinance's, never the Basic Law's article (hongKongSection.ts ordinanceSectionWritten).
table('citation table: 《基本法》 on a Hong Kong paper naming no region, and an ordinance\'s section after it (fix-zh37)', [
  ['行政長官會同行政會議 and an ordinance by chapter: the Hong Kong Basic Law; the section after it unknown',
    '《某某條例》(第238章)。把"總督"改為"行政長官會同行政會議",是為了符合《基本法》第五十六條的規定。行政長官會同行政會議根據建議的第4(2)(b)條作出公告。',
    [['《基本法》第五十六條', 'resolved', '香港特别行政区基本56'], ['第4(2)(b)條', 'unknown-regulation', '']]],
  ['not on a page with no such words, nor a Chinese-numbered article after it; ordinals and case numbers unread',
    '是為了符合《基本法》第五十六條的規定。第十四届第一次会议。（2019）某刑初12号。',
    [['《基本法》第五十六條', 'unknown-regulation', '']]],
]);

// A footnote's marker between the article and its 款 (第12条[3]第1款) leaves the 款 the article's (chain.ts spacedUnit).
table('citation table: a footnote marker between an article and its 款 (fix-zh37)', [
  ['[3] after 条, then 第二款: the article\'s 款',
    '对此，《中华人民共和国民法典》第1079条[3]第2款明确了调解的要求。',
    [['《中华人民共和国民法典》第1079条[3]第2款', 'resolved', '民法典1079.2']]],
  ['not a marker before the writer\'s words, nor an ordinal after it; case numbers unread',
    '《中华人民共和国民法典》第1079条[3]规定了离婚。见《中华人民共和国民法典》第1079条[4]第十四届第一次会议。（2019）某刑初12号。',
    [['《中华人民共和国民法典》第1079条', 'resolved', '民法典1079'], ['《中华人民共和国民法典》第1079条', 'resolved', '民法典1079']]],
]);

// A circled number numbers a list's item: a law's name after it starts there (titles.ts BEFORE_SHORT_NAME), a law the
// corpus lacks with its 总则 too (unknown-regulation, never no-context).
table('citation table: a law named after a circled list number (fix-zh37)', [
  ['①某某法总则第七条 and ②刑法第二十条: the unknown law, then the Criminal Law',
    '有如下规定:①继承法总则第七条:“继承人有下列行为之一的,丧失继承权。”②刑法第二十条规定了正当防卫。',
    [['继承法总则第七条', 'unknown-regulation', ''], ['刑法第二十条', 'resolved', '刑20']]],
  ['not a longer word after the number; ordinals and case numbers unread',
    '①母公司法第三条不存在。第十四届第一次会议。（2019）某刑初12号。',
    [['第三条', 'no-context', '']]],
]);

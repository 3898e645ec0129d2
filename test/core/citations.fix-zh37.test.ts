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

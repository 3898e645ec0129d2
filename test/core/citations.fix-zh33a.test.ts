// Forms from the round-22 fix of government lists (fix-zh33a; heldout29-gov, now tuning): made-up text in the real
// style against the bundled corpus (laws named short: 消防15 is the Fire Protection Law's article 15).
import { bundledShortTable as table } from './citations/helpers';

// A label opening its line with a colon and the article's words heads the text printed, also where the page stops
// inside those words (the excerpt cut: ownTextHeading.ts cutShort), and a 款's label under the law's title alone on its
// line, its dates after it, heads the 款's words (underTitleCaption).
table('citation table: a label with a colon over the article\'s words, cut short or naming a 款 (fix-zh33a)', [
  ['the page\'s last line cut inside the article\'s words: a heading like the lines above it',
    '2.《中华人民共和国消防法》第三条:国务院领导全国的消防工作。\n\n第五条:任何单位和个人都有维护消防安全、保护消防设施、预防火灾、报告火警的义务。\n\n第九条:建设工',
    [['《中华人民共和国消防法》第三条', 'resolved', '消防3']]],
  ['cut by an ellipsis inside the article\'s words: a heading',
    '《中华人民共和国消防法》第三条:国务院领导全国的消防工作。\n第九条:建设……\n',
    [['《中华人民共和国消防法》第三条', 'resolved', '消防3']]],
  ['a 款\'s label and its words under the law\'s title alone on its line, with its dates: headings',
    '某某县应急管理局\n\n《中华人民共和国消防法》(1998年4月29日通过,2021年4月29日修正)\n第六条第二款:机关、团体、企业、事业等单位,应当加强对本单位人员的消防宣传教育。\n第十五条:公众聚集场所投入使用、营业前消防安全检查实行告知承诺管理。',
    []],
  ['not words of the writer\'s own cut short at the page\'s end, nor a line going on past the cut',
    '《中华人民共和国消防法》第三条规定了政府职责。\n第五条:公民义务的解读\n第九条:关于',
    [['《中华人民共和国消防法》第三条', 'resolved', '消防3'], ['第五条', 'resolved', '消防5'], ['第九条', 'resolved', '消防9']]],
  // Round 23 (fix-zh37, the lead's convention): set off by a colon over the 款's own words, the label heads them under a
  // 依据 caption and under a line citing the law's article too; glued to them under 法律依据 it stays a citation (fix-head20).
  ['a 款 under a 依据 caption over the title, or under a line citing the law\'s article with its words, with a colon: headings',
    '法律依据:\n《中华人民共和国消防法》\n第六条第二款:机关、团体、企业、事业等单位,应当加强对本单位人员的消防宣传教育。\n\n2.《中华人民共和国消防法》第三条:国务院领导全国的消防工作。\n第六条第二款:机关、团体、企业、事业等单位,应当加强对本单位人员的消防宣传教育。',
    [['《中华人民共和国消防法》第三条', 'resolved', '消防3']]],
  ['not a 款 going on with the writer\'s words under the title alone: a citation; ordinals and case numbers unread',
    '《中华人民共和国消防法》(2021年4月29日修正)\n第六条第二款:单位的宣传义务见此。\n第十四届第一次会议。第2项商品。（2019）某刑初12号。',
    [['第六条第二款', 'resolved', '消防6.2']]],
]);

// A label glued to a 顿号 closing the words of an article pasted before it, and set off from its own words by a space,
// heads the next article pasted (stopSpacedLabel.ts), as after a full stop.
table('citation table: a label after a 顿号 closing pasted words, a space and its words (fix-zh33a)', [
  ['in a basis cell: the second label heads the article pasted',
    '| 1 | 旅行社 | 《旅行社条例》第三条 国务院旅游行政主管部门负责全国旅行社的监督管理工作、第七条 申请经营国内旅游业务和入境旅游业务的,应当向所在地旅游行政管理部门提出申请。 | 现场检查 |',
    [['《旅行社条例》第三条', 'resolved', '旅行社条例3']]],
  ['not a list of labels, nor a label going on with 规定 or 的 after the 顿号: citations',
    '依据《旅行社条例》第三条、第七条 规定处理。依据《旅行社条例》第三条 国务院旅游行政主管部门负责监督管理、第七条 的规定办理。',
    [['《旅行社条例》第三条、第七条', 'resolved', '旅行社条例3 旅行社条例7'], ['《旅行社条例》第三条', 'resolved', '旅行社条例3'], ['第七条', 'resolved', '旅行社条例7']]],
  ['not after words with no article pasted before them on the line: a citation; ordinals unread',
    '《旅行社条例》第三条规定了主管部门。\n检查许可证、第七条 申请经营国内旅游业务的情况。第十四届第一次会议。',
    [['《旅行社条例》第三条', 'resolved', '旅行社条例3'], ['第七条', 'resolved', '旅行社条例7']]],
]);

// A chapter cited by its number right after the title, then digits and 条 glued to it: the law's article written
// without 第 (chapterLooseArticle.ts), its fix 第N条.
table('citation table: a chapter, then an article in digits without 第 (fix-zh33a)', [
  ['《…》第二章15条 in a basis cell: the law\'s article 15',
    '检查依据:《中华人民共和国消防法》第二章15条,现场核查。',
    [['《中华人民共和国消防法》第二章', 'resolved', '消防'], ['15条', 'resolved', '消防15']]],
  ['not a chapter\'s count of articles (共, or a list of chapters), nor a chapter alone; ordinals and case numbers unread',
    '《中华人民共和国消防法》第二章共15条。《中华人民共和国消防法》第二章15条、第三章10条。《中华人民共和国消防法》第二章。第十四届第一次会议。（2019）某刑初12号。',
    [['《中华人民共和国消防法》第二章', 'resolved', '消防'], ['《中华人民共和国消防法》第二章', 'resolved', '消防'], ['《中华人民共和国消防法》第二章', 'resolved', '消防']]],
]);

// A document named without 《》 as governments title theirs — an organ, 关于, the subject, 的 and the kind — right
// before an article, glued or after a comma: the article is that document's (documentName.ts), not the title's before.
table('citation table: a government document named without title marks before its articles (fix-zh33a)', [
  ['after a comma, following a bracketed title: the unknown decision\'s articles',
    '检查依据:《中华人民共和国消防法》第十五条,某某市人民政府关于禁止燃放烟花爆竹的决定,第3条、第6条',
    [['《中华人民共和国消防法》第十五条', 'resolved', '消防15'], ['第3条、第6条', 'unknown-regulation', '']]],
  ['glued to the article, a city\'s standing committee issuing it: unknown',
    '依据《中华人民共和国消防法》第十五条和某某市人民代表大会常务委员会关于加强消防安全管理的决定第五条处理。',
    [['《中华人民共和国消防法》第十五条', 'resolved', '消防15'], ['第五条', 'unknown-regulation', '']]],
  ['not 关于 with no organ before it, nor 国家, nor a name closed by a full stop: the law cited before',
    '《中华人民共和国消防法》第九条,按照关于这个问题的规定,第十条也适用。国家关于消防安全的规定第十一条。某某县应急管理局关于加强消防检查的通知。第十二条也适用。第十四届第一次会议。',
    [['《中华人民共和国消防法》第九条', 'resolved', '消防9'], ['第十条', 'resolved', '消防10'], ['第十一条', 'resolved', '消防11'], ['第十二条', 'resolved', '消防12']]],
]);

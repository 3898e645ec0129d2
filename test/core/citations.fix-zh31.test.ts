// Forms from heldout28 (gov and court), a tuning set for the twenty-first round (fix-zh31): made-up text in the real
// style against the bundled corpus (laws named short: 种子78.1.1 is the Seed Law's article 78, paragraph 1, item 1).
import { bundledShortTable as table } from './citations/helpers';

// A chapter's number glued before an article's label, the two opening a line, a space and the article's words after
// them: the heading of the article printed, as 第三十条 … at a line's start is (chapterPrefixHeading.ts).
table('citation table: a chapter\'s number before an article heading at a line\'s start (fix-zh31)', [
  ['a page naming the regulation above, then 第五章第三十二条 and the article\'s words after a space: a heading',
    '本期解读的政策：《中华人民共和国森林法》\n第五章第三十二条 国家实行天然林全面保护制度，严格限制天然林采伐。\n',
    []],
  ['with a section too and a bracketed name', '《中华人民共和国森林法》\n第六章第一节第七十四条【法律责任】违反本法规定，进行开垦的，由县级以上人民政府林业主管部门责令停止违法行为。\n',
    []],
  ['not 第五章第三十二条规定 at a line\'s start, nor a chapter named after 本法, a case number or a session',
    '《中华人民共和国森林法》\n第五章第三十二条规定，国家实行天然林全面保护制度。（2019）某刑初12号。第十四届第一次会议。第2项商品。\n',
    [['第三十二条', 'resolved', '森林32']]],
  ['the title linked as a file (.pdf) above the heading: 本法 and 本条 in the printed text are the law\'s and the article\'s',
    '相关政策：《中华人民共和国森林法》.pdf\n第六章第七十四条 违反本法规定，进行开垦的，依照本法第三十二条处理；按照本条规定处罚。\n',
    [['本法第三十二条', 'resolved', '森林32'], ['本条', 'resolved', '森林74']]],
]);

// A version in brackets after a title's 以下简称 bracket, right before the article: the title's version, as right after
// the title; the citation reads from the title (scanner.ts, the 以下简称 branch).
table('citation table: a named version after the short name\'s bracket (fix-zh31)', [
  ['a version the corpus lacks: unknown, the citation from the title; the short name later keeps that version',
    '依据《中华人民共和国种子法》(以下简称《种子法》)(2015年修订)第七十八条第一款第一项规定，并依据《种子法》第二十条作出处罚。',
    [['《中华人民共和国种子法》(以下简称《种子法》)(2015年修订)第七十八条第一款第一项', 'unknown-regulation', ''], ['《种子法》第二十条', 'unknown-regulation', '']]],
  ['a version the corpus holds: that version', '根据《中华人民共和国公司法》（以下简称《公司法》）（2018年修正）第十六条的规定。',
    [['《中华人民共和国公司法》（以下简称《公司法》）（2018年修正）第十六条', 'resolved', '公司16']]],
  ['not without a version: the article after the short name\'s bracket, read in force; nor a case number or a session',
    '依据《中华人民共和国种子法》(以下简称《种子法》)第七十八条第一款第一项规定。（2019）某刑初12号。第十四届第一次会议。第2项商品。',
    [['第七十八条第一款第一项', 'resolved', '种子78.1.1']]],
]);

// A short title the corpus matches only as national titles' end, on a page in traditional characters about one
// region: the region's own rules, which the corpus lacks (regionOwnTitle.ts).
table('citation table: a Hong Kong or Macau page\'s own rules by their short title (fix-zh31)', [
  ['a Legislative Council page: 《議事規則》 is the Council\'s rules, unknown; 《基本法》 stays Hong Kong\'s Basic Law',
    '香港立法會的職權\n根據《基本法》第七十三條，立法會可對政府的工作提出質詢。《議事規則》第22(1)條進一步訂明，議員可提出質詢；《議事規則》第8條另有規定。',
    [['《基本法》第七十三條', 'resolved', '香港特别行政区基本73'], ['《議事規則》第22(1)條', 'unknown-regulation', ''], ['《議事規則》第8條', 'unknown-regulation', '']]],
  ['not a national title written whole on such a page', '香港立法會的職權\n《全國人民代表大會議事規則》第25條規定了議案的說明。',
    [['《全國人民代表大會議事規則》第25條', 'resolved', '全国人民代表大会议事规则25']]],
  ['not on a simplified page, nor a case number or a session', '香港立法会的做法不同。根据《议事规则》第二十五条，代表可以提出议案。（2019）某刑初12号。第十四届第一次会议。',
    [['《议事规则》第二十五条', 'ambiguous', '全国人民代表大会常务委员会议事规则25 全国人民代表大会议事规则25']]],
]);

// The new wording of one 款 an amendment adds or rewrites names an earlier 款 alone: the amended article's 款, which the
// amendment leaves in place (scanner.ts earlierParagraphInNewWording).
table('citation table: an earlier 款 named in an amendment\'s new wording of a 款 (fix-zh31)', [
  ['a 款 added as the third: its 第一款 is the amended article\'s first',
    '修正案第十条规定在《中华人民共和国刑法》第一百三十三条中增加一款作为第三款：“有前款行为的，依照第一款的规定处罚。”笔者认为此规定合理。',
    [['第十条', 'no-context', ''], ['《中华人民共和国刑法》第一百三十三条', 'resolved', '刑133'], ['第三款', 'unknown-paragraph', '刑133.3'], ['第一款', 'resolved', '刑133.1']]],
  ['a 款 rewritten: the same', '将《中华人民共和国刑法》第二百七十七条第五款修改为：“暴力袭击正在依法执行职务的人民警察的，依照第一款的规定从重处罚。”',
    [['《中华人民共和国刑法》第二百七十七条第五款', 'resolved', '刑277.5'], ['第一款', 'resolved', '刑277.1']]],
  ['not a 款 in the wording of a whole new article, nor one after the new 款, nor a case number or a session',
    '在《中华人民共和国刑法》第一百三十三条后增加一条，作为第一百三十三条之三：“有第一款行为的，处拘役。”又在第二百七十七条中增加一款作为第二款：“依照第三款处罚。”（2019）某刑初12号。第十四届第一次会议。',
    [['《中华人民共和国刑法》第一百三十三条', 'resolved', '刑133'], ['第一百三十三条之三', 'unknown-article', '刑133之3'], ['第二百七十七条', 'resolved', '刑277'], ['第二款', 'resolved', '刑277.2']]],
]);

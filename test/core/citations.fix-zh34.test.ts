// Forms from round 22's first measurement (heldout30, now a tuning set), Chinese pages: made-up text in the real style
// against the bundled corpus (laws named short: 刑事诉讼35 is the Criminal Procedure Law's article 35).
import { bundledShortTable as table } from './citations/helpers';

// A penalty table's label cell under the law's title line: the article's label with its item, however loosely written
// (第(三) 项), set off by a space from the article's words, is a heading — the item too (scanner.ts articleHeadingAt).
table('citation table: an item in a line-start heading label (fix-zh34)', [
  ['the item written loosely, a space before 项, the article\'s words after spaces: a heading, the item with it',
    '《中华人民共和国公路法》\n第七十六条第(五) 项   有下列违法行为之一的，由交通主管部门责令停止违法行为：(五) 违反本法第四十七条规定的\n',
    [['本法第四十七条', 'resolved', '公路47']]],
  ['the item in brackets with its 款, set off by a space: a heading too',
    '《中华人民共和国公路法》\n第七十六条第一款第（五）项  有下列违法行为之一的，由交通主管部门责令停止违法行为。\n',
    []],
  ['not a line-start label citing the item (规定 after it, glued or after a space): one citation of the article\'s item',
    '《中华人民共和国公路法》\n第七十六条第(五)项规定的行为，由交通主管部门处理。\n第七十六条第(五)项 规定的行为，由交通主管部门处理。\n',
    [['第七十六条第(五)项', 'resolved', '公路76..5'], ['第七十六条第(五)项', 'resolved', '公路76..5']]],
  ['ordinals and case numbers under the title stay unread', '《中华人民共和国公路法》\n第十四届第一次会议审议。（2019）某刑初12号。第2项商品。\n',
    []],
]);

// A space inside a list member's label (第六 条, text taken out of a PDF): the list goes on through it, keeping its
// regulation (chain.ts SPACED_UNIT); the member after it is never handed to the title cited before the list.
table('citation table: a space inside a listed label (fix-zh34)', [
  ['a list broken by 第六 条 after the 消费者权益保护法 was cited on the line above',
    '依照《中华人民共和国消费者权益保护法》第五十六条予以处罚。\n经营者有《侵害消费者权益行为处罚办法》第五条第(七)项至第(九)项、第六 条和第十三条规定行为之一的，属于欺诈行为。',
    [['《中华人民共和国消费者权益保护法》第五十六条', 'resolved', '消费者权益保护56'],
      ['《侵害消费者权益行为处罚办法》第五条第(七)项至第(九)项、第六 条和第十三条', 'resolved', '侵害消费者权益行为处罚办5..7 侵害消费者权益行为处罚办5..8 侵害消费者权益行为处罚办5..9 侵害消费者权益行为处罚办6 侵害消费者权益行为处罚办13']]],
  ['not a space before 条 with a noun after it (第三 条路), nor ordinals',
    '《中华人民共和国消费者权益保护法》第五十六条规定了处罚。走第三 条路和第四 条小道。第十四届第一次会议。',
    [['《中华人民共和国消费者权益保护法》第五十六条', 'resolved', '消费者权益保护56']]],
]);

// Spaced Arabic numbers with 款 lacking 第 (第 17 条 2 款): the 款 of the article so written (chain.ts spacedUnit).
table('citation table: a spaced article\'s 款 without 第 (fix-zh34)', [
  ['《某法》第 17 条 2 款规定', '《中华人民共和国劳动合同法》第 17 条 2 款规定，劳动合同除前款规定的必备条款外，还可以约定试用期。',
    [['《中华人民共和国劳动合同法》第 17 条 2 款', 'resolved', '劳动合同17.2']]],
  ['not after an article written without spaces in Chinese numerals, nor an item, nor a count',
    '《中华人民共和国劳动合同法》第三十九条 2 款。《中华人民共和国劳动合同法》第 39 条 3 项工作。第十四届第一次会议。',
    [['《中华人民共和国劳动合同法》第三十九条', 'resolved', '劳动合同39'], ['《中华人民共和国劳动合同法》第 39 条', 'resolved', '劳动合同39']]],
]);

// 该条 opening the writer's sentence after an article's words restated without marks, the words citing another article
// or running on over a 但是 sentence (layout/thatArticleRestated.ts): the restated article.
table('citation table: 该条 after an article\'s words restated (fix-zh34)', [
  ['该条所指向的 after words citing 本法第二条第一款 and a 但是 sentence',
    '企业破产法第三十二条规定，人民法院受理破产申请前六个月内，债务人有本法第二条第一款规定的情形，仍对个别债权人进行清偿的，管理人有权请求人民法院予以撤销。但是，个别清偿使债务人财产受益的除外。该条所指向的是危机期间的个别清偿。',
    [['企业破产法第三十二条', 'resolved', '企业破产32'], ['本法第二条第一款', 'resolved', '企业破产2.1'], ['该条', 'resolved', '企业破产32']]],
  ['根据该条的规定 after words set out after a colon',
    '《中华人民共和国刑事诉讼法》第三十五条规定：辩护人的责任是根据事实和法律，提出材料和意见。根据该条的规定，辩护可分为两种。',
    [['《中华人民共和国刑事诉讼法》第三十五条', 'resolved', '刑事诉讼35'], ['该条', 'resolved', '刑事诉讼35']]],
  ['not 该条件 / 该条例, nor 该条 after another title named in the words, nor four sentences on',
    '企业破产法第三十二条规定，管理人有权请求撤销。该条件不成立。依照《中华人民共和国民法典》第五百条处理。该条所指的情形另论。\n《中华人民共和国刑事诉讼法》第三十五条规定：辩护人提出材料。一。二。三。该条的规定如此。',
    [['企业破产法第三十二条', 'resolved', '企业破产32'], ['《中华人民共和国民法典》第五百条', 'resolved', '民法典500'], ['该条', 'resolved', '民法典500'], ['《中华人民共和国刑事诉讼法》第三十五条', 'resolved', '刑事诉讼35']]],
]);

// A version named by a time clause (2002年修正时，《某法》…; 2009年修订时，…第17条): the title's text of that year
// (scanner.ts VERSION_BEFORE), and a bare article in a sentence the clause opens is that text's (titles/versionClause.ts)
// — unknown-regulation when the corpus lacks it; a 款 opening a clause about the article just discussed (第1款将…；第2款对…)
// is its 款 (scanner.ts paragraphDiscussed).
table('citation table: a version named by a time clause, and the 款 discussed after it (fix-zh34)', [
  ['the texts of 2002 and 2009, neither held: unknown-regulation, the 款 after them too',
    '2002年修正时，《中华人民共和国保险法》沿袭该规定，只是条文顺序有变，规定在第18条。2009年修订时，条文顺序变为第17条，增加了提示义务。从内容上，第1款将说明对象变更为格式条款；第2款对明确说明的对象作了修改。',
    [['第18条', 'unknown-regulation', ''], ['第17条', 'unknown-regulation', ''], ['第1款', 'unknown-regulation', ''], ['第2款', 'unknown-regulation', '']]],
  ['a text the corpus holds, named by the clause: that text\'s article',
    '《中华人民共和国公司法》第十六条规定了公司担保。2018年修正时，条文顺序未变，仍为第16条。',
    [['《中华人民共和国公司法》第十六条', 'resolved', '公司16'], ['第16条', 'resolved', '公司16']]],
  ['not a clause without its year, nor a 款 alone in prose, nor ordinals',
    '《中华人民共和国公司法》第十六条规定了公司担保。修订时，条文顺序变为第15条。合同第2款对此另有约定。第十四届第一次会议。',
    [['《中华人民共和国公司法》第十六条', 'resolved', '公司16'], ['第15条', 'resolved', '公司15']]],
]);

// 第N项 right after the title of a State Council decision cancelling or delegating approval items (a numbered list of
// them): its Nth entry cited, a title the corpus lacks (scanner.ts approvalItemsDecision).
table('citation table: an entry of a decision on approval items (fix-zh34)', [
  ['第45项 after the decision\'s title, a colon and the entry after it',
    '权力来源：《国务院关于取消和下放一批行政审批项目等事项的决定》第45项：某某经营许可，下放至省级以下主管部门。',
    [['《国务院关于取消和下放一批行政审批项目等事项的决定》第45项', 'unknown-regulation', '']]],
  // fix-zh42: an amending decision's 第2项 is its second item (listEntryItem.ts amendingListDecision), no longer unread.
  ['an amending decision\'s 第2项 is its item; not an entry before a noun, nor ordinals',
    '《全国人民代表大会常务委员会关于修改〈中华人民共和国保险法〉等五部法律的决定》第2项。《国务院关于取消一批行政许可事项的决定》第2项商品。第十四届第一次会议。',
    [['《全国人民代表大会常务委员会关于修改〈中华人民共和国保险法〉等五部法律的决定》第2项', 'unknown-regulation', '']]],
]);

// A regulation's articles reprinted on a page under its name written alone on a line (no 《》): 本办法 in them is that
// regulation — a title the corpus lacks is unknown-regulation, not the page's own (analyze.ts titleLineOver).
table('citation table: 本办法 under a bare name line over reprinted articles (fix-zh34)', [
  ['an unknown 办法 named on its line above the article, the page\'s own words before it',
    '来源：某市商务局 2025-03-10\n\n某某站(点)计量监督管理办法\n\n第九条经营者违反本办法有关规定，应当按以下规定进行处罚：\n\n(一)违反本办法第五条第(四)项规定的，责令停止使用。\n',
    [['本办法第五条第(四)项', 'unknown-regulation', '']]],
  ['a 办法 the corpus holds, so named: its article',
    '来源：某市市场监管局\n\n进口计量器具监督管理办法\n\n第十条外商违反本办法第五条规定的，责令改正。\n',
    [['本办法第五条', 'resolved', '进口计量器具监督管理办5']]],
  ['not 本办法 under a name of another kind (a 条例), nor ordinals',
    '来源：某市商务局\n\n某某站计量监督管理条例\n\n第九条经营者违反本办法第五条规定的，责令改正。第十四届第一次会议。\n',
    [['本办法第五条', 'self', '本5']]],
]);

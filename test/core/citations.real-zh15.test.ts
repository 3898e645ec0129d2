// Forms from the Chinese tuning sets' residual errors after the fourteenth measurement (zh15): made-up text in the real
// style against the bundled corpus (laws named short: 刑342 is the Criminal Law's article 342).
import { bundledShortTable as table } from './citations/helpers';


const LAB = '劳动合同';
const INTERP = '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）';

// Article headings of a pasted text after a comma and a space (headingRun.ts), and after a caption before the title
// on a printed article's line (lawExcerpt.ts PRINTED_LINE): headings, not citations. A label with no neighbour so, a
// label going on with 规定, and the labels under a 法律依据 caption stay citations.
table('citation table: headings pasted after a comma or a caption (zh15)', [
  ['after 回复如下， and a space, the next label after 。 and a space: both headings',
    '对于这个问题，回复如下， 第三条 违反草原法的规定，开垦草原面积较大的，依照刑法第三百四十二条的规定定罪处罚。 第四条 开垦草原“面积较大”，以二十亩为起点。',
    [['刑法第三百四十二条', 'resolved', '刑342']]],
  ['a label after a comma and a space with no neighbour in a run stays a citation',
    '《中华人民共和国刑法》第三条规定了罪刑法定原则， 第五条 则规定了罪责刑相适应原则。',
    [['《中华人民共和国刑法》第三条', 'resolved', '刑3'], ['第五条', 'resolved', '刑5']]],
  ['法律分析： before the title: the labels pasted after it are headings, numbered as they may be',
    '法律分析：《中华人民共和国草原法》第三十八条进行矿藏开采和工程建设，应当不占或者少占草原。 第六十五条非法使用草原的，由主管部门责令退还。 第六十八条未经批准采集草原野生植物的，由主管部门责令停止违法行为。',
    [['《中华人民共和国草原法》第三十八条', 'resolved', '草原38']]],
  ['法律依据： lists the articles relied on: each label stays a citation',
    '法律依据：《中华人民共和国草原法》第三十八条进行矿藏开采和工程建设，应当不占或者少占草原。第六十五条非法使用草原的，由主管部门责令退还。',
    [['《中华人民共和国草原法》第三十八条', 'resolved', '草原38'], ['第六十五条', 'resolved', '草原65']]],
  ['under a caption, a label going on with 规定 stays a citation',
    '法律分析：《中华人民共和国草原法》第三十八条进行矿藏开采和工程建设，应当不占或者少占草原。第六十五条规定了相应的罚则。',
    [['《中华人民共和国草原法》第三十八条', 'resolved', '草原38'], ['第六十五条', 'resolved', '草原65']]],
  ['a case number, a session and a numbered entry after a caption stay unread',
    '相关法条：（2019）某刑初12号判决第二项。 第十四届第一次会议。 第2项商品。',
    []],
]);

// 本条 in a writer's prose about a provision he named and quoted (discussedArticle.ts): the provision, not a law named
// inside the words quoted nor one set against it later in the paragraph; a sentence opening with another article moves it.
table('citation table: 本条 of a provision named and quoted (zh15)', [
  ['a law named inside the quotation and one set against the provision: 本条 stays the provision',
    `2021年，最高人民法院发布了《${INTERP}》。其中第5条规定了拖欠工资时的解除，该条规定“劳动者以用人单位未支付劳动报酬为由，依据劳动合同法第三十八条规定解除劳动合同的，人民法院应予支持。”\n本条适用的前提是确有拖欠，否则应适用《劳动合同法》第三十九条的规定。是适用本条，还是《劳动合同法》第三十九条，要看是否拖欠。`,
    [['第5条', 'resolved', `${INTERP}5`], ['该条', 'resolved', `${INTERP}5`], ['劳动合同法第三十八条', 'resolved', `${LAB}38`], ['本条', 'resolved', `${INTERP}5`],
      ['《劳动合同法》第三十九条', 'resolved', `${LAB}39`], ['本条', 'resolved', `${INTERP}5`], ['《劳动合同法》第三十九条', 'resolved', `${LAB}39`]]],
  ['a sentence opening with another article makes it the one 本条 names',
    '《中华人民共和国劳动合同法》第三十八条规定了劳动者的解除权。本条适用于用人单位有过错的情形。《中华人民共和国劳动合同法》第三十九条规定了用人单位的解除权。本条适用于劳动者有过错的情形。',
    [['《中华人民共和国劳动合同法》第三十八条', 'resolved', `${LAB}38`], ['本条', 'resolved', `${LAB}38`],
      ['《中华人民共和国劳动合同法》第三十九条', 'resolved', `${LAB}39`], ['本条', 'resolved', `${LAB}39`]]],
  ['an article the quoted words add is the one 本条 names next',
    '2015年通过的《中华人民共和国刑法修正案（九）》第一条规定：“在刑法第三十七条后增加一条，作为第三十七条之一：因利用职业便利实施犯罪被判处刑罚的，可以禁止其从事相关职业。”本条规定的期限为三年至五年。',
    [['《中华人民共和国刑法修正案（九）》第一条', 'resolved', '刑法修正案（九）1'], ['刑法第三十七条', 'resolved', '刑37'], ['第三十七条之一', 'resolved', '刑37之1'], ['本条', 'resolved', '刑37之1']]],
  ['with no article named before, 本条 is nothing; a case number and a session stay unread',
    '本条的理解存在争议。（2019）某民初12号判决第二项、第十四届第一次会议均未涉及。',
    []],
]);

// Items cited alone after 引用 (scanner.ts CITING_VERB), and items an amending text rewrites or merges
// (amendedWording.ts itemAmendedAfter): the items of the article cited before.
table('citation table: items cited alone (zh15)', [
  ['维持…引用…第一项，改判…分别引用第二项、第三项: the same 款\'s items',
    '维持的部分应当引用《中华人民共和国民事诉讼法》第一百七十七条第一款第一项，改判的部分分别引用第二项、第三项；另一种观点不同。',
    [['《中华人民共和国民事诉讼法》第一百七十七条第一款第一项', 'resolved', '民事诉讼177.1.1'], ['第二项、第三项', 'resolved', '民事诉讼177.1.2 民事诉讼177.1.3']]],
  ['引用 another document\'s item, or a numbered entry: not read',
    '依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项，上诉人引用原判决第二项，另称第2项商品不合格。',
    [['《中华人民共和国民事诉讼法》第一百七十七条第一款第一项', 'resolved', '民事诉讼177.1.1']]],
  ['an amending text quoting an item\'s words and rewriting them, then merging items with 将',
    '《某某省某某事项规定》作如下修改：\n三、第五条，第一项“某某事项”修改为：“某某新事项”；\n第二项“另一事项”修改为：“另一新事项”；\n将第三、四项合并为一项。',
    [['第五条，第一项', 'unknown-regulation', ''], ['第二项', 'unknown-regulation', ''], ['第三、四项', 'unknown-regulation', '']]],
  ['an item\'s words quoted with no rewriting, and a session: not read',
    '依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项处理。检验报告列明第2项“外观”合格，第十四届第一次会议通过。',
    [['《中华人民共和国民事诉讼法》第一百七十七条第一款第一项', 'resolved', '民事诉讼177.1.1']]],
]);

// 本法 on a line read as the cited article's words after its 前款 (analyze.ts pastedLine): the cited law.
const ART308_1 = '司法工作人员、辩护人、诉讼代理人或者其他诉讼参与人，泄露依法不公开审理的案件中不应当公开的信息，造成信息公开传播或者其他严重后果的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金。';
table('citation table: 本法 in an article set out under its basis line (zh15)', [
  ['前款 and 本法 on the 款 under the first: the cited law',
    `3、法律依据：《中华人民共和国刑法》第三百零八条之一\n\n${ART308_1}\n\n有前款行为，泄露国家秘密的，依照本法第三百九十八条的规定定罪处罚。`,
    [['《中华人民共和国刑法》第三百零八条之一', 'resolved', '刑308之1'], ['前款', 'resolved', '刑308之1.1'], ['本法第三百九十八条', 'resolved', '刑398']]],
  ['the writer\'s own line after it, with no 前款 read there: 本法 is not the law',
    `3、法律依据：《中华人民共和国刑法》第三百零八条之一\n\n${ART308_1}\n\n我们认为，第十四届第一次会议讨论的情形依照本法第三百九十八条处理。`,
    [['《中华人民共和国刑法》第三百零八条之一', 'resolved', '刑308之1'], ['本法第三百九十八条', 'self', '本398']]],
]);

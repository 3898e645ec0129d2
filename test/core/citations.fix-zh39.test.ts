// Forms from heldout33's gov and court errors (round 23, fix-zh39): made-up text in the real style against the bundled
// corpus (laws named short: 民法典1254 is the Civil Code's article 1254).
import { bundledShortTable as table } from './citations/helpers';

// A draft's article headings with their names in ASCII square brackets (第二条[适用范围]  本市…) are headings, as with
// 【】 (scanner.ts ASCII_BRACKET_NAME); a footnote mark after a cited article ([1], [注]) is no name.
table('citation table: article headings with a name in ASCII square brackets (fix-zh39)', [
  ['a draft\'s headings after its preamble naming a law', '某市城乡环境条例（草案）\n第一条[立法目的]  为了改善城乡环境，根据《中华人民共和国民法典》等法律，制定本条例。\n\n第二条[适用范围]  本市行政区域内的环境管理活动，适用本条例。\n第三条[工作原则]本市坚持政府引导、群众参与。',
    []],
  ['not a footnote mark after a cited article, nor an ordinal or a case number', '《中华人民共和国民法典》第一千二百五十四条[1]规定，禁止从建筑物中抛掷物品。第十条[注]另见。第十四届第一次会议；（2019）某刑初12号。',
    [['《中华人民共和国民法典》第一千二百五十四条', 'resolved', '民法典1254'], ['第十条', 'resolved', '民法典10']]],
]);

// A list item's label under a line ending with the law's title, set off by a space from that article's (or the 款's in
// brackets after it) own words, prints the law's text: a heading (layout/listedUnderTitle.ts); an item going on with
// words of the writer's own (规定…) cites the article.
table('citation table: a list item\'s label, its 款 in brackets, under the law\'s title line (fix-zh39)', [
  ['items printing the articles and 款, notes between', '一、《中华人民共和国民法典》\n(一)第一千二百五十四条(第二款) 物业服务企业等建筑物管理人应当采取必要的安全保障措施防止前款规定情形的发生。\n解读：物业要尽到安全保障义务。\n(二)第十条 处理民事纠纷，应当依照法律；法律没有规定的，可以适用习惯。\n解读：习惯可以作为裁判依据。',
    []],
  ['not an item citing the article in words of its own, nor a case number or an ordinal', '一、《中华人民共和国民法典》\n(一)第一千二百五十四条 规定了高空抛物的责任。\n(二)第十条(第一款) 的适用范围较广。第十四届第一次会议；（2019）某刑初12号。',
    [['第一千二百五十四条', 'resolved', '民法典1254'], ['第十条', 'resolved', '民法典10']]],
]);

// A power list's numbered entry printing a regulation's article after its title and label with a comma
// (1.《某条例》(国务院令第99号)第三十六条,违反本条例规定，…): the words after the comma are the article's, its 本条例 the
// printed regulation's, to the cell's next numbered entry (quotation/unmarkedQuotation.ts textAfterComma).
table('citation table: a numbered entry printing an article after a comma (fix-zh39)', [
  ['本条例 inside the entry is the printed regulation; the next entry\'s article stays its own title\'s',
    '实施依据 | 1.《城市房地产开发经营管理条例》(国务院令第248号)第三十六条,违反本条例规定,逾期不补办手续的,依照本条例第三十七条的规定处理。 2.《某某市房屋管理办法》第九条,建设单位未办理备案的,依照本办法第十条处罚。 |',
    [['《城市房地产开发经营管理条例》(国务院令第248号)第三十六条', 'resolved', '城市房地产开发经营管理条例36'],
      ['本条例第三十七条', 'resolved', '城市房地产开发经营管理条例37'],
      ['《某某市房屋管理办法》第九条', 'unknown-regulation', ''], ['本办法第十条', 'unknown-regulation', '']]],
  ['not a list of labels after the comma (its second article the title\'s), nor a case number or an ordinal',
    '1.《城市房地产开发经营管理条例》第三十六条,第三十七条。第十四届第一次会议；（2019）某刑初12号。',
    [['《城市房地产开发经营管理条例》第三十六条,第三十七条', 'resolved', '城市房地产开发经营管理条例36 城市房地产开发经营管理条例37']]],
]);

// A version named with 出台 (1991年3月出台的民事诉讼法第二百零八条): the text adopted and promulgated then, as 颁布 names it
// (scan/scanner.ts VERSION_BEFORE, BARE_VERSION_BEFORE); the month may stand between the year and the word.
table('citation table: a version named with 出台 (fix-zh39)', [
  ['a year and month the corpus holds no text of, and one it holds', '1991年4月出台的民事诉讼法第二百零八条即有规定。2020年5月出台的民法典第十条规定了习惯。',
    [['民事诉讼法第二百零八条', 'unknown-regulation', ''], ['民法典第十条', 'resolved', '民法典10']]],
  ['not 出台 in the writer\'s sentence before the name, nor a case number or an ordinal', '2023年出台了多项新规，民法典第十条仍然适用。第十四届第一次会议；（2019）某刑初12号。',
    [['民法典第十条', 'resolved', '民法典10']]],
]);

// An article quoted after 规定 and a comma, its words naming their own law and ending with a colon over its items
// (…第一百一十二条规定,违反本法规定,…: ⏎ (一)… ⏎ 有前款第一项、第二项…), and an article pasted run on after a bare
// name set off by spaces (。 民事诉讼法 第一百五十四条裁定适用于下列范围: (一)…。 对前款第一项至第三项…): their 前款
// with its items is the quoted article's first 款 (quotation/unmarkedQuotation.ts itemsAfterComma, SPACED_NAME_BEFORE).
table('citation table: 前款 with items inside an article quoted after 规定, or pasted after a spaced bare name (fix-zh39)', [
  ['after 规定 and a comma, the items on the lines below',
    '《中华人民共和国固体废物污染环境防治法》第一百一十二条规定,违反本法规定,由生态环境主管部门责令改正,处以罚款:\n(一)未设置识别标志的;\n(二)未制定管理计划的;\n(三)擅自倾倒危险废物的;\n有前款第一项、第三项行为之一,处十万元以上罚款。',
    [['《中华人民共和国固体废物污染环境防治法》第一百一十二条', 'resolved', '固体废物污染环境防治112'],
      ['前款第一项、第三项', 'resolved', '固体废物污染环境防治112.1.1 固体废物污染环境防治112.1.3']]],
  ['run on after a bare name and spaces', '撤诉的可以退一半费用。 民事诉讼法 第一百五十四条裁定适用于下列范围: (一)不予受理; (二)对管辖权有异议的; (三)驳回起诉。 对前款第一项至第二项裁定,可以上诉。',
    [['第一百五十四条', 'resolved', '民事诉讼154'], ['前款第一项至第二项', 'resolved', '民事诉讼154.1.1 民事诉讼154.1.2']]],
  ['not the writer\'s own list after 规定 and a comma, nor a writer citing after a spaced name, nor a case number or an ordinal',
    '《中华人民共和国固体废物污染环境防治法》第一百一十二条规定,本院认为应当从重处罚:\n(一)情节严重;\n(二)拒不改正;\n第十四届第一次会议；（2019）某刑初12号。',
    [['《中华人民共和国固体废物污染环境防治法》第一百一十二条', 'resolved', '固体废物污染环境防治112']]],
]);

// 该条款 after 基于, in a paper on the article named just before (…《某法》第38条中设置的两款…。本文基于该条款内在的结构…):
// that article (scanner.ts SELF_ANCHOR, layout/thatArticle.ts CITING_BEFORE).
table('citation table: 该条款 after 基于 (fix-zh39)', [
  ['the article named in the sentence before', '对于如何理解《中华人民共和国民法典》第1254条中设置的三款义务的关系，既有观点分为两类。本文基于该条款内在的结构关系展开分析。',
    [['《中华人民共和国民法典》第1254条', 'resolved', '民法典1254'], ['该条款', 'resolved', '民法典1254']]],
  ['not 该条款 of a contract with no article cited before, nor a case number or an ordinal', '双方签订的合同约定了违约金。本文基于该条款的效力展开分析。第十四届第一次会议；（2019）某刑初12号。',
    []],
]);

// A notice's title in quotation marks holding the regulation it applies (最高院关于“参照《某某条例》审理…的通知”法(2010)5号
// 第二条): the article is the notice's, a document the corpus lacks, not the nested regulation's (titles/quotedDocumentName.ts).
table('citation table: a quoted notice\'s name holding a nested title, then its article (fix-zh39)', [
  ['its document number between the name and the article, and without one', '最高院关于“参照《医疗事故处理条例》审理医疗纠纷民事案件的通知”法(2010)5号第二条规定，条例施行后发生的纠纷参照办理。另见“关于适用《中华人民共和国民法典》有关问题的通知”第三条。',
    [['“参照《医疗事故处理条例》审理医疗纠纷民事案件的通知”法(2010)5号第二条', 'unknown-regulation', ''],
      ['“关于适用《中华人民共和国民法典》有关问题的通知”第三条', 'unknown-regulation', '']]],
  ['not the nested title cited with its own article, nor a quoted phrase that is no document, nor a case number or an ordinal',
    '“参照《医疗事故处理条例》第四十九条”的做法不妥；“依照《中华人民共和国民法典》处理”第十条另见。第十四届第一次会议；（2019）某刑初12号。',
    [['《医疗事故处理条例》第四十九条', 'resolved', '医疗事故处理条例49'], ['第十条', 'resolved', '民法典10']]],
]);

// Forms from round 26's tuning set heldout40-court (Chinese court pages): made-up text in the real style against the
// bundled corpus (laws named short: 税收征收管理63.1 is the Tax Collection Law's article 63, paragraph 1).
import { bundledShortTable as table } from './citations/helpers';

// Short names practice gives national laws without defining them, which no rule of abbreviation reaches because they
// drop the title's first words (征管法 of 税收征收管理法, 外贸法 of 对外贸易法, 商检法 of 进出口商品检验法) or reorder them
// (出入境管理法 of 出境入境管理法): the alias
// table names them (corpus/data/aliases.json), with or without 《》; 前款 in the article quoted after them is its 款.
table('citation table: standard short names of national laws used undefined (fix-zh61)', [
  ['《征管法》, the article quoted, 前款 inside it',
    '《征管法》第六十三条规定,纳税人伪造、变造账簿的,是偷税。扣缴义务人采取前款所列手段,不缴或者少缴已扣税款的,由税务机关追缴。',
    [['《征管法》第六十三条', 'resolved', '税收征收管理63'], ['前款', 'resolved', '税收征收管理63.1']]],
  ['bare 征管法 after 依照, 外贸法 and 商检法',
    '依照征管法第六十四条的规定处罚。《外贸法》第九条已被删除。商检法第五条规定了法定检验。',
    [['征管法第六十四条', 'resolved', '税收征收管理64'], ['《外贸法》第九条', 'resolved', '对外贸易9'], ['商检法第五条', 'resolved', '进出口商品检验5']]],
  ['出入境管理法, in 《》 and bare (not cut to 境管理法)', '《出入境管理法》第六十二条规定了遣送出境。违反出入境管理法第四十三条的,可以处罚。',
    [['《出入境管理法》第六十二条', 'resolved', '出境入境管理62'], ['出入境管理法第四十三条', 'resolved', '出境入境管理43']]],
  ['not a name the writer defines for another text, a name no law has, nor a count or a case number',
    '《某市税收征收管理条例》(以下简称《征管法》)第三条规定。《农村征管法》第四条。《某州出入境管理法》第五条。第十四届全国人大第一次会议;(2019)某刑初12号。',
    [['第三条', 'unknown-regulation', ''], ['《农村征管法》第四条', 'unknown-regulation', ''], ['《某州出入境管理法》第五条', 'unknown-regulation', '']]],
]);

// A ruling's appendix of the provisions it cited (本案引用的法律条文, 附：相关法律条文) prints them: a line-start label naming
// a 款 and an item, set off by a colon from the item's words (第一百五十四条第一款第(十一)项:其他需要裁定解决的事项。), is the
// heading of the words printed, as a label naming a 款 is there (layout/lawExcerpt.ts paragraphLabelHeading). Glued to
// words citing it (…第(十一)项规定的…) it stays a citation; under a 法律依据 caption the labels list the basis relied on.
const APPENDIX = (heading: string, label: string) =>
  `驳回原告的起诉。\n审判员  王某\n${heading}\n《中华人民共和国民事诉讼法》第一百一十八条:当事人进行民事诉讼,应当按照规定交纳案件受理费。\n收取诉讼费用的办法另外制定。\n${label}\n`;
table('citation table: a 款-and-item label with a colon in a ruling\'s appendix of provisions (fix-zh61)', [
  ['under 本案引用的法律条文, the item\'s words after a colon', APPENDIX('本案引用的法律条文', '第一百五十四条第一款第(十一)项:其他需要裁定解决的事项。'),
    [['《中华人民共和国民事诉讼法》第一百一十八条', 'resolved', '民事诉讼118']]],
  ['under 附：相关法律条文, a full-width colon and a bracket of its own', APPENDIX('附：相关法律条文', '第一百五十四条第一款第（十一）项：其他需要裁定解决的事项。'),
    [['《中华人民共和国民事诉讼法》第一百一十八条', 'resolved', '民事诉讼118']]],
  ['not glued to words citing it, nor under a 法律依据 caption; nor a count or a case number',
    `${APPENDIX('本案引用的法律条文', '第一百五十四条第一款第(十一)项规定的情形,可以裁定。')}法律依据:\n《中华人民共和国民事诉讼法》\n第一百五十四条第一款第(十一)项:其他需要裁定解决的事项。\n第十四届全国人大第一次会议;(2019)某民初12号。`,
    [['《中华人民共和国民事诉讼法》第一百一十八条', 'resolved', '民事诉讼118'], ['第一百五十四条第一款第(十一)项', 'unknown-item', '民事诉讼154.1.11'],
      ['第一百五十四条第一款第(十一)项', 'unknown-item', '民事诉讼154.1.11']]],
]);

// A damaged title the page restored once (《最高人民法院关于适用的解释》 after 依照《…民事诉讼法》…: the site dropped 〈…〉)
// is read the same where it recurs with no law before it in its sentence — at an appendix line's start
// (titles/lostLawName.ts LostLawNames). Never restored on the page, or restored to two laws, it stays as written.
const RULING = '依照《中华人民共和国民事诉讼法》第一百一十八条,《最高人民法院关于适用的解释》第二百一十三条之规定,裁定如下:\n本案按原告撤回起诉处理。\n本案引用的法律条文\n';
const MSJ = '最高人民法院关于适用《民事诉讼法》的解释';
table('citation table: a damaged interpretation title read the same where it recurs (fix-zh61)', [
  ['restored in the 依照 sentence, then at the appendix line\'s start', `${RULING}《最高人民法院关于适用的解释》第二百一十三条:原告应当预交而未预交案件受理费的,人民法院应当通知其预交。`,
    [['《中华人民共和国民事诉讼法》第一百一十八条', 'resolved', '民事诉讼118'], ['《最高人民法院关于适用的解释》第二百一十三条', 'resolved', `${MSJ}213`],
      ['《最高人民法院关于适用的解释》第二百一十三条', 'resolved', `${MSJ}213`]]],
  ['a later sentence of its own, no law before it', `${RULING.split('\n')[0]}\n另查明,《最高人民法院关于适用的解释》第二百一十四条亦有规定。`,
    [['《中华人民共和国民事诉讼法》第一百一十八条', 'resolved', '民事诉讼118'], ['《最高人民法院关于适用的解释》第二百一十三条', 'resolved', `${MSJ}213`],
      ['《最高人民法院关于适用的解释》第二百一十四条', 'resolved', `${MSJ}214`]]],
  ['not never restored on the page, nor restored to two laws; nor a count or a case number',
    '《最高人民法院关于适用的解释》第二百一十三条。\n依照《中华人民共和国民事诉讼法》第一百一十八条,《最高人民法院关于适用的解释》第二百一十三条;依照《中华人民共和国刑事诉讼法》第十五条,《最高人民法院关于适用的解释》第三百五十五条。\n《最高人民法院关于适用的解释》第五条:第十四届全国人大第一次会议;(2019)某民初12号。',
    [['《最高人民法院关于适用的解释》第二百一十三条', 'unknown-regulation', ''], ['《中华人民共和国民事诉讼法》第一百一十八条', 'resolved', '民事诉讼118'],
      ['《最高人民法院关于适用的解释》第二百一十三条', 'resolved', `${MSJ}213`], ['《中华人民共和国刑事诉讼法》第十五条', 'resolved', '刑事诉讼15'],
      ['《最高人民法院关于适用的解释》第三百五十五条', 'resolved', '最高人民法院关于适用《刑事诉讼法》的解释355'], ['《最高人民法院关于适用的解释》第五条', 'unknown-regulation', '']]],
]);

// A commentary on a code titling each entry by the article, the code's part in 《》 and a dash with what the article is
// about (第一千一百五十六條《中華人民共和國民法典繼承編-遺產的處理》—遺產分割的規則和方法。) heads the entry, as 第二十条-关于
// 正当防卫的规定 does; the entry is that article of the code named, so the page's 本条 is it (layout/codePartHeading.ts).
const ENTRY = '第一千一百五十六條《中華人民共和國民法典繼承編-遺產的處理》—遺產分割的規則和方法。\n\n第一款:遺產分割應當有利于生產和生活需要,不損害遺產的效用。\n\n理解與適用:\n\n本條是關于遺產分割原則和方法的規定。\n\n《民法典》第1159條確定了酌給遺產原則。';
table('citation table: a commentary entry headed by its article and the code\'s part in 《》 (fix-zh61)', [
  ['traditional script, the part title with a dash inside, then a dash and the caption', ENTRY,
    [['本條', 'resolved', '民法典1156'], ['《民法典》第1159條', 'resolved', '民法典1159']]],
  ['simplified, the part with a dot and no subtitle, two dashes', '第一千零七十九条《民法典·婚姻家庭编》——诉讼离婚\n\n本条是关于诉讼离婚的规定。',
    [['本条', 'resolved', '民法典1079']]],
  ['two entries: the second entry\'s 本条 is its own article', '第一千一百五十六条《中华人民共和国民法典继承编-遗产的处理》—遗产分割的规则和方法。\n\n本条是关于遗产分割原则和方法的规定。\n\n第一千一百五十七条《中华人民共和国民法典继承编-遗产的处理》—再婚时对所继承遗产的处分。\n\n理解与适用:\n\n本条是关于再婚时对所继承遗产处分的规定。',
    [['本条', 'resolved', '民法典1156'], ['本条', 'resolved', '民法典1157']]],
  ['not a title naming no part, nor one without a dash after it, nor a law\'s title before the label; nor a count or a case number',
    '第一千一百五十六条《民法典》规定了遗产分割。\n第五条《中华人民共和国民法典总则编》的规定适用于本案。\n《民法典》继承编第一千一百五十六条——遗产分割。第十四届全国人大第一次会议;(2019)某民初12号。',
    [['第一千一百五十六条', 'no-context', ''], ['第五条', 'resolved', '民法典5'], ['第一千一百五十六条', 'resolved', '民法典1156']]],
]);

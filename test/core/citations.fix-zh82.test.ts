// Forms of heldout52's court set (fix-zh82): made-up text in the real style against the bundled corpus (laws named
// short: 企业破产2 is the Enterprise Bankruptcy Law's article 2).
import { bundledShortTable as table } from './citations/helpers';

// A bare article after a title the writer just gave a short name, or joined it to by 其中, is that title's — not the
// article of the same number cited earlier with another title (titles/titleTiedToArticle.ts). A title named in passing,
// or a short name given in an earlier sentence, leaves the article cited again where it was (referenceSubject.ts).
table('citation table: a bare article after a title just given a short name or joined by 其中 (fix-zh82)', [
  ['a near-miss title cited at that number above, the law introduced with its short name and 其中',
    '进一步解析2006年《中华人民共和国破产法》第2条。\n  2006年8月27日正式颁布了《中华人民共和国企业破产法》(以下简称《企业破产法》),其中第2条对破产原因进行了界定。',
    [['《中华人民共和国破产法》第2条', 'unknown-regulation', ''], ['第2条', 'resolved', '企业破产2']]],
  ['another law cited at that number, the next introduced with 其中 alone',
    '《中华人民共和国公司法》第二条规定了公司的种类。2006年又颁布了《中华人民共和国企业破产法》，其中第二条规定了破产原因。',
    [['《中华人民共和国公司法》第二条', 'resolved', '公司2'], ['第二条', 'resolved', '企业破产2']]],
  ['a short name given, the bare article later in that sentence (the next paragraph after the other law\'s article)',
    '《中华人民共和国公司法》第三条曾作规定。\n全国人大常委会通过《中华人民共和国企业破产法》（以下简称《破产法》）以后，第三条规定了管辖法院。',
    [['《中华人民共和国公司法》第三条', 'resolved', '公司3'], ['第三条', 'resolved', '企业破产3']]],
  ['not a title named in passing after the article discussed (综上), nor a short name given in an earlier sentence',
    '《中华人民共和国社会保险法》第六十三条规定了强制征缴。划拨需遵循《中华人民共和国商业银行法》。综上，第六十三条通过强制手段保障基金。',
    [['《中华人民共和国社会保险法》第六十三条', 'resolved', '社会保险63'], ['第六十三条', 'resolved', '社会保险63']]],
  ['not a short name given to the title cited with the article, another title named in passing after it',
    '《中华人民共和国社会保险法》（以下简称《社保法》）第六十三条规定了强制征缴，划拨需遵循《中华人民共和国商业银行法》的规定，因此第六十三条通过强制手段保障基金。',
    [['第六十三条', 'resolved', '社会保险63'], ['第六十三条', 'resolved', '社会保险63']]],
]);

// 该条 / 该条款 point back past a law's name written alone in between (商标法中, 《某法》里): no article of it, no new subject
// (layout/thatArticle.ts lastReadPastNames); 该条款 after a 该条款 read as a 款 is that 款 again, 该条 there the article; and
// 该条款具体 is a word about the provision (scan/selfAnchor.ts). An article, a contract or two sentences between stop it.
table('citation table: 该条款 back past a law named alone (fix-zh82)', [
  ['the law named again in passing between, 该条款具体 after a 该条款 read as the 款',
    '新修订的《中华人民共和国商标法》第五十九条第三款规定，他人已经先于商标注册人使用的，注册商标专用权人无权禁止。该条款系商标法中首次对在先使用抗辩进行规定，但是该条款具体应当如何适用，尚不明确。',
    [['《中华人民共和国商标法》第五十九条第三款', 'resolved', '商标59.3'], ['该条款', 'resolved', '商标59.3'], ['该条款', 'resolved', '商标59.3']]],
  ['a title in 《》 named in passing, then 该条 after a 该条款 read as the 款: the article',
    '《中华人民共和国商标法》第五十九条第三款规定了在先使用抗辩，该条款是《商标法》里首次作出的规定，该条的适用尚不明确。',
    [['《中华人民共和国商标法》第五十九条第三款', 'resolved', '商标59.3'], ['该条款', 'resolved', '商标59.3'], ['该条', 'resolved', '商标59']]],
  ['a bare law name between the article and 该条 (read so before too)',
    '《中华人民共和国民法典》第五百零九条规定了履行原则，与合同法相比，该条还增加了绿色原则。',
    [['《中华人民共和国民法典》第五百零九条', 'resolved', '民法典509'], ['该条', 'resolved', '民法典509']]],
  ['not past another article of the law named, but that article',
    '《中华人民共和国商标法》第五十九条第三款规定了在先使用抗辩，商标法第六十条规定了纠纷的处理，该条款具体列明了处理方式。',
    [['《中华人民共和国商标法》第五十九条第三款', 'resolved', '商标59.3'], ['商标法第六十条', 'resolved', '商标60'], ['该条款', 'resolved', '商标60']]],
  ['past a notice or a treaty named alone (text.ts LAW_TITLE_END: a regulation\'s title, no article of its own)',
    '《中华人民共和国民法典》第五百零九条规定了履行原则，《国务院办公厅关于加强信用体系建设的通知》对此也有要求，该条还增加了绿色原则。《中华人民共和国商标法》第十条规定了禁用标志，《保护工业产权巴黎公约》亦有类似规定，该条还列举了其他情形。',
    [['《中华人民共和国民法典》第五百零九条', 'resolved', '民法典509'], ['该条', 'resolved', '民法典509'], ['《中华人民共和国商标法》第十条', 'resolved', '商标10'], ['该条', 'resolved', '商标10']]],
  ['a notice cited with its article since: 该条 is the notice\'s (cited last), not the law\'s',
    '《中华人民共和国民法典》第五百零九条规定了履行原则，《国务院办公厅关于加强信用体系建设的通知》第三条规定了信用记录，该条还要求各地建立平台。',
    [['《中华人民共和国民法典》第五百零九条', 'resolved', '民法典509'], ['《国务院办公厅关于加强信用体系建设的通知》第三条', 'unknown-regulation', ''], ['该条', 'unknown-regulation', '']]],
  ['a company\'s articles named alone: 该条 the law\'s article; 该条款 there a contract\'s term (unread)',
    '《中华人民共和国公司法》第十六条规定了公司担保的决议程序，《公司章程》对此未作约定，该条的适用存有争议。《中华人民共和国公司法》第十六条规定了公司担保的决议程序，《公司章程》对此另有约定，该条款具体约定了限额。',
    [['《中华人民共和国公司法》第十六条', 'resolved', '公司16'], ['该条', 'resolved', '公司16'], ['《中华人民共和国公司法》第十六条', 'resolved', '公司16']]],
  ['not past a journal\'s title named since (not a law\'s name)',
    '《中华人民共和国商标法》第五十九条第三款规定了在先使用抗辩，《知识产权》对此有专文，该条款具体如何适用仍有争议。',
    [['《中华人民共和国商标法》第五十九条第三款', 'resolved', '商标59.3']]],
  ['not past a contract named since, nor two sentences on, nor with nothing cited',
    '《中华人民共和国商标法》第五十九条规定了抗辩，双方在合同中约定了许可，该条款具体约定了期限。此后又有修改。后来立法者在商标法中作了补充。该条款具体如何理解仍有争议。',
    [['《中华人民共和国商标法》第五十九条', 'resolved', '商标59']]],
]);

// A law named inside another title between <>, ‹›, «» or ﹤﹥ (mixed too: ‹…>) is never the one cited: the article after
// the outer title's short name is the outer title's (titles/nestedTitle.ts; corpus/titles.ts reads ‹›«» as title marks).
table('citation table: a law nested in an interpretation\'s title with keyboard or converter marks (fix-zh82)', [
  ['ASCII marks, a short name and a spaced label after it: the interpretation\'s article',
    '以及《最高人民法院关于适用<中华人民共和国企业破产法>若干问题的规定(三)》(以下简称《解释三》) 第十二条 债权人会议的决议，依法应予撤销。',
    [['第十二条', 'resolved', '最高人民法院关于适用《企业破产法》若干问题的规定（三）12']]],
  ['a mixed pair ‹…> in traditional script, glued to its article',
    '依照《最高人民法院關于適用‹中華人民共和國企業破產法>若干問題的規定(三)》第十二條的規定，裁定撤銷該決議。',
    [['《最高人民法院關于適用‹中華人民共和國企業破產法>若干問題的規定(三)》第十二條', 'resolved', '最高人民法院关于适用《企业破产法》若干问题的规定（三）12']]],
  ['the short name cited later, the bare article after a comma',
    '《最高人民法院关于适用<中华人民共和国企业破产法>若干问题的规定(三)》(以下简称《解释三》)，第十二条规定了撤销。《解释三》第十三条规定了表决。',
    [['第十二条', 'resolved', '最高人民法院关于适用《企业破产法》若干问题的规定（三）12'], ['《解释三》第十三条', 'resolved', '最高人民法院关于适用《企业破产法》若干问题的规定（三）13']]],
  ['not the law between <> standing alone, nor a local measure\'s nested law',
    '依据<中华人民共和国公司法>第五条处理。依据《黑龙江省实施<中华人民共和国气象法>办法》(以下简称《办法》)第二十二条处理。',
    [['第五条', 'resolved', '公司5'], ['第二十二条', 'unknown-regulation', '']]],
]);

// 本条 opening the line right above the page's first article label (a page beginning mid-article) is the tail of the
// article before it when its words are that article's, else unread — never the label's (layout/tailAboveOpening.ts).
const LABOUR_TAIL = '第四十八条 用人单位违反本法规定解除或者终止劳动合同,劳动者要求继续履行劳动合同的,用人单位应当继续履行;劳动者不要求继续履行劳动合同或者劳动合同已经不能继续履行的,用人单位应当依照本法第八十七条规定支付赔偿金。\n'
  + '第八十七条 用人单位违反本法规定解除或者终止劳动合同的,应当依照本法第四十七条规定的经济补偿标准的二倍向劳动者支付赔偿金。\n';
table('citation table: 本条 above the first label of a page beginning mid-article (fix-zh82)', [
  ['the tail of article 47 above 第四十八条: article 47',
    '法律图书馆\n>>全文\n(2011)深宝法民劳初字第3479号(3)\n本条所称月工资是指劳动者在劳动合同解除或者终止前十二个月的平均工资。\n' + LABOUR_TAIL,
    [['本条', 'resolved', '劳动合同47'], ['本法第八十七条', 'resolved', '劳动合同87'], ['本法第四十七条', 'resolved', '劳动合同47']]],
  ['a Markdown quote line (> 本条…) above the label: article 47 too (text.ts atLineStart)',
    '法律图书馆\n>>全文\n(2011)深宝法民劳初字第3479号(3)\n> 本条所称月工资是指劳动者在劳动合同解除或者终止前十二个月的平均工资。\n' + LABOUR_TAIL,
    [['本条', 'resolved', '劳动合同47'], ['本法第八十七条', 'resolved', '劳动合同87'], ['本法第四十七条', 'resolved', '劳动合同47']]],
  ['words not of article 47: unread, not the label\'s',
    '法律图书馆\n>>全文\n(2011)深宝法民劳初字第3479号(3)\n本条所称的工资包括奖金和津贴，由双方另行约定。\n' + LABOUR_TAIL,
    [['本法第八十七条', 'resolved', '劳动合同87'], ['本法第四十七条', 'resolved', '劳动合同47']]],
  ['not with a blank line above the label, nor 本条 under a label: the label\'s article, as before',
    '法律图书馆\n>>全文\n本条所称月工资是指劳动者在劳动合同解除或者终止前十二个月的平均工资。\n\n' + LABOUR_TAIL.replace('支付赔偿金。\n第八', '支付赔偿金。本条所称赔偿金按月计算。\n第八'),
    [['本条', 'resolved', '劳动合同48'], ['本法第八十七条', 'resolved', '劳动合同87'], ['本条', 'resolved', '劳动合同48'], ['本法第四十七条', 'resolved', '劳动合同47']]],
]);

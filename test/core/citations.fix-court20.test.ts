// Forms from the heldout18/heldout19 court measurements' residual errors (fix-court20): made-up text in the real style
// against the bundled corpus (laws named short: 刑264 is the Criminal Law's article 264).
import { bundledShortTable as table } from './citations/helpers';

const THEFT = '最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释';

// A line holding an interpretation's title alone and 有关条文 / 相关条文 (a list number before it) heads the articles
// printed under it: their 本解释 and 前款 are that interpretation's, also from the second article on, after the empty
// line that ends the first (scanner.ts TITLE_ANNOUNCES_TEXT; basisTitleAbove.ts where the articles open with 第一条).
table('citation table: an interpretation\'s articles printed under its title and 有关条文 (fix-court20)', [
  ['articles from 第一条 on under 相关条文： — 前款 by the words it stands in, 本解释 the interpretation',
    '某某律师事务所\n\n三、《' + THEFT + '》相关条文：\n\n第一条 盗窃公私财物价值一千元至三千元以上、三万元至十万元以上、三十万元至五十万元以上的，应当分别认定为刑法第二百六十四条规定的“数额较大”、“数额巨大”、“数额特别巨大”。\n\n各省、自治区、直辖市高级人民法院、人民检察院可以根据本地区经济发展状况，并考虑社会治安状况，在前款规定的数额幅度内，确定本地区执行的具体数额标准。\n\n第六条 盗窃公私财物，具有本解释第二条第三项至第八项规定情形之一的，可以认定为“其他严重情节”。',
    [['刑法第二百六十四条', 'resolved', '刑264'], ['前款', 'resolved', `${THEFT}1.1`],
      ['本解释第二条第三项至第八项', 'resolved', [3, 4, 5, 6, 7, 8].map((i) => `${THEFT}2..${i}`).join(' ')]]],
  ['articles from the middle under 有关条文 with no colon: the next article after an empty line is still the interpretation\'s',
    '一、盗窃罪的数额标准是多少？\n\n盗窃罪的数额由司法解释规定，各地标准不同。\n\n二、《' + THEFT + '》有关条文\n\n第三条 二年内盗窃三次以上的，应当认定为“多次盗窃”。\n\n非法进入供他人家庭生活的住所盗窃的，属于刑法第二百六十四条规定的“入户盗窃”。\n\n第五条 盗窃未遂，具有本解释第二条规定情形之一的，应当依法追究刑事责任。',
    [['刑法第二百六十四条', 'resolved', '刑264'], ['本解释第二条', 'resolved', `${THEFT}2`]]],
  ['not a title in the writer\'s sentence (…有关条文处理。): 本解释 under it stays the page\'s own; case numbers and sessions no citations',
    '本院认为，被告人的行为应当依照《' + THEFT + '》有关条文处理。\n\n第六条 盗窃公私财物，具有本解释第二条第三项至第八项规定情形之一的，可以认定为“其他严重情节”。（2019）某刑初12号，第十四届第一次会议。',
    [['本解释第二条第三项至第八项', 'self', '本2..3 本2..4 本2..5 本2..6 本2..7 本2..8']]],
]);

// A list item numbered with a bracketed numeral of one character (㈡、, ⑴) or （二）、 opens a regulation's name written
// without 《》 as （二） does (unknownLawName.ts ITEM_OPEN): the name up to 第N條 is a regulation the corpus lacks, and
// the articles in its quoted words are its. On a page written under Taiwan's laws (rocPage.ts), 本條例 in a later
// sentence of the same paragraph is that regulation (analyze.ts paraphrasedLaw): a court is no 条例 itself.
table('citation table: a Taiwan digest\'s regulation named after ㈡、 and its 本條例 later in the paragraph (fix-court20)', [
  ['㈡、 then the name, the quoted words\' article, and 本條例 two sentences on: all that regulation\'s',
    '一、111年度台上字第1234號判決(2022年5月4日)\n㈡、組織犯罪防制條例第8條第1項規定:「犯第3條之罪自首,並自動解散者,減輕或免除其刑。」是以自首須於犯罪未發覺前為之。原判決認被告不合要件,仍不得依本條例第8條第1項減輕其刑,並無違誤。',
    [['組織犯罪防制條例第8條第1項', 'unknown-regulation', ''], ['第3條', 'unknown-regulation', ''], ['本條例第8條第1項', 'unknown-regulation', '']]],
  ['⑴ before the name; not 本條例 on the next line (another item), nor a session or a count',
    '一、111年度台上字第1234號判決\n⑴某某防制條例第5條規定甚明。\n⑵本條例第6條另有規定。第十四屆第一次會議,第2項商品。',
    [['某某防制條例第5條', 'unknown-regulation', ''], ['本條例第6條', 'self', '本6']]],
  ['（二）、 on a mainland page: the name is one; 本条例 in a later sentence stays the page\'s own (no Taiwan marks)',
    '一、关于某某案件\n（二）、某某防制条例第8条第1项规定：“犯第3条之罪自首的，减轻其刑。”原判决认定正确。依本条例第8条第1项不得减轻。（2019）某刑初12号',
    [['某某防制条例第8条第1项', 'unknown-regulation', ''], ['第3条', 'unknown-regulation', ''], ['本条例第8条第1项', 'self', '本8..1']]],
]);

// Hong Kong numbering: sections listed with their own brackets before one 條 (第4(2)(b)及5(1)條; hongKongSection.ts
// sectionInListEnd, chain.ts) after a bracketed short name, one citation; and 基本法159(2)條 without 第 (scanner.ts: the
// Basic Law's name before the digits, one bracketed number read as the 款, bracketedSub.ts subOnlyEnd).
table('citation table: Hong Kong sections listed before one 條, and 基本法159(2)條 (fix-court20)', [
  ['an ordinance\'s regulation the corpus lacks: one citation, unknown-regulation',
    '原審裁判官指上訴人違反第 123X章《某某規例》(「規例」)第4(2)(b)及5(1)條,罪名成立。',
    [['《某某規例》(「規例」)第4(2)(b)及5(1)條', 'unknown-regulation', '']]],
  ['the Basic Law\'s articles so listed: each with its 款', '根據《香港特別行政區基本法》第17(2)及18(1)條,全國人大常委會可發回法律。',
    [['《香港特別行政區基本法》第17(2)及18(1)條', 'resolved', '香港特别行政区基本17.2 香港特别行政区基本18.1']]],
  ['基本法159(2)條 on a page naming Hong Kong: its article 159, 款 2', '香港特別行政區的修改議案,須根據基本法159(2)條的規定提出。',
    [['基本法159(2)條', 'resolved', '香港特别行政区基本159.2']]],
  ['not a count after the brackets, nor another law\'s digits before a class, nor a session',
    '《某某規例》第4(2)(b)及5名證人出庭。\n香港特別行政區的基本法。憲法159(2)班的學生,第十四屆第一次會議。',
    []],
]);

// A regulation's excerpt printed as one paragraph, its line breaks lost (a space where each was): three labels or more
// numbered up one by one after 。 and a space make the line its text, each 。 and space ending a 款
// (flattenedRegulation.ts; document.ts ownStructure holds it as a reprinted excerpt): its 前款 and 第一款第(二)项 are its own.
table('citation table: an old local rule printed as one paragraph (fix-court20)', [
  ['[接上页] and three labels: 前款 and 第一款第(二)项 read in the article\'s 款',
    '[接上页] (三)擅自占用消防通道的。 第八条 有下列行为之一的，处警告或者五百元以下罚款： (一)损坏消防设施的； (二)堵塞安全出口的。 单位有前款行为的，除依照前款规定处罚外，对主管人员处警告。 有第一款第(二)项所列行为的，还应当责令限期改正。 第九条 隐瞒火灾原因的，处警告或者二百元罚款。 单位有前款行为的，从重处罚。 第十条 有下列行为之一的，责令改正： (一)违反操作规程的。',
    [['前款', 'self', '本8.1'], ['前款', 'self', '本8.1'], ['第一款第(二)项', 'self', '本8.1.2'], ['前款', 'self', '本9.1']]],
  ['not a run after words naming a law (…条例规定如下。), nor two labels, nor a run under a title in 《》; a case number stays none',
    '问：怎么处罚？ 答：某某消防条例规定如下。 第八条 有下列行为之一的，处警告。 单位有前款行为的，从重处罚。 第九条 隐瞒火灾原因的，处警告。 第十条 有下列行为之一的，责令改正。\n问：占用消防通道怎么处罚？ 答：第八条 有下列行为之一的，处警告： (一)损坏消防设施的。 单位有前款行为的，从重处罚。 第九条 隐瞒火灾原因的，处警告。 单位有前款行为的，从重处罚。\n依照《中华人民共和国消防法》处理。 第八条 有下列行为之一的，处警告。 单位有前款行为的，从重处罚。 第九条 隐瞒火灾原因的，处警告。 第十条 单位有前款行为的，从重处罚。（2019）某刑初12号',
    []],
]);

// 前条 in an article's words set out after its citation and 规定， (pastedParagraph.ts, analyze.ts quotedTargets): the
// article before the cited one, where the words from 前条 on are the cited article's; a writer's own 前条 stays unread.
table('citation table: 前条 in the words of an interpretation\'s article set out after its citation (fix-court20)', [
  ['the article\'s words after 规定，: 前条 is its article 1',
    '关于多次盗窃的认定，根据《' + THEFT + '》第二条规定，盗窃公私财物，具有下列情形之一的，“数额较大”的标准可以按照前条规定标准的百分之五十确定：（一）曾因盗窃受过刑事处罚的。',
    [['《' + THEFT + '》第二条', 'resolved', `${THEFT}2`], ['前条', 'resolved', `${THEFT}1`]]],
  ['not the writer\'s words after the citation, nor 前条 of a first article; a session stays none',
    '根据《' + THEFT + '》第二条规定，前条所说的数额标准在本案中不适用。第十四届第一次会议。\n依照《中华人民共和国劳动合同法》第一条规定，前条如何理解？',
    [['《' + THEFT + '》第二条', 'resolved', `${THEFT}2`], ['《中华人民共和国劳动合同法》第一条', 'resolved', '劳动合同1']]],
]);

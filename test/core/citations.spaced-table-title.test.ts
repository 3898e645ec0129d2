// Form 3 of fix-zh63: a PDF table whose cell wrapping put spaces inside a title and its article's number (中华人民共 和国
// 税收征收 管理法第六 十条, 税 务登记管理办 法第四十二 条) is read as if unspaced, where the run rejoined is a known title
// spanning a space or a title-shaped name from a word boundary (titles/spacedRocName.ts spacedGluedTitleBefore; chain.ts
// for 第四十二 条); words of running prose are never joined. Made-up rows; laws named short (税收征收管理60.1.1 is the Tax
// Collection Law's article 60, paragraph 1, item 1).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a title broken by a table\'s wrapping is read unspaced (fix-zh63)', [
  ['a national title broken twice, its article spaced too', '1纳税人未按照规定设置账簿的依据中华人民共 和国税收征收 管理法第六 十条第一款第(二)项由税务机关责令限期改正。',
    [['中华人民共 和国税收征收 管理法第六 十条第一款第(二)项', 'resolved', '税收征收管理60.1.2']]],
  ['implementing rules broken before 则', '2纳税人未办理证件验证手续的中华人民共 和国税收征收 管理法实施细 则第九十条由税务机关责令限期改正。',
    [['中华人民共 和国税收征收 管理法实施细 则第九十条', 'resolved', '税收征收管理法实施细则90']]],
  ['a short known name broken inside, after a verb broken too', '对违 反治安管 理处罚法第二十 三条的行为予以处罚。',
    [['治安管 理处罚法第二十 三条', 'resolved', '治安管理处罚23']]],
  ['a regulation the corpus lacks, from a mark, its 条 spaced', '处罚依据：税收征收管理法第六十条、发 票使用管理办 法第四十二 条由税务机关处理。',
    [['税收征收管理法第六十条', 'resolved', '税收征收管理60'], ['发 票使用管理办 法第四十二 条', 'unknown-regulation', '']]],
  // Look-alikes left as before.
  ['words of a sentence spaced apart: the known name after the space only', '公司 违反劳动合同法第三十九条的规定解除合同。',
    [['劳动合同法第三十九条', 'resolved', '劳动合同39']]],
  ['a writer\'s words with 的 are no title', '员工 应当遵守公司 的管理规定第五条。《劳动合同法》第三十九条。',
    [['第五条', 'no-context', ''], ['《劳动合同法》第三十九条', 'resolved', '劳动合同39']]],
  ['a heading\'s space before words naming a law: the name after the space only', '第三条 当事人对公司法第十九条的规定有异议的，依法处理。',
    [['公司法第十九条', 'resolved', '公司19']]],
  ['a heading\'s space before a name the corpus lacks: that name alone', '第十四条 合同法第五十二条第（五）项规定的“强制性规定”，是指效力性强制性规定。',
    [['合同法第五十二条第（五）项', 'unknown-regulation', '']]],
  ['a heading\'s space before a self word: not joined into a title', '第三条 当事人对公司法第十九条的规定有异议的，依法处理。\n第四条 有本实施条例第七条规定情形的，依法处理。',
    [['公司法第十九条', 'resolved', '公司19'], ['第七条', 'resolved', '公司7']]],
  ['a spaced 条 ending a sentence, or before 件, stays unread', '依据《劳动合同法》第三十九条。见刑法第六十三 条。第二十一 条件不成立。',
    [['《劳动合同法》第三十九条', 'resolved', '劳动合同39']]],
  ['a small ordinal before a spaced 条 is no article', '依据《劳动合同法》第三十九条。沿第四 条路向前走。',
    [['《劳动合同法》第三十九条', 'resolved', '劳动合同39']]],
]);

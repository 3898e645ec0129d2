// Round 33 audit of LawRefBook (f130-lrb3): a NEW seeded stratified sample of 90 real law texts (seed 130, the 180 of
// audit110 and audit120 left out), weighted to the kinds where those audits found most errors: 22 司法解释, 16 行政法规,
// 14 laws (刑法, 宪法修正案 among the folders), 34 local regulations (5 each of Shanghai, Beijing, Shandong, Guangdong, Henan,
// Zhejiang, 4 of Chongqing), and the 4 部门规章 / 其他 texts no audit had drawn yet (that pool is spent). Every predicted
// citation checked (616) and every 第…条 / 条第…款 / 第…项 / 前款 / 本条 / 该条 / 本项 / 同条 … word the predictions leave
// uncovered read by hand (34 crude hits: 12 no mention — 基本条件, 以下条件, 合同条款, 该款项, 基本项目). Forms that erred,
// each counted over the whole bench (3,423 texts, start tool 70e2ba70):
//   A. a bare 第N项 going on, in the same sentence, from an item cited before it (前款第一项至第四项应当持续公示；第五项、
//      第六项每年公示…; 前款第二项至第五项事实…；第六项、第七项事实…; 从事第三十四条第二款第一项活动的，…；从事第二项至第五项
//      活动的): the items of that list. On the bench 40 such lists: 11 unread (1 in the sample: recall), 29 read already
//      (itemCitedAlone's cue words) — without their 款 and, 3 times, in the current article though the sentence cited
//      another (违反本条例第三十六条第一项规定的，…；违反第四项规定的, in the penalty article 第四十条). Those readings are the
//      existing tables' convention (citations.real-admin: 违反第二条第（一）项规定的，…；有第（二）项情形的 is the current
//      article's own list; citations.real-forms: 有前款第（一）项情形的，…；有第（二）项情形的 keeps paragraph null), kept —
//      a convention question in the report. The rest of audit120 D's 76 uncovered bare items (all read for this) stay
//      unbuilt: an annex catalogue's 上述第(三)项, the numbered entries 第79项至第81项 of a court text, 孕期禁忌从事的劳动
//      范围的第一项, 前三项污染物 (no items of a law);
//   B. 前款规定的 / 前款所列 + 第N项 (有前款规定的第一项至第五项行为的; 有前款所列第（一）、（三）项情形): the items of that
//      款 — 11 on the bench, 2 unread, 9 read without the 款; 1 in the sample (paragraph missing: precision);
//   C. an article cited, then items set apart from it (本办法第十条规定的资料（第七项除外）; 第十八条除第四项以外的其他规定):
//      that article's items — 2 on the bench, both unread; 1 in the sample;
//   D. 该条 past a full stop in a regulation's own text (刑法第三百一十三条规定的…。…所作的裁定属于该条规定的裁定) or opening
//      the next paragraph of a commentary (《劳动法》第41条…。根据该条规定…⏎⏎值得注意的是，该条规定…) — about 6 on the bench,
//      2 in the sample; left unread: layout/thatArticleOwnText.ts keeps a law's own 该条 to its sentence by design (a
//      convention question, in the report), and the commentary form is rare;
//   E. an amending article numbering items it adds and moves (宪法第六十二条“…”中增加一项，作为第七项“（七）…”，第七项至
//      第十五项相应改为第八项至第十六项) — 8 on the bench, all in the 2018 宪法修正案 (9 mentions, all in the sample); the
//      scanner can take them (a 款 so numbered is read: amendedParagraph) but the analysis drops the items — not fixed here;
//   F. 本条例N条 without 第 (违反本条例六十条第四款规定) — 3 on the bench; 本项第5目 (目 below an item) — 2, the target has
//      no level for it; neither built.
//   version gaps (the corpus, not the reader): 民事诉讼法 2017, 刑事诉讼法 1996 and 国家赔偿法 1994 texts are not held;
//      6 sample citations show it (unknown-paragraph / unknown-item / unknown-regulation), more resolve silently against
//      the next text held.
// Sample figures. Start (70e2ba70): 616 predictions, 615 right and 1 partly (B: paragraph missing), version gaps aside
// (precision ≈ 99.8%); 22 real uncovered hits = 15 missed mentions (A 1, C 1, D 2, E 9, 本项第N目 2), recall ≈ 616 / 631
// ≈ 97.6%. End: 618 predictions, all right by the conventions (precision 100% version gaps aside), 13 missed (D 2, E 9,
// 目 2), recall ≈ 618 / 631 ≈ 97.9% (100% leaving D, E and 目 aside).
// Rows start (70e2ba70): A 1 of 5 right (negative kept), B 0 of 3, C 0 of 2. End: A 5 of 5, B 3 of 3, C 2 of 2, the
// negative kept. Rule: scan/itemsGoOn.ts (the scanner reads A, B and C; analyze.ts reads B and C in the document's own
// 款 or article cited just before, when found). Bench: 24,422 -> 24,437 citations, 33 differing lines — 15 citations
// added (A 10, B 2, C 2, and 原第三项改为第四项 in the 1999 刑法修正案 after its 第二百二十五条 item), 9 B items given their
// 款, each read in its line.
import { bundledShortTable as table } from './citations/helpers';

const OWN = '# 某市示例管理条例\n\n第一条 为了规范示例活动，制定本条例。\n\n';
const LIST = OWN + '第二条 物业服务人应当在物业管理区域显著位置公示下列信息：\n\n（一）物业服务人的营业执照；\n\n（二）服务内容和标准；\n\n（三）收费项目和标准；\n\n（四）公共收益收支情况。\n\n';

// In the document's own text the items going on are read where binding/selfReferences.ts reads any item alone (the
// citations.real-forms row 有前款第（一）项情形的，…；有第（二）项情形的 keeps paragraph null): convention question, reported.
table('citation table: a bare 第N项 continuing an item citation in the same sentence (lawrefbook-audit130 A)', [
  ['前款第一项、第二项…；第三项、第四项…: the same 款\'s items', LIST + '前款第一项、第二项应当持续公示并及时更新；第三项、第四项每半年公示一次。\n',
    [['前款第一项、第二项', 'self', '本2.1.1 本2.1.2'], ['第三项、第四项', 'self', '本2..3 本2..4']]],
  ['前款第二项至第三项事实…；第四项事实…', LIST + '前款第二项至第三项信息，物业服务人有相反证据足以反驳的除外；第四项信息，由业主大会审核。\n',
    [['前款第二项至第三项', 'self', '本2.1.2 本2.1.3'], ['第四项', 'self', '本2..4']]],
  ['从事第N条第N款第一项活动的…；从事第二项至第三项活动的', OWN + '第二条 示例设施保护范围内，禁止下列行为：\n\n（一）擅自新建建筑物；\n\n（二）擅自挖掘；\n\n（三）倾倒垃圾。\n\n第三条 违反本条例规定，在保护范围内从事第二条第一项活动的，依照有关城乡规划的法律规定处罚；从事第二项至第三项活动的，处五百元罚款。\n',
    [['第二条第一项', 'self', '本2..1'], ['第二项至第三项', 'self', '本2..2 本2..3']]],
  ['a law\'s item, then the next item of it in the same sentence', '# 最高人民法院关于示例婚姻纠纷的解释\n\n第一条 属于民法典第一千零七十九条第三款第一项情形的，人民法院应当准予离婚；属于第二项情形的，人民法院可以准予离婚。\n',
    [['民法典第一千零七十九条第三款第一项', 'resolved', '民法典1079.3.1'], ['第二项', 'resolved', '民法典1079.3.2']]],
  ['an item of the law\'s article, and 和第二项、第四项至第五项 after its words', '# 某省示例集体资产条例\n\n第一条 集体所有的经营性财产包括民法典第二百六十条第一项中可以依法流转的部分和第二项、第四项的财产。\n',
    [['民法典第二百六十条第一项', 'resolved', '民法典260..1'], ['第二项、第四项', 'resolved', '民法典260..2 民法典260..4']]],
  ['negatives: after a full stop, or an Arabic entry number of a shelf, no continuation', LIST + '前款第一项应当持续公示。超市货架第2项商品缺货的，及时补货；第3项商品下架。\n',
    [['前款第一项', 'self', '本2.1.1']]],
]);

const PENALTY = OWN + '第二条 业主委员会委员不得有下列行为：\n\n（一）挪用公共收益；\n\n（二）索取不正当利益；\n\n（三）泄露业主信息。\n\n';

table('citation table: 前款规定的 / 前款所列 + 第N项: the items of that 款 (lawrefbook-audit130 B)', [
  ['有前款规定的第一项至第二项行为的', PENALTY + '业主委员会委员有前款规定的第一项至第二项行为的，由街道办事处责令改正。\n',
    [['前款', 'self', '本2.1'], ['第一项至第二项', 'self', '本2.1.1 本2.1.2']]],
  ['应当符合前款规定的第一项、第三项条件', PENALTY + '候补委员应当符合前款规定的第一项、第三项条件。\n',
    [['前款', 'self', '本2.1'], ['第一项、第三项', 'self', '本2.1.1 本2.1.3']]],
  ['有前款所列第（一）、（三）项情形之一', PENALTY + '有前款所列第（一）、（三）项情形之一，构成犯罪的，依法追究刑事责任。\n',
    [['前款', 'self', '本2.1'], ['第（一）、（三）项', 'self', '本2.1.1 本2.1.3']]],
]);

table('citation table: an article cited, then 第N项 set apart from it (（第N项除外）, 除第N项以外) (lawrefbook-audit130 C)', [
  ['提交符合本办法第二条规定的资料（第三项除外）', '# 示例经营备案管理办法\n\n第一条 为了规范示例经营备案，制定本办法。\n\n第二条 申请备案，应当提交下列资料：\n\n（一）营业执照；\n\n（二）场所证明；\n\n（三）质量管理制度。\n\n第三条 从事第二类示例经营的，应当提交符合本办法第二条规定的资料（第三项除外），即完成备案。\n',
    [['本办法第二条', 'self', '本2'], ['第三项', 'self', '本2..3']]],
  ['违反本条例第二条除第二项以外的其他规定的', PENALTY + '第三条 违反本条例第二条除第二项以外的其他规定的，责令改正。\n',
    [['本条例第二条', 'self', '本2'], ['第二项', 'self', '本2..2']]],
]);

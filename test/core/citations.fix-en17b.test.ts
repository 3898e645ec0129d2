// English pages, seventeenth round of issue 14 (fix-en17b): the English names translators give the most cited laws,
// measured against the tables (english-titles.json, titleAliases.ts, englishTitleBag.ts), and pages about another
// state's law. Made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const FRAUD = '最高人民法院、最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // table rows: 招标投标法 as the Tendering and Bidding Law, 旅行社条例, the fraud interpretation (english-titles.json)
  ['"the Tendering and Bidding Law", "the Bid Invitation and Bidding Law of the PRC", "the Law on Tendering and Bidding"', 'Under Article 32 of the Tendering and Bidding Law bidders may not collude. Article 3 of the Bid Invitation and Bidding Law of the PRC lists the projects. See also Article 5 of the Law on Tendering and Bidding.', [
    ['Article 32 of the Tendering and Bidding Law', 'resolved', '招标投标32'], ['Article 3 of the Bid Invitation and Bidding Law of the PRC', 'resolved', '招标投标3'], ['Article 5 of the Law on Tendering and Bidding', 'resolved', '招标投标5'],
  ]],
  ['"the Regulations on Travel Agencies (RTA)", then "Article 23 of the RTA"; "the Travel Agency Regulations"', 'The Regulations on Travel Agencies (RTA) took effect in 2009. Under Article 23 of the RTA a travel agency may not arrange extra shopping. Article 26 of the Travel Agency Regulations also applies.', [
    ['Article 23 of the RTA', 'resolved', '旅行社条例23'], ['Article 26 of the Travel Agency Regulations', 'resolved', '旅行社条例26'],
  ]],
  ['the fraud interpretation with "Application of Laws", "of Law", "of the Law": one title', "Article 1 of the Interpretation of the Supreme People's Court and the Supreme People's Procuratorate on Several Issues Concerning the Specific Application of Laws in Handling Criminal Cases of Fraud sets the amounts. So does Article 2 of the Interpretation of the Supreme People's Court and the Supreme People's Procuratorate on Several Issues concerning the Specific Application of Law in Handling Criminal Cases of Fraud.", [
    ["Article 1 of the Interpretation of the Supreme People's Court and the Supreme People's Procuratorate on Several Issues Concerning the Specific Application of Laws in Handling Criminal Cases of Fraud", 'resolved', `${FRAUD}1`],
    ["Article 2 of the Interpretation of the Supreme People's Court and the Supreme People's Procuratorate on Several Issues concerning the Specific Application of Law in Handling Criminal Cases of Fraud", 'resolved', `${FRAUD}2`],
  ]],
  ['not another interpretation\'s subject with the same words: the fraud cases of another title stay unknown', "Article 1 of the Interpretation of the Supreme People's Court on Several Issues Concerning the Specific Application of Laws in Handling Civil Cases of Fraud is cited.", [
    ["Article 1 of the Interpretation of the Supreme People's Court on Several Issues Concerning the Specific Application of Laws in Handling Civil Cases of Fraud", 'unknown-regulation', ''],
  ]],
  ['administrative regulations the tables lacked: 诉讼费用交纳办法, 法律援助条例, 化妆品监督管理条例 by their English titles', 'Under Article 13 of the Measures for the Payment of Litigation Fees the fee is set. Article 3 of the Regulations on Legal Aid and Article 6 of the Regulations on Supervision and Administration of Cosmetics apply.', [
    ['Article 13 of the Measures for the Payment of Litigation Fees', 'resolved', '诉讼费用交纳办13'], ['Article 3 of the Regulations on Legal Aid', 'resolved', '法律援助条例3'], ['Article 6 of the Regulations on Supervision and Administration of Cosmetics', 'resolved', '化妆品监督管理条例6'],
  ]],
  // one Chinese word, two English words (englishTitleBag.ts SAME_CHINESE_WORD)
  ['反 as "Against", 药品 as "Pharmaceutical", 赔偿 as "Indemnity", 许可 as "License", 承包 as "Contract", British "Defence"', 'Article 2 of the Law Against Unfair Competition. Article 10 of the Pharmaceutical Administration Law. Article 3 of the State Indemnity Law. Article 12 of the Administrative License Law. Article 5 of the Rural Land Contract Law. Article 8 of the National Defence Education Law.', [
    ['Article 2 of the Law Against Unfair Competition', 'resolved', '反不正当竞争2'], ['Article 10 of the Pharmaceutical Administration Law', 'resolved', '药品管理10'],
    ['Article 3 of the State Indemnity Law', 'resolved', '国家赔偿3'], ['Article 12 of the Administrative License Law', 'resolved', '行政许可12'],
    ['Article 5 of the Rural Land Contract Law', 'resolved', '农村土地承包5'], ['Article 8 of the National Defence Education Law', 'resolved', '国防教育8'],
  ]],
  ['not a law of other words: "the Law Against Fraud", "the State Indemnity Fund Law" stay no law of the corpus', 'Article 2 of the Law Against Fraud is cited. Article 3 of the State Indemnity Fund Law is cited.', [
    ['Article 2 of the Law Against Fraud', 'unknown-regulation', ''], ['Article 3 of the State Indemnity Fund Law', 'unknown-regulation', ''],
  ]],
  // a law's initials and "Law" (titleAliases.ts initialledNames)
  ['"Article 8 of the EIT Law", "the IIT Law", "the CIT Law", "the EIA Law": the law of those initials', 'Under Article 8 of the EIT Law costs are deductible. Article 2 of the IIT Law lists income. Article 26 of the CIT Law exempts dividends. Article 16 of the EIA Law requires a report.', [
    ['Article 8 of the EIT Law', 'resolved', '企业所得税8'], ['Article 2 of the IIT Law', 'resolved', '个人所得税2'], ['Article 26 of the CIT Law', 'resolved', '企业所得税26'], ['Article 16 of the EIA Law', 'resolved', '环境影响评价16'],
  ]],
  ['not initials of no law\'s name, nor in prose: "the ABC Law", "the EIT Law team"; an ordinal and a case number stay unread', 'Article 3 of the ABC Law is cited. The EIT Law team met on the 14th session, case (2019) Hu 01 Min Chu No. 12.', [
    ['Article 3 of the ABC Law', 'unknown-regulation', ''],
  ]],
  // a page about another state's law that never names China (jurisdiction/foreignPage.ts)
  ['a Philippine page: "Article 36 of the Civil Code", "Article 8 of the Labor Code" are that state\'s, no citation', 'Philippine courts hold marriage inviolable. Under Article 36 of the Family Code a marriage may be void. Article 36 of the Civil Code was also discussed, and Article 8 of the Labor Code.', []],
  ['a judgment naming a High Court: "Article 14, paragraph (1) of the Constitution", "Article 724 of the Civil Code", a bare article: no citation', 'Osaka High Court, Judgment of March 23, 2023. The provisions violate Article 14, paragraph (1) of the Constitution. The period in Article 724 of the Civil Code has run. Article 10 was repealed.', []],
  ['not a comparative page naming China too: the Japanese Civil Code against the PRC\'s, "Article 1165 of the Civil Code" is China\'s', 'Unlike Japanese law, the PRC rule is strict. Article 1165 of the Civil Code requires fault.', [
    ['Article 1165 of the Civil Code', 'resolved', '民法典1165'],
  ]],
  ['not a page naming no other state, nor one naming a High Court with Beijing or yuan: the Chinese law', 'Article 1165 of the Civil Code requires fault.\n\nThe Beijing High Court applied Article 1165 of the Civil Code.\n\nThe District Court fined him 3,000 yuan under Article 266 of the Criminal Law.', [
    ['Article 1165 of the Civil Code', 'resolved', '民法典1165'], ['Article 1165 of the Civil Code', 'resolved', '民法典1165'], ['Article 266 of the Criminal Law', 'resolved', '刑266'],
  ]],
  ['not on a foreign page: a Chinese title in characters, an ordinal, a case number', 'The Spanish court cited 《中华人民共和国民法典》第十条. The 14th session met; case No. 12 of 2019.', [
    ['《中华人民共和国民法典》第十条', 'resolved', '民法典10'],
  ]],
  // 本法 / 本条例 in rules for carrying out a law or regulation: the parent (analyze.ts detailedRulesParent)
  ['a 施行细则\'s 本条例 is the regulation it carries out; its 本细则 is its own', '企业法人登记管理条例施行细则\n第一条 根据《中华人民共和国企业法人登记管理条例》的规定，制定本细则。\n第二条 依照本条例第二条规定申请登记的企业，适用本细则第一条。', [
    ['本条例第二条', 'resolved', '企业法人登记管理条例2'], ['本细则第一条', 'self', '本1'],
  ]],
  ['a Taiwan law database\'s 施行細則 dated 民國: 本法 is Taiwan\'s law of that name, unknown', '歷史法規\n\n法規名稱:\n勞動基準法施行細則 (民國 74 年 02 月 27 日修正)\n\n1\n  依本法第二條第四款計算平均工資時,左列各款期間之工資不列入計算。', [
    ['本法第二條第四款', 'unknown-regulation', ''],
  ]],
  ['not a 条例\'s own 本条例, nor rules named in a sentence; an ordinal and a case number stay unread', '某某条例\n第一条 为了规范管理，制定本条例。\n第二条 依照本条例第一条办理。第十四届第一次会议讨论了《企业法人登记管理条例施行细则》，（2019）某刑初12号。', [
    ['本条例第一条', 'self', '本1'],
  ]],
  // a law's name the corpus lacks, after a citing verb, then a 以下简称 bracket and the article (scanner.ts definitions)
  ['"本細則依勞動基準法(以下簡稱本法)第八十五條": that law\'s article, unknown; a known law so stays resolved', '本細則依勞動基準法(以下簡稱本法)第八十五條規定訂定之。\n\n本细则依劳动法（以下简称本法）第八十五条规定制定。', [
    ['第八十五條', 'unknown-regulation', ''], ['第八十五条', 'resolved', '劳动85'],
  ]],
  ['not words ending in 法 that name no law (依法, 办法), nor a name with no citing verb before it; a case number stays unread', '依法（以下简称本办法）第三条办理。某某办法（以下简称办法）第五条。（2019）某刑初12号第十四届。', [
    ['第三条', 'no-context', ''], ['第五条', 'no-context', ''],
  ]],
];

describe('citation table: English names of the most cited laws, pages about another state\'s law (fix-en17b)', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected, doc));
});

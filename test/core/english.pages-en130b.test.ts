// Round 33 (f130-en2): WHOLE made-up English pages citing Chinese law, as three kinds of writers write them — law-firm
// client alerts and memos (headings "1. Scope (Article 3)", "Old Article 28 / New Article 47" tables flattened to lines,
// "(Art. 12)", "Articles 10-12", defined short names, "the Draft" vs "the Final Measures", "Interpretation III",
// footnotes at the end), academic papers (footnotes "See Art. 20(3) Company Law (2005).", "Id. art. 14", "Ibid.,
// Article 9", tables of abbreviations, "(hereinafter CL)", bibliographies that yield nothing) and explainers / Q&A
// ("Under China's Labor Contract Law, Article 82 …", "this article", "That provision", "Paragraph 2 thereof", "the said
// Article"), with negatives (Hong Kong ordinances, Taiwan, US acts, treaties, contract clauses, page furniture,
// chapters, sections, years, figures). Made-up text against the bundled corpus; targets as bundledShortSummary writes
// them (公司20.3 = the Company Law's article 20, paragraph 3) with the version's year when the law has several
// (公司28@2018). Conventions of c130.md: a bare article takes the last text named by the grammar of the page; "Item 5
// of Rules" of a court's numbered rules not in the corpus is unknown-regulation (open convention, first reading).
//
// Start figures (main 70e2ba70, before any code of this branch; 42 pages, 170 mentions), pages right, mentions right:
//   law-firm alerts     9 / 15 pages, 62 / 74 mentions     academic papers    5 / 12 pages, 37 / 45 mentions
//   explainers, Q&A     7 / 11 pages, 34 / 40 mentions     memos              1 /  4 pages,  7 / 11 mentions
//   all                22 / 42 pages, 140 / 170 mentions; 24 rows of the tool wrong or extra
// End figures (this branch): law firms 13 / 15, academic 6 / 12, explainers 8 / 11, memos 4 / 4 pages;
//   all 31 / 42 pages, 155 / 170 mentions, 11 rows wrong or extra. Rules: a kind word given as a short name names the
//   title holding it, an issuer's possessive no part of a title (english/names/definedKindTitle.ts, english.ts); "Relating
//   to" joins a title's words (englishTitleBag.ts);
//   "Interpretation III" alone (english/context/numberedInterpretationAlone.ts); "The second paragraph of the same
//   Article" (scan/selfAnchor.ts); "Paragraph 3 thereof" (english.ts); "In the Draft," opening a sentence
//   (englishDraftAfter.ts); '"Article 12" of your … agreement' (english.ts lawNamedAfter); "The China–Singapore Double
//   Taxation Agreement, Article 10," (internationalInstrument.ts).
// Convention questions (rows follow the existing tests): "Article 25 of the Provisions on Private Lending" stays
//   unknown-regulation as context-sweep110's row has it (the kind of case alone after "Provisions on", no court named);
//   "In the Draft, Article 6" is unknown-regulation as fix-en34a's
//   "In the second draft, … Article 44" is (round 30 says a draft's articles are no citations); "Section 18 of the
//   Companies Ordinance" is unknown-regulation as real-forms-en10b's (en120's negatives read HK sections as none);
//   "That provision" pointing back is left unread, as "This provision" is (englishThisArticle.ts POINTS_BACK);
//   "(Article 63)" closing a sentence about the Interpretation that names the Civil Code takes the Civil Code (the last
//   text named, c130's decision), and "The … Provisions … interpret Article 9" takes those Provisions likewise.
// Round 34 (d140, c140's decisions): "In the Draft, Article 6" is now no mention (the firm page's row; fix-en34a's "In the
//   second draft" row too); "Section 18 of the Companies Ordinance" no mention (the comparative paper's row; HK, Macao and
//   Taiwan law by its article is none); "That provision" is the article cited last in the paragraph (the data-security
//   row gains it, the explainer's open row expects it). "Item 5 of Rules" (unknown-regulation, decided) and the rows below
//   stay open: none is read by a rule built this round — "Item 5 of Rules of …" needs an "Item N of <a court's rules>"
//   reader (decisions140 H, pending), the explainer's row "Article 7 of the Implementing Regulations" after a law named only
//   by a title and bare articles (read unknown-regulation; rulesOf the law in context not asked for "the Implementing
//   Regulations" alone), the versions rows a year-bracket reader, "CC" undefined an initials reader.
// Open (pending rows, OPEN below; the expected reading kept, not built):
//   - versions: "Art. 20(3) Company Law (2005)" (a year-bracket after the law in a footnote: the 2005 text, unknown),
//     "The 2005 version (Article 69)", "Old Article 28 / New Article 47" and a table's Old column (the text before the
//     latest revision), "AML 2007" as a short name and "the original Anti-Monopoly Law of 2007 … in Article 14", "the
//     old law (2014), Article 38";
//   - "Arts. 1186-1187 CC" in a footnote after a bibliography, "Article 1087 CC" with CC undefined (the Civil Code named);
//     a bibliography's quoted paper title 'Article 1165 and Fault' read as a citation;
//   - "(hereinafter CL), art 20" in a footnote; "Item 5 of Rules of the Shanghai IP Court" (unknown-regulation by the
//     brief's open convention); "Chapter 3 of the new law (Articles 42-60)" after "Interpretation III";
//   - "Article 7 of the Implementing Regulations" after the law was named only as a title and cited by bare articles.
import * as assert from 'assert';
import type { CitationTarget } from '../../server/src/core/citations/index';
import { analyzeBundled } from './citations/helpers';

/** A page whose expected reading is not built yet (listed in the header): kept as a pending test. */
const OPEN = true;
type Row = [name: string, doc: string, expected: string[][], open?: boolean];

/** bundledShortSummary's notation, with the version's year when the law is held in several versions. */
function summary(text: string): string[][] {
  const fmt = (t: CitationTarget) =>
    `${(t.regulation ?? '本').replace('中华人民共和国', '').replace(/法$/, '')}${t.article ?? ''}${t.articleInsert ? `之${t.articleInsert}` : ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}${t.version ? `@${t.version.slice(0, 4)}` : ''}`;
  return analyzeBundled(text).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.status === 'no-context' ? '' : c.targets.map(fmt).join(' ')]);
}

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const [name, doc, expected, open] of rows) (open ? it.skip : it)(name, () => assert.deepStrictEqual(summary(doc), expected, doc));
  });
}

table('pages-en130b: law-firm client alerts and memos', [
  ["firm: PIPL alert with defined short name and Arts. list",
    "CLIENT ALERT | Data Protection | November 2021\nChina's Personal Information Protection Law Takes Effect\nThe Personal Information Protection Law of the People's Republic of China (the \"PIPL\") took effect on 1 November 2021.\nKey changes\n1. Scope (Article 3)\nThe PIPL applies extraterritorially to processing outside China for the purpose of providing products or services to individuals in China (Art. 3).\n2. Legal bases (Article 13)\nConsent is no longer the only legal basis. Arts. 13, 14 and 29 set out the new framework.\n3. Cross-border transfers (Articles 38-40)\nA processor must meet one of the conditions of Article 38 before transferring data abroad.\nCritical information infrastructure operators must store data locally under Article 40.\nPenalties\nFines of up to RMB 50 million or 5% of the previous year's turnover may be imposed (Art. 66).\nContact us: +86 10 5555 0000 | Page 1 of 2\n© 2021 Example LLP. All rights reserved.",
    [["Article 3", "resolved", "个人信息保护3"], ["Art. 3", "resolved", "个人信息保护3"], ["Article 13", "resolved", "个人信息保护13"], ["Arts. 13, 14 and 29", "resolved", "个人信息保护13 个人信息保护14 个人信息保护29"], ["Articles 38-40", "resolved", "个人信息保护38 个人信息保护39 个人信息保护40"], ["Article 38", "resolved", "个人信息保护38"], ["Article 40", "resolved", "个人信息保护40"], ["Art. 66", "resolved", "个人信息保护66"]]],
  ["firm: Company Law table Old / New flattened",
    "Memorandum\nTo: Clients in Greater China\nRe: The revised Company Law of the PRC (the \"New Company Law\")\nThe New Company Law was adopted on 29 December 2023 and took effect on 1 July 2024.\nComparison table\nTopic | Old Article | New Article\nCapital contribution period | Article 28 | Article 47\nAccelerated contribution | — | Article 54\nEquity transfer | Article 71 | Article 84\nOld Article 28 / New Article 47\nUnder the New Company Law, subscribed capital must be paid in within five years (Article 47).\nOld Article 71 / New Article 84\nThe consent of other shareholders is no longer required (Art. 84).\nSection 5 of this memo sets out our recommendations.",
    [["Article 28", "resolved", "公司28@2018"], ["Article 47", "resolved", "公司47@2023"], ["Article 54", "resolved", "公司54@2023"], ["Article 71", "resolved", "公司71@2018"], ["Article 84", "resolved", "公司84@2023"], ["Article 28", "resolved", "公司28@2018"], ["Article 47", "resolved", "公司47@2023"], ["Article 47", "resolved", "公司47@2023"], ["Article 71", "resolved", "公司71@2018"], ["Article 84", "resolved", "公司84@2023"], ["Art. 84", "resolved", "公司84@2023"]], OPEN],
  ["firm: Draft vs Final Measures, CAC measures not in corpus",
    "Data Alert – CAC Finalises Standard Contract Measures\nOn 24 February 2023 the CAC issued the Measures on the Standard Contract for Outbound Transfer of Personal Information (the \"Measures\").\nCompared with the Draft, the Final Measures add a threshold in Article 4.\nArticle 4 of the Measures lists the conditions under which the standard contract may be used.\nArticle 7 of the Measures requires filing within 10 working days.\nThe Measures implement Article 38 of the PIPL.\nIn the Draft, Article 6 required a self-assessment; the Final Measures keep it.\nChapter 3 of the Measures deals with supervision.",
    [["Article 4", "unknown-regulation", ""], ["Article 4 of the Measures", "unknown-regulation", ""], ["Article 7 of the Measures", "unknown-regulation", ""], ["Article 38 of the PIPL", "resolved", "个人信息保护38"], ]],
  ["firm: labour memo with Labor Contract Law defined \"LCL\"",
    "MEMO\nSubject: Terminating employees in the PRC\n1. Background\nThe PRC Labor Contract Law (the \"LCL\") governs termination.\n2. Unilateral termination\nAn employer may terminate without notice under Article 39 of the LCL.\nTermination with 30 days' notice is allowed in the cases of Article 40.\n3. Severance\nSeverance is calculated under Article 47 LCL.\nAn unlawful termination triggers double severance (Art. 87).\n4. Mass layoffs\nArticle 41 of the LCL applies where 20 or more employees are dismissed.\n5. Recommendations\nWe recommend reviewing the employee handbook (Section 4.2 of your handbook).",
    [["Article 39 of the LCL", "resolved", "劳动合同39"], ["Article 40", "resolved", "劳动合同40"], ["Article 47 LCL", "resolved", "劳动合同47"], ["Art. 87", "resolved", "劳动合同87"], ["Article 41 of the LCL", "resolved", "劳动合同41"]]],
  ["firm: SPC Interpretation on contracts, \"Article 21 of the SPC Interpretation on ...\"",
    "Litigation Update\nSPC issues interpretation on the general part of contracts\nThe Supreme People's Court has published the Interpretation on Several Issues Concerning the Application of the General Provisions of Contracts of the Civil Code (the \"Interpretation\").\nArticle 20 of the Interpretation addresses ultra vires representation.\nThe Interpretation also clarifies Article 584 of the Civil Code on foreseeability (Article 63).\nArticles 60-62 of the Interpretation deal with damages.\nWhat this means for you\nCompanies should review signing authorities.",
    [["Article 20 of the Interpretation", "resolved", "最高人民法院关于适用《民法典》合同编通则若干问题的解释20"], ["Article 584 of the Civil Code", "resolved", "民法典584"], ["Article 63", "resolved", "民法典63"], ["Articles 60-62 of the Interpretation", "resolved", "最高人民法院关于适用《民法典》合同编通则若干问题的解释60 最高人民法院关于适用《民法典》合同编通则若干问题的解释61 最高人民法院关于适用《民法典》合同编通则若干问题的解释62"]]],
  ["firm: Foreign Investment Law with implementing regulations",
    "China Corporate Briefing\nForeign Investment Law (FIL) and its Implementing Regulations\nThe Foreign Investment Law (the \"FIL\") replaced the three laws on foreign-invested enterprises from 1 January 2020.\nArticle 4 of the FIL establishes pre-establishment national treatment and a negative list.\nThe Regulations for the Implementation of the Foreign Investment Law (the \"Implementing Regulations\") elaborate on this.\nArticle 44 of the Implementing Regulations sets a five-year transition period.\nArticle 31 of the FIL provides that the Company Law applies to the organisational form of FIEs.\nArts. 2 and 3 of the FIL define foreign investment.",
    [["Article 4 of the FIL", "resolved", "外商投资4"], ["Article 44 of the Implementing Regulations", "resolved", "外商投资法实施条例44"], ["Article 31 of the FIL", "resolved", "外商投资31"], ["Arts. 2 and 3 of the FIL", "resolved", "外商投资2 外商投资3"]]],
  ["firm: Anti-Monopoly Law amendments, headings \"(Art. 18)\"",
    "Antitrust Alert\nAmended Anti-Monopoly Law\nThe amended Anti-Monopoly Law (the \"AML\") took effect on 1 August 2022.\nKey changes\nResale price maintenance (Art. 18)\nA safe harbour is introduced for vertical agreements in Article 18(3).\nHub-and-spoke (Art. 19)\nOrganising or assisting other undertakings is prohibited under Article 19.\nPenalties (Arts. 56-63)\nFines for failure to notify reach RMB 5 million under Article 58.\nTable 1: Thresholds (RMB billion)\n2022 | 12 | 4 | 0.8",
    [["Art. 18", "resolved", "反垄断18@2022"], ["Article 18(3)", "resolved", "反垄断18.3@2022"], ["Art. 19", "resolved", "反垄断19@2022"], ["Article 19", "resolved", "反垄断19@2022"], ["Arts. 56-63", "resolved", "反垄断56@2022 反垄断57@2022 反垄断58@2022 反垄断59@2022 反垄断60@2022 反垄断61@2022 反垄断62@2022 反垄断63@2022"], ["Article 58", "resolved", "反垄断58@2022"]]],
  ["firm: data security / cybersecurity with \"the said Article\"",
    "Briefing note\nUnder the Data Security Law (DSL), Article 21 introduces a classified and graded protection system for data.\nThe said Article also requires \"core data\" to be protected more strictly.\nArticle 36 of the DSL prohibits providing data stored in China to foreign judicial authorities without approval.\nThe Cybersecurity Law (CSL) Article 37 contains the data localisation rule for CII operators.\nThat provision has been supplemented by Article 40 of the PIPL.\nNote: \"Article 12\" of your data processing agreement should be updated.",
    [["Article 21", "resolved", "数据安全21"], ["The said Article", "resolved", "数据安全21"], ["Article 36 of the DSL", "resolved", "数据安全36"], ["Article 37", "resolved", "网络安全37"], ["That provision", "resolved", "网络安全37"], ["Article 40 of the PIPL", "resolved", "个人信息保护40"]]],
  ["firm: arbitration memo, Arbitration Law and New York Convention",
    "MEMORANDUM – Enforceability of the arbitration clause\nSummary\nThe clause is valid under Article 16 of the Arbitration Law of the PRC.\nAnalysis\nArticle 16 requires (i) an expression of intent, (ii) arbitrable matters and (iii) a designated commission.\nUnder Article 18 of the Arbitration Law, an agreement that fails to designate a commission is void unless supplemented.\nEnforcement abroad will be governed by Article V of the New York Convention.\nClause 14.2 of the Agreement designates CIETAC.\nSection 3 of the UK Arbitration Act 1996 would not apply.",
    [["Article 16 of the Arbitration Law of the PRC", "resolved", "仲裁16"], ["Article 16", "resolved", "仲裁16"], ["Article 18 of the Arbitration Law", "resolved", "仲裁18"], ["Article V of the New York Convention", "unknown-regulation", ""]]],
  ["firm: Patent Law amendments punitive damages, footnotes at end",
    "IP Alert: Fourth Amendment to the Patent Law\nThe amended Patent Law took effect on 1 June 2021.[1]\nPunitive damages of one to five times are now available for wilful infringement.[2]\nStatutory damages range from RMB 30,000 to 5 million.[3]\nOpen licensing is introduced.[4]\n[1] Patent Law of the People's Republic of China (2020 Amendment).\n[2] Patent Law, Article 71.\n[3] Id., Article 71, paragraph 2.\n[4] Patent Law, Arts. 50-52.",
    [["Article 71", "resolved", "专利71"], ["Id., Article 71, paragraph 2", "resolved", "专利71.2"], ["Patent Law, Arts. 50-52", "resolved", "专利50 专利51 专利52"]]],
  ["firm: Company Law time effect provisions and Interpretation III",
    "Client Note\nTransitional rules for the New Company Law\nThe SPC's Provisions on the Temporal Effect of the Company Law (the \"Provisions\") took effect on 1 July 2024.\nArticle 1 of the Provisions sets the general rule of non-retroactivity.\nShareholder liability for unpaid capital remains governed by Interpretation III, in particular Article 13 of Interpretation III.\nThe Provisions, Article 4, list the exceptions where the new law applies.",
    [["Article 1 of the Provisions", "resolved", "最高人民法院关于适用《公司法》时间效力的若干规定1"], ["Article 13 of Interpretation III", "resolved", "最高人民法院关于适用《公司法》若干问题的规定（三）13"], ["Article 4", "resolved", "最高人民法院关于适用《公司法》时间效力的若干规定4"]]],
  ["firm: employment Q&A with Labor Contract Law Implementing Regulations",
    "FAQs on Fixed-term Contracts\nQ1. When must an employer sign an open-ended contract?\nA: Under Article 14 of the Labor Contract Law, after two consecutive fixed-term contracts.\nQ2. What if no written contract is signed?\nA: Article 82 states that double wages are payable. Article 7 of the Implementing Regulations of the Labor Contract Law deals with the period after one year.\nQ3. Is a probation period allowed?\nA: Yes, subject to Article 19 of the Labor Contract Law.\nQ4. Can I pay less during probation?\nA: Article 20 of the same law sets a floor of 80%.",
    [["Article 14 of the Labor Contract Law", "resolved", "劳动合同14"], ["Article 82", "resolved", "劳动合同82"], ["Article 7 of the Implementing Regulations of the Labor Contract Law", "resolved", "劳动合同法实施条例7"], ["Article 19 of the Labor Contract Law", "resolved", "劳动合同19"], ["Article 20 of the same law", "resolved", "劳动合同20"]]],
  ["firm: Export Control Law and Anti-Foreign Sanctions Law",
    "Trade Compliance Alert\nChina's Export Control Law (ECL) took effect on 1 December 2020.\nArticle 18 of the ECL establishes a control list.\nArticle 48 of the ECL allows countermeasures.\nThe Anti-Foreign Sanctions Law (AFSL), Article 12, prohibits implementing foreign discriminatory measures.\nArticle 15 of the AFSL is the catch-all.\nBy contrast, Section 1705 of the US Export Control Reform Act of 2018 is not discussed here.",
    [["Article 18 of the ECL", "resolved", "出口管制18"], ["Article 48 of the ECL", "resolved", "出口管制48"], ["Article 12", "resolved", "反外国制裁12"], ["Article 15 of the AFSL", "resolved", "反外国制裁15"]]],
  ["firm: Unfair competition + SPC interpretation by number",
    "Alert – Trade secrets\nArticle 9 of the Anti-Unfair Competition Law defines trade secrets.\nArticle 32 shifts the burden of proof.\nThe SPC's Provisions on Several Issues concerning the Application of Law in the Trial of Civil Cases Involving Infringement of Trade Secrets (the \"Trade Secret Provisions\") interpret Article 9.\nItem 5 of Rules of the Shanghai IP Court on evidence was not followed.",
    [["Article 9 of the Anti-Unfair Competition Law", "resolved", "反不正当竞争9"], ["Article 32", "resolved", "反不正当竞争32"], ["Article 9", "resolved", "最高人民法院关于审理侵犯商业秘密民事案件适用法律若干问题的规定9"], ["Item 5 of Rules of the Shanghai IP Court", "unknown-regulation", ""]], OPEN],
  ["firm: Network Data Security Regulations, Articles 10-12, page furniture",
    "Regulatory Update – Network Data Security Management Regulations\nThe State Council's Regulations on Network Data Security Management (the \"Regulations\") take effect on 1 January 2025.\nArticles 10-12 of the Regulations set general obligations of network data processors.\nArticle 21 of the Regulations requires personal information processors to give notice.\nArticles 1 and 2 of the Regulations name the PIPL, the DSL and the CSL as upper-level laws.\nShare | Print | Subscribe\nRelated: CCPA Section 1798.100 compliance checklist\nDisclaimer: This update does not constitute legal advice.",
    [["Articles 10-12 of the Regulations", "resolved", "网络数据安全管理条例10 网络数据安全管理条例11 网络数据安全管理条例12"], ["Article 21 of the Regulations", "resolved", "网络数据安全管理条例21"], ["Articles 1 and 2 of the Regulations", "resolved", "网络数据安全管理条例1 网络数据安全管理条例2"]]],
]);

table('pages-en130b: academic papers and footnotes', [
  ["academic: footnotes with 2005 Company Law, CL art, id. art., ibid.",
    "Abstract: This article examines veil piercing under Chinese law.\nKeywords: veil piercing; Company Law; shareholders\nI. Introduction\nVeil piercing was codified in 2005.¹ Courts have applied it cautiously.²\nII. The statutory basis\nThe rule is now in Article 23 of the Company Law (2023).³\n1 See Art. 20(3) Company Law (2005).\n2 See Company Law (2005), art. 20; id. art. 63.\n3 Ibid., Article 23, para. 2.",
    [["Article 23 of the Company Law", "resolved", "公司23@2023"], ["Art. 20(3)", "unknown-regulation", ""], ["art. 20", "unknown-regulation", ""], ["id. art. 63", "unknown-regulation", ""], ["Article 23, para. 2", "unknown-regulation", ""]], OPEN],
  ["academic: abbreviations table and Arts 3-5 LCL",
    "Table of abbreviations\nLCL Labor Contract Law of the People's Republic of China (2012)\nCL Company Law of the People's Republic of China\nSPC Supreme People's Court\nNPCSC Standing Committee of the National People's Congress\n1. Introduction\nThe general principles of the LCL are in Arts 3-5 LCL.\nArticle 26 LCL lists the grounds of invalidity.\nChapter 4 deals with termination (Arts 36-50 LCL).",
    [["Arts 3-5 LCL", "resolved", "劳动合同3 劳动合同4 劳动合同5"], ["Article 26 LCL", "resolved", "劳动合同26"], ["Arts 36-50 LCL", "resolved", "劳动合同36 劳动合同37 劳动合同38 劳动合同39 劳动合同40 劳动合同41 劳动合同42 劳动合同43 劳动合同44 劳动合同45 劳动合同46 劳动合同47 劳动合同48 劳动合同49 劳动合同50"]]],
  ["academic: (hereinafter CC) and Civil Code arts with bibliography",
    "The Civil Code of the People's Republic of China (hereinafter CC) entered into force on 1 January 2021.\nArt. 1165 CC establishes fault liability, while Art. 1166 CC governs strict liability.\nThe CC, in Art. 1186, provides for fair sharing of losses.¹\nWang argues that Art. 1165 para. 2 CC is a presumption.²\nBibliography\nWang Liming, Tort Law Research (2nd edn, Renmin University Press 2016) 125.\nZhang Xinbao, 'Article 1165 and Fault' (2020) 12 Tsinghua L Rev 3.\nChen, J., Chinese Law: Context and Transformation (Brill 2015), Chapter 12.\n1 Also Arts. 1186-1187 CC.\n2 Wang (n 1) 45.",
    [["Art. 1165 CC", "resolved", "民法典1165"], ["Art. 1166 CC", "resolved", "民法典1166"], ["Art. 1186", "resolved", "民法典1186"], ["Art. 1165 para. 2 CC", "resolved", "民法典1165.2"], ["Arts. 1186-1187 CC", "resolved", "民法典1186 民法典1187"]], OPEN],
  ["academic: \"(hereinafter the PIPL)\" and \"id. art. 7\"",
    "Notes\n1 Personal Information Protection Law of the People's Republic of China (promulgated by the Standing Comm. Nat'l People's Cong., Aug. 20, 2021, effective Nov. 1, 2021) (hereinafter PIPL).\n2 PIPL art. 13.\n3 Id. art. 14.\n4 Id. arts. 28-29.\n5 See Daniel Solove, Privacy Self-Management, 126 Harv. L. Rev. 1880 (2013).\n6 GDPR art. 6(1)(a).",
    [["PIPL art. 13", "resolved", "个人信息保护13"], ["Id. art. 14", "resolved", "个人信息保护14"], ["Id. arts. 28-29", "resolved", "个人信息保护28 个人信息保护29"]]],
  ["academic: Anti-Monopoly Law 2007 vs 2022 in a paper",
    "2. The legislative history\nThe original Anti-Monopoly Law of 2007 (AML 2007) prohibited resale price maintenance in Article 14.\nIn 2022 the provision became Article 18 of the amended AML.\nArticle 14 AML 2007 contained no safe harbour.\nFigure 2 shows the number of cases from 2008 to 2021.\nSection 3 analyses the case law.",
    [["Article 14", "resolved", "反垄断14@2007"], ["Article 18 of the amended AML", "resolved", "反垄断18@2022"], ["Article 14 AML 2007", "resolved", "反垄断14@2007"]], OPEN],
  ["academic: comparative paper, US and HK negatives",
    "Piercing the veil in the United States, Hong Kong and China\nIn Delaware, piercing is governed by case law, not statute.\nSection 18 of the Companies Ordinance (Cap. 622) defines a company in Hong Kong.\nBy contrast, Article 23 of the PRC Company Law codifies piercing.\nArticle 21 of that law prohibits shareholders from abusing their rights.\nThe Taiwan Company Act, Article 154, also adopts piercing.\nSee Restatement (Second) of Agency § 14.",
    [["Section 18 of the Companies Ordinance", "unknown-regulation", ""], ["Article 23 of the PRC Company Law", "resolved", "公司23@2023"], ["Article 21 of that law", "resolved", "公司21@2023"], ["Article 154", "unknown-regulation", ""]]],
  ["academic: Marriage/Civil Code family interpretation \"Interpretation I\"",
    "Property division on divorce after the Civil Code\nThe SPC's Interpretation (I) on the Application of the Marriage and Family Book of the Civil Code (Interpretation I) replaced the earlier interpretations.\nArticle 1062 of the Civil Code lists joint property.\nInterpretation I, Article 25, adds income from investment.\nArticle 29 of Interpretation I deals with houses bought by parents.\nArticle 1087 CC grants the court discretion.",
    [["Article 1062 of the Civil Code", "resolved", "民法典1062"], ["Article 25", "resolved", "最高人民法院关于适用《民法典》婚姻家庭编的解释（一）25"], ["Article 29 of Interpretation I", "resolved", "最高人民法院关于适用《民法典》婚姻家庭编的解释（一）29"], ["Article 1087 CC", "resolved", "民法典1087"]], OPEN],
  ["academic: thesis abstract with \"this article\" meaning the paper",
    "ABSTRACT\nThis article examines Article 47 of the Labor Contract Law, which sets severance pay.\nIt argues that Article 47 should be read with Article 87.\nIn this article we also compare it with Article 43 of the Labor Law.\nThe article concludes that reform is needed.\nKeywords: severance; dismissal; China",
    [["Article 47 of the Labor Contract Law", "resolved", "劳动合同47"], ["Article 47", "resolved", "劳动合同47"], ["Article 87", "resolved", "劳动合同87"], ["Article 43 of the Labor Law", "resolved", "劳动43"]]],
  ["academic: Criminal Law paper with paragraph references",
    "III. Criminal liability for refusing to pay wages\nArticle 276-1 of the Criminal Law criminalises refusal to pay remuneration.\nParagraph 3 thereof allows leniency where the offender pays before prosecution.\nThe Criminal Law, Article 286-1, concerns network service providers.\nSee also Art. 287-2 Criminal Law (aiding information network crimes).",
    [["Article 276-1 of the Criminal Law", "resolved", "刑276之1"], ["Paragraph 3 thereof", "resolved", "刑276之1.3"], ["Article 286-1", "resolved", "刑286之1"], ["Art. 287-2", "resolved", "刑287之2"]]],
  ["academic: Enterprise Bankruptcy Law with Ibid. and figures",
    "Footnotes\n14 Enterprise Bankruptcy Law of the People's Republic of China (2006), Article 2.\n15 Ibid., Article 7.\n16 Ibid., Arts. 31-33.\n17 Supreme People's Court Work Report 2023, p. 12.\n18 Table 3, above.",
    [["Article 2", "resolved", "企业破产2"], ["Article 7", "resolved", "企业破产7"], ["Arts. 31-33", "resolved", "企业破产31 企业破产32 企业破产33"]]],
  ["academic: Securities Law paper, \"Arts. 3, 5 and 7\"",
    "The Securities Law (2019) reorganised disclosure duties.\nArts. 78, 80 and 81 of the Securities Law set out disclosure obligations.\nArticle 85 imposes presumed fault on directors.\nThe 2005 version (Article 69) required proof of fault.\nRule 10b-5 under the US Securities Exchange Act of 1934 is the American counterpart.",
    [["Arts. 78, 80 and 81 of the Securities Law", "resolved", "证券78 证券80 证券81"], ["Article 85", "resolved", "证券85"], ["Article 69", "unknown-regulation", ""]], OPEN],
  ["academic: (hereinafter CL) in a footnote, CL arts 3, 5 and 7, Ibid., Article 9",
    "Notes\n1 Company Law of the People's Republic of China (2018) (hereinafter CL), art 20.\n2 CL arts 3, 5 and 7.\n3 CL art 16.\n4 Ibid., Article 9.\n5 Liu Junhai, Modern Corporate Law (3rd edn, Law Press 2015) 210.",
    [["art 20", "resolved", "公司20@2018"], ["CL arts 3, 5 and 7", "resolved", "公司3@2018 公司5@2018 公司7@2018"], ["CL art 16", "resolved", "公司16@2018"], ["Article 9", "resolved", "公司9@2018"]], OPEN],
]);

table('pages-en130b: explainers and Q&A', [
  ["explainer: Under China's Labor Contract Law, Article 82 ... this article ... that provision",
    "Double wages for no written contract – an explainer\nUnder China's Labor Contract Law, Article 82 requires an employer to pay double wages if no written contract is signed within one month.\nArticle 82 states that the employer \"shall pay the employee twice the monthly wage\".\nCourts have applied this article narrowly.\nThat provision, however, is capped at eleven months by Article 7 of the Implementing Regulations.\nParagraph 2 of Article 82 of the Labor Contract Law deals with open-ended contracts.",
    [["Article 82", "resolved", "劳动合同82"], ["Article 82", "resolved", "劳动合同82"], ["this article", "resolved", "劳动合同82"], ["That provision", "resolved", "劳动合同82"], ["Article 7 of the Implementing Regulations", "resolved", "劳动合同法实施条例7"], ["Paragraph 2 of Article 82 of the Labor Contract Law", "resolved", "劳动合同82.2"]], OPEN],
  ["explainer: Civil Code on leases, \"the same article\"",
    "Can my landlord sell the flat while I live there?\nYes. Under Article 725 of the Civil Code, \"sale does not break lease\".\nArticle 726 gives the tenant a right of first refusal.\nParagraph 2 of the same article says the tenant who does not answer within 15 days waives the right.\nArticle 728 of the Civil Code lets the tenant claim damages.\nThis blog post is not legal advice. Last updated 3 March 2024.",
    [["Article 725 of the Civil Code", "resolved", "民法典725"], ["Article 726", "resolved", "民法典726"], ["Paragraph 2 of the same article", "resolved", "民法典726.2"], ["Article 728 of the Civil Code", "resolved", "民法典728"]]],
  ["explainer: PIPL Q&A with \"this article\" meaning provision",
    "Q: Do I need consent to transfer data to my HQ abroad?\nA: Article 39 of the PIPL requires separate consent for cross-border transfers.\nThis article also requires informing individuals of the recipient's name.\nQ: What about employees?\nA: Article 13(1)(2) of the PIPL allows processing necessary for human resources management.",
    [["Article 39 of the PIPL", "resolved", "个人信息保护39"], ["This article", "resolved", "个人信息保护39"], ["Article 13(1)(2) of the PIPL", "resolved", "个人信息保护13.1.2"]]],
  ["explainer: foreign investor guide with negative list and furniture",
    "Setting up a WFOE in China: a guide\nStep 1 – check the Negative List.\nStep 2 – register with SAMR. Article 2 of the Foreign Investment Law defines \"foreign investment\".\nStep 3 – open a bank account.\nUnder Article 34 of the Foreign Investment Law, investment information must be reported.\nStep 4 – hire staff. Employment contracts must comply with the Labour Contract Law, Article 10.\nRead more: 10 things to know about China (2023)\nShare this article",
    [["Article 2 of the Foreign Investment Law", "resolved", "外商投资2"], ["Article 34 of the Foreign Investment Law", "resolved", "外商投资34"], ["Article 10", "resolved", "劳动合同10"]]],
  ["explainer: divorce explainer Civil Code Article 1079 with \"the said Article\"",
    "How do I get a divorce in China?\nArticle 1079 of the Civil Code lists the grounds for a contested divorce.\nThe said Article also says that a divorce shall be granted if the spouses have lived apart for two years.\nUnder Article 1077 there is a 30-day cooling-off period for registered divorces.\nArticle 1084 governs custody.",
    [["Article 1079 of the Civil Code", "resolved", "民法典1079"], ["The said Article", "resolved", "民法典1079"], ["Article 1077", "resolved", "民法典1077"], ["Article 1084", "resolved", "民法典1084"]]],
  ["explainer: trademark explainer, punitive damages and Trademark Law Implementing Regulations",
    "Trademark squatting in China\nArticle 4 of the Trademark Law, as amended in 2019, targets bad-faith applications not intended for use.\nArticle 63 of the Trademark Law provides punitive damages of up to five times.\nArticle 32 protects prior rights.\nArticle 19 of the Trademark Law Implementing Regulations covers classification.",
    [["Article 4 of the Trademark Law", "resolved", "商标4"], ["Article 63 of the Trademark Law", "resolved", "商标63"], ["Article 32", "resolved", "商标32"], ["Article 19 of the Trademark Law Implementing Regulations", "resolved", "商标法实施条例19"]]],
  ["explainer: Anti-Espionage Law 2023 vs 2014",
    "China's revised Counter-espionage Law\nThe revised Counter-espionage Law took effect on 1 July 2023.\nArticle 4 of the revised law broadens the definition of espionage.\nUnder the old law (2014), Article 38 defined espionage.\nArticle 16 of the revised law encourages reporting.",
    [["Article 4 of the revised law", "resolved", "反间谍4@2023"], ["Article 38", "resolved", "反间谍38@2014"], ["Article 16 of the revised law", "resolved", "反间谍16@2023"]], OPEN],
  ["explainer: Q&A on consumer rights with \"paragraph 2 thereof\"",
    "Consumer FAQ\nCan I return goods bought online?\nUnder Article 25 of the Law on the Protection of Consumer Rights and Interests, consumers may return goods bought online within seven days without reason.\nParagraph 2 thereof excludes customised goods.\nWhat if the seller committed fraud?\nArticle 55 of the Consumer Rights Protection Law allows three times the price.",
    [["Article 25 of the Law on the Protection of Consumer Rights and Interests", "resolved", "消费者权益保护25"], ["Paragraph 2 thereof", "resolved", "消费者权益保护25.2"], ["Article 55 of the Consumer Rights Protection Law", "resolved", "消费者权益保护55"]]],
  ["explainer: Civil Procedure Law jurisdiction, \"Articles 10-12\"",
    "Jurisdiction over foreign-related disputes\nThe 2023 amendment to the Civil Procedure Law expanded jurisdiction.\nArticle 276 of the Civil Procedure Law allows Chinese courts to hear disputes with an appropriate connection.\nArticles 279-280 deal with exclusive jurisdiction and parallel proceedings.\nThe parties' jurisdiction clause (Clause 20) chose Singapore courts.\nOrder 11 of the Rules of the High Court of Hong Kong is different.",
    [["Article 276 of the Civil Procedure Law", "resolved", "民事诉讼276@2023"], ["Articles 279-280", "resolved", "民事诉讼279@2023 民事诉讼280@2023"]]],
  ["explainer: Social Insurance Law and \"Article 58 of the same law\"",
    "Social insurance for expatriates\nArticle 97 of the Social Insurance Law extends the law to foreigners working in China.\nArticle 58 of the same law requires registration within 30 days of employment.\nArticle 86 sets late payment penalties of 0.05% per day.\nIn 2011, the Interim Measures for Foreigners Working in China Participating in Social Insurance were issued; Article 3 of those Measures applies.",
    [["Article 97 of the Social Insurance Law", "resolved", "社会保险97"], ["Article 58 of the same law", "resolved", "社会保险58"], ["Article 86", "resolved", "社会保险86"], ["Article 3", "unknown-regulation", ""]]],
  ["explainer: unpaid shares under the new Company Law, \"the same Article\", Interpretation III",
    "What happens if I transfer shares that are not fully paid?\nUnder the new Company Law, Article 88 makes the transferee liable.\nArticle 88(1) covers shares whose contribution period has not expired.\nThe second paragraph of the same Article covers defaulted contributions.\nBefore 2024, the rule was in Article 18 of Interpretation III.\nChapter 3 of the new law (Articles 42-60) deals with limited liability companies.\nSection 5 below gives examples.",
    [["Article 88", "resolved", "公司88@2023"], ["Article 88(1)", "resolved", "公司88.1@2023"], ["The second paragraph of the same Article", "resolved", "公司88.2@2023"], ["Article 18 of Interpretation III", "resolved", "最高人民法院关于适用《公司法》若干问题的规定（三）18"], ["Articles 42-60", "resolved", "公司42@2023 公司43@2023 公司44@2023 公司45@2023 公司46@2023 公司47@2023 公司48@2023 公司49@2023 公司50@2023 公司51@2023 公司52@2023 公司53@2023 公司54@2023 公司55@2023 公司56@2023 公司57@2023 公司58@2023 公司59@2023 公司60@2023"]], OPEN],
]);

table('pages-en130b: in-house and law-firm memos', [
  ["memo: guarantee interpretation and Civil Code, defined \"Guarantee Interpretation\"",
    "To: Finance Team\nFrom: Legal\nDate: 5 May 2022\nRe: Validity of the parent company guarantee\nThe Interpretation of the Supreme People's Court on the Application of the Civil Code Relating to the Guarantee System (the \"Guarantee Interpretation\") requires board or shareholder approval.\nArticle 7 of the Guarantee Interpretation addresses guarantees given without authority.\nUnder Article 16 of the Company Law, a guarantee for a shareholder requires a shareholders' resolution.\nArticle 17 of the Guarantee Interpretation allocates liability where the guarantee contract is void.\nArticle 686 of the Civil Code presumes general guarantee liability.",
    [["Article 7 of the Guarantee Interpretation", "resolved", "最高人民法院关于适用《民法典》有关担保制度的解释7"], ["Article 16 of the Company Law", "resolved", "公司16@2018"], ["Article 17 of the Guarantee Interpretation", "resolved", "最高人民法院关于适用《民法典》有关担保制度的解释17"], ["Article 686 of the Civil Code", "resolved", "民法典686"]]],
  ["memo: private lending interest cap",
    "Interest caps in private lending\nArticle 25 of the Provisions on Private Lending caps interest at four times the one-year LPR.\nArticle 26 of the same Provisions deals with interest deducted in advance.\nArticle 680 of the Civil Code prohibits usury.\nPage 2 of 3",
    [["Article 25 of the Provisions on Private Lending", "unknown-regulation", ""], ["Article 26 of the same Provisions", "unknown-regulation", ""], ["Article 680 of the Civil Code", "resolved", "民法典680"]]],
  ["memo: Enterprise Income Tax negative - treaty and contract",
    "Tax memo\nThe China–Singapore Double Taxation Agreement, Article 10, caps dividend withholding at 5%.\nClause 7.3 of the Shareholders' Agreement allocates tax.\nArticle 3 of the Articles of Association sets the business scope.\nSee also Article 26 of the OECD Model Tax Convention.",
    [["China–Singapore Double Taxation Agreement, Article 10", "unknown-regulation", ""], ["Article 26 of the OECD Model Tax Convention", "unknown-regulation", ""]]],
  ["memo: Labour dispute Interpretation (I) with section numbers",
    "Section 1. Background\nSection 2. Applicable law\nArticle 44 of the Interpretation (I) of the Supreme People's Court on Labor Disputes places the burden of proof on the employer for dismissal decisions.\nArticle 35 of Interpretation I concerns settlement agreements.\nSection 3. Recommendation\nWe recommend keeping all documents for two years.",
    [["Article 44 of the Interpretation (I) of the Supreme People's Court on Labor Disputes", "resolved", "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）44"], ["Article 35 of Interpretation I", "resolved", "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）35"]]],
]);

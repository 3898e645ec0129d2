// English pages, sixteenth round of issue 14 (en16b: how English writers name a law, from the residual errors of the
// English tuning sets): forms a writer uses, one rule each, with rows that look like citations and are not.
// Made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // the initials of a law the text names, read where a law's name goes (englishInitials.ts)
  ['"Article 14 of the NIL" on a page naming the National Intelligence Law: that law', 'The National Intelligence Law was adopted in 2017. Article 14 of the NIL gives the agencies wide powers.', [
    ['Article 14 of the NIL', 'resolved', '国家情报14'],
  ]],
  ['"Article 70 of the CTL", "Articles 41 and 58 of CTL" with "China" before the initials, the Tourism Law named', 'This chapter looks at the Tourism Law of China. Article 70 of the CTL and Articles 41 and 58 of CTL set duties.', [
    ['Article 70 of the CTL', 'resolved', '旅游70'], ['Articles 41 and 58 of CTL', 'resolved', '旅游41 旅游58'],
  ]],
  ['not initials of a law the text never names, nor of two laws it names (NIL, CTL), nor two letters (AL)', 'Agencies have wide powers. Article 14 of the NIL gives them.\n\nBoth the Negotiable Instruments Law and the National Intelligence Law were amended. Article 14 of the NIL is cited.\n\nThe Tourism Law and the Trust Law were both amended. Article 70 of the CTL is cited.\n\nThe Arbitration Law governs. Article 16 of the AL applies.', []],
  ['not capitals that are no law\'s initials: FAQ, NPC, GDPR, USD, PRC, SPC', 'The Data Security Law matters. Article 5 of the FAQ. Article 9 of the NPC. Article 6 of the GDPR. Article 3 of the USD. Article 2 of the PRC. Article 7 of the SPC.', []],
  ['the document\'s own definition of the capitals first: "the Trust Law of the PRC (the "CTL")" beside the Tourism Law', 'The Trust Law of the PRC (the "CTL") and the Tourism Law both matter. Article 20 of the CTL is cited.', [
    ['Article 20 of the CTL', 'resolved', '信托20'],
  ]],
  // a short name defined after a footnote's number and a clause on where the text comes from (englishIssuedClause.ts)
  ['"the Regulations on Property Management 15, issued … and amended in 2018 (“RPM”)", then "Article 12 paragraph 2 of RPM"', 'Fees are set by the Regulations on Property Management 15, issued by the State Council in 2003 and amended in 2018 (“RPM”) for every estate. Article 12 paragraph 2 of RPM and Articles 20 to 22 of the RPM apply.', [
    ['Article 12 paragraph 2 of RPM', 'resolved', '物业管理条例12.2'], ['Articles 20 to 22 of the RPM', 'resolved', '物业管理条例20 物业管理条例21 物业管理条例22'],
  ]],
  ['not a clause that says something else of the text before the short name', 'Fees are set by the Regulations on Property Management, which bind every owner (“RPM”). Article 12 of RPM applies.', []],
  // "Articles 14 paragraph 2 and 30": the list goes on with articles after the first one's paragraph (english/lists/englishUnitList.ts pluralArticleList)
  ['"Articles 14 paragraph 2 and 30 of …", "Articles 39 paragraph 1, 40 and 46 of …": the paragraph is the first article\'s', 'Under Articles 14 paragraph 2 and 30 of the Labor Contract Law the term is fixed. Articles 39 paragraph 1, 40 and 46 of the Labor Contract Law.', [
    ['Articles 14 paragraph 2 and 30 of the Labor Contract Law', 'resolved', '劳动合同14.2 劳动合同30'], ['Articles 39 paragraph 1, 40 and 46 of the Labor Contract Law', 'resolved', '劳动合同39.1 劳动合同40 劳动合同46'],
  ]],
  ['not after "Article" (one article), nor after "paragraphs" (several paragraphs)', 'Under Article 14 paragraph 2 and 3 of the Labor Contract Law, and Articles 14 paragraphs 2 and 3 of the Labor Contract Law.', [
    ['Article 14 paragraph 2 and 3 of the Labor Contract Law', 'resolved', '劳动合同14.2 劳动合同14.3'], ['Articles 14 paragraphs 2 and 3 of the Labor Contract Law', 'resolved', '劳动合同14.2 劳动合同14.3'],
  ]],
  // a law's conventional acronym used alone, "Art 13" and "Article 3: PIPL applies …" (englishAcronymStyle.ts)
  ['"Who must follow the CSL?" ⏎ "Article 2: CSL applies …" ⏎ "… Art 21, …" "Art 22.": that law\'s articles', 'Who must follow the CSL?\nArticle 2: CSL applies to network operators in China.\nAccording to Art 21, operators must grade their systems. Art 22.', [
    ['Article 2', 'resolved', '网络安全2'], ['Art 21', 'resolved', '网络安全21'], ['Art 22', 'resolved', '网络安全22'],
  ]],
  ['"Article 4: DSL applies …" opening a page: the law its label names; "Under the DSL, see Art. 21 and Art 27"', 'Article 4: DSL applies to data handling in China.\n\nUnder the DSL, see Art. 21 and Art 27, data must be graded.', [
    ['Article 4', 'resolved', '数据安全4'], ['Art. 21', 'resolved', '数据安全21'], ['Art 27', 'resolved', '数据安全27'],
  ]],
  ['not "Art 13" in a text naming no law by its acronym before it, nor "Art 21 works", "Art 6 GDPR", "Art 2020" (a year)', 'According to Art 13, the artist is paid. The Data Security Law applies.\n\nPIPL applies to handlers. The gallery shows Art 21 works. Art 6 GDPR differs, and Art 2020 was a fair.', []],
  ['not a statute\'s heading "Article 5: This Law applies …", nor "Article 6: CIETAC shall …" (no law\'s acronym)', 'Who must follow the CSL?\nArticle 5: This Law applies to network operators.\nArticle 6: CIETAC shall accept cases.', []],
  // a courts' conference minutes named after the article: that text, which the corpus lacks (english/names/englishLawLikeTitle.ts lawLikeEnglishTitle)
  ['"Article 7 of the Minutes of the National Court Civil Trial Conference", with its paragraph: the minutes, unknown', 'The rule follows Article 7 of the Minutes of the National Court Civil Trial Conference. It drops Article 7, Paragraph 2 of the Minutes of the National Court Civil Trial Conference.', [
    ['Article 7 of the Minutes of the National Court Civil Trial Conference', 'unknown-regulation', ''], ['Article 7, Paragraph 2 of the Minutes of the National Court Civil Trial Conference', 'unknown-regulation', ''],
  ]],
  ['not the minutes of a meeting that is no court\'s, nor "Minutes" alone', 'See Article 4 of the Minutes of the Shareholders Meeting. Article 5 of the Minutes is clear.', []],
  // "the Basic Law Article 18 of the Macao Special Administrative Region": the region after the article (englishRegions.ts basicLawRegionAfter)
  ['"the Basic Law Article 18 of the Macao Special Administrative Region", then "Article 18 stipulates": Macao\'s Basic Law', 'The debate turned on the Basic Law Article 18 of the Macao Special Administrative Region. Article 18 stipulates that national laws apply by listing.', [
    ['Basic Law Article 18 of the Macao Special Administrative Region', 'resolved', '澳门特别行政区基本18'], ['Article 18', 'resolved', '澳门特别行政区基本18'],
  ]],
  ['not another law\'s name before the article, nor a region that is no SAR', 'The Company Law Article 16 of the Hong Kong Special Administrative Region is cited. The Basic Law Article 20 of the Federal Republic of Germany is older.', []],
  // "X Act" said to be the PRC's: the known "X Law" (englishAct.ts)
  ['"Article 14.2 of the Employment Contracts Act of the PRC", "the PRC Company Act", "China\'s Water Act": those laws', 'Under Article 14.2 of the Employment Contracts Act of the PRC the term is open. Article 16 of the PRC Company Act binds boards. Article 9 of China\'s Water Act applies.', [
    ['Article 14.2 of the Employment Contracts Act', 'resolved', '劳动合同14.2'], ['Article 16 of the PRC Company Act', 'resolved', '公司16'], ['Article 9 of China\'s Water Act', 'resolved', '水9'],
  ]],
  // Taiwan's Company Act, and "the Company Act" on a page that spoke of Taiwan last, are Taiwan's law: unknown-regulation
  // (fix-tw18, englishRegions.ts taiwanCodeAt; Taiwan's, Hong Kong's and Macau's laws are China's, not another state's).
  ['not an Act not said to be the PRC\'s (Taiwan\'s Company Act: Taiwan\'s, unknown; the Companies Act 2006), nor one whose Law is not known', 'Article 16 of the Company Act of Taiwan differs. Article 172 of the Companies Act 2006. Article 5 of the Company Act applies. Article 81 of the China Partnership Entity Act.', [
    ['Article 16 of the Company Act of Taiwan', 'unknown-regulation', ''], ['Article 5 of the Company Act', 'unknown-regulation', ''],
  ]],
  // a word a PDF broke at a line's end, its hyphen kept (englishHyphenated.ts)
  ['"Article 23 of the new Compa-ny Law", "the La-bor Contract Law": the known title with the pieces joined', 'Under Article 23 of the new Compa-ny Law, shareholders are liable. Article 3 of the La-bor Contract Law applies.', [
    ['Article 23 of the new Compa-ny Law', 'resolved', '公司23'], ['Article 3 of the La-bor Contract Law', 'resolved', '劳动合同3'],
  ]],
  ['not a title with its own hyphen (found as written), nor joined words that make no known title', 'Article 17 of the Anti-unfair Competition Law applies. Article 5 of the Compa-ny Rules of Acme. Article 4 of the Wid-get Law.', [
    ['Article 17 of the Anti-unfair Competition Law', 'resolved', '反不正当竞争17'], ['Article 4 of the Wid-get Law', 'unknown-regulation', ''],
  ]],
];

describe('English pages, sixteenth round (issue 14, en16b): how English writers name a law', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

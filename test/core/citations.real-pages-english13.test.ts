// English pages, issue 14 round 14 (real-english13: law-firm notes, glossaries, news, theses and machine-translated
// Q&A on PRC law): forms the earlier rounds did not read, one rule each. Made-up text in the real style, against the
// bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const PROPERTY_I = '最高人民法院关于适用《物权法》若干问题的解释（一）';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // a footnote's number in brackets between the article and "of" its law (englishTitleMarks.ts footnoteAfterArticle)
  ['"Article 12[3] of the Anti-Unfair Competition Law": a footnote marker after the article', 'The conduct was regulated by Article 12[3] of the Anti-Unfair Competition Law, as the court held; Article 9(2)[4] of the Anti-Unfair Competition Law defines the term.', [
    ['Article 12[3] of the Anti-Unfair Competition Law', 'resolved', '反不正当竞争12'],
    ['Article 9(2)[4] of the Anti-Unfair Competition Law', 'resolved', '反不正当竞争9.2'],
  ]],
  ['not a bracketed number after another document\'s article or an item, nor a note\'s number', 'Item 12[3] of the catalogue lists goods; Article 5[2] of the Agreement applies. See note [6] of the Anti-Unfair Competition Law guide.', []],
  // English titles the tables did not know (corpus/data/english-titles.json)
  ['"article 7 of the Regulations of Commercial Franchising of P.R. China": 商业特许经营管理条例, the next bare article too', 'Under article 7 of the Regulations of Commercial Franchising of P.R. China, a franchisor needs two stores. Article 8 requires a filing.', [
    ['article 7 of the Regulations of Commercial Franchising', 'resolved', '商业特许经营管理条例7'],
    ['Article 8', 'resolved', '商业特许经营管理条例8'],
  ]],
  ['"the Regulation on the Administration of Commercial Franchises": the State Council\'s own English', 'Article 3 of the Regulation on the Administration of Commercial Franchises defines franchising.', [
    ['Article 3 of the Regulation on the Administration of Commercial Franchises', 'resolved', '商业特许经营管理条例3'],
  ]],
  ['not regulations on another subject written the same way', 'Article 7 of the Regulations of Commercial Banks was cited.', [
    ['Article 7 of the Regulations of Commercial Banks', 'unknown-regulation', ''],
  ]],
  ['"Interpretation I of the Supreme People\'s Court on … the Property Law …" defined as "the Interpretation": 物权法解释（一）', 'The court applied Interpretation I of the Supreme People\'s Court on Issues Concerning the Application of the Property Law of the People\'s Republic of China (the "Interpretation"). Article 4 of the Interpretation governs. Article 6 provides more.', [
    ['Article 4 of the Interpretation', 'resolved', `${PROPERTY_I}4`],
    ['Article 6', 'resolved', `${PROPERTY_I}6`],
  ]],
  ['not an interpretation of the same law numbered (II), which the corpus does not have', 'Article 4 of the Interpretation (II) of the Supreme People\'s Court on Several Issues Concerning the Application of the Property Law of the People\'s Republic of China was cited.', [
    ['Article 4 of the Interpretation (II) of the Supreme People\'s Court on Several Issues Concerning the Application of the Property Law of the People\'s Republic of China', 'unknown-regulation', ''],
  ]],
  // "the Law" / "the new Law" after a short name ending in "Law" was defined: that law named again (englishTheLaw.ts)
  ['"… (Vaccine Law). … The new Law sets stricter rules (art. 3)": the defined law, not the law named in between', 'The Standing Committee adopted the PRC Law on Vaccine Administration (Vaccine Law). Before it, vaccines were governed by the PRC Drug Administration Law. The new Law sets stricter rules (art. 3). The Law also creates a tracking platform (art. 10).', [
    ['art. 3', 'resolved', '疫苗管理3'], ['art. 10', 'resolved', '疫苗管理10'],
  ]],
  ['not "the new Law" with no short name defined, nor "the Law on …" opening another title', 'Vaccines were governed by the PRC Drug Administration Law. The new Law sets stricter rules (art. 3). The Standing Committee adopted the PRC Law on Vaccine Administration (Vaccine Law). The PRC Drug Administration Law covers other drugs (art. 9). The Law on Tobacco Monopoly is older (art. 5).', [
    ['art. 3', 'resolved', '药品管理3'], ['art. 9', 'resolved', '药品管理9'], ['art. 5', 'resolved', '烟草专卖5'],
  ]],
  // "AML", undefined, in writing on competition: the Anti-Monopoly Law (english-titles.json acronyms, englishAcronymSubject.ts)
  ['"Article 13 of the AML prohibits monopoly agreements": the conventional acronym, and the bare articles after it', 'Article 13 of the AML prohibits monopoly agreements. The AML also prohibits in Article 14 resale price fixing. According to Article 46, a fine is imposed.', [
    ['Article 13 of the AML', 'resolved', '反垄断13'], ['Article 14', 'resolved', '反垄断14'], ['Article 46', 'resolved', '反垄断46'],
  ]],
  ['not "AML" in a text on money laundering, where it is the Anti-Money Laundering Law\'s', 'Banks must report suspicious transactions under the anti-money laundering rules. Article 13 of the AML requires customer due diligence.', []],
];

describe('English pages, issue 14 round 14 (real-english13): a footnote marker after an article, English titles of the franchise regulation and of the first Property Law interpretation, "the Law" after a defined short name, "AML" undefined in a text on competition', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

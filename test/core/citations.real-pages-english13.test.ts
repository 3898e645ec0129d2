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
];

describe('English pages, issue 14 round 14 (real-english13): a footnote marker after an article, English titles of the franchise regulation and of the first Property Law interpretation', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

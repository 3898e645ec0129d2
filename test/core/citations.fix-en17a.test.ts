// English pages, round 16 of issue 14 (fix-en17a): forms heldout16 left missed — a paragraph numbered by an ordinal
// before its article ("the 2nd paragraph of Article 12", "the second paragraph of the article 12th"). Made-up text in
// the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // an ordinal paragraph climbing to its article (english.ts parseEnglish, scanner.ts SELF_ANCHOR)
  ['"the 2nd paragraph of Article 1165 of the Civil Code": a paragraph numbered by a digit ordinal', 'Under the 2nd paragraph of Article 1165 of the Civil Code, the actor presumed at fault shall bear liability.', [
    ['the 2nd paragraph of Article 1165 of the Civil Code', 'resolved', '民法典1165.2'],
  ]],
  ['"the second paragraph of the article 1165th": "the" before the article it climbs to, the ordinal after its number', 'The court relied on the second paragraph of the article 1165th of the Civil Code and on the first paragraph of the Article 14th of the Labor Contract Law.', [
    ['the second paragraph of the article 1165th of the Civil Code', 'resolved', '民法典1165.2'],
    ['the first paragraph of the Article 14th of the Labor Contract Law', 'resolved', '劳动合同14.1'],
  ]],
  ['"the 3rd paragraph of the Article 14": a digit ordinal and "the" before the article', 'See the 3rd paragraph of the Article 14 of the Labor Contract Law for open-ended contracts.', [
    ['the 3rd paragraph of the Article 14 of the Labor Contract Law', 'resolved', '劳动合同14.3'],
  ]],
  ['"the second paragraph of the 1165th article", "the third paragraph of the fourteenth article": the article a paragraph climbs to numbered by an ordinal', 'See the second paragraph of the 1165th article of the Civil Code and the third paragraph of the fourteenth article of the Labor Contract Law.', [
    ['the second paragraph of the 1165th article of the Civil Code', 'resolved', '民法典1165.2'],
    ['the third paragraph of the fourteenth article of the Labor Contract Law', 'resolved', '劳动合同14.3'],
  ]],
  ['negative: a paragraph of an ordinal article of no law named after it', 'The Labor Contract Law was discussed. The second paragraph of the 14th article in the series and the first paragraph of the third article of the contract say so.', []],
  ['negative: "the 2nd paragraph of the article" with no number, the 14th Five-Year Plan, the first meeting, a case number stay none', 'The 2nd paragraph of the article above explains the 14th Five-Year Plan; the second paragraph of the article says more. At the first meeting of the 14th session, case (2019) Hu 01 Min Zhong 12 was heard; see the 2nd paragraph of the Article on page 3.', []],
  ['"the first paragraph of the Article 12 as amended": no paragraph read, the article as before (read on from the anchor)', 'The Labor Contract Law was amended. See the first paragraph of the Article 12 as amended.', [
    ['Article 12', 'resolved', '劳动合同12'],
  ]],
  ['negative: "the second paragraph of the article 12 months ago": no paragraph read (the bare "article 12" as main reads it, before any law)', 'As the second paragraph of the article 12 months ago reported, the Labor Contract Law was amended.', [
    ['article 12', 'no-context', ''],
  ]],
  // an elision mark between a label and the article's text run on (englishHeadings.ts labelledTextAfter)
  ['"Article 28 of the Company Law … (PRC) * * * Shareholders shall …": the text after the elision is the article\'s, its "the preceding paragraph" paragraph 1', 'legal ground\nArticle 28 of the Company Law of People\'s Republic of China (PRC) * * * Shareholders shall pay their widget contributions in full. Where a shareholder fails to pay under the preceding paragraph, he shall be liable to the other shareholders.', [
    ['Article 28 of the Company Law of People\'s Republic of China', 'resolved', '公司28'],
    ['the preceding paragraph', 'resolved', '公司28.1'],
  ]],
  ['an ellipsis after the label: the same (the 款 the Chinese text says 前款 in)', 'Article 24 of the Labor Contract Law … The persons subject to non-competition shall be limited to senior widget managers. After the labor contract ends, the non-competition period for the persons mentioned in the preceding paragraph shall not exceed two years.', [
    ['Article 24 of the Labor Contract Law', 'resolved', '劳动合同24'],
    ['the preceding paragraph', 'resolved', '劳动合同24.1'],
  ]],
  ['negative: the writer\'s words after the dots (lower case, a writer\'s "the preceding paragraph")', 'Article 28 of the Company Law ... and its sister rules are discussed below.\nAs the preceding paragraph shows, the writer shall not be blamed.', [
    ['Article 28 of the Company Law', 'resolved', '公司28'],
  ]],
  // an article numbered by an ordinal word (englishOrdinalWords.ts, english.ts spelledOrdinalArticleAt)
  ['"the twelfth article of the Labor Contract Law", "the twenty-first article of the Civil Code": ordinal words before "article", the law after', 'The twelfth article of the Labor Contract Law lists three kinds of contract, and the twenty-first article of the Civil Code governs widgets.', [
    ['twelfth article of the Labor Contract Law', 'resolved', '劳动合同12'],
    ['twenty-first article of the Civil Code', 'resolved', '民法典21'],
  ]],
  ['"the Labor Contract Law\'s second article", "the Law\'s second article": a law\'s possessive before the ordinal', 'The Company Law of the People\'s Republic of China was revised in 2023. The Law\'s second article defines a company; the Labor Contract Law\'s second article sets its scope.', [
    ['second article', 'resolved', '公司2'],
    ['Labor Contract Law\'s second article', 'resolved', '劳动合同2'],
  ]],
  ['negative: ordinal articles of no law (the series, the contract, a company, alone), the first meeting, the 14th session', 'The second article of the series covers the Labor Contract Law. The first article of the contract binds both sides; the company\'s second article was filed. At the first meeting of the 14th session the third article was read.', []],
  // the year a judicial interpretation was issued, years after the corpus's text of that name (statedEffect.ts)
  ['"Interpretation (II) … Labor Dispute Cases (Fa Shi [2025] No. 12) Article 3": the document number\'s year names the newer text, which the corpus lacks', 'Interpretation (II) of the Supreme People\'s Court on Issues Concerning the Application of Law in the Trial of Labor Dispute Cases (Fa Shi [2025] No. 12) Article 3 governs widget groups.', [
    ['Article 3', 'unknown-regulation', ''],
  ]],
  ['"On August 1, 2025, the Supreme People\'s Court released the Interpretation (II) …": the date of issue before the title, and its bare article after', 'On August 1, 2025, the Supreme People\'s Court released the Interpretation (II) of the Supreme People\'s Court on Issues Concerning the Application of Law in the Trial of Labor Dispute Cases. Article 19 governs widget insurance.', [
    ['Article 19', 'unknown-regulation', ''],
  ]],
  ['negative: the number or the date of issue of the corpus\'s own text (2006), a year after the title that is no issue\'s', 'Interpretation (II) of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Labor Dispute Cases (Fa Shi [2006] No. 6), Article 6 applies.\nThe SPC released in 2006 the Interpretation (II) of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Labor Dispute Cases. In 2025, Article 6 of it was cited at the first meeting of the 14th session.', [
    ['Article 6', 'resolved', '最高人民法院关于审理劳动争议案件适用法律若干问题的解释（二）6'],
    ['Article 6', 'resolved', '最高人民法院关于审理劳动争议案件适用法律若干问题的解释（二）6'],
  ]],
];

describe('citations: English pages (fix-en17a)', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => {
      const got = summary(doc);
      assert.deepStrictEqual(got, expected, `\n${doc}\n→ ${JSON.stringify(got)}`);
    });
  }
});

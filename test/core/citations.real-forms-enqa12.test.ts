// English Q&A pages and translations, twelfth round of issue 14 (real-enqa12): forms machine-translated legal Q&A
// pages and English translations of Chinese laws, regulations and judicial interpretations use — headings printed
// "Article 4." with their text in lower case (englishHeadings.ts), the law named in an enacting formula ("… are
// formulated in accordance with the … Law") not being the law of the articles printed after it (enactingClause.ts),
// English names of laws in use the title table lacked (english-titles.json: "Companies Law", "Narcotics Control
// Law"). Made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // headings "Article N." whose text opens in lower case
  ['headings numbered with a full stop, their text in lower case: no citation, the law their text cites still is', 'Implementing Regulations under the Patent Law\nArticle 1. These Implementing Regulations are formulated in accordance with the Patent Law of the People\'s Republic of China.\nArticle 2. goods protected as prescribed in Article 11 of the Patent Law shall be marked.', [
    ['Article 11 of the Patent Law', 'resolved', '专利11'],
  ]],
  ['not "Article N." followed by a link word, nor a number out of sequence', 'Implementing Regulations under the Patent Law\nArticle 1. These Implementing Regulations are formulated in accordance with the Patent Law of the People\'s Republic of China.\nArticle 2. of the Patent Law is cited by us.\nArticle 9. goods are marked.', [
    ['Article 2', 'resolved', '专利2'], ['Article 9', 'resolved', '专利9'],
  ]],
];

describe('English Q&A pages and translations, twelfth round (issue 14): headings with a full stop, enacting formulas, names in use', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

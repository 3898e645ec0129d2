// English pages, fifteenth round of issue 14, real-real-english15 (law databases, annotated translations, case notes,
// machine-translated Q&A): forms a writer uses that the earlier rounds did not read, one rule each. Made-up text in the
// real style (other laws, numbers and subjects than the pages), against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // a navigation bar of the page's own articles (englishNavigation.ts)
  ['"Article 1 | Article 2 | Article 3 | Article 4" above a text: the page\'s navigation bar, no citation', 'Implementing Rules of the "Provisions on Water Permits"\n\nArticle 1 | Article 2 | Article 3 | Article 4\nArticle 5 · Article 6 · Article 7\n\nArticle 1\nThese Rules are formulated to implement the Provisions.', []],
  ['not labels in a sentence, two labels, labels out of order, nor a table row opened by a bar', 'The Water Law governs. Articles 1, 2 and 3 apply.\nArticle 12 | Article 13\nArticle 3 | Article 7 | Article 9\n| Article 4 | Article 5 | Article 6 |', [
    ['Articles 1, 2 and 3', 'resolved', '水1 水2 水3'],
    ['Article 12', 'resolved', '水12'], ['Article 13', 'resolved', '水13'],
    ['Article 3', 'resolved', '水3'], ['Article 7', 'resolved', '水7'], ['Article 9', 'resolved', '水9'],
    ['Article 4', 'resolved', '水4'], ['Article 5', 'resolved', '水5'], ['Article 6', 'resolved', '水6'],
  ]],
];

describe('English pages, fifteenth round (issue 14, real-real-english15): a navigation bar of the page\'s own articles', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

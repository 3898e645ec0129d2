// English pages, fifteenth round of issue 14 (en15b: context in English text, from the residual errors of the English
// tuning sets): forms a writer or a translator uses, one rule each, with rows that look like citations and are not.
// Made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // a heading alone on its line whose text opens a list with a short sentence (englishHeadings.ts listLeadIn)
  ['"Article 39" ⏎ "Permits issued include." ⏎ "(I) …": the heading of a quoted article that opens a list', '《Administrative Licensing Law of the PRC》\nThe forms of permits are described in detail.\nArticle 39\nPermits issued include.\n(I) licences and permits;\n(ii) qualification certificates.', []],
  ['"Article 39" ⏎ "Permits issued include the following:" ⏎ "(1) …": the same with a colon', 'The Administrative Licensing Law of the PRC\nArticle 39\nPermits issued include the following:\n(1) licences and permits;\n(2) qualification certificates.', []],
  ['not a writer\'s caption over notes ("Key points:"), nor a list opening with no items below, nor a line of the writer\'s', 'The Administrative Licensing Law of the PRC sets the forms of permits.\nArticle 39\nKey points:\n(1) three forms of permits;\n(2) no other forms.\n\nArticle 40\nPermits issued include.\n\nWe looked at them all.\n\nArticle 41\nIt includes:\n(1) licences.', [
    ['Article 39', 'resolved', '行政许可39'], ['Article 40', 'resolved', '行政许可40'], ['Article 41', 'resolved', '行政许可41'],
  ]],
];

describe('English pages, fifteenth round (issue 14, en15b): context in English text', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

// Other English renderings of a law's title in use (data/english-titles.json `also`, each with its source), against the
// bundled corpus: "Electronic Commerce Law" beside the NPC's "E-Commerce Law".
import * as assert from 'assert';
import { bundledCorpus, bundledSummary } from './citations/helpers';

const EC = '中华人民共和国电子商务法';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  ['the official title', 'Article 38 of the E-Commerce Law of the People\'s Republic of China applies.', [[`Article 38 of the E-Commerce Law of the People's Republic of China`, 'resolved', `${EC}38`]]],
  ['"Electronic Commerce Law", full and short', 'See Article 9 of the Electronic Commerce Law of the People\'s Republic of China and paragraph 2 of Article 38 of the Electronic Commerce Law.', [
    [`Article 9 of the Electronic Commerce Law of the People's Republic of China`, 'resolved', `${EC}9`], ['paragraph 2 of Article 38 of the Electronic Commerce Law', 'resolved', `${EC}38.2`],
  ]],
  ['negative: another state\'s act with the same words is not named so', 'Article 5 of the Electronic Commerce Act 2002 of Malaysia.', []],
];

describe('citation table: other English renderings of a law\'s title (bundled corpus)', () => {
  before(function () {
    this.timeout(60000);
    bundledCorpus();
  });
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected, doc));
});

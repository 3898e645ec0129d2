// One table runner for the English-title tests: each row is a citation written in a sentence, the status and
// [regulation, article] targets expected against the bundled corpus.
import * as assert from 'assert';
import { analyzeDocument } from '../../../server/src/core/citations';
import { loadCorpus, type Corpus } from '../../../server/src/core/corpus';

/**
 * [citation as written, status, targets, the citation's text when the sentence's words after it are not part of it].
 * The sentence is "As stated in CITATION, it applies." unless the row's first element is a whole sentence (it ends
 * with a full stop); then the fourth element is the citation expected.
 */
export type EnglishTitleRow = [written: string, status: string, targets: [string, number][], cited?: string];

export function describeEnglishTitles(name: string, rows: EnglishTitleRow[]): void {
  describe(name, function () {
    this.timeout(120000);
    let corpus: Corpus;
    before(() => {
      corpus = loadCorpus({ bundled: true, folders: [] });
    });
    for (const [written, status, targets, cited] of rows) {
      const sentence = /\.$/.test(written) ? written : `As stated in ${written}, it applies.`;
      it(sentence, () => {
        const c = analyzeDocument(sentence, corpus).citations.filter((x) => !x.titleOnly);
        assert.deepStrictEqual(
          c.map((x) => [x.text, x.status, x.targets.map((t) => [t.regulation, t.article])]),
          [[cited ?? written, status, targets]],
        );
      });
    }
  });
}

// A known English title that goes on with a series number ("… Cases (IV)") or a local place ("… of Guangdong
// Province") is another text's title: the numbered interpretation, the local regulation (unknown to the corpus) —
// never the known title it starts with. Without the tail, and with tails that are not such, the known title stands.
import * as assert from 'assert';
import { analyzeDocument } from '../../../server/src/core/citations';
import { loadCorpus, type Corpus } from '../../../server/src/core/corpus';

const LABOUR = "Interpretation of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Labor Dispute Cases";

/** Sentence → expected [citation text, status, [regulation, article] targets]. */
const TABLE: [string, [string, string, [string | null, number][]]][] = [
  [`Under Article 2 of the ${LABOUR} (IV), the claim fails.`, [`Article 2 of the ${LABOUR} (IV)`, 'resolved', [['最高人民法院关于审理劳动争议案件适用法律若干问题的解释（四）', 2]]]],
  [`Under Article 7 of the ${LABOUR} (II), the claim fails.`, [`Article 7 of the ${LABOUR} (II)`, 'resolved', [['最高人民法院关于审理劳动争议案件适用法律若干问题的解释（二）', 7]]]],
  [`Under Article 6 of the ${LABOUR}, the claim fails.`, [`Article 6 of the ${LABOUR}`, 'resolved', [['最高人民法院关于审理劳动争议案件适用法律若干问题的解释', 6]]]],
  ['Article 12 of the Regulations on Work-Related Injury Insurance of Jiangsu Province requires it.', ['Article 12 of the Regulations on Work-Related Injury Insurance of Jiangsu Province', 'unknown-regulation', []]],
  ['Article 9 of the Regulations on Work-Related Injury Insurance of Xinjiang Uygur Autonomous Region requires it.', ['Article 9 of the Regulations on Work-Related Injury Insurance of Xinjiang Uygur Autonomous Region', 'unknown-regulation', []]],
  ['Article 12 of the Regulations on Work-Related Injury Insurance requires it.', ['Article 12 of the Regulations on Work-Related Injury Insurance', 'resolved', [['工伤保险条例', 12]]]],
  // not a place: the law stands, the words after it are the sentence's
  ['Article 12 of the Regulations on Work-Related Injury Insurance of the State Council requires it.', ['Article 12 of the Regulations on Work-Related Injury Insurance', 'resolved', [['工伤保险条例', 12]]]],
  ['Article 5 of the Labor Contract Law (2012 Amendment) requires it.', ['Article 5 of the Labor Contract Law', 'resolved', [['中华人民共和国劳动合同法', 5]]]],
];

describe('English titles going on past a known title (bundled corpus)', function () {
  this.timeout(120000);
  let corpus: Corpus;
  before(() => {
    corpus = loadCorpus({ bundled: true, folders: [] });
  });
  for (const [text, expected] of TABLE) {
    it(text, () => {
      const c = analyzeDocument(text, corpus).citations.filter((x) => !x.titleOnly);
      assert.deepStrictEqual(
        c.map((x) => [x.text, x.status, x.targets.map((t) => [t.regulation, t.article])]),
        [expected],
      );
    });
  }
});

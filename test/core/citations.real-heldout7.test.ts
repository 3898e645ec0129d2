// Forms found on the seventh round's held-out-like pages (scored before these rules were written), as table tests
// against the bundled corpus; made-up text in the real style.
import * as assert from 'assert';
import { bundledCorpus, bundledSummary } from './citations/helpers';

const SS = '中华人民共和国税收征收管理法';
const ZL = '中华人民共和国专利法';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // ---- a known title going on past the law's name it holds is the one named (proseLawName.ts longerTitle) ----
  ['…法实施细则 and a space before the article: the 实施细则', `依据中华人民共和国税收征收管理法实施细则 第五条规定执行。`, [['第五条', 'resolved', `${SS}实施细则5`]]],
  ['专利法实施细则 named in the sentence, its article later', '专利法实施细则对此有明确要求，第五条规定了期限。', [['第五条', 'resolved', `${ZL}实施细则5`]]],
  ['negative: the law itself named so stays the law', '依据税收征收管理法 第五条规定执行。', [['第五条', 'resolved', `${SS}5`]]],
  ['negative: the law named, other words after it', '税收征收管理法实施以来，第五条规定的制度运行良好。', [['第五条', 'resolved', `${SS}5`]]],
];

describe('citation table: forms of the seventh round of real pages (bundled corpus)', () => {
  before(function () {
    this.timeout(60000);
    bundledCorpus();
  });
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected, doc));
});

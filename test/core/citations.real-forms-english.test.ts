// English memos on Chinese law (rule 7 of the real-forms issue): article forms, known English titles of national
// laws (corpus/data/english-titles.json), defined short names and quoted translations, against real national texts
// (test/fixtures/national-titles: 公司法 has articles 1–17, 行政处罚法 1–5). Targets: 公司3, 处罚2.1, 本4 (self).
import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument, type CitationTarget } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/national-titles');
const SHORT: Record<string, string> = { 中华人民共和国公司法: '公司', 中华人民共和国行政处罚法: '处罚' };

let corpus: Corpus | null = null;
function summary(text: string): [string, string, string][] {
  corpus ??= loadCorpus({ bundled: false, folders: [FIXTURE] });
  const fmt = (t: CitationTarget) => `${t.regulation === null ? '本' : SHORT[t.regulation] ?? t.regulation}${t.article ?? ''}${t.paragraph !== null ? `.${t.paragraph}` : ''}`;
  return analyzeDocument(text, corpus).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(fmt).join(' ')]);
}

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  ['Article N of the PRC <law>', 'Articles 10 and 12 of the PRC Company Law apply.', [['Articles 10 and 12 of the PRC Company Law', 'resolved', '公司10 公司12']]],
  ['the full English title with the country', "See Article 16 of the Company Law of the People's Republic of China.", [["Article 16 of the Company Law of the People's Republic of China", 'resolved', '公司16']]],
  ['Art. with and without a space, Art. 15.3 for a paragraph', 'Under Article 2 of the Company Law, see Art. 3 and Art.7, and Art. 15.3.', [
    ['Article 2 of the Company Law', 'resolved', '公司2'],
    ['Art. 3', 'resolved', '公司3'],
    ['Art.7', 'resolved', '公司7'],
    ['Art. 15.3', 'resolved', '公司15.3'],
  ]],
  ['a decimal is not a paragraph', 'Article 5 of the Company Law, 2.5 percent.', [['Article 5 of the Company Law', 'resolved', '公司5']]],
  ['a short name the memo defines', 'The Administrative Penalty Law of the People\'s Republic of China (the "New Penalty Law") applies. Article 3 of the New Penalty Law sets the principle.', [
    ['Article 3 of the New Penalty Law', 'resolved', '处罚3'],
  ]],
  ['this Law and the preceding article inside a quoted translation', 'Article 5 of the Administrative Penalty Law provides: "... under article 3 of this Law, and paragraph 1 of the preceding article ..." Then Article 4 of this Law.', [
    ['Article 5 of the Administrative Penalty Law', 'resolved', '处罚5'],
    ['article 3 of this Law', 'resolved', '处罚3'],
    ['paragraph 1 of the preceding article', 'resolved', '处罚4.1'],
    ['Article 4 of this Law', 'self', '本4'],
  ]],
  ['an unknown English title is unknown-regulation, not no-context', "Article 5 of the Foreign Trade Secrets Law of the People's Republic of China", [
    ["Article 5 of the Foreign Trade Secrets Law of the People's Republic of China", 'unknown-regulation', ''],
  ]],
];

describe('citation table: English memos', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected, doc));
});

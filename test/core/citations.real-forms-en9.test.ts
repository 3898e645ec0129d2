// English pages, ninth round of issue 14 (englishHeadings.ts englishParagraphAt): statute text printed under a label
// ("Legal basis: Article N of the … Law") whose paragraph opens with its reference — "Item (2) of the preceding
// paragraph shall not apply …", as 前款第（二）项… opens a 款 — counts that paragraph too, so the reference is to the
// paragraph before it. Made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { analyzeDocument, type CitationTarget } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';

let corpus: Corpus | null = null;
/** [text, status, targets]: 劳动合同39.1.2 is article 39, paragraph 1, item 2. */
function summary(text: string): [string, string, string][] {
  corpus ??= loadCorpus({ bundled: true, folders: [] });
  const fmt = (t: CitationTarget) =>
    `${(t.regulation ?? '本').replace('中华人民共和国', '').replace(/法$/, '')}${t.article ?? ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}`;
  return analyzeDocument(text, corpus).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(fmt).join(' ')]);
}

const LABEL = 'Legal basis: Article 39 of the Labor Contract Law\n\n';
const FIRST = 'An employer may dismiss a worker who has seriously breached its lawful workplace rules.\n';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  ['an item of the preceding paragraph opening the next paragraph of the text printed', `${LABEL}${FIRST}Item (2) of the preceding paragraph does not apply where the worker was on approved leave.`, [
    ['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'], ['Item (2) of the preceding paragraph', 'resolved', '劳动合同39.1.2'],
  ]],
  ['two items, in lower case after an indent', `${LABEL}${FIRST}  items 1 and 3 of the preceding paragraph are read together.`, [
    ['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'], ['items 1 and 3 of the preceding paragraph', 'resolved', '劳动合同39.1.1 劳动合同39.1.3'],
  ]],
  ['the preceding paragraph opening the paragraph, as before in mid-line', `${LABEL}${FIRST}The preceding paragraph applies during probation as well.`, [
    ['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'], ['The preceding paragraph', 'resolved', '劳动合同39.1'],
  ]],
  // not: the first paragraph has none before it; the writer's own prose after the text; a list of goods
  ['not in the first paragraph of the text printed (nothing precedes it)', `${LABEL}Item (2) of the preceding paragraph does not apply where the worker was on approved leave and says so.`, [
    ['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'],
  ]],
  ['not in the writer\'s prose, outside any text printed', 'Item (2) of the preceding paragraph of this memo lists the costs.\nItem 2 of the price list was a laptop.', []],
];

describe('English pages, ninth round (issue 14): a reference opening a paragraph of statute text', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

// English pages on Chinese law, eighth round of issue 14 (englishRegions.ts): the laws of the special administrative
// regions as news, memos and Q&A pages name them — "the Basic Law" of the region the page is about, Hong Kong's
// national security law rather than the PRC's 2015 law. Made-up text in the real style, against excerpts of national
// texts of the bundled corpus (test/fixtures/english-pages8).
import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument, type CitationTarget } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const SHORT: Record<string, string> = {
  中华人民共和国香港特别行政区基本法: '港基', 中华人民共和国澳门特别行政区基本法: '澳基',
  中华人民共和国香港特别行政区维护国家安全法: '港安', 中华人民共和国国家安全法: '国安',
};

let corpus: Corpus | null = null;
/** [text, status, targets]: 港基48..2 is article 48, item 2. */
function summary(text: string): [string, string, string][] {
  corpus ??= loadCorpus({ bundled: false, folders: [path.join(FIXTURES, 'english-pages8')] });
  const fmt = (t: CitationTarget) =>
    `${t.regulation === null ? '本' : SHORT[t.regulation] ?? t.regulation}${t.article ?? ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}`;
  return analyzeDocument(text, corpus).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(fmt).join(' ')]);
}

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // the Basic Law named with its region
  ['"of Hong Kong\'s Basic Law", "of Macao\'s Basic Law": the region\'s own', 'Article 104 of Hong Kong\'s Basic Law sets the oath; Article 23 of Macao\'s Basic Law asks the region to legislate.', [
    ['Article 104 of Hong Kong\'s Basic Law', 'resolved', '港基104'], ['Article 23 of Macao\'s Basic Law', 'resolved', '澳基23'],
  ]],
  ['"the Basic Law of the HKSAR", "the Macau Basic Law", "Hong Kong\'s mini-constitution"', 'See Article 18 of the Basic Law of the HKSAR, Article 101 of the Macau Basic Law and Article 27 of Hong Kong\'s mini-constitution.', [
    ['Article 18 of the Basic Law of the HKSAR', 'resolved', '港基18'], ['Article 101 of the Macau Basic Law', 'resolved', '澳基101'], ['Article 27 of Hong Kong\'s mini-constitution', 'resolved', '港基27'],
  ]],
  ['the name before the article: "Hong Kong Basic Law Article 18", "the Basic Law\'s Article 27"', 'Laws apply in Hong Kong under Hong Kong Basic Law Article 18, and the Basic Law\'s Article 27 guarantees free speech.', [
    ['Hong Kong Basic Law Article 18', 'resolved', '港基18'], ['Basic Law\'s Article 27', 'resolved', '港基27'],
  ]],
  // the Basic Law without a place: the region the page speaks of
  ['"the Basic Law" of a page about Hong Kong, and the bare article after it', 'The Legislative Council debated the oath. Under Article 158 of the Basic Law the Standing Committee interprets it; Article 104 was the one read.', [
    ['Article 158 of the Basic Law', 'resolved', '港基158'], ['Article 104', 'resolved', '港基104'],
  ]],
  ['"the Basic Law" of a page about Macao', 'Members of the Legislative Assembly of Macao swear to uphold it: Article 101 of the Basic Law says so.', [
    ['Article 101 of the Basic Law', 'resolved', '澳基101'],
  ]],
  ['the region named last before it decides, on a page naming both', 'Hong Kong has its own courts. In Macao the law came early, as Article 23 of the Basic Law requires.', [
    ['Article 23 of the Basic Law', 'resolved', '澳基23'],
  ]],
  ['"BL" once the page wrote "the Basic Law (BL)"; an item in brackets where the article has one paragraph', 'Officials in Hong Kong swear to uphold the Basic Law (BL). The Chief Executive implements it under Article 48(2) of BL.', [
    ['Article 48(2) of BL', 'resolved', '港基48..2'],
  ]],
  ['the name alone in a heading, then the bare article', 'Charting the history of Hong Kong\'s Basic Law\n\nBeijing is set to interpret Article 104 again.', [
    ['Article 104', 'resolved', '港基104'],
  ]],
  ['not a "Basic Law" of a page naming neither region (another state\'s)', 'Article 1 of the Basic Law protects human dignity, the Karlsruhe court held in its ruling on the federal states.', [
    ['Article 1 of the Basic Law', 'unknown-regulation', ''],
  ]],
  ['not a longer name the words begin, nor "BL" the page never defined', 'In Hong Kong, Article 5 of the Basic Law Committee\'s working rules applies, and Article 48 of BL Holdings\' charter.', []],
  // Hong Kong's national security law
  ['"the Hong Kong National Security Law", "the national security law for Hong Kong"', 'Collusion falls under Article 29 of the Hong Kong National Security Law; Article 38 of the national security law for Hong Kong reaches abroad.', [
    ['Article 29 of the Hong Kong National Security Law', 'resolved', '港安29'], ['Article 38 of the national security law for Hong Kong', 'resolved', '港安38'],
  ]],
  ['the short name after the full title, and a short name defined on the place-qualified name', 'The Law of the People\'s Republic of China on Safeguarding National Security in the Hong Kong Special Administrative Region took effect. Article 43 of the national security law lists the police powers. Hong Kong\'s new National Security Law (NSL) also reaches abroad: Article 38 of the NSL.', [
    ['Article 43 of the national security law', 'resolved', '港安43'], ['Article 38 of the NSL', 'resolved', '港安38'],
  ]],
  ['the place-qualified name alone in a heading, then the bare article', 'Hong Kong\'s National Security Law: how wide is Article 38?', [
    ['Article 38', 'resolved', '港安38'],
  ]],
  ['not the short name after the page named the PRC\'s law by its own name since', 'Hong Kong\'s National Security Law followed the 2015 law of the mainland. Under the PRC National Security Law, Article 29 requires citizens to keep state secrets, and Article 43 of the national security law lists the duties of the state organs.', [
    ['Article 29', 'resolved', '国安29'], ['Article 43 of the national security law', 'resolved', '国安43'],
  ]],
  ['not the short name on a page that never named the Hong Kong law', 'Article 29 of the National Security Law requires citizens to keep state secrets; Hong Kong compatriots share the duty.', [
    ['Article 29 of the National Security Law', 'resolved', '国安29'],
  ]],
];

describe('real forms, english8: the laws of Hong Kong and Macao as English pages name them', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => assert.deepStrictEqual(summary(doc), expected));
  }
});

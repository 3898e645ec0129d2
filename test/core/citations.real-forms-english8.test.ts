// English pages on Chinese law, eighth round of issue 14: the laws of the special administrative regions as news, memos
// and Q&A pages name them (englishRegions.ts) — "the Basic Law" of the region the page is about, Hong Kong's national
// security law rather than the PRC's 2015 law; and smaller forms of the same pages (english.ts, analyze.ts): an
// inserted article as a sentence's subject ("Article 253a specifically …"), a short name defined with spaces inside
// the bracket, a statute's label in Markdown bold, "… Convention against …", a law named by its number ("Law 13/2009"),
// "Article 158(2) and (3)", "Article 13(3)" of an article with no paragraph 3. Made-up text in the real style, against
// excerpts of national texts of the bundled corpus (test/fixtures/english-pages8).
import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument, type CitationTarget } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const SHORT: Record<string, string> = {
  中华人民共和国香港特别行政区基本法: '港基', 中华人民共和国澳门特别行政区基本法: '澳基',
  中华人民共和国香港特别行政区维护国家安全法: '港安', 中华人民共和国国家安全法: '国安',
  中华人民共和国个人信息保护法: '个保', 中华人民共和国刑法: '刑法', 中华人民共和国反外国制裁法: '反制裁',
  中华人民共和国商标法: '商标', 中华人民共和国宪法: '宪法',
};

let corpus: Corpus | null = null;
/** [text, status, targets]: 港基48..2 is article 48, item 2. */
function summary(text: string): [string, string, string][] {
  corpus ??= loadCorpus({ bundled: false, folders: [path.join(FIXTURES, 'english-pages8')] });
  const fmt = (t: CitationTarget) =>
    `${t.regulation === null ? '本' : SHORT[t.regulation] ?? t.regulation}${t.article ?? ''}${t.articleInsert ? `之${t.articleInsert}` : ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}`;
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

const forms: [name: string, doc: string, expected: [string, string, string][]][] = [
  ['an inserted article as the subject of a sentence, a verb or an adverb after it', 'Under the PRC Criminal Law, Article 253a specifically punishes the sale of data, and Article 253a reaches the buyers too.', [
    ['Article 253a', 'resolved', '刑法253之1'], ['Article 253a', 'resolved', '刑法253之1'],
  ]],
  ['not a small letter that is the next word run into the number', 'Under the PRC Criminal Law, Article 20a person who acts in defence is not liable.', [
    ['Article 20', 'resolved', '刑法20'],
  ]],
  ['a short name defined with a space inside the bracket, used alone after other titles', 'China passed the Anti-Foreign Sanctions Law (反外国制裁法) ( “the AFSL”) after the Rules on Blocking Foreign Measures (Blocking Rules). The AFSL lets other laws add measures (Article 13).', [
    ['Article 13', 'resolved', '反制裁13'],
  ]],
  ['not a party\'s name so defined', 'Under the Anti-Foreign Sanctions Law, Acme Ltd ( “the Company”) signed; Article 13 of the contract binds it.', []],
  ['a provision\'s label in Markdown bold under the law\'s name is its text, no citation', 'Related provisions in *Anti-Foreign Sanctions Law*\n\n**Article 13**: Other laws may provide further countermeasures.', []],
  ['"the United Nations Convention against Corruption": a title, unknown to the corpus', 'China ratified the United Nations Convention against Corruption, except for paragraph 2 of Article 66.', [
    ['paragraph 2 of Article 66', 'unknown-regulation', ''],
  ]],
  ['a law named by its number and year, not the law in context', 'The Basic Law of the MSAR binds them; paragraph 1 of Article 3 of Law 13/2009 and Article 5 of Law No. 3/2000 follow it.', [
    ['paragraph 1 of Article 3 of Law 13/2009', 'unknown-regulation', ''], ['Article 5 of Law No. 3/2000', 'unknown-regulation', ''],
  ]],
  ['"Article 158(2) and (3)": two paragraphs of one article', 'Article 158(2) and (3) of the Hong Kong Basic Law authorise the courts.', [
    ['Article 158(2) and (3) of the Hong Kong Basic Law', 'resolved', '港基158.2 港基158.3'],
  ]],
  ['not an article number after the bracket', 'Articles 158(2) and 18 of the Hong Kong Basic Law apply.', [
    ['Articles 158(2) and 18 of the Hong Kong Basic Law', 'resolved', '港基158.2 港基18'],
  ]],
  ['"Article 13(3)" where the article has two paragraphs, the first listing items: the item', 'Article 13(3) of the PIPL allows processing for a legal duty; Article 13(2) of the PIPL asks consent otherwise.', [
    ['Article 13(3) of the PIPL', 'resolved', '个保13..3'], ['Article 13(2) of the PIPL', 'resolved', '个保13.2'],
  ]],
  // a numbered list of legal bases, each citation run on with the article's text
  ['"1. Article 44 of the "Trademark Law" If …": the text run on is the law\'s, "hereof" in it too', '1. Article 44 of the "Trademark Law" If a mark was registered against Article 10 or Article 12 hereof, the office declares it invalid.\n2. Our note on Article 12 hereof ends here.', [
    ['Article 44 of the "Trademark Law"', 'resolved', '商标44'], ['Article 10', 'resolved', '商标10'], ['Article 12 hereof', 'resolved', '商标12'], ['Article 12 hereof', 'self', '本12'],
  ]],
  // Taiwan's codes named as the mainland's are
  ['"Article 7 of the Constitution" where the page speaks of Taiwan\'s Judicial Yuan: Taiwan\'s, unknown to the corpus', 'The Grand Justices of the Judicial Yuan held the night-work rule void under Article 7 of the Constitution.', [
    ['Article 7 of the Constitution', 'unknown-regulation', ''],
  ]],
  ['not where the page speaks of the mainland after it', 'The Judicial Yuan is Taiwan\'s court. In Beijing, the NPC reads Article 7 of the Constitution otherwise.', [
    ['Article 7 of the Constitution', 'resolved', '宪法7'],
  ]],
];

describe('real forms, english8: smaller forms of the same pages', () => {
  for (const [name, doc, expected] of forms) {
    it(name, () => assert.deepStrictEqual(summary(doc), expected));
  }
});

// English translations and pages on Chinese law, seventh round of issue 14: the English titles official pages give
// the Law on Commercial Banks and the NPC Standing Committee's Rules of Procedure (english-titles.json, each row with
// its source), a film or book titled after an article ("the film "Article 20"") that is no citation, and article
// headings with a caption in brackets ("Article 1 (Purposes and Basis)", "Article 1 [Cases of …]") or a quoted term
// ("Article 2 'Income from …' in …") at a line's start. Made-up text in the real style, against excerpts of real
// national texts (test/fixtures/english-pages3 for the Criminal Law, entrans7).
import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument, type CitationTarget } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const SHORT: Record<string, string> = {
  中华人民共和国商业银行法: '商业银行', 中华人民共和国全国人民代表大会常务委员会议事规则: '议事规则', 中华人民共和国刑法: '刑法',
  中华人民共和国劳动法: '劳动',
};

let corpus: Corpus | null = null;
/** [text, status, targets]: 刑法20 is article 20; 议事规则5.2 article 5, paragraph 2; 本4 the document's own article 4. */
function summary(text: string): [string, string, string][] {
  corpus ??= loadCorpus({ bundled: false, folders: ['english-pages3', 'entrans7'].map((f) => path.join(FIXTURES, f)) });
  const fmt = (t: CitationTarget) =>
    `${t.regulation === null ? '本' : SHORT[t.regulation] ?? t.regulation}${t.article ?? ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}`;
  return analyzeDocument(text, corpus).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(fmt).join(' ')]);
}

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // English titles with their sources
  ['the Law on Commercial Banks by its NPC title and as the SPP\'s English site writes it', "Relevant Provisions\nArticle 12 of the Commercial Banking Law\nArticle 9 of the Law of the People's Republic of China on Commercial Banks", [
    ['Article 12 of the Commercial Banking Law', 'resolved', '商业银行12'], ["Article 9 of the Law of the People's Republic of China on Commercial Banks", 'resolved', '商业银行9'],
  ]],
  ['another state\'s banking act is none, rules with a like name are another title (unknown), not the Chinese law', 'Article 12 of the Banking Act of Singapore differs, and so does Article 3 of the Commercial Banking Rules of the bank.', [
    ['Article 3 of the Commercial Banking Rules', 'unknown-regulation', ''],
  ]],
  ['the NPC Standing Committee\'s Rules of Procedure, amended article by article', "The Standing Committee decided to make the following amendments to the Rules of Procedure for the Standing Committee of the National People's Congress of the People's Republic of China:\n1. One paragraph is added to Article 7 as the second paragraph.\n2. Article 8 is revised to read, \"The chairmen shall …\"", [
    ['Article 7', 'resolved', '议事规则7'], ['the second paragraph', 'resolved', '议事规则7.2'], ['Article 8', 'resolved', '议事规则8'],
  ]],
  ['the Rules of Procedure of another body are no title of the corpus', 'Article 7 of the Rules of Procedure of the Arbitration Commission applies.', [
    ['Article 7 of the Rules of Procedure of the Arbitration Commission', 'unknown-regulation', ''],
  ]],
  // headings with a caption in brackets or opening on a quoted term
  ['a heading with its caption in round brackets, official translations of local rules', "Implementing Measures of the Municipality for the Regulations on Street Trading\n\nArticle 1(Purpose and Basis)\n\nThese Measures are formulated in accordance with the Labor Law of the People's Republic of China.\n\nArticle 2 (Scope of Application)\n\nThese Measures apply within the Municipality.", [
  ]],
  ['a heading with its caption in square brackets; a citation inside the caption stays one', "Chapter I Cases that Endanger Public Security\nArticle 3 [Cases of financing crimes (the meaning of Article 20 of the Criminal Law)] Where a person finances …\nArticle 4 【Cases of bribery】 Where …", [
    ['Article 20 of the Criminal Law', 'resolved', '刑法20'],
  ]],
  ['a definition article opening on its term in single quotes', "Article 1 These Rules are formulated under the Labor Law.\nArticle 2 'Wages' in Article 3 of the Labor Law means the pay of a worker.\nArticle 3 ‘Overtime’ in Paragraph 2, Article 10 of the Labor Law means …", [
    ['Article 3 of the Labor Law', 'resolved', '劳动3'], ['Paragraph 2, Article 10 of the Labor Law', 'resolved', '劳动10.2'],
  ]],
  ['a bracket between a citation and its law, a paragraph or an item in brackets: citations, not captions', "Article 4 (Working Hours) of the Labor Law applies.\nArticle 20 (2) of the Criminal Law too.\nArticle 3 (a) of the Labor Law.\nArticle 5 (see the Labor Law) is cited.", [
    ['Article 4 (Working Hours) of the Labor Law', 'resolved', '劳动4'], ['Article 20 (2) of the Criminal Law', 'resolved', '刑法20.2'],
    ['Article 3 (a) of the Labor Law', 'unknown-item', '劳动3..1'], ['Article 5', 'resolved', '劳动5'],
  ]],
  // a work titled after an article
  ['a film titled after an article, named again in quotes; the article it comes from is cited beside it', 'The Criminal Law is discussed again since the film "Article 20" came out. Produced by the procuratorate, "Article 20," follows a prosecutor. The title of the movie "Article 20" comes from Article 20 of China\'s Criminal Law; the application of Article 20 was rare.', [
    ["Article 20 of China's Criminal Law", 'resolved', '刑法20'], ['Article 20', 'resolved', '刑法20'],
  ]],
  ['a label quoted after a word that names no work, or quoted with more words, stays a citation', 'The Criminal Law provides it in the provision "Article 20". The book on Article 21 sold well; a show on "Article 20 of the Criminal Law" too.', [
    ['Article 20', 'resolved', '刑法20'], ['Article 21', 'resolved', '刑法21'], ['Article 20 of the Criminal Law', 'resolved', '刑法20'],
  ]],
  // a serial comma before "or"
  ['a list with a serial comma before "or" gives all its numbers', 'The employer terminates under Items 2, 3, or 4 of Article 25 of the Labor Law, or under Articles 3, 5, or 7 of the Labor Law.', [
    ['Items 2, 3, or 4 of Article 25 of the Labor Law', 'resolved', '劳动25..2 劳动25..3 劳动25..4'], ['Articles 3, 5, or 7 of the Labor Law', 'resolved', '劳动3 劳动5 劳动7'],
  ]],
  ['", or" before words that number nothing ends the list', 'Article 3 of the Labor Law, or rather its second sentence, and Article 4, or the article after it, apply.', [
    ['Article 3 of the Labor Law', 'resolved', '劳动3'], ['Article 4', 'resolved', '劳动4'],
  ]],
  // a bilingual page's Chinese heading glued to the English heading before it
  ['a Chinese heading glued to the English words before it, its text after a space, is a heading', '一、总则 | I. General rules第一条 本法依据宪法制定。 Article 1 This Law is formulated under the Constitution.第二条 劳动者依照《中华人民共和国刑法》第二十条行事。', [
    ['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'],
  ]],
  ['glued to a Latin word but cited, no space or name after it: a citation', 'The rule of the Criminal Law (see 《刑法》第二十条规定) and the IPO第二十条规定 differ.', [
    ['《刑法》第二十条', 'resolved', '刑法20'], ['第二十条', 'resolved', '刑法20'],
  ]],
];

describe('citation table: English translations and pages, seventh round (titles, works named after an article, captioned headings)', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected, doc));
});

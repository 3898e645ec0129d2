// English translations and pages on Chinese law, fourth round of issue 14 (english.ts, englishHeadings.ts and the
// English title table): articles joined to their law by "under" or "&", titles in angle brackets, items lettered
// (a), (b), a list whose entries climb from a paragraph to another article, the text after a legal-basis label, and
// the English titles official translations give some national laws and interpretations. Made-up text in the real
// style, against excerpts of real national texts (test/fixtures/english-memos, english-pages3, english-pages4).
import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument, type CitationTarget } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const SHORT: Record<string, string> = {
  中华人民共和国商标法: '商标', 中华人民共和国反不正当竞争法: '反不正当', 中华人民共和国仲裁法: '仲裁', 中华人民共和国民事诉讼法: '民诉',
  中华人民共和国防洪法: '防洪', 中华人民共和国全民所有制工业企业法: '工业企业', 中华人民共和国刑法: '刑法', 中华人民共和国公司法: '公司',
  中华人民共和国立法法: '立法', 工资支付暂行规定: '工资',
};

let corpus: Corpus | null = null;
/** [text, status, targets]: 商标57 is article 57; 民诉19..1 article 19, item 1; 本4 the document's own article 4. */
function summary(text: string): [string, string, string][] {
  corpus ??= loadCorpus({ bundled: false, folders: ['english-memos', 'english-pages3', 'english-pages4'].map((f) => path.join(FIXTURES, f)) });
  const fmt = (t: CitationTarget) =>
    `${t.regulation === null ? '本' : SHORT[t.regulation] ?? t.regulation}${t.article ?? ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}`;
  return analyzeDocument(text, corpus).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(fmt).join(' ')]);
}

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // "under" and "&" in lists of legal bases
  ['an article joined to its law by "under", two articles by "&"', 'Legal basis: Article 59&60 under PRC Trademark Law; Article 7 under PRC Anti-Unfair Competition Law; Article 9 under the Arbitration Law.', [
    ['Article 59&60 under PRC Trademark Law', 'resolved', '商标59 商标60'], ['Article 7 under PRC Anti-Unfair Competition Law', 'resolved', '反不正当7'],
    ['Article 9 under the Arbitration Law', 'resolved', '仲裁9'],
  ]],
  ['"under" before a word that is no title names no law', 'The Arbitration Law governs. The seller\'s duty under Article 4 under the contract stands, and so does Article 5.', [
    ['Article 4', 'resolved', '仲裁4'], ['Article 5', 'resolved', '仲裁5'],
  ]],
  // angle brackets
  ['a title in angle brackets, as writers used to 《》 print it', 'Key PRC law provision(s) at issue: Articles 9 and 20 of <Arbitration Law of the People’s Republic of China>; Paragraph 1, Article 20 of the <Civil Procedure Law of the People’s Republic of China>', [
    ['Articles 9 and 20 of <Arbitration Law of the People’s Republic of China>', 'resolved', '仲裁9 仲裁20'],
    ['Paragraph 1, Article 20 of the <Civil Procedure Law of the People’s Republic of China>', 'resolved', '民诉20.1'],
  ]],
  ['《》 around an English title, glued to "the" or not', 'Under Article 9 of the《Arbitration Law of the PRC》and Article 20 of the 《Arbitration Law》 the award is final; Article 4 of the《Agreement》 is not.', [
    ['Article 9 of the《Arbitration Law of the PRC》', 'resolved', '仲裁9'], ['Article 20 of the 《Arbitration Law》', 'resolved', '仲裁20'],
  ]],
  ['angle brackets around something that is no law', 'See Article 3 of <the Agreement> and Article 4 of <Schedule B>.', []],
  // lettered items
  ['items lettered (a), (b) after an article are its 项', 'The "major cases" in Article 19 (a) of the Civil Procedure Law; the courts may act under Articles 19 (c) and 20 of the Civil Procedure Law.', [
    ['Article 19 (a) of the Civil Procedure Law', 'resolved', '民诉19..1'], ['Articles 19 (c) and 20 of the Civil Procedure Law', 'resolved', '民诉19..3 民诉20'],
  ]],
  ['a letter an article has no item for, another law\'s (a), a contract\'s (a)', 'Article 20 (b) of the Civil Procedure Law; Article 6(1)(a) GDPR; Article 2(a) of the Agreement.', [
    ['Article 20 (b) of the Civil Procedure Law', 'unknown-item', '民诉20..2'],
  ]],
  ['a capital letter in brackets stays an inserted article (条之一)', 'Article 253(A) of the Criminal Law.', [
    ['Article 253(A) of the Criminal Law', 'unknown-article', '刑法253'],
  ]],
  // a list whose entries climb
  ['a paragraph that climbs to another article is the next entry of the list', "Paragraph 4 of Article 2, Article 23, Paragraph 1 of Article 35 and Article 55 of the Law of the People's Republic of China on Industrial Enterprises Owned by the Whole People shall be deleted.", [
    ['Paragraph 4 of Article 2', 'resolved', '工业企业2.4'], ['Article 23', 'resolved', '工业企业23'], ['Paragraph 1 of Article 35', 'resolved', '工业企业35.1'],
    ["Article 55 of the Law of the People's Republic of China on Industrial Enterprises Owned by the Whole People", 'resolved', '工业企业55'],
  ]],
  ['a paragraph after an article that climbs to nothing stays that article\'s', 'Article 2, Paragraph 4 of the Law of the People\'s Republic of China on Industrial Enterprises Owned by the Whole People applies.', [
    ['Article 2, Paragraph 4 of the Law of the People\'s Republic of China on Industrial Enterprises Owned by the Whole People', 'resolved', '工业企业2.4'],
  ]],
  // a legal-basis label
  ['after a legal-basis label the article\'s text runs on, capitalised or not, with a short name in brackets', "Legal basis: Article 60 of the Trademark Law of People's Republic of China (PRC) commits one of the acts listed in Article 57 of this Law.\nLegal ground: Article 17 of the Anti-Unfair Competition Law Business operators who break Article 9 of this Law pay.", [
    ["Article 60 of the Trademark Law of People's Republic of China", 'resolved', '商标60'], ['Article 57 of this Law', 'resolved', '商标57'],
    ['Article 17 of the Anti-Unfair Competition Law', 'unknown-article', '反不正当17'], ['Article 9 of this Law', 'resolved', '反不正当9'],
  ]],
  ['another lead is no basis label: "this Law" there is the document\'s own', 'Background: Article 60 of the Trademark Law changed. Article 57 of this Law applies.\nA note on the Legal basis: Article 60 of the Trademark Law was cited, and Article 57 of this Law too.', [
    ['Article 60 of the Trademark Law', 'resolved', '商标60'], ['Article 57 of this Law', 'self', '本57'],
    ['Article 60 of the Trademark Law', 'resolved', '商标60'], ['Article 57 of this Law', 'self', '本57'],
  ]],
  // "hereof" after a list, a colon after a citation opening a sentence
  ['"hereof" after the last article of a list is the text\'s own for all', 'Article 74 The company, after the transfer pursuant to Article 72 and Article 73 hereof, cancels the certificate.', [
    ['Article 72', 'self', '本72'], ['Article 73 hereof', 'self', '本73'],
  ]],
  ['not to an article that names its own law', 'Article 5 of the Trademark Law and Article 6 hereof differ.', [
    ['Article 5 of the Trademark Law', 'resolved', '商标5'], ['Article 6 hereof', 'self', '本6'],
  ]],
  ['"of this Law" after a list in quoted statute text is the quoted law for all', 'Article 58 of the Trademark Law: whoever uses a mark so is liable under Article 57 and Article 60 of this Law.', [
    ['Article 58 of the Trademark Law', 'resolved', '商标58'], ['Article 57', 'resolved', '商标57'], ['Article 60 of this Law', 'resolved', '商标60'],
  ]],
  ['a citation opening a sentence with a colon after it labels the text after it', 'Trade secrets. Article 9 of the "Anti-Unfair Competition Law": an operator who breaks Article 6 of this Law is liable.', [
    ['Article 9 of the "Anti-Unfair Competition Law"', 'resolved', '反不正当9'], ['Article 6 of this Law', 'resolved', '反不正当6'],
  ]],
  ['not in mid-sentence, nor without the colon', 'We read Article 9 of the Anti-Unfair Competition Law: and Article 6 of this Law. See the note. Article 9 of the Anti-Unfair Competition Law applies; so does Article 7 of this Law.', [
    ['Article 9 of the Anti-Unfair Competition Law', 'resolved', '反不正当9'], ['Article 6 of this Law', 'self', '本6'],
    ['Article 9 of the Anti-Unfair Competition Law', 'resolved', '反不正当9'], ['Article 7 of this Law', 'self', '本7'],
  ]],
  // English titles of the table
  ['English titles of the 2009 decision on revising laws and a second English name of the Criminal Law', "Article 52 of the Flood Control Law of the People's Republic of China; Article 51 of the Flood Prevention Law of the People's Republic of China; Article 20 of the Penal Code.", [
    ["Article 52 of the Flood Control Law of the People's Republic of China", 'resolved', '防洪52'],
    ["Article 51 of the Flood Prevention Law of the People's Republic of China", 'resolved', '防洪51'], ['Article 20 of the Penal Code', 'resolved', '刑法20'],
  ]],
  // legal citation style (law reviews, the Law Library of Congress)
  ['a comma between the title and "art.", and "id." for the law cited just before', 'Laws are published on the NPC website (Law on Legislation, art. 58); local ones too (id. art. 57). See article 56 of the Law on Legislation. Id. at 12.', [
    ['Law on Legislation, art. 58', 'resolved', '立法58'], ['id. art. 57', 'resolved', '立法57'], ['article 56 of the Law on Legislation', 'resolved', '立法56'],
  ]],
  ['no comma before a full "Article", no "id." inside a word', 'Under the Law on Legislation, Article 58 of the Agreement binds no one. He said. Art. 57 is bare.', [
    ['Art. 57', 'resolved', '立法57'],
  ]],
  ['an English title of wage rules as legal-basis pages write it', 'Article 7 of the Interim Provisions on the Payment of Wages: wages are paid on the agreed date.', [
    ['Article 7 of the Interim Provisions on the Payment of Wages', 'resolved', '工资7'],
  ]],
  // Taiwan's code is Taiwan's law, unknown-regulation, no longer no citation (fix-tw18: Taiwan's laws are China's).
  ['another state\'s code, named before or after the state, is none of China\'s (Taiwan\'s: unknown)', "Japan's Penal Code Article 39 differs; so does the Penal Code of Taiwan, Article 19, and Article 20 of the Criminal Code of Germany.", [
    ['Article 19', 'unknown-regulation', ''],
  ]],
  ['China named after the code is China\'s', 'Article 20 of the Criminal Code of China applies; the Penal Code of the People\'s Republic of China, Article 21, too.', [
    ['Article 20 of the Criminal Code of China', 'resolved', '刑法20'], ['Article 21', 'resolved', '刑法21'],
  ]],
];

describe('citation table: English translations and pages, fourth round (under, &, angle brackets, lettered items, climbing lists, basis labels, titles)', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected, doc));
});

// English pages on Chinese law, third round of issue 14 (englishHeadings.ts, english.ts, englishRunIn.ts,
// englishComposed.ts): headings alone on their line or in lower case, a label line naming the law of the text under
// it, "the preceding paragraph" in quoted statute text, leads before a title (People's Republic of China (PRC), the
// original), spelled-out numbers, wrapped titles, bracketed law labels, the Civil Code's book interpretations, another
// state's law. Made-up text in the real style, against excerpts of real national texts (test/fixtures/english-memos,
// test/fixtures/english-pages3).
import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument, type CitationTarget } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const SHORT: Record<string, string> = {
  中华人民共和国劳动合同法: '劳动合同', 中华人民共和国劳动法: '劳动', 中华人民共和国公司法: '公司', 中华人民共和国外商投资法: '外资',
  中华人民共和国仲裁法: '仲裁', 中华人民共和国民法典: '民法典', 中华人民共和国刑法: '刑法', 中华人民共和国反垄断法: '反垄断',
  '最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释': '合同编解释',
  '最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（一）': '婚姻解释一',
};

let corpus: Corpus | null = null;
/** [text, status, targets]: 刑法20.2 is article 20, paragraph 2; 本4 the document's own article 4. */
function summary(text: string): [string, string, string][] {
  corpus ??= loadCorpus({ bundled: false, folders: [path.join(FIXTURES, 'english-memos'), path.join(FIXTURES, 'english-pages3')] });
  const fmt = (t: CitationTarget) =>
    `${t.regulation === null ? '本' : SHORT[t.regulation] ?? t.regulation}${t.article ?? ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}`;
  return analyzeDocument(text, corpus).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(fmt).join(' ')]);
}

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // headings of quoted statute text
  ['an article label alone on its line above the article\'s text is a heading', 'Article-by-article notes on the Criminal Law: Article 20 (self-defence)\n\nArticle 20\n\nAn act taken to stop an unlawful infringement that is under way is justifiable defence.\n\nThis article is about self-defence.', [
    // "This article" after the article's text: a mention of the article headed so (fix-en23, round 19 convention).
    ['Article 20', 'resolved', '刑法20'], ['This article', 'resolved', '刑法20'],
  ]],
  ['not above a caption or the writer\'s own words about it', 'The Labor Contract Law.\n\nArticle 46\n\nMeaning\n\nArticle 47\n\nThis article sets the severance rate for each year worked.', [
    ['Article 46', 'resolved', '劳动合同46'], ['Article 47', 'resolved', '劳动合同47'], ['This article', 'resolved', '劳动合同47'], // fix-en23: "this article" points back
  ]],
  // "Contents:" says the line gives the article's content: the label alone above it heads it (fix-en23, the round 19
  // convention: "Article 7" alone above a "Contents:" line is a heading); a caption of the writer's own does not.
  ['nor above the writer\'s caption opening the line', 'The Labor Contract Law has clear provisions.\n\nArticle 39\n\nComments: An employer may dismiss an employee who seriously breaches its rules.', [
    ['Article 39', 'resolved', '劳动合同39'],
  ]],
  ['but above "Contents:", the article\'s gist', 'The Labor Contract Law has clear provisions.\n\nArticle 39\n\nContents: An employer may dismiss an employee who seriously breaches its rules.', []],
  ['a heading in lower case right after the heading of the article before it', 'Labor Law of the PRC\nArticle 38: The employer shall give each worker one day off a week.\nArticle 39 enterprises that cannot follow Articles 36 and 38 of this Law may adopt other rules.', [
    ['Articles 36 and 38 of this Law', 'resolved', '劳动36 劳动38'],
  ]],
  ['not with a link or a verb after the number, nor out of sequence, nor in mid-line', 'The Labor Law of the PRC.\nArticle 38 The employer shall give one day off a week.\nArticle 39 provides for other rules.\nArticle 41 overtime is limited.\nSee the note. Article 39 enterprises may differ.', [
    ['Article 39', 'resolved', '劳动39'], ['Article 41', 'resolved', '劳动41'], ['Article 39', 'resolved', '劳动39'],
  ]],
  ['a heading run on after a chapter heading on a page that lost its line breaks', 'Labor Law of the PRC Chapter IV Working Hours and Rest Article 36 The State practises a working hours system. Article 37 For workers paid by the piece, Article 36 of this Law applies.', [
    ['Article 36 of this Law', 'resolved', '劳动36'],
  ]],
  // Round 24 (fix-en41, english/headings/paragraphHeading.ts): a label with a paragraph opening its line over the provision's
  // words heads that paragraph's printed text, as a bare label does; a caption of a few words stays a citation.
  ['a label with a paragraph over the provision\'s words is a heading; over a short caption a citation', 'The Criminal Law of the PRC.\nArticle 20 (2) Justifiable defence that clearly exceeds the limit bears liability.\nArticle 17(3) Persons aged twelve to fourteen are liable.\nArticle 17(4) Age limits', [
    ['Article 17(4)', 'resolved', '刑法17.4'],
  ]],
  // a citation labelling the text under it
  ['a citation alone on its line above the article\'s text: "this Law" there is that law', 'Legal basis\nArticle 44 of People\'s Republic of China (PRC) Labor Law\nWhere overtime is arranged under Article 41 of this Law, the employer shall pay more.\n\nA memo: Article 3 of this Law.', [
    ['Article 44 of People\'s Republic of China (PRC) Labor Law', 'resolved', '劳动44'], ['Article 41 of this Law', 'resolved', '劳动41'], ['Article 3 of this Law', 'self', '本3'],
  ]],
  ['a colon after the citation, or the text run on after it', 'Article 36 of the Labor Law: the working hours of Article 37 of this Law apply.\nArticle 39 of the Labor Law Enterprises that cannot follow Article 38 of this Law may apply.', [
    ['Article 36 of the Labor Law', 'resolved', '劳动36'], ['Article 37 of this Law', 'resolved', '劳动37'],
    ['Article 39 of the Labor Law', 'resolved', '劳动39'], ['Article 38 of this Law', 'resolved', '劳动38'],
  ]],
  ['a bracketed label naming the law of the articles printed under it', '[Criminal law provisions]\nArticle 20 An act of justifiable defence bears no liability.\nIt is not excessive under Article 21 of this Law.', [
    ['Article 21 of this Law', 'resolved', '刑法21'],
  ]],
  ['a law\'s name in sentence case elsewhere is no title', 'Criminal law provisions differ by country. Article 21 of this Law is the memo\'s.', [
    ['Article 21 of this Law', 'self', '本21'],
  ]],
  // the preceding paragraph / article
  ['the preceding paragraph in quoted statute text: the paragraph before the one it stands in', 'Criminal Law of the PRC\nArticle 20 An act to stop an unlawful infringement under way is justifiable defence.\nWhere the defence clearly exceeds the necessary limit, the person shall bear liability; the preceding\nparagraph applies otherwise.\nViolent crimes are not covered by the preceding two paragraphs.', [
    ['the preceding\nparagraph', 'resolved', '刑法20.1'], ['the preceding two paragraphs', 'resolved', '刑法20.1 刑法20.2'],
  ]],
  ['the preceding article, and items of the preceding paragraph', 'Labor Law of the PRC\nArticle 42 The limits of the preceding article do not apply where disasters strike.\nArticle 44 The employer shall pay overtime:\n(1) for extended hours;\n(2) for rest days.\nPay under items (1) and (2) of the preceding paragraph is due monthly.', [
    ['the preceding article', 'resolved', '劳动41'], ['items (1) and (2) of the preceding paragraph', 'resolved', '劳动44.1.1 劳动44.1.2'],
  ]],
  ['not in a law the quoted text only cites (an excerpt of an unnamed interpretation)', 'The court may find it falls under Article 20 of the Criminal Law. Article 5 Where the defence is excessive, the court shall say so.\nThe rule applies to the cases in the preceding paragraph.', [
    ['Article 20 of the Criminal Law', 'resolved', '刑法20'],
  ]],
  ['not in a writer\'s prose, nor in the first paragraph of a text that ran its paragraphs together', 'As the preceding paragraph shows, the Labor Law matters.\nCriminal Law of the PRC\nArticle 20 An act of defence bears no liability. Whoever exceeds the preceding paragraph is liable.', []],
  // leads before a title
  ['People\'s Republic of China (PRC), the original, P.R.C. in quotes', 'Article 17 of People\'s Republic of China (PRC) Company Law; Paragraph 2 of Article 106 of the original General Principles of the Civil Law; the second paragraph of the original Article 16 of the Company Law; article 20 of the "P.R.C. Criminal Law".', [
    ['Article 17 of People\'s Republic of China (PRC) Company Law', 'resolved', '公司17'],
    ['Paragraph 2 of Article 106 of the original General Principles of the Civil Law', 'unknown-regulation', ''],
    ['the second paragraph of the original Article 16 of the Company Law', 'resolved', '公司16.2'],
    ['article 20 of the "P.R.C. Criminal Law"', 'resolved', '刑法20'],
  ]],
  ['a quoted title after a year or "revised"', 'Article 63 Paragraph 1 of the 2013 revised “Trademark Law” and Article 16 of the new "Company Law".', [
    ['Article 63 Paragraph 1 of the 2013 revised “Trademark Law”', 'unknown-regulation', ''], ['Article 16 of the new "Company Law"', 'resolved', '公司16'],
  ]],
  ['the First Paragraph capitalised, "Criminal Code" for the Criminal Law', 'Interpretation Regarding the First Paragraph of Article 20 of the Criminal Law; Article 21 of the Criminal Code.', [
    ['the First Paragraph of Article 20 of the Criminal Law', 'resolved', '刑法20.1'], ['Article 21 of the Criminal Code', 'resolved', '刑法21'],
  ]],
  // numbers and titles as pages print them
  ['an article\'s number spelled out', 'China Labor Contract Law Article Forty-Six sets the rule; Article Forty-Seven and Articles Two and Three follow; article ninety-nine is none.', [
    ['China Labor Contract Law Article Forty-Six', 'resolved', '劳动合同46'], ['Article Forty-Seven', 'resolved', '劳动合同47'],
    ['Articles Two and Three', 'resolved', '劳动合同2 劳动合同3'], ['article ninety-nine', 'unknown-article', '劳动合同99'],
  ]],
  ['not a number word that is no number, nor an article of a contract', 'The Labor Contract Law. Article One of the Agreement; Article Hundred; Article Fortyish.', []],
  ['a memo\'s section heading opening a line is no title; a translation\'s heading is', 'Safe Harbor Provisions\nUnder the Labor Contract Law, Article 46 applies.\n\nInterpretation of the General Principles of Contracts of the Civil Code\nArticle 3 Where the parties dispute whether a contract is concluded, the court decides.\nWhere a contract is found concluded under the preceding paragraph, the court fills its gaps.', [
    ['Article 46', 'resolved', '劳动合同46'], ['the preceding paragraph', 'resolved', '合同编解释3.1'],
  ]],
  ['a title wrapped across a line break', 'The Contract Book of the Civil\nCode of the People\'s Republic of China took effect in 2021, and its article 465 protects contracts.', [
    ['article 465', 'resolved', '民法典465'],
  ]],
  ['the first paragraphs of two articles, the law named once', 'Courts read the first paragraph of article 142 and the first paragraph of article 466 of the Civil Code together.', [
    ['the first paragraph of article 142', 'resolved', '民法典142.1'], ['the first paragraph of article 466 of the Civil Code', 'resolved', '民法典466.1'],
  ]],
  // the SPC's interpretations of the Civil Code's books
  ['an interpretation named by its book of the Civil Code', 'Article 1 of the Interpretation of the General Principles of Contracts of the Civil Code; Article 2 of the Interpretation (I) of the SPC on the Application of the Marriage and Family Book of the Civil Code.', [
    ['Article 1 of the Interpretation of the General Principles of Contracts of the Civil Code', 'resolved', '合同编解释1'],
    ['Article 2 of the Interpretation (I) of the SPC on the Application of the Marriage and Family Book of the Civil Code', 'resolved', '婚姻解释一2'],
  ]],
  ['a book the corpus has no interpretation of stays unknown', 'Article 3 of the Interpretation on the Succession Book of the Civil Code.', [
    ['Article 3 of the Interpretation on the Succession Book of the Civil Code', 'unknown-regulation', ''],
  ]],
  // another state's law
  ['a Chinese law\'s English name after another state\'s is that state\'s law: no title, its articles no citations', 'Unlike the German Civil Code, whose Article 823 governs torts, and Japan\'s Civil Code Article 709, Article 466 of the Civil Code applies; so does Article 467.', [
    ['Article 466 of the Civil Code', 'resolved', '民法典466'], ['Article 467', 'resolved', '民法典467'],
  ]],
  ['a code dated before 1949 is another state\'s; its name later cites it where the Chinese law has no such article', 'Fault is the source of liability in the Civil Code of 1804. The general formula of article 1382 of the Civil Code is followed by article 1383 of the Civil Code; Articles 1382 and 1383 have a universal vocation. China\'s Civil Code differs: Article 466 of the Civil Code.', [
    ['Article 466 of the Civil Code', 'resolved', '民法典466'],
  ]],
  ['an article the Chinese law has stays its citation after another state\'s law of that name', 'The French Civil Code aside, article 466 of the Civil Code governs, and article 1382 of the Civil Code is French.', [
    ['article 466 of the Civil Code', 'resolved', '民法典466'],
  ]],
  ['the Chinese law named again after it takes over', 'The Swiss Civil Code differs. The Civil Code of the PRC, in Article 466, does not.', [
    ['Article 466', 'resolved', '民法典466'],
  ]],
];

describe('citation table: English pages, third round (headings, labelled text, preceding references, leads, numbers, books, foreign law)', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected, doc));
});

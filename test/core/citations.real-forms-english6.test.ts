// English pages on Chinese law, sixth round of issue 14 (titleAliases.ts, english.ts, englishHeadings.ts,
// englishRunIn.ts, scanner.ts): a law's title with the country's name at its end or turned into "<phrase> Law",
// "the present Law", "this Law" in an article's words reported after "stipulates that", headings with a comma or
// opening a quotation, another state's code dated by its day of enactment, the WTO agreements' articles, a bilingual
// page's Chinese heading glued to the English full stop. Made-up text in the real style, against excerpts of national
// texts of the bundled corpus (test/fixtures/english-pages6).
import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument, type CitationTarget } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const SHORT: Record<string, string> = {
  中华人民共和国对外关系法: '对外', 中华人民共和国企业所得税法: '企税', 中华人民共和国立法法: '立法', 中华人民共和国民法典: '民法典',
};

let corpus: Corpus | null = null;
/** [text, status, targets]: 企税3.3 is article 3, paragraph 3; 民法典1063..3 is item 3 of its one paragraph. */
function summary(text: string): [string, string, string][] {
  corpus ??= loadCorpus({ bundled: false, folders: [path.join(FIXTURES, 'english-pages6')] });
  const fmt = (t: CitationTarget) =>
    `${t.regulation === null ? '本' : SHORT[t.regulation] ?? t.regulation}${t.article ?? ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}`;
  return analyzeDocument(text, corpus).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(fmt).join(' ')]);
}

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // a title with the country's name inside
  ['"Law of the PRC on X" written with the name at its end, and as "X Law"', 'Commentators cite Article 8 of the Law on Foreign Relations of the People\'s Republic of China and Article 33 of the Foreign Relations Law.', [
    ['Article 8 of the Law on Foreign Relations of the People\'s Republic of China', 'resolved', '对外8'], ['Article 33 of the Foreign Relations Law', 'resolved', '对外33'],
  ]],
  ['the short form is a title alone too, for the bare articles after it', 'The Foreign Relations Law took effect in July. Article 1 sets its aims and Article 30 the treaties it bars.', [
    ['Article 1', 'resolved', '对外1'], ['Article 30', 'resolved', '对外30'],
  ]],
  ['not lower-case prose that happens to use the words', 'Scholars of foreign relations law read Article 3 of the Charter first.', []],
  // the present Law
  ['"of the present Law" names the text itself, as "this Law"', 'Article 39 Where the tax on the income in Paragraph 3, Article 3 of the present Law is not withheld, the taxpayer shall pay it. The same holds for Articles 37 and 38 of the present Law.', [
    ['Paragraph 3, Article 3 of the present Law', 'self', '本3.3'], ['Articles 37 and 38 of the present Law', 'self', '本37 本38'],
  ]],
  ['not "the present Law School", an institution', 'A lecture at the present Law School covered Article 2 of the Enterprise Income Tax Law.', [
    ['Article 2 of the Enterprise Income Tax Law', 'resolved', '企税2'],
  ]],
  // "stipulates that" reports the article's words
  ['"this Law" in the words an article is reported to say is the cited law, to the end of the sentence', 'Article 37 of the Enterprise Income Tax Law of People\'s Republic of China (PRC) stipulates that tax on the income under the third paragraph of Article 3 of this Law is withheld at source.', [
    ['Article 37 of the Enterprise Income Tax Law of People\'s Republic of China', 'resolved', '企税37'], ['the third paragraph of Article 3 of this Law', 'resolved', '企税3.3'],
  ]],
  ['not in the writer\'s next sentence', 'Article 37 of the Enterprise Income Tax Law stipulates that the payer withholds the tax. Article 5 of this Law is the draft\'s own rule.', [
    ['Article 37 of the Enterprise Income Tax Law', 'resolved', '企税37'], ['Article 5 of this Law', 'self', '本5'],
  ]],
  // short names, the law described, text that lost its spaces
  ['a short name defined "(referred to as the …)" without "hereinafter"', 'The Enterprise Income Tax Law of the People\'s Republic of China (referred to as the “EIT Laws”) and the Foreign Relations Law apply. Under the EIT Laws the rate is set in Article 4.', [
    ['Article 4', 'resolved', '企税4'],
  ]],
  ['not words after "referred to as" that name nothing', 'The Foreign Relations Law (referred to as needed) applies; Article 8 sets the duty.', [
    ['Article 8', 'resolved', '对外8'],
  ]],
  ['"of the current law", "of the revised law": the law being discussed', 'The Enterprise Income Tax Law was revised. Article 4 of the current law sets the rate and Article 5 of the revised law defines the income.', [
    ['Article 4 of the current law', 'resolved', '企税4'], ['Article 5 of the revised law', 'resolved', '企税5'],
  ]],
  ['not a law firm, school or review so described', 'The Enterprise Income Tax Law was revised. Article 6 of the new law firm handbook and Article 2 of the current law school rules are no law\'s.', []],
  ['a comma with no space before "of", "Article" glued to its number (text extracted from a PDF)', 'Applying Article 37,paragraph 1,of the Enterprise Income Tax Law and Article33 of the Foreign Relations Law.', [
    ['Article 37,paragraph 1,of the Enterprise Income Tax Law', 'resolved', '企税37.1'], ['Article33 of the Foreign Relations Law', 'resolved', '对外33'],
  ]],
  ['not a word or a file name glued to the number', 'See Article12B.pdf and Articles2024report in the annex.', []],
  ['a title in quotation marks with the sentence\'s comma inside them (American punctuation)', 'According to Article 4 of the “Enterprise Income Tax Law of the People’s Republic of China,” the rate is 25 per cent.', [
    ['Article 4 of the “Enterprise Income Tax Law of the People’s Republic of China,”', 'resolved', '企税4'],
  ]],
  ['not another document so quoted', 'Article 4 of the “Annual Report,” shows the rate.', []],
  ['an unquoted short name for a draft ("the Revised Draft") names the draft, also after the law got a short name of its own', 'The State Council issued a revised draft of PRC Enterprise Income Tax Law (the Revised Draft) for comment. The current Enterprise Income Tax Law (the Current Law) has 60 articles. The Revised Draft adds a duty to report (Article 4).', [
    ['Article 4', 'unknown-regulation', ''],
  ]],
  ['not the law itself, named by its own short name after the draft', 'The State Council issued a revised draft of PRC Enterprise Income Tax Law (the Revised Draft) for comment. The current Enterprise Income Tax Law (the Current Law) has 60 articles. The Current Law sets the rate (Article 4).', [
    ['Article 4', 'resolved', '企税4'],
  ]],
  // headings of quoted statute text
  ['a heading glued to its text in lower case, letters lost (a page that dropped characters)', 'The tax is paid monthly. Article 5ncome from abroad is declared yearly.', []],
  ['not an inserted article written "bis" or with a letter', 'See Article 8 bis of the Foreign Relations Law and Article 8a of the Foreign Relations Law.', [
    ['Article 8 bis of the Foreign Relations Law', 'unknown-article', '对外8'], ['Article 8a of the Foreign Relations Law', 'unknown-article', '对外8'],
  ]],
  ['a heading with a comma after the label, the article\'s text opening with a provision\'s first word', 'Enterprise Income Tax Law of the People\'s Republic of China\nArticle 37, The income taxes payable by a non-resident enterprise shall be withheld at source.\nArticle 38, Where a non-resident enterprise undertakes a project, the payer may be designated.', []],
  ['not a paragraph or a list after the comma', 'Article 37, paragraph 1 of the Enterprise Income Tax Law\nArticle 37, Article 38 of the Enterprise Income Tax Law', [
    ['Article 37, paragraph 1 of the Enterprise Income Tax Law', 'resolved', '企税37.1'], ['Article 37', 'resolved', '企税37'], ['Article 38 of the Enterprise Income Tax Law', 'resolved', '企税38'],
  ]],
  ['an amending decision quotes the new articles, each heading opening the quotation', 'The Legislation Law is amended as follows:\n1. Article 5 is changed into Article 6, which reads:\n“Article 6. Legislation shall uphold people\'s democracy.\n“Article 7 legislation shall proceed from reality.”', [
    ['Article 5', 'resolved', '立法5'], ['Article 6', 'resolved', '立法6'],
  ]],
  ['not a citation opening a quotation', 'The Legislation Law was amended.\n“Article 5 of the Legislation Law governs constitutionality,” the official said.', [
    ['Article 5 of the Legislation Law', 'resolved', '立法5'],
  ]],
  ['a label opening its line with the article\'s text run on and ending in a colon: the list and the paragraphs below are that text', 'Enterprise Income Tax Law Article 27 The following income may be exempted from tax:\n(1) income from farming;\n(5) income under the third paragraph of Article 3.\nIncome under the preceding paragraph is declared yearly.', [
    ['Enterprise Income Tax Law Article 27', 'resolved', '企税27'], ['the third paragraph of Article 3', 'resolved', '企税3.3'], ['the preceding paragraph', 'resolved', '企税27.1'],
  ]],
  ['not without the colon: the writer\'s next line is prose', 'Enterprise Income Tax Law Article 4 The rate of the tax is 25 per cent.\nAs the preceding paragraph shows, rates differ.', [
    ['Enterprise Income Tax Law Article 4', 'resolved', '企税4'],
  ]],
  // another state's law, the WTO's agreements
  ['a code\'s heading dated before 1949 by its day of enactment is another state\'s: its articles are no citations', 'Civil Code, August 30, 1928, as amended\nStrict liability is defined in Article 1913 of the Civil Code; otherwise Article 1910 applies.', []],
  ['not a code dated after 1949', 'Civil Code, May 28, 2020\nArticle 1062 of the Civil Code lists common property.', [
    ['Article 1062 of the Civil Code', 'resolved', '民法典1062'],
  ]],
  ['an article of TRIPS, GATT or GATS is none', 'Notified under TRIPS Art. 63.2; compare GATT Article 20 and Article 14 of GATS. Civil Code Article 1062 is among the texts.', [
    ['Civil Code Article 1062', 'resolved', '民法典1062'],
  ]],
  // a bilingual page
  ['a Chinese heading glued to the English full stop is a heading, and 本法 in it the quoted law', 'PRC Civil Code Part V: Marriage and Family\nArticle 1062 The following property is common property: (IV) property inherited, except for that in Item (III) of Article 1063 hereof.第一千零六十二条 夫妻的下列财产为共同财产：（四）继承的财产，但是本法第一千零六十三条第三项规定的除外。', [
    ['Item (III) of Article 1063 hereof', 'resolved', '民法典1063..3'], ['本法第一千零六十三条第三项', 'resolved', '民法典1063..3'],
  ]],
  // items written as the Chinese （三） or with a closing bracket only
  ['items numbered (III) as the Chinese （三）, or with only the closing bracket', 'Item (III) of Article 1063 of the Civil Code; item 2) of Article 1063 of the Civil Code; items 4〕 or 5〕 of Article 1063 of the Civil Code.', [
    ['Item (III) of Article 1063 of the Civil Code', 'resolved', '民法典1063..3'], ['item 2) of Article 1063 of the Civil Code', 'resolved', '民法典1063..2'],
    ['items 4〕 or 5〕 of Article 1063 of the Civil Code', 'resolved', '民法典1063..4 民法典1063..5'],
  ]],
  ['not a section number in capitals, nor a bracket closing the writer\'s own', '(III) Remedies under Article 1062 of the Civil Code (see item 2) Article 1063 of the Civil Code.', [
    ['Article 1062 of the Civil Code', 'resolved', '民法典1062'], ['Article 1063 of the Civil Code', 'resolved', '民法典1063'],
  ]],
  ['not after a list number\'s full stop', '《中华人民共和国民法典》相关条文：1.第一千零六十二条 共同财产的范围。', [
    ['第一千零六十二条', 'resolved', '民法典1062'],
  ]],
];

describe('English pages, sixth round (issue 14): titles, "the present Law", headings, foreign codes', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

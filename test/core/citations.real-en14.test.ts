// English pages, fourteenth round of issue 14 (en14: the residual errors of the English tuning sets): forms a writer
// or a translator uses, one rule each, with rows that look like citations and are not. Made-up text in the real style,
// against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // a translation's heading with a caption after a dash, the article's text below it (englishHeadings.ts captionedTextBelow)
  ['"Article 21 – Data Classification" above the article\'s text: a heading, "this Law" in the text is the law\'s', 'Data Security Law of the People\'s Republic of China › Chapter III\n\nArticle 21 – Data Classification\n\nThe State establishes a system of data classification and protection as provided in Article 27 of this Law.', [
    ['Article 27 of this Law', 'resolved', '数据安全27'],
  ]],
  ['"Article 47 - Severance Calculation" with a hyphen, the text on the next line', 'Labor Contract Law of the People\'s Republic of China\nArticle 47 - Severance Calculation\nThe economic compensation shall be paid to the worker by the years he has worked for the employer.', []],
  ['not a writer\'s list of articles and their gist after a dash, each closing with a stop', 'The Data Security Law of the People\'s Republic of China\n\nArticle 21 – Classification of data.\n\nArticle 27 – Duties of data handlers.', [
    ['Article 21', 'resolved', '数据安全21'], ['Article 27', 'resolved', '数据安全27'],
  ]],
  ['not a dash before a sentence of the writer\'s on the same line', 'The Data Security Law of the People\'s Republic of China governs.\nArticle 21 – The State sorts data by its importance to the economy.\nArticle 27 – see our note below on the duties of handlers of data.', [
    ['Article 21', 'resolved', '数据安全21'], ['Article 27', 'resolved', '数据安全27'],
  ]],
  ['not a caption with no article\'s text under it', 'The Data Security Law of the People\'s Republic of China governs.\n\nArticle 21 – Data Classification\n\nOur view', [
    ['Article 21', 'resolved', '数据安全21'],
  ]],
  // a work's title quoted, its opening mark lost at a line break (englishWorkTitle.ts quotedAlone)
  ['\'What is "Article 20".\' ⏎ \'Article 20" refers to …\': the film\'s title opening its line, no citation', 'Among the new films is the film "Article 20".\nWhat is "Article 20".\nArticle 20" refers to the clause on defence in Article 20 of the Criminal Law.', [
    ['Article 20 of the Criminal Law', 'resolved', '刑20'],
  ]],
  ['not a label opening its line where no work is named so, nor one followed by a possessive', 'The Criminal Law governs defence.\nArticle 20" is how the clause is known.\nArticle 21’s scope is narrower.', [
    ['Article 20', 'resolved', '刑20'], ['Article 21', 'resolved', '刑21'],
  ]],
  // the next article's heading run on inside quoted statute text (englishHeadings.ts runOnHeadingInStatute) — on a
  // legal-basis line opened by the writer's citation of the first article, the next label after a full stop cites the
  // law just quoted (round 26's convention, fix-en63 pastedArticles.ts: it was read as a heading here before)
  ['"… fined. Article 40 bis knowingly …" inside a legal basis quoting Article 40: the next article, cited', 'Legal basis: Article 224 of the Criminal Law of People\'s Republic of China (PRC) whoever defrauds others in signing a contract shall be fined. Article 224 bis knowingly organises a pyramid scheme and shall be sentenced.', [
    ['Article 224 of the Criminal Law of People\'s Republic of China', 'resolved', '刑224'], ['Article 224 bis', 'resolved', '刑224之1'],
  ]],
  ['"… fined. Article 225 whoever …": the next article run on after the quoted one, cited', 'Legal basis: Article 224 of the Criminal Law of People\'s Republic of China (PRC) whoever defrauds others shall be fined. Article 225 whoever operates an illegal business shall be sentenced.', [
    ['Article 224 of the Criminal Law of People\'s Republic of China', 'resolved', '刑224'], ['Article 225', 'resolved', '刑225'],
  ]],
  ['not a label followed by a link or a verb, nor one far from the quoted article, nor outside quoted text', 'Legal basis: Article 224 of the Criminal Law of People\'s Republic of China (PRC) whoever defrauds others shall be fined. Article 225 provides more. Article 300 whoever organises a cult shall be sentenced.\n\nIn our view the fraud is proven. Article 225 whoever operates is not relevant.', [
    ['Article 224 of the Criminal Law of People\'s Republic of China', 'resolved', '刑224'], ['Article 225', 'resolved', '刑225'], ['Article 300', 'resolved', '刑300'], ['Article 225', 'resolved', '刑225'],
  ]],
  ['not a label after the writer\'s sentence on a line of its own below the quoted text', 'Legal basis: Article 224 of the Criminal Law of People\'s Republic of China (PRC) whoever defrauds others shall be fined.\nSee the note. Article 225 whoever operates an illegal business is not our case.', [
    ['Article 224 of the Criminal Law of People\'s Republic of China', 'resolved', '刑224'], ['Article 225', 'resolved', '刑225'],
  ]],
  // "the preceding paragraph" in quoted statute text that ran its paragraphs together (precedingPlaced.ts)
  ['"… Article 257 … Whoever … in the preceding paragraph …" on one line: the paragraph the article\'s text says', 'Legal basis: Article 257 of the Criminal Law of the PRC Whoever interferes with another person\'s freedom of marriage by violence shall be sentenced to not more than two years. Whoever commits the crime in the preceding paragraph and thereby causes the death of the victim shall be sentenced to not less than two years.', [
    ['Article 257 of the Criminal Law of the PRC', 'resolved', '刑257'], ['the preceding paragraph', 'resolved', '刑257.1'],
  ]],
  ['items of the preceding paragraph, and the preceding two paragraphs, in an added article run together', 'Legal basis: Article 133-1 of the Criminal Law, whoever drives a motor vehicle on the road in any of the following circumstances shall be detained: (1) racing; (2) driving while drunk; (3) carrying far too many passengers; (4) carrying dangerous chemicals. An owner directly responsible for items (3) or (4) of the preceding paragraph shall be punished likewise. Whoever commits the acts in the preceding two paragraphs and also another crime shall be punished for the heavier one.', [
    ['Article 133-1 of the Criminal Law', 'resolved', '刑133之1'], ['items (3) or (4) of the preceding paragraph', 'resolved', '刑133之1.1.3 刑133之1.1.4'], ['the preceding two paragraphs', 'resolved', '刑133之1.1 刑133之1.2'],
  ]],
  ['not an article whose text refers to no preceding paragraph, nor the writer\'s own paragraph', 'Legal basis: Article 261 of the Criminal Law of the PRC Whoever refuses to support an old person shall be sentenced; the crime in the preceding paragraph is serious.\n\nWe discussed Article 257 of the Criminal Law above. As the preceding paragraph shows, the rule is old.', [
    ['Article 261 of the Criminal Law of the PRC', 'resolved', '刑261'], ['Article 257 of the Criminal Law', 'resolved', '刑257'],
  ]],
  // "the first paragraph" alone in quoted statute text: the quoted article's own (englishHeadings.ts ownParagraphAt)
  ['"… as stipulated in the first paragraph" in the text under an article\'s heading: that article\'s first paragraph', 'Water Law of the People\'s Republic of China\nArticle 12 Units that take water shall pay fees and report their use yearly.\nLocal regulations may add to the duties stipulated in the first paragraph.', [
    ['the first paragraph', 'resolved', '水12.1'],
  ]],
  ['not the writer\'s own paragraph in prose, nor a paragraph whose article is named before it in its clause', 'Water Law of the People\'s Republic of China\nArticle 12 Units that take water shall pay fees; the events in Article 9 of this Law listed in the second paragraph are excepted.\n\nAs we said in the first paragraph, fees are low.', [
    ['Article 9 of this Law', 'resolved', '水9'],
  ]],
  // the article's paragraphs quoted below "… states that:", a blank line between each (englishHeadings.ts quotedParagraphsBelow)
  ['"Article 257 of the Criminal Law states that:" then its paragraphs below: references in them are the article\'s', 'The amendment revised the rule. Article 257 of the Criminal Law states that:\n\nWhoever interferes with another person\'s freedom of marriage by violence shall be sentenced to not more than two years.\n\nWhoever commits the crime in the preceding paragraph and causes death shall be sentenced to not less than two years.\n\nThe crime in the first paragraph of this Article shall be handled only upon complaint.', [
    ['Article 257 of the Criminal Law', 'resolved', '刑257'], ['the preceding paragraph', 'resolved', '刑257.1'], ['the first paragraph of this Article', 'resolved', '刑257.1'],
  ]],
  ['not the writer\'s paragraphs after the quoted ones, nor below a colon with the writer\'s words under it', 'Article 257 of the Criminal Law states that:\n\nWhoever interferes with another person\'s freedom of marriage by violence shall be sentenced.\n\nOur note: the preceding paragraph is rarely applied.\n\nArticle 261 of the Criminal Law provides:\n\nIn our view the preceding paragraph matters.', [
    ['Article 257 of the Criminal Law', 'resolved', '刑257'], ['Article 261 of the Criminal Law', 'resolved', '刑261'],
  ]],
  // paragraphs listed each with its word (lists/englishUnitList.ts paragraphsAt)
  ['"the first paragraph or the second paragraph of this article" in a quoted article: both paragraphs', 'Legal basis: Article 260 of the Criminal Law of the PRC Whoever maltreats a member of the family shall be sentenced. Whoever thereby causes serious injury shall be sentenced to more. The crimes under the first paragraph or the second paragraph of this article are tried upon complaint.', [
    ['Article 260 of the Criminal Law of the PRC', 'resolved', '刑260'], ['the first paragraph or the second paragraph of this article', 'resolved', '刑260.1 刑260.2'],
  ]],
  // a law's acronym in title case before the article (english.ts titleBefore)
  ['"Dsl Article Twenty One", "Dsl Article 21": a heading that capitalises every word writes the acronym so', 'Dsl Article Twenty One sets up data classification.\n\nBreaching Dsl Article 21 is costly.', [
    ['Dsl Article Twenty One', 'resolved', '数据安全21'], ['Dsl Article 21', 'resolved', '数据安全21'],
  ]],
  ['not a title-case word that is no law\'s acronym, nor an acronym glued into a longer word', 'The Cpl Article 5 was read. Bydsl Article 6 too.', [
    ['Article 5', 'no-context', ''], ['Article 6', 'no-context', ''],
  ]],
];

describe('English pages, fourteenth round (issue 14, en14): captioned headings, a quoted work title that lost its opening mark, headings run on in quoted statute text', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

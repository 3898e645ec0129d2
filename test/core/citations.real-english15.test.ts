// English pages, fifteenth round of issue 14, real-real-english15 (law databases, annotated translations, case notes,
// machine-translated Q&A): forms a writer uses that the earlier rounds did not read, one rule each. Made-up text in the
// real style (other laws, numbers and subjects than the pages), against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // a navigation bar of the page's own articles (englishNavigation.ts)
  ['"Article 1 | Article 2 | Article 3 | Article 4" above a text: the page\'s navigation bar, no citation', 'Implementing Rules of the "Provisions on Water Permits"\n\nArticle 1 | Article 2 | Article 3 | Article 4\nArticle 5 · Article 6 · Article 7\n\nArticle 1\nThese Rules are formulated to implement the Provisions.', []],
  ['not labels in a sentence, two labels, labels out of order, nor a table row opened by a bar', 'The Water Law governs. Articles 1, 2 and 3 apply.\nArticle 12 | Article 13\nArticle 3 | Article 7 | Article 9\n| Article 4 | Article 5 | Article 6 |', [
    ['Articles 1, 2 and 3', 'resolved', '水1 水2 水3'],
    ['Article 12', 'resolved', '水12'], ['Article 13', 'resolved', '水13'],
    ['Article 3', 'resolved', '水3'], ['Article 7', 'resolved', '水7'], ['Article 9', 'resolved', '水9'],
    ['Article 4', 'resolved', '水4'], ['Article 5', 'resolved', '水5'], ['Article 6', 'resolved', '水6'],
  ]],
  // the chapter and the part (编) or book an article stands in, between it and its law (english.ts CHAPTER_BETWEEN)
  ['"Article 702 of Chapter 15 of Part III of the Civil Code", "Article 1190 of Part VII of the Civil Code"', 'Article 702 of Chapter 15 of Part III of the Civil Code defines the loan. Article 1190 of Part VII of the Civil Code governs.', [
    ['Article 702 of Chapter 15 of Part III of the Civil Code', 'resolved', '民法典702'],
    ['Article 1190 of Part VII of the Civil Code', 'resolved', '民法典1190'],
  ]],
  ['not the part of an agreement: an article of another document', 'The Civil Code applies. Article 5 of Part 2 of the Agreement sets the price; Article 9 of Chapter 3 of the Contract too.', []],
  // an English kind noun with nothing cited before names an unknown text (anaphor.ts kindNamedOnly)
  ['"Article 7 of the Provisions", "Article 2 of the Measures" with nothing cited before: unknown texts, not no-context', 'As Article 7 of the Provisions states, courts should refer to the cases; Article 2 of the Measures too.', [
    ['Article 7 of the Provisions', 'unknown-regulation', ''],
    ['Article 2 of the Measures', 'unknown-regulation', ''],
  ]],
  ['not after a text of that kind was cited, nor an article of a contract', '《最高人民法院关于民事诉讼证据的若干规定》 applies. Article 10 of the Provisions lists the facts. Article 7 of the contract binds.', [
    ['Article 10 of the Provisions', 'resolved', '最高人民法院关于民事诉讼证据的若干规定10'],
  ]],
  // "these regulations" names the regulation whose full title was written last (englishTheseRegulations.ts)
  ['"the Regulations on the Implementation of …" then "these regulations … Article 19": that regulation\'s article, unknown', 'The State Council adopted the Regulations on the Implementation of the Water Permit Law (WPL). These newly established regulations build upon the Water Law and the Forest Law. Central to these regulations are permits. Notably, Article 19 empowers the agencies.', [
    ['Article 19', 'unknown-regulation', ''],
  ]],
  ['a known regulation named again so, after a law named in between', 'The Regulations on Paid Annual Leave for Employees came into force in 2008, alongside the Labor Law. Under these regulations, Article 3 sets the days.', [
    ['Article 3', 'resolved', '职工带薪年休假条例3'],
  ]],
  ['not "these regulations" with no regulation\'s title written before', 'The Water Law and the Forest Law apply. Companies must follow these regulations. Article 5 sets the duty.', [
    ['Article 5', 'resolved', '森林5'],
  ]],
  // the next paragraph of an article named alone after its first, as a sentence's subject (englishNextParagraph.ts)
  ['"Paragraph 1 of Article 1165 of the Civil Code provides … . Paragraph 2 provides …": the same article\'s paragraph 2', 'Paragraph 1 of Article 1165 of the Civil Code provides that fault gives liability. Paragraph 2 provides the presumed fault.', [
    ['Paragraph 1 of Article 1165 of the Civil Code', 'resolved', '民法典1165.1'],
    ['Paragraph 2', 'resolved', '民法典1165.2'],
  ]],
  ['after a short lead-in and a comma: "As a supplement, Paragraph 2 provides …" (heldout16-english)', 'Paragraph 1 of Article 1165 of the Civil Code sets the rule. As a supplement, Paragraph 2 provides the presumed fault.', [
    ['Paragraph 1 of Article 1165 of the Civil Code', 'resolved', '民法典1165.1'],
    ['Paragraph 2', 'resolved', '民法典1165.2'],
  ]],
  ['not after a lead-in inside a sentence, nor a long clause before the comma', 'Paragraph 1 of Article 1165 of the Civil Code sets the rule, and as a supplement, Paragraph 2 provides more. When the court reviewed the whole file carefully, Paragraph 2 provides little.', [
    ['Paragraph 1 of Article 1165 of the Civil Code', 'resolved', '民法典1165.1'],
  ]],
  ['not after a citation naming no paragraph, across a blank line, nor "Paragraph 2" of a report', 'Article 30 of the Water Law applies. Paragraph 2 provides the rest.\nParagraph 1 of Article 30 of the Water Law provides the rule.\n\nParagraph 2 provides an overview. Paragraph 3 of the report states it.', [
    ['Article 30 of the Water Law', 'resolved', '水30'],
    ['Paragraph 1 of Article 30 of the Water Law', 'resolved', '水30.1'],
  ]],
];

describe('English pages, fifteenth round (issue 14, real-real-english15): a navigation bar of the page\'s own articles, the part or book between an article and its law, a kind noun with nothing cited before, "these regulations", the next paragraph named alone', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

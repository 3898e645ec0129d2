// English pages, eleventh round of issue 14, real-english11 (news, law-firm notes, translations): forms a writer uses for a law or an
// article that the earlier rounds did not read, one rule each. Made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary, bundledSummary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // the English of a 关于…的意见 / 通知 named in full takes over the context, as 《…意见》 does (analyze.ts onTitle)
  ['an article of the Opinions named in full is theirs, not the law named before', 'Under the Trademark Law, the court applied the Opinions on Several Issues Concerning the Trial of Disputes over Market Stalls (the Opinions), in which Article 12 provides that stalls are let by the year.', [
    ['Article 12', 'unknown-regulation', ''],
  ]],
  ['a Notice named with its issuer and then its subject', 'The Trademark Law applies. The court followed the Notice of the Supreme People\'s Court on Street Markets, and Article 3 settles the question.', [
    ['Article 3', 'unknown-regulation', ''],
  ]],
  ['not the Notice named alone, nor Opinions of people with no subject', 'Under the Trademark Law, the court read the Notice and Article 12 decided the case.\nThe Trademark Law applies. The Opinions of the Experts were heard, and Article 13 decided the case.', [
    ['Article 12', 'resolved', '商标12'], ['Article 13', 'resolved', '商标13'],
  ]],
  ['not when the law is named again after the Notice', 'The Notice of the State Council on Street Markets was issued in 2019. Article 12 of the Trademark Law still governs marks, and Article 13 of it too.', [
    ['Article 12 of the Trademark Law', 'resolved', '商标12'], ['Article 13', 'resolved', '商标13'],
  ]],
  // "PRC Law on X" for a law the NPC names "X Law" (titleAliases.ts lawOnForms)
  ['the country\'s name before a law turned round, "the PRC Law on Lawyers"', 'Article 47 of the PRC Law on Lawyers is cited, and Article 4 of the PRC Law on Export Control.', [
    ['Article 47 of the PRC Law on Lawyers', 'resolved', '律师47'], ['Article 4 of the PRC Law on Export Control', 'resolved', '出口管制4'],
  ]],
  ['not another state\'s Law on Lawyers; one singular word turned round names no law of the corpus', 'Article 47 of the PRC Law on Criminal is no title, and Article 3 of the US Law on Lawyers is none either.', [
    ['Article 47 of the PRC Law on Criminal', 'unknown-regulation', ''],
  ]],
  // a clause after an article whose paragraph is in brackets is that paragraph's item (english.ts parseEnglish)
  ['"Article 49(1), Clause 6, of …": paragraph 1, item 6; with "Item" and in a list too', 'Article 49(1), Clause 6, of the Lawyers Law is often cited. The Lawyers Law applies: Article 49(1), item (6), and Article 49(1), Clauses 5 and 6.', [
    ['Article 49(1), Clause 6, of the Lawyers Law', 'resolved', '律师49.1.6'], ['Article 49(1), item (6)', 'resolved', '律师49.1.6'],
    ['Article 49(1), Clauses 5 and 6', 'resolved', '律师49.1.5 律师49.1.6'],
  ]],
  ['not without a paragraph in brackets (a clause is then the paragraph), nor a year, nor a contract\'s clause', 'Article 49, Clause 1 of the Lawyers Law is a paragraph. The Lawyers Law applies: Article 49(1), Clause 2020 was signed. Article 5(1), Clause 6 of the contract is void.', [
    ['Article 49, Clause 1 of the Lawyers Law', 'resolved', '律师49.1'], ['Article 49(1)', 'resolved', '律师49.1'],
  ]],
  // a lower-case heading after a label of the run that was no heading by its words (englishHeadings.ts labelAbove)
  ['"Article 75 market …" two lines under "Article 74 of the traders …", a machine translation\'s labels', '1. "Securities Law of the People\'s Republic of China"\nArticle 74 of the insider traders include:\n(A) the issuer\'s directors;\nArticle 75 market prices affected by information not yet public are inside information.', []],
  ['not a lower-case word after an article with no label above, nor a label numbered far off', 'The Securities Law applies.\nArticle 75 market prices are the issue here, we think.\nArticle 40 of the traders is unclear.\nArticle 75 market prices again.', [
    ['Article 75', 'resolved', '证券75'], ['Article 75', 'resolved', '证券75'],
  ]],
];

// Full titles, inserted articles shown (刑法287之2): a paragraph after a dot read as the inserted article (analyze.ts
// dottedInsert).
const inserted: [name: string, doc: string, expected: [string, string, string][]][] = [
  ['"Article 287.2": the article has one paragraph, 287之2 exists', 'He was charged under Article 287.2 of the Criminal Law for renting out bank cards.', [
    ['Article 287.2 of the Criminal Law', 'resolved', '中华人民共和国刑法287之2'],
  ]],
  ['not a paragraph the article has, nor one with no inserted article, nor with an item after it', 'Article 20.2 of the Criminal Law limits defence. Article 20.4 of the Criminal Law does not exist. Article 287.2(1) of the Criminal Law neither.', [
    ['Article 20.2 of the Criminal Law', 'resolved', '中华人民共和国刑法20.2'], ['Article 20.4 of the Criminal Law', 'unknown-paragraph', '中华人民共和国刑法20.4'],
    ['Article 287.2(1) of the Criminal Law', 'unknown-paragraph', '中华人民共和国刑法287.2.1'],
  ]],
];

describe('English pages, eleventh round (issue 14, real-english11): Opinions and Notices named in full, PRC Law on X, clauses, dotted inserted articles, lower-case headings', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
  for (const [name, doc, expected] of inserted) it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected));
});

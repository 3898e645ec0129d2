// English translations of laws, regulations, judicial interpretations and amending decisions, thirteenth round of
// issue 14 (real-entrans13): forms translators and the pages copying them use that the earlier rounds did not read,
// one rule each. Made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // a heading run on at the end of the previous article's last line, its text below (englishHeadings.ts labelEndsLine)
  ['"… tangible copy.Article 3" ⏎ "The term …": a label ending the line after a sentence, the heading of the text below', 'Regulations for the Implementation of the Copyright Law of the People\'s Republic of China\nArticle 2\n   The term "work" used in these Regulations refers to an original creation fixed in some tangible copy.Article 3\n   The term "author" used in these Regulations refers to the person who creates the work in question here. Article 4\nA work made for hire belongs to the unit that pays for it.\nThe provisions of the preceding paragraph do not apply to any work made by a retired person.', [
    ['the preceding paragraph', 'resolved', '著作权法实施条例4.1'],
  ]],
  ['not a label ending a writer\'s sentence without a full stop, nor a list number before a deleted article', 'The court relied on the Water Law and Article 14\ncovers the same ground here. The Water Law was amended as follows:\n(ii) Article 15.\n(iii) Article 16 is revised to read as below in the new text of the law.', [
    ['Article 14', 'resolved', '水14'], ['Article 15', 'resolved', '水15'], ['Article 16', 'resolved', '水16'],
  ]],
  // an agreement's title is no regulation's, even ending in a law word (english/names/englishLawLikeTitle.ts lawLikeEnglishTitle)
  ['"Article 32.6 of the Agreement on Subsidies and Countervailing Measures": a WTO agreement, no citation', 'China notifies its laws under Article 32.6 of the Agreement on Subsidies and Countervailing Measures and Article 9.2 of the Agreement on Trade-Related Investment Measures.', []],
  ['not a Chinese title on agreements ("Provisions on Monopoly Agreements")', 'Article 5 of the Provisions on Prohibition of Monopoly Agreements applies.', [
    ['Article 5 of the Provisions on Prohibition of Monopoly Agreements', 'unknown-regulation', ''],
  ]],
  // an amending article's text names the provision it changes (englishHeadings.ts ABOUT_ARTICLE)
  ['"Article 21" ⏎ "The provision in paragraph 5 of the Preamble of the Constitution …": an amendment\'s own article', 'Amendments to the Constitution of the People\'s Republic of China\n\nArticle 21\n\nThe provision in paragraph 5 of the Preamble of the Constitution shall be modified as set out below in full.', []],
  ['not a writer\'s line about the provision below its label', 'Constitution of the People\'s Republic of China\n\nArticle 21\n\nThe provision is about the State developing medical and health services across the country.', [
    ['Article 21', 'resolved', '宪21'],
  ]],
  // a paragraph an amending item names after its article, that article's (englishAmendedUnit.ts, scanner.ts)
  ['"… of Article 35 … shall be deleted. Paragraph 2 shall be revised to read": the paragraph of the article just named', 'II. Item 1, Paragraph 1 of Article 35 of the Regulations on Urban Water Supply shall be deleted. Paragraph 2 shall be revised to read: "The supply may be stopped for a time."', [
    ['Item 1, Paragraph 1 of Article 35 of the Regulations on Urban Water Supply', 'resolved', '城市供水条例35.1.1'], ['Paragraph 2', 'resolved', '城市供水条例35.2'],
  ]],
  ['"Article 10 is changed to be Article 12, and Subparagraph (2) of the first paragraph is revised": item 2 of its paragraph 1, also on the next line', '1. Article 10 of the Electoral Law of the National People\'s Congress and Local People\'s Congresses of the People\'s Republic of China is changed to be Article 12, and Subparagraph (2) of the first paragraph is revised to read: "a b c."\nThe Subparagraph (3) of the first paragraph is revised to read: "d."', [
    ['Article 10 of the Electoral Law of the National People\'s Congress and Local People\'s Congresses of the People\'s Republic of China', 'resolved', '全国人民代表大会和地方各级人民代表大会选举10'],
    ['Article 12', 'resolved', '全国人民代表大会和地方各级人民代表大会选举12'],
    ['Subparagraph (2) of the first paragraph', 'resolved', '全国人民代表大会和地方各级人民代表大会选举12.1.2'],
    ['The Subparagraph (3) of the first paragraph', 'resolved', '全国人民代表大会和地方各级人民代表大会选举12.1.3'],
  ]],
  ['not a paragraph after a blank line, in a writer\'s prose, or with no article named before it', 'Article 12 of the Water Law was discussed.\n\nParagraph 2 shall be revised by the committee next year. The drafters said paragraph 3 is revised often.\n\nParagraph 4 shall be revised to read: "x."', [
    ['Article 12 of the Water Law', 'resolved', '水12'],
  ]],
  // the title a short name is defined for, cited in full right before the definition; a title wrapped across a line
  // break (english/names/englishTitleAt.ts knownTitleAt, leadTitleAt, wrappedTitleEnd)
  ['"Article 21 of the Regulations on Urban Water Supply (hereinafter referred to as the Regulations)": the full title, then the short name', 'The Rules are made under Article 21 of the Regulations on Urban Water Supply (hereinafter referred to as the Regulations). The scope in Article 2 of the Regulations includes pipes.', [
    ['Article 21 of the Regulations on Urban Water Supply', 'resolved', '城市供水条例21'], ['Article 2 of the Regulations', 'resolved', '城市供水条例2'],
  ]],
  ['"… of the Regulations for the Control" ⏎ "of Advertising": a title wrapped across a line break', '   Article 1. These Rules are formulated under Article 13 of the Regulations for the Control\nof Advertising (hereinafter referred to as the Regulations).', [
    ['Article 13 of the Regulations for the Control\nof Advertising', 'resolved', '广告管理条例13'],
  ]],
  ['not a title broken by a blank line', 'Article 21 of the Regulations on Urban\n\nWater Supply is read.', [
    ['Article 21 of the Regulations on Urban', 'unknown-regulation', ''],
  ]],
  ['not a defined short name before other words than its title\'s', 'The Regulations on Urban Water Supply (the Regulations) apply; Article 3 of the Regulations as amended is read.', [
    ['Article 3 of the Regulations', 'resolved', '城市供水条例3'],
  ]],
  // a paragraph's new wording after an amending verb is that paragraph's words (scanner.ts QUOTE_OPEN_EN_AMENDED)
  ['"Paragraph 2, Article 14 of the … shall be revised as “… the preceding paragraph …”": paragraph 1 of Article 14', 'II. Paragraph 2, Article 14 of the Regulations on Riverway Administration shall be revised as "Works on dikes named in the preceding paragraph shall obey the river authority."', [
    ['Paragraph 2, Article 14 of the Regulations on Riverway Administration', 'resolved', '河道管理条例14.2'], ['the preceding paragraph', 'resolved', '河道管理条例14.1'],
  ]],
  ['not the new wording of a whole article, nor words after a verb in prose', 'Article 5 of the Water Law is amended to read: "Units shall save water. The preceding paragraph applies to farms." Paragraph 2 of Article 5 of the Water Law is revised often, "the preceding paragraph" being a phrase.', [
    ['Article 5 of the Water Law', 'resolved', '水5'], ['Paragraph 2 of Article 5 of the Water Law', 'unknown-paragraph', '水5.2'],
  ]],
];

describe('English translations, thirteenth round (issue 14, real-entrans13): a heading run on at a line\'s end, agreements\' titles, an amending article\'s text, a paragraph an amending item names after its article, a full title before its short name\'s definition, a title wrapped across lines, a paragraph\'s new wording', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

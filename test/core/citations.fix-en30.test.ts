// Forms from the English tuning sets' residual errors (round 21, fix-en30): made-up text in the real style against the
// bundled corpus (laws named short: 刑法69.2 is the Criminal Law's article 69, paragraph 2).
import * as assert from 'assert';
import { bundledShortTable as table, bundledSummary } from './citations/helpers';

// An English amending item numbers the paragraph it adds or moves ("is added as Paragraph 4", "is changed to Paragraph
// 3"): a paragraph of the article the item named (englishAmendedUnit.ts NUMBERED_AS), as 原第二款作为第三款 is.
table('citation table: the paragraph an English amending item adds or renumbers (fix-en30)', [
  ['"The original Paragraph 2 is changed to Paragraph 3", "inserted as the third paragraph": the article the item named',
    'Amendment to the Criminal Law of the People\'s Republic of China\n\n1. One paragraph is added as Paragraph 2 of Article 69, which reads: "Where several crimes are committed, the terms are combined." The original Paragraph 2 is changed to Paragraph 3, which reads: "Fines are executed together."\n\n2. One new paragraph is inserted as the second paragraph of Article 50. A paragraph is added as the third paragraph.',
    [['Paragraph 2 of Article 69', 'resolved', '刑69.2'], ['Paragraph 2', 'resolved', '刑69.2'], ['Paragraph 3', 'resolved', '刑69.3'],
      ['the second paragraph of Article 50', 'resolved', '刑50.2'], ['the third paragraph', 'unknown-paragraph', '刑50.3']]],
  ['not a number with its own owner after it, nor "was added" in prose, nor with no article named in the paragraph',
    'Notes on the Criminal Law of the People\'s Republic of China\n\nArticle 69 of the Criminal Law was discussed. One paragraph is added as Paragraph 3 of the agreement. The clause was added as Paragraph 4 by the parties.\n\nOne paragraph is added as Paragraph 2. The 14th session met; (2019) case No. 12; item 2 of the goods.',
    [['Article 69 of the Criminal Law', 'resolved', '刑69']]],
]);

// The new wording an English amending item quotes ("which reads: "…"") is the amended law's: a title named among its
// words does not take over from that law (englishNewWording.ts READS_AFTER_VERB); "which reads:" opens the quotation as
// "reads:" does (scanner.ts QUOTE_OPEN_EN), and a straight opening mark may close with a curly one.
table('citation table: a title inside an English amendment\'s new wording (fix-en30)', [
  ['the next amending item\'s bare article stays the amended law\'s, the marks mixed or not',
    'Amendment to the Criminal Law of the People\'s Republic of China\n\n1. One paragraph is added as Paragraph 3 of Article 69, which reads: "Violators shall be punished in accordance with the Administrative Penalty Law of the People\'s Republic of China.”\n\n2. One paragraph is added as Paragraph 2 of Article 50, which reads: "The court may restrict commutation."\n\n3. Article 64 is amended to read: “Property is confiscated under the Administrative Penalty Law of the People\'s Republic of China.” Article 52 is amended to read: “Fines are set by the circumstances.”',
    [['Paragraph 3 of Article 69', 'resolved', '刑69.3'], ['Paragraph 2 of Article 50', 'resolved', '刑50.2'], ['Article 64', 'resolved', '刑64'], ['Article 52', 'resolved', '刑52']]],
  ['not a quotation in a writer\'s prose with no amending verb: the title named there is the context after it',
    'Under the Criminal Law of the People\'s Republic of China, Article 69 applies. The court said: "the Administrative Penalty Law of the People\'s Republic of China governs." Article 8 then applies. The 14th session met.',
    [['Article 69', 'resolved', '刑69'], ['Article 8', 'resolved', '行政处罚8']]],
]);

// "One article is added after Article 37 as Article 37(a)": the inserted article 第三十七条之一, numbered with a letter
// (english/lists/englishUnitList.ts INSERTED_AFTER); a small letter in brackets elsewhere stays an item.
describe('citation table: the article an English amending item inserts as "Article N(a)" (fix-en30)', () => {
  const rows: [string, string, [string, string, string][]][] = [
    ['"added after Article 37 as Article 37(a)": the inserted article',
      'Amendment to the Criminal Law of the People\'s Republic of China\n\n1. One article is added after Article 37 as Article 37(a), which reads: "Offenders may be barred from the occupation."',
      [['Article 37', 'resolved', '中华人民共和国刑法37'], ['Article 37(a)', 'resolved', '中华人民共和国刑法37之1']]],
    ['not a letter after another number, nor a letter in a writer\'s prose: an item',
      'Amendment to the Criminal Law of the People\'s Republic of China\n\n1. One article is added after Article 37 as Article 38(a). Article 20(a) of the Criminal Law was cited. The 14th session met.',
      [['Article 37', 'resolved', '中华人民共和国刑法37'], ['Article 38(a)', 'unknown-item', '中华人民共和国刑法38..1'], ['Article 20(a) of the Criminal Law', 'unknown-item', '中华人民共和国刑法20..1']]],
  ];
  for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected, doc));
});

// "Article 71 of the fourth amendment of the patent law": the law as that amendment left it (english.ts lawNamedAfter,
// amendedBy); a year picks that year's text. Not the Criminal Law's numbered amendments, which have their own articles.
table('citation table: an article "of the fourth amendment of" a law (fix-en30)', [
  ['by its order in lower case, and by its year', 'Punitive damages are included in Article 71 of the third amendment of the patent law. See Article 20 of the 2020 amendment to the Patent Law.',
    [['Article 71 of the third amendment of the patent law', 'resolved', '专利71'], ['Article 20 of the 2020 amendment to the Patent Law', 'resolved', '专利20']]],
  ['not the Criminal Law\'s amendments, nor a draft, nor an ordinal or a case number', 'See Article 5 of the ninth amendment of the criminal law. Article 5 of the latest amendments to the trademark law (draft) adds a duty. The 14th session met; (2019) case No. 12.',
    [['Article 5 of the latest amendments to the trademark law (draft)', 'unknown-regulation', '']]],
]);

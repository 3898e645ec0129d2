// Line-start labels over a law's printed English text are headings, not citations; "the preceding paragraph" in the
// printed text is the printed article's earlier paragraph (issue 14, fix-en41): made-up text in the real style against
// the bundled corpus (laws named short: 刑法196.3 is the Criminal Law's article 196, paragraph 3).
import { bundledShortTable as table } from './citations/helpers';

// A label naming a paragraph, or locating the article by chapter and section, opening its line over the provision's
// words (english/headings/paragraphHeading.ts).
table('citation table: a paragraph or located label over the printed text (fix-en41)', [
  ['"Article 196 (3) Whoever …", "Paragraph 1 of Article 210 Anyone who …" under a bracketed caption: headings',
    '[Criminal law provisions]\nArticle 264 Whoever steals public or private property shall be sentenced.\nArticle 196 (3) Whoever steals a credit card and uses it shall be punished under Article 264 of this Law.\nParagraph 1 of Article 210 Anyone who steals a special invoice shall be punished under Article 264 of this Law.',
    [['Article 264 of this Law', 'resolved', '刑264'], ['Article 264 of this Law', 'resolved', '刑264']]],
  ['"the preceding paragraph" under "Article 20, paragraph 2": the printed article\'s paragraph 1',
    'The Criminal Law of the PRC.\nArticle 20, paragraph 2 Where the defence clearly exceeds the necessary limit, the person shall bear liability; punishment for acts under the preceding paragraph shall be mitigated.',
    [['the preceding paragraph', 'resolved', '刑20.1']]],
  ['"Section 1, article 62, original translation: If …" under a chapter caption: a heading',
    'The Civil Code of the People\'s Republic of China took effect in 2021.\n\nChapter 3\n\nSection 1, article 62, original translation: If a legal representative causes damage to another person in performing duties, the legal person shall bear civil liability.',
    []],
  ['a link word, a law\'s name or a writer\'s words after the label keep it a citation; an ordinal and a case number stay unread',
    'Article 196 (3) of the Criminal Law covers credit cards.\nParagraph 1 of Article 210 of the Criminal Law covers invoices.\nArticle 20 (2) This rule is about excessive defence in the Criminal Law.\nThe 14th session met; (2019) case No. 12.',
    [['Article 196 (3) of the Criminal Law', 'resolved', '刑196.3'], ['Paragraph 1 of Article 210 of the Criminal Law', 'resolved', '刑210.1'],
      ['Article 20 (2)', 'resolved', '刑20.2']]],
]);

// "Art.9: …; Art.22.2: …": a label after the semicolon ending an abbreviated heading's text on its line
// (english/headings/abbreviatedHeading.ts afterHeadedProvision).
table('citation table: an abbreviated label after "; " on a line an abbreviated heading opens (fix-en41)', [
  ['"; Art.22.2: A business operator … shall not … the preceding paragraph": a heading; the preceding paragraph is 22.1',
    'The Anti-monopoly Law of the People\'s Republic of China was amended in 2022.\n\nArt.9: Business operators may not use data to engage in monopolistic behaviors; Art.22.2: A business operator with a dominant position shall not use data to engage in the abuse prescribed in the preceding paragraph.',
    [['the preceding paragraph', 'resolved', '反垄断22.1']]],
  ['after a writer\'s clause on a line no heading opens: a citation',
    'The Anti-monopoly Law of the People\'s Republic of China was amended in 2022.\n\nThe court relied on the amended text; Art.22: A business operator shall not abuse its position.',
    [['Art.22', 'resolved', '反垄断22']]],
]);

// "Refer to Section 1 of the X Law on <caption>, Article 23 Anyone who …": the section is a 节, and the label run on after
// its comma heads the printed text (english/englishSection.ts sectionIsPart, english/headings/englishRunIn.ts afterSectionLocator).
table('citation table: chapter and section locators (fix-en41)', [
  ['"article 61, chapter 3, section 3 of the Civil Code": the article only',
    'Under the provision of the article 61, chapter 3, section 3 of the Civil Code, the legal representative acts for the legal person.',
    [['article 61, chapter 3, section 3 of the Civil Code', 'resolved', '民法典61']]],
  ['"Article 5, Chapter II of the Company Law": the article; "Section 2 of Chapter IV" names no article',
    'Article 5, Chapter II of the Company Law applies, as does Section 2 of Chapter IV of the Company Law.',
    [['Article 5, Chapter II of the Company Law', 'resolved', '公司5']]],
  ['a section with its caption after the title, then the printed article run on after the comma: no citation; "the preceding paragraph" is 23.1',
    'Refer to Section 1 of the Public Security Administration Punishment Law of the People\'s Republic of China on Acts Disturbing Public Order, Article 23 Anyone who commits any of the following acts shall be fined: (1) disturbing the order of public places. If a crowd is gathered to commit the acts mentioned in the preceding paragraph, the ringleaders shall be detained.',
    [['the preceding paragraph', 'resolved', '治安管理处罚23.1']]],
  ['a section of the law alone stays its article; "Article 23 of …" after such a locator stays a citation',
    'Section 38 of the Company Law applies. Refer to Section 1 of the Public Security Administration Punishment Law of the People\'s Republic of China on Acts Disturbing Public Order, Article 23 of the Public Security Administration Punishment Law sets fines.',
    [['Section 38 of the Company Law', 'resolved', '公司38'], ['Article 23 of the Public Security Administration Punishment Law', 'resolved', '治安管理处罚23']]],
]);

// Forms left by the fair measurement heldout32 English (round 23): made-up text in the real style against the bundled
// corpus (laws named short: 种子34 is the Seed Law's article 34).
import { bundledShortTable as table } from './citations/helpers';

// A provision of reproduced rules opening on the basis it acts under ("Article 2 Under the Seed Law and the
// Implementing Regulations, the Board …") is a heading: a preposition is no title's first word (english/headings/englishStatuteText.ts titleLabelAt).
table('citation table: a heading whose text opens "Under <law>" (fix-en37)', [
  ['"Article 2 Under the Seed Law and the Implementing Regulations, …" at a line start in reproduced draft rules',
    'Rules for Seed Review (Exposure Draft)\nArticle 1 These Rules are formulated pursuant to the Seed Law ("Seed Law") and its Implementing Regulations.\nArticle 2 Under the Seed Law and the Implementing Regulations, the\nBoard is responsible for the following cases:\n(1) review under Article 34 of the\nSeed Law;\nArticle 3 In accordance with the Seed Law, the Board shall act.',
    [['Article 34 of the\nSeed Law', 'resolved', '种子34']]],
  ['a page\'s label naming the law still cites ("Article 39 Labor Law" on its line); counts and case numbers stay unread',
    'Article 39 Labor Law\nThe 14th session met; the first meeting; item 2 goods; (2019) case No. 12.',
    [['Article 39 Labor Law', 'resolved', '劳动39']]],
]);

// The version in brackets after a title, in lower case as in running text (english.ts VERSION_BRACKET_AFTER): the text
// of that year — unknown when the corpus holds none, resolved when it does.
table('citation table: "(amended in 2005)" after a title names that text (fix-en37)', [
  ['"(amended in 2005)" (no such text held) beside "(amended in 2018)" (held)',
    'Article 148 of the Company Law (amended in 2005) stipulates duties. Article 147(1) of the current Company Law (amended in 2018) keeps them.',
    [['Article 148 of the Company Law', 'unknown-regulation', ''], ['Article 147(1) of the current Company Law', 'resolved', '公司147.1']]],
  ['"(as amended in 2005)" and "(revised in 2005)" too; not a bracket saying more, nor counts and case numbers',
    'Article 120 of the Company Law (as amended in 2005) applies; so does Article 121 of the Company Law (revised in 2005). Article 16 of the Company Law (amended in 2005 and now repealed in part) is cited. The 14th session met; (2019) case No. 12.',
    [['Article 120 of the Company Law', 'unknown-regulation', ''], ['Article 121 of the Company Law', 'unknown-regulation', ''], ['Article 16 of the Company Law', 'resolved', '公司16']]],
]);

// "Regulation for Implementing the X Law" (the participle for "Implementation of") is X's implementing regulation
// (englishComposed.ts): its title line over a reprint makes "the preceding paragraph" in its articles its own, not the
// parent law's its Article 1 names.
table('citation table: "Regulation for Implementing the X Law" (fix-en37)', [
  ['a reprint under the title line, an order between, Article 1 naming the parent law and its short name',
    'News\n\nRegulation for Implementing the Foreign Investment Law\n\n(Order No. 1)\n\nThe Regulation is hereby issued.\n\nArticle 1 This Regulation is developed in accordance with the Foreign Investment Law of the People\'s Republic of China (the "Foreign Investment Law").\n\nArticle 4 The list shall be proposed by the department.\n\nThe list shall be revised in time. The provision of the preceding paragraph shall apply to the revision.',
    [['the preceding paragraph', 'resolved', '外商投资法实施条例4.1']]],
  ['named in a citation, and "Rules for Implementing" a law the corpus has rules for; counts and case numbers unread',
    'See Article 4 of the Regulation for Implementing the Foreign Investment Law and Article 12 of the Rules for Implementing the Patent Law. The 14th session met; (2019) case No. 12.',
    [['Article 4 of the Regulation for Implementing the Foreign Investment Law', 'resolved', '外商投资法实施条例4'], ['Article 12 of the Rules for Implementing the Patent Law', 'resolved', '专利法实施细则12']]],
]);

// "Article 86 of the full text" renders 第八十六条全文 in machine translations: the article's text, no other document
// (english.ts FULL_TEXT_AFTER) — the law named before it, after a comma too.
table('citation table: "<title>, Article N of the full text" (fix-en37)', [
  ['a machine-translated answer: the title, a comma, "Article 86 of the full text of …"',
    'The State Social Insurance Law, Article 86 of the full text of the employer fails to pay premiums on time, shall be ordered to pay.',
    [['Article 86', 'resolved', '社会保险86']]],
  ['not an article of a contract, nor counts and case numbers', 'Article 5 of the contract binds both parties. The 14th session met; (2019) case No. 12.', []],
]);

// A known law named in lower case with the word of its revision ("the revised copyright law") is the law in context
// for bare articles after it (englishLowerNamedAlone.ts).
table('citation table: "the revised copyright law" names the law for a bare article after it (fix-en37)', [
  ['news: "the revised copyright law went into force", paragraphs on "in the Article 3"',
    'On June 1, 2031, the revised copyright law went into force. The revision took a decade.\nIn this regard, the revised law changed the definition of works in the Article 3.',
    [['Article 3', 'resolved', '著作权3']]],
  ['"China\'s new patent law" too', 'China\'s new patent law is stricter. Article 71 raises damages.', [['Article 71', 'resolved', '专利71']]],
  ['not a field or a kind of law, nor a lower-case name without a word of revision; counts and case numbers unread',
    'The new tax law took effect. Article 3 of it was discussed. The 14th session met; (2019) case No. 12.\n\nThe copyright law is a field of study. Article 5 is cited.',
    [['Article 3', 'no-context', ''], ['Article 5', 'no-context', '']]],
]);

// A draft named by its reading ("the second review draft of the Patent Law amendment") is a draft: its articles are of
// a text no corpus holds (englishDraftAfter.ts DRAFT_AFTER).
table('citation table: "of the second review draft of the X Law amendment" (fix-en37)', [
  ['"Article 31 of the second review draft of the Patent Law amendment", "of the third reading draft"',
    'Article 31 of the second review draft of the Patent Law amendment stipulates a new rule. Article 9 of the third reading draft is new.',
    [] /* the draft's numbering: no citation (fix-draft101), never the Patent Law's article 31 */],
  ['not a review that is no draft, nor counts and case numbers',
    'Article 12 of the Patent Law was the subject of the second review meeting. The 14th session met; (2019) case No. 12.',
    [['Article 12 of the Patent Law', 'resolved', '专利12']]],
]);

// "three articles: 35, 41 and 47" and a PDF's hyphen-broken "Ar- ticles 35 and 41" are bare articles
// (englishCountedList.ts): no context before any law is named, the law in context after one.
table('citation table: "articles: N, N and N" and "Ar- ticles N and N" (fix-en37)', [
  ['a paper naming the articles before the law', 'The clause includes not one, but three articles: 12, 30 and 44. While Ar- ticles 12 and 30 guard speech, Article 44 guards culture.',
    [['articles: 12, 30 and 44', 'no-context', ''], ['Ar- ticles 12 and 30', 'no-context', ''], ['Article 44', 'no-context', '']]],
  ['after a law named: that law\'s', 'The Labor Law matters here. See Arti- cles 5 and 6, and two articles: 7 and 8.',
    [['Arti- cles 5 and 6', 'resolved', '劳动5 劳动6'], ['articles: 7 and 8', 'resolved', '劳动7 劳动8']]],
  ['not one number after a colon, nor a list a law follows, nor counts and case numbers',
    'Articles: 3 pages. The 14th session met; (2019) case No. 12; item 2 goods.',
    []],
]);

// An authority's "Criteria for …" cited by article is a regulation's title (english/names/englishLawLikeTitle.ts lawLikeEnglishTitle): unknown to
// the corpus, never silence.
table('citation table: "Article N of the Criteria for …" (fix-en37)', [
  ['a firm\'s note on review criteria', 'Article 3 of the Criteria for Review of Occupational Injuries of the Insured stipulates the commute rule.',
    [['Article 3 of the Criteria for Review of Occupational Injuries of the Insured', 'unknown-regulation', '']]],
  ['not criteria in lower case in prose, nor counts and case numbers', 'The criteria for success are clear: Article 5 of the Labor Law applies. The 14th session met; (2019) case No. 12.',
    [['Article 5 of the Labor Law', 'resolved', '劳动5']]],
]);

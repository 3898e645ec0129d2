// Forms from heldout25-english's residual errors (fix-en27): made-up text in the real style against the bundled corpus
// (laws named short: 民法典577 is the Civil Code's article 577).
import { bundledShortTable as table } from './citations/helpers';

// A full stop set inside the closing quotation mark, American style, ends the sentence reporting an article's words
// (reportedStatute.ts SENTENCE_STOP): "This article …" after it is the writer's next sentence and a mention of the
// article quoted, as after a stop outside the mark.
table('citation table: "This article" after a quotation closed by a stop inside the mark (fix-en27)', [
  ['"… provides that “….” This article lists …": the article quoted',
    'Article 1165 of the Civil Code provides that “An actor who through his fault infringes upon another person shall bear tort liability.” This article sets out the fault principle of tort law.',
    [['Article 1165 of the Civil Code', 'resolved', '民法典1165'], ['This article', 'resolved', '民法典1165']]],
  ['"the article" so placed, in straight quotes, with a closing bracket of a note before it',
    'Article 577 of the Civil Code provides that "Where a party fails to perform its obligations, it shall bear default liability." The article names three remedies.',
    [['Article 577 of the Civil Code', 'resolved', '民法典577'], ['The article', 'resolved', '民法典577']]],
  ['not the page itself after such a quotation, nor an ordinal or a case number',
    'Article 577 of the Civil Code provides that “Where a party fails to perform, it shall bear default liability.” In this article, we look at the 14th session and case (2019) No. 12.',
    [['Article 577 of the Civil Code', 'resolved', '民法典577']]],
  ['not when a sentence of the writer\'s stands between the quotation and "this article"',
    'Article 577 of the Civil Code provides that “Where a party fails to perform, it shall bear default liability.” Courts have long read it narrowly. This article tries to show why.',
    [['Article 577 of the Civil Code', 'resolved', '民法典577']]],
]);

// The year of a version in brackets after an English title with the word of revision — "(Revised 2014)", "(2013
// Revision)", "(Amended 2013)", "(Revised in 2018)" — names that version as "(2013)" does (englishTitleYear.ts
// YEAR_AFTER): the short name defined after it and the bare articles read by it are that year's text, unknown when the
// corpus lacks it (商标法 is held as of 2019 only), resolved when it holds it.
table('citation table: a revision year in brackets after an English title (fix-en27)', [
  ['"(2013 Revision) (the "Revised … Law")", then bare articles: the 2013 text, not held',
    'The Standing Committee adopted the Trademark Law of the People\'s Republic of China (2013 Revision) (the "Revised Trademark Law"). Under the Revised Trademark Law, Article 15 now covers agents. Article 32 is unchanged.',
    [['Article 15', 'unknown-regulation', ''], ['Article 32', 'unknown-regulation', '']]],
  ['"(Amended 2013) (the "TML")", then "Article 15 of the TML"',
    'The Trademark Law of the People\'s Republic of China (Amended 2013) (the "TML") is cited. Article 15 of the TML covers agents.',
    [['Article 15 of the TML', 'unknown-regulation', '']]],
  ['"(Revised in 2018)": a version the corpus holds resolves',
    'The Company Law of the People\'s Republic of China (Revised in 2018) (hereinafter the "Company Law") applies. Article 16 of the Company Law requires a resolution.',
    [['Article 16 of the Company Law', 'resolved', '公司16']]],
  ['not a title named alone with such a bracket (the point a new text is compared with): the bare article after it is read as before',
    'Article 298 remains unchanged from the Civil Procedure Law (2021 Amendment), while Article 300 is new.',
    [['Article 298', 'no-context', ''], ['Article 300', 'resolved', '民事诉讼300']]],
  ['not a revision year in a bracket away from the title, nor an ordinal or a case number',
    'The Trademark Law of the People\'s Republic of China governs marks. Its old text (revised 2013) was replaced. Article 15 of the Trademark Law covers agents. The 14th session met; case (2019) No. 12.',
    [['Article 15 of the Trademark Law', 'resolved', '商标15']]],
]);

// A title in square brackets right before an article or a clause — translators' rendering of 《》 — is the law it is of,
// known or not (english.ts titleBefore); "Clause N" right after a title in marks is its article. A note's number in
// brackets and a caption in brackets are no titles.
table('citation table: a title in square brackets before "Clause N" or "Article N" (fix-en27)', [
  ['"[Widget Law] Clause 7", a title the corpus lacks: unknown',
    'The parents paid most of the price, and according to [Property Law] Clause 7, the court ruled against the daughter.',
    [['[Property Law] Clause 7', 'unknown-regulation', '']]],
  ['"[… Law] Article 39" and "\"… Law\" Clause 39", known: resolved',
    'Under [Labor Contract Law] Article 39 the employer may dismiss him. According to "Labor Contract Law" Clause 40, he was paid.',
    [['[Labor Contract Law] Article 39', 'resolved', '劳动合同39'], ['"Labor Contract Law" Clause 40', 'resolved', '劳动合同40']]],
  ['not a note\'s number or a caption in brackets, nor a clause of a contract, an ordinal or a case number',
    'See [3] Article 52 of the Australian Consumer Law. [Analysis] Clause 5 of the contract is void. The 14th session met; case (2019) No. 12.',
    []],
]);

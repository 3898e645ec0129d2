// Forms of English contexts from round 23's tuning sets (heldout30/31 English, real-en33): made-up text in the real
// style against the bundled corpus (laws named short: 民法典502.2 is the Civil Code's article 502, paragraph 2).
import { bundledShortTable as table } from './citations/helpers';

// A legal-basis list printing a law's articles one after another: the first labelled with the law's title and its text
// run on, the next on the line right below with its heading only — the heading's text is that law's, and "the preceding
// paragraph" in it is read in that article (analyze.ts headingUnderLabelledLine, precedingPlaced.ts).
table('citation table: a heading on the line under a labelled article of the same law (fix-en36b)', [
  ['"Article 502 …" under "Article 490 of the Civil Code …": its "preceding paragraph" is 502(2)',
    'Legal basis\nArticle 490 of the Civil Code of the People\'s Republic of China When the parties make a contract in writing, it is formed once both sign it.\nArticle 502 A contract lawfully formed takes effect on formation. Where approval is needed, such rules apply. Where a change to the contract needs approval, the provisions of the preceding paragraph shall apply.',
    [['Article 490 of the Civil Code of the People\'s Republic of China', 'resolved', '民法典490'], ['the preceding paragraph', 'resolved', '民法典502.2']]],
  ['the label\'s list items between, blank lines around them: the next heading is still the law\'s',
    'Article 490 of the Civil Code of the People\'s Republic of China A contract is formed in any of the following ways:\n\n(1) both parties sign it;\n\n(2) one party performs and the other accepts.\n\nArticle 502 A contract lawfully formed takes effect on formation. Where a change to the contract needs approval, the provisions of the preceding paragraph shall apply.',
    [['Article 490 of the Civil Code of the People\'s Republic of China', 'resolved', '民法典490'], ['the preceding paragraph', 'resolved', '民法典502.2']]],
  ['not with the writer\'s line between, nor a heading numbered before the labelled article; an ordinal and a case number stay unread',
    'Legal basis\nArticle 490 of the Civil Code of the People\'s Republic of China When the parties make a contract in writing, it is formed once both sign it.\nIn our view the seller signed first.\nArticle 502 A contract lawfully formed takes effect on formation. Where a change to the contract needs approval, the provisions of the preceding paragraph shall apply.\n\nArticle 510 of the Civil Code of the People\'s Republic of China Where the parties did not agree on quality, they may agree later.\nArticle 502 A contract lawfully formed takes effect on formation. Where a change needs approval, the provisions of the preceding paragraph shall apply.\nThe 14th session met; (2019) case No. 12.',
    [['Article 490 of the Civil Code of the People\'s Republic of China', 'resolved', '民法典490'], ['Article 510 of the Civil Code of the People\'s Republic of China', 'resolved', '民法典510']]],
]);

// A sentence opening on the day a body issued a text, the text given a short name: the text as issued that year
// (english/versions/englishIssuedOn.ts); the corpus holds the Civil Procedure Law interpretation as amended in 2020 and 2022.
table('citation table: "On <date>, the SPC issued the … (the "Interpretation")" names the text of that year (fix-en36b)', [
  ['issued in 2015, a text the corpus lacks: its articles by the short name are unknown-regulation',
    'On January 30, 2015, the Supreme People\'s Court issued the Interpretation of the Supreme People\'s Court on the Application of the Civil Procedure Law of the People\'s Republic of China (hereinafter, the "Interpretation"), which took effect on February 4, 2015.\n\n1. Article 18 of the Interpretation fixes the place where a contract is performed.',
    [['Article 18 of the Interpretation', 'unknown-regulation', '']]],
  ['issued on a day of 2022, a text the corpus holds: resolved',
    'On 1 April 2022, the Supreme People\'s Court issued the Interpretation of the Supreme People\'s Court on the Application of the Civil Procedure Law of the People\'s Republic of China (the "Interpretation"). Article 18 of the Interpretation fixes the place where a contract is performed.',
    [['Article 18 of the Interpretation', 'resolved', '最高人民法院关于适用《民事诉讼法》的解释18']]],
  ['not a law "adopted" on a day (a memo recounting the law it cites as in force), nor a date elsewhere; ordinals and a case number stay unread',
    'On June 29, 2007, the NPC Standing Committee adopted the Labor Contract Law of the People\'s Republic of China (the "LCL"). Article 14 of the LCL sets the open-ended term. The court published its notice on May 2, 2015 and cited the Interpretation of the Supreme People\'s Court on the Application of the Civil Procedure Law of the People\'s Republic of China (the "CPL Interpretation"); Article 18 of the CPL Interpretation applies. The 14th session met; (2019) case No. 12.',
    [['Article 14 of the LCL', 'resolved', '劳动合同14'], ['Article 18 of the CPL Interpretation', 'resolved', '最高人民法院关于适用《民事诉讼法》的解释18']]],
]);

// "the original Article N" in a sentence reporting an amendment made in a year: the article of the text before it —
// held, resolved; not held, unknown-regulation; with no law read, unknown-regulation, never no-context
// (english/versions/englishOriginalArticle.ts).
table('citation table: "the original Article N" after "was amended in <year>" (fix-en36b)', [
  ['the law read, its text before 2017 not held: unknown-regulation',
    'The Civil Procedure Law was amended in 2017, adding a second paragraph on the basis of the original Article 55, so that procurators may sue.',
    [['Article 55', 'unknown-regulation', '']]],
  ['no law read (the title in lower case): unknown-regulation, not no-context',
    'The civil procedure statute was amended in 2017,adding paragraph 2 on the basis of the original Article 55,giving procurators standing.',
    [['Article 55', 'unknown-regulation', '']]],
  ['the text before the 2023 revision held (the 2018 Company Law): resolved',
    'The Company Law was revised in 2023; the original Article 16 let a company guarantee debts by a board resolution.',
    [['Article 16', 'resolved', '公司16']]],
  ['not "the original Article N" with no amendment in the sentence, nor an article without "original"; ordinals and a case number stay unread',
    'Under the Company Law the original Article 16 is cited. The Company Law was revised in 2023, and Article 15 now governs guarantees. The 14th session met; (2019) case No. 12.',
    [['Article 16', 'resolved', '公司16'], ['Article 15', 'resolved', '公司15']]],
]);

// A title line in quotation marks names the text the page reprints, even as its first line; the text's preamble and a
// line of the site's furniture may stand between it and the first article; "these Provisions" fits a title rendered
// "Regulations" and the other way round (english/headings/printedTitleLine.ts). A title the corpus lacks: unknown-regulation.
table('citation table: "these Provisions" under a quoted title line, a preamble between (fix-en36b)', [
  ['the quoted title first, "share", the preamble, then the articles: "these Provisions" is that text, not the page',
    '"Regulations of the Supreme People\'s Court on Several Issues Concerning the Trial of Cases in Widget Courts"\nshare\nIn order to regulate widget litigation, in accordance with the "Civil Procedure Law of the People\'s Republic of China" and the "Administrative Procedure Law of the People\'s Republic of China" and other laws, combined with actual practice, the following provisions are provided on widget cases.\nArticle 1 Widget courts hear cases online.\nArticle 2 Cases under Article 1 of these Provisions may be heard offline on request.',
    [['Article 1 of these Provisions', 'unknown-regulation', '']]],
  ['not over a writer\'s line between the quoted title and the text: the page\'s own text (self, as before); a case number stays unread',
    '"Regulations of the Supreme People\'s Court on Several Issues Concerning the Trial of Cases in Widget Courts"\nWe think these rules are good and we print them below for our readers.\nIn order to regulate widget litigation, in accordance with the "Civil Procedure Law of the People\'s Republic of China" and the "Administrative Procedure Law of the People\'s Republic of China" and other laws, combined with actual practice, the following provisions are provided on widget cases.\nArticle 1 Widget courts hear cases online.\nArticle 2 Cases under Article 1 of these Provisions may be heard offline on request. (2019) case No. 12.',
    [['Article 1 of these Provisions', 'self', '本1']]],
]);

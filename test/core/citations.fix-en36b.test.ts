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


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

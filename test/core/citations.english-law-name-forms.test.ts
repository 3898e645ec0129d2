// How second-language and machine-translated English pages write a law's name around its article numbers (issue 14,
// fix-en41): made-up text in the real style against the bundled corpus (laws named short: 劳动44.1 is the Labor Law's
// article 44, paragraph 1; 劳动44..1 its item 1).
import { bundledShortTable as table } from './citations/helpers';

// "the Contract Law of P. R. China": the country's initials with stops and spaces end the title, as "of the PRC" does
// (english/english.ts SPACED_INITIALS in capitalisedTitleAt).
table('citation table: a law "of P. R. China" (fix-en41)', [
  ['the repealed Contract Law "of P. R. China", "of P.R.C.": what "of the PRC" gives (unknown-regulation)',
    'Clauses are invalid according to Article 53 of the Contract Law of P. R. China: (1) those excluding liability for injury. See also Article 52 of the Contract Law of P.R.C. on void contracts.',
    [['Article 53 of the Contract Law', 'unknown-regulation', ''], ['Article 52 of the Contract Law', 'unknown-regulation', '']]],
  ['a law of the corpus so named resolves; an unknown one stays unknown; an ordinal and a case number stay unread',
    'Article 4 of the Company Law of P. R. China applies. Article 8 of the Widget Law of P.R. China does not. The 14th session met; (2019) case No. 12.',
    [['Article 4 of the Company Law', 'resolved', '公司4'], ['Article 8 of the Widget Law', 'unknown-regulation', '']]],
]);

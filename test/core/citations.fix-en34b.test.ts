// Forms from round 22's measurement heldout30 (English names and structure; now a tuning set): made-up text in the real
// style against the bundled corpus (laws named short: 劳动合同40 is the Labor Contract Law's article 40).
import { bundledShortTable as table } from './citations/helpers';

// A date cell of a table run together with the next cell: the article label after it, followed by its capitalised
// text, heads that text (englishRunIn.ts cellDateBefore), as at a line's start.
table('citation table: an article heading after a date cell run on (fix-en34b)', [
  ['an ISO date, then the label and its text', ' version 2023-03-15 Article 9 The State encourages enterprises to set up training systems for their staff.',
    []],
  ['a date with slashes inside a table row', '| Draft | 2021/7/1 Article 12 Network operators shall keep logs for six months. |',
    []],
  ['not a label after a date in a writer\'s sentence, linked or with a verb after it; nor a count or a case number',
    'On 2023-03-15 Article 9 of the Labor Contract Law was discussed. Since 2021/7/1 Article 12 provides so. The 14th session met; (2019) case No. 12.',
    [['Article 9 of the Labor Contract Law', 'resolved', '劳动合同9'], ['Article 12', 'resolved', '劳动合同12']]],
]);

// Forms left by the fair measurement heldout32 English (round 23): made-up text in the real style against the bundled
// corpus (laws named short: 种子34 is the Seed Law's article 34).
import { bundledShortTable as table } from './citations/helpers';

// A provision of reproduced rules opening on the basis it acts under ("Article 2 Under the Seed Law and the
// Implementing Regulations, the Board …") is a heading: a preposition is no title's first word (english.ts titleLabelAt).
table('citation table: a heading whose text opens "Under <law>" (fix-en37)', [
  ['"Article 2 Under the Seed Law and the Implementing Regulations, …" at a line start in reproduced draft rules',
    'Rules for Seed Review (Exposure Draft)\nArticle 1 These Rules are formulated pursuant to the Seed Law ("Seed Law") and its Implementing Regulations.\nArticle 2 Under the Seed Law and the Implementing Regulations, the\nBoard is responsible for the following cases:\n(1) review under Article 34 of the\nSeed Law;\nArticle 3 In accordance with the Seed Law, the Board shall act.',
    [['Article 34 of the\nSeed Law', 'resolved', '种子34']]],
  ['a page\'s label naming the law still cites ("Article 39 Labor Law" on its line); counts and case numbers stay unread',
    'Article 39 Labor Law\nThe 14th session met; the first meeting; item 2 goods; (2019) case No. 12.',
    [['Article 39 Labor Law', 'resolved', '劳动39']]],
]);

// A machine translation's title in quotation marks, its words in the Chinese order, right before "Article N" (round 25,
// heldout37-english p21): made-up text in the real style against the bundled corpus (full titles in the targets).
import { bundledShortTable as table } from './citations/helpers';

const FRAUD = '最高人民法院、最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释';

// Resolved when one known title holds all its words, else unknown (english/names/machineQuotedTitle.ts).
table('citation table: a machine-ordered title quoted before "Article N" (english-machine-quoted-title)', [
  ['the issuer first, "a number of issues in the interpretation of" closing it, the article\'s text run on after "of"',
    'According to the "Supreme People\'s Procuratorate on the handling of criminal cases of fraud specific application of the law on a number of issues in the interpretation of" Article 1 of the fraudulent public and private property valued at more than 3,000 yuan, the amount is large.',
    [['"Supreme People\'s Procuratorate on the handling of criminal cases of fraud specific application of the law on a number of issues in the interpretation of" Article 1', 'resolved', `${FRAUD.replace('中华人民共和国', '')}1`]]],
  ['a title no corpus text holds, so ordered: unknown',
    'Under the "Supreme People\'s Court on the handling of widget dispute cases on a number of issues in the interpretation of" Article 3 the court ruled.',
    [['"Supreme People\'s Court on the handling of widget dispute cases on a number of issues in the interpretation of" Article 3', 'unknown-regulation', '']]],
  ['not a quoted sentence with no kind word at its ends before a bare article, nor a count',
    'She said "Workers must be protected by the law at all times" Article 5 then. In 2019, 14 cases were heard.',
    [['Article 5', 'no-context', '']]],
  ['not the quoted words\' article when a law is named after it ("Article 5 of the Labor Law")',
    'The parties relied on "Supreme People\'s Court on widget cases a number of issues interpretation" Article 5 of the Labor Law.',
    [['Article 5 of the Labor Law', 'resolved', '劳动5']]],
]);

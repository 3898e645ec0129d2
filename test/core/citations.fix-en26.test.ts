// Forms from the residual English errors of earlier rounds' page sets (fix-en26): made-up text in the real style against
// the bundled corpus (laws named short: 劳动合同39 is the Labor Contract Law's article 39).
import { bundledShortTable as table } from './citations/helpers';

// A citation written inside straight quotes as a name ('(hereinafter referred to as "Article 39")'): the mark glued
// after it closes those quotes and opens no quotation (scanner.ts pushReference), so "this article" after it is read.
table('citation table: an article quoted as a name, then "this article" (fix-en26)', [
  ['a thesis abstract defining the article it studies, its stops unspaced',
    'Article 39 of the "Labor Contract Law of the People’s Republic of China"(hereinafter referred to as "Article 39")set the grounds for dismissal,but it drew criticism.So far,scholars have studied the purpose and basis of this article,but few have studied how courts apply it.',
    [['Article 39 of the "Labor Contract Law of the People’s Republic of China"', 'resolved', '劳动合同39'], ['Article 39', 'resolved', '劳动合同39'], ['this article', 'resolved', '劳动合同39']]],
  ['not words inside a real quotation after a citation, nor a count or a case number',
    'Article 40 of the Labor Contract Law provides "where this article applies, notice is due". The 14th session met; (2019) case No. 12.',
    [['Article 40 of the Labor Contract Law', 'resolved', '劳动合同40']]],
]);

// "the Article (namely …)": a remark in brackets after "the Article" leaves it the article named before (scanner.ts
// anchor); a unit's number in brackets after it does not.
table('citation table: "the Article" before a remark in brackets (fix-en26)', [
  ['"the Article (namely …)" in the sentence citing it',
    'As Article 40 of the Labor Contract Law provides, the grounds listed in the Article (namely illness, incompetence and changed circumstances) allow dismissal with notice.',
    [['Article 40 of the Labor Contract Law', 'resolved', '劳动合同40'], ['the Article', 'resolved', '劳动合同40']]],
  ['"the Article (i.e. …)" likewise',
    'Article 40 of the Labor Contract Law lists grounds; the Article (i.e. its three items) requires notice.',
    [['Article 40 of the Labor Contract Law', 'resolved', '劳动合同40'], ['the Article', 'resolved', '劳动合同40']]],
  ['not "the Article (1)" nor "the Article (a)", nor a count',
    'Article 40 of the Labor Contract Law lists grounds. See the Article (1) and the Article (a) of the contract. The 14th session met.',
    [['Article 40 of the Labor Contract Law', 'resolved', '劳动合同40']]],
]);

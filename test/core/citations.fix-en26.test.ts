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

// A law named in full and later shortened in lower case, its first word dropped (englishShortenedName.ts).
table('citation table: "the espionage law" after "the anti-espionage law" (fix-en26)', [
  ['a news page naming the law in lower case, then its shorter name',
    'Last month the legislature widened the country\'s anti-espionage law.\nArticle 41 of the espionage law states that minor acts draw a warning.',
    [['Article 41 of the espionage law', 'resolved', '反间谍41']]],
  ['"the anti-espionage law" with "the" before it',
    'Should you fear the revision to the anti-espionage law?\nArticle 41 of the espionage law states that minor acts draw a warning.',
    [['Article 41 of the espionage law', 'resolved', '反间谍41']]],
  ['not a shorter name no longer name on the page ends in, nor one two laws end in, nor "the case law"',
    'The court followed the case law. Article 5 of the espionage law is cited.\nThe Data Security Law and the National Security Law were named. Article 21 of the security law applies. The 14th session met.',
    []],
]);

// "Law on X" for the known "X Law", the country's word before it, a writer's plural too (englishLawOnOrder.ts).
table('citation table: "the Chinese Law on Arbitration" for the Arbitration Law (fix-en26)', [
  ['the other order, with "Chinese", "China\'s" or in the plural',
    'An award is final under Article 9 of the Chinese Law on Arbitration. So China\'s Law on Arbitration holds, and Article 9 of the Chinese Laws on Arbitration bars a second claim.',
    [['Article 9 of the Chinese Law on Arbitration', 'resolved', '仲裁9'], ['Article 9 of the Chinese Laws on Arbitration', 'resolved', '仲裁9']]],
  ['a title so written that names no known law stays unknown; a count and a case number stay unread',
    'Under Article 9 of the Law on Widgets the award is final. The 14th session met; (2019) case No. 12.',
    [['Article 9 of the Law on Widgets', 'unknown-regulation', '']]],
]);

// Words reported in quotation marks after "provides that" end at the closing mark (reportedStatute.ts): the sentence
// after it is the writer's, its "This article" a mention.
table('citation table: "This article" after a quotation the writer reported (fix-en26)', [
  ['"provides that “…” This article lists …"',
    'Article 39 of the Labor Contract Law provides that “The employer may dismiss a worker who seriously breaks its rules.” This article lists the grounds for dismissal without notice.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'], ['This article', 'resolved', '劳动合同39']]],
  ['not "this article" meaning the page after it, nor a count',
    'Article 39 of the Labor Contract Law provides that “The employer may dismiss a worker.” In this article, we explain the grounds. The 14th session met.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39']]],
]);

// The court's interpretation named loosely by its ordinal, the law it interprets in lower case (english.ts
// lowerLawNameAt): that interpretation, and a bare article after it is its.
table('citation table: "the second judicial interpretation of China\'s marriage law" (fix-en26)', [
  ['the law in lower case after the ordinal interpretation, then the bare article',
    'She must repay the loan under Article 19 of the second judicial interpretation of China’s marriage law.\nArticle 19 was meant to protect lenders.',
    [['Article 19 of the second judicial interpretation of China’s marriage law', 'resolved', '最高人民法院关于适用《婚姻法》若干问题的解释（二）19'],
      ['Article 19', 'resolved', '最高人民法院关于适用《婚姻法》若干问题的解释（二）19']]],
  ['not an interpretation of words that are no law\'s name, nor a count or a case number',
    'Under Article 19 of the second judicial interpretation of the family rules, nothing follows. The 14th session met; (2019) case No. 12.',
    []],
]);

// Forms from heldout28 English's residual errors (round 21, fix-en31a): made-up text in the real style against the
// bundled corpus (laws named short: 民法典1043 is the Civil Code's article 1043).
import { bundledShortTable as table } from './citations/helpers';

// "the Civil Law" as Chinese writers' English names 民法典: with China's name, any article; without it, an article only
// the Code has (past the 206th); never on a page that names the General Principles or Provisions (englishCivilLaw.ts).
table('citation table: "the Civil Law (of China)" for the Civil Code (fix-en31a)', [
  ['"of the Civil Law of China", "of the PRC Civil Law", and a paragraph past the article\'s end',
    'According to Article 1065 of the Civil Law of China, spouses may agree on their property. Under Article 7 of the PRC Civil Law, parties act in good faith; see also Article 1060(3) of the Civil Law of China.',
    [['Article 1065 of the Civil Law of China', 'resolved', '民法典1065'], ['Article 7 of the PRC Civil Law', 'resolved', '民法典7'],
      ['Article 1060(3) of the Civil Law of China', 'unknown-paragraph', '民法典1060.3']]],
  ['"the Civil Law" bare with an article only the Code has, and a bare article after it',
    'Article 584 of the Civil Law is about damages. The same applies to Article 585.',
    [['Article 584 of the Civil Law', 'resolved', '民法典584'], ['Article 585', 'resolved', '民法典585']]],
  ['not "the Civil Law" bare with a low article, nor on a page naming the General Principles; ordinals and case numbers stay unread',
    'Article 12 of the Civil Law applies. The 14th session met; (2019) case No. 12.',
    [['Article 12 of the Civil Law', 'unknown-regulation', '']]],
  ['not where the page names the General Principles of the Civil Law: its short name there',
    'Article 106 of the General Principles of the Civil Law sets the rule. Article 300 of the Civil Law of China is cited too.',
    [['Article 106 of the General Principles of the Civil Law', 'unknown-regulation', ''], ['Article 300 of the Civil Law of China', 'unknown-regulation', '']]],
]);

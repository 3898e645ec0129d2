// Forms from mainland court material and commentary (heldout29-court misses 2 and 3, real-court30, round 22 fix-zh33b):
// made-up text in the real style against the bundled corpus (laws named short: 民法典1165.1 is the Civil Code's article
// 1165, paragraph 1; 反不正当竞争6..4 its article 6, item 4).
import { bundledShortTable as table } from './citations/helpers';

// A bare 款 in commentary a few hard line breaks after its article's citation (layout/paragraphAlone.ts over
// layout/wrappedLines.ts): breaks inside sentences are no paragraph's end; a break after 。 or a heading still is.
table('citation table: a 款 alone on a later line of a paragraph wrapped at words (fix-zh33b)', [
  ['the 款 two lines on, every break inside a sentence',
    '第二，虽然《\n民法典》第一千一百六十五条第一款未对过错的证明作出规定，但第二款对\n推定过错的情形\n作出了明确的规定。因此，根据归责原则的\n体系，可以认为第一款所规定的责任就是一般过错责任。',
    [['《\n民法典》第一千一百六十五条第一款', 'resolved', '民法典1165.1'], ['第二款', 'resolved', '民法典1165.2'], ['第一款', 'resolved', '民法典1165.1']]],
  ['not after a line ended with a full stop (the writer\'s own paragraph end)',
    '虽然《民法典》第一千一百六十五条第一款未对过错的证明作出规定，但第二款对推定过错的情形作出了明确的规定。\n因此，根据归责原则的体系，\n可以认为第一款所规定的责任就是一般过错责任。',
    [['《民法典》第一千一百六十五条第一款', 'resolved', '民法典1165.1'], ['第二款', 'resolved', '民法典1165.2']]],
  ['not under a heading of the page\'s own, nor an ordinal or a case number on wrapped lines',
    '虽然《民法典》第一千一百六十五条第一款未作规定，但第二款对\n推定过错作出了规定。\n一、可以认为第一款所规定的责任就是一般过错责任。\n第十四届第一次会议的\n（2019）某民初12号案件\n第2项商品。',
    [['《民法典》第一千一百六十五条第一款', 'resolved', '民法典1165.1'], ['第二款', 'resolved', '民法典1165.2']]],
]);

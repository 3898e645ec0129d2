// Forms left by the fair measurement heldout22 on English pages (heldout22-english, now a tuning set): made-up text in
// the real style against the bundled corpus (laws named short: 妇女权益保障25 is the Women's Rights Law's article 25).
import { bundledShortTable as table } from './citations/helpers';

// A label at a line's start that names its law and ends in a colon is a citation, the article's text after it (form 8's
// negative side); "= Article 45 =", a wiki page's title line, is a heading (englishWikiTitle.ts).
table('citation table: line-start labels — a law named with a colon, a wiki title (fix-en24b)', [
  ['"    Article 266 of the penal code: whoever …" under a caption line',
    '(i) relevant provisions of the penal code\n    Article 266 of the penal code: whoever swindles property of a relatively large amount shall be sentenced.',
    [['Article 266 of the penal code', 'resolved', '刑266']]],
  ['"= Article 23 =" over the page\'s text naming its law: only the sentence cites it',
    '= Article 23 =\n\nArticle 23 is an article of the Hong Kong Basic Law. It requires laws on secession.',
    [['Article 23 is an article of the Hong Kong Basic Law', 'resolved', '香港特别行政区基本23']]],
  ['not a section title naming its law between the marks, nor ordinals or case numbers',
    '== Article 18 of the Hong Kong Basic Law ==\nThe 14th session; item 2 goods; (2019) case No. 12.',
    [['Article 18 of the Hong Kong Basic Law', 'resolved', '香港特别行政区基本18']]],
]);

// "the article" two sentences after the article was named (a quotation ending in its full stop ends a sentence), and a
// later "the article" of that paragraph: the same far article, no mention (englishThisArticle.ts, scanner).
table('citation table: "the article" too far back, and repeated in its paragraph (fix-en24b)', [
  ['after "It states that … "…."" and a new paragraph; then after an article named in passing',
    'Article 23 is an article of the Hong Kong Basic Law. It states that the region "shall enact laws on its own."\n\nThe first attempt to implement the article failed in 2003. The state later acted under Article 18 of the Basic Law. A second attempt at implementing the article passed in 2024.',
    [['Article 23 is an article of the Hong Kong Basic Law', 'resolved', '香港特别行政区基本23'], ['Article 18 of the Basic Law', 'resolved', '香港特别行政区基本18']]],
  ['still a mention in the next sentence after a quotation ending so, and "this article" after a newly named one',
    'Article 12 of the Copyright Law stipulates: "The term is fifty years." The article sets the term. The article is old. Article 13 of the Copyright Law is new. This article is short.',
    [['Article 12 of the Copyright Law', 'resolved', '著作权12'], ['The article', 'resolved', '著作权12'], ['The article', 'resolved', '著作权12'],
      ['Article 13 of the Copyright Law', 'resolved', '著作权13'], ['This article', 'resolved', '著作权13']]],
]);

// Forms left by the fair measurement heldout22 on English pages (heldout22-english, now a tuning set): made-up text in
// the real style against the bundled corpus (laws named short: 妇女权益保障25 is the Women's Rights Law's article 25).
import { bundledShortTable as table } from './citations/helpers';

// "The revised Law on … takes effect …", then "Article 25 of the law" / "of the statute": the law the first sentence
// named, "revised" / "amended" / "new" before its title (headings/englishTitlesAlone.ts englishTitlesAlone, lawNamedAfter).
table('citation table: "of the law" after a title opened by "The revised" (fix-en24b)', [
  ['"The revised Law on …" then "Article 25 of the law" and "Paragraph 1 of Article 80 of the law"',
    'The revised Law on the Protection of Rights and Interests of Women comes into force on 1 January. The statute names harassment often. Also, Article 25 of the law adds a new duty for employers. Paragraph 1 of Article 80 of the law lets the police issue a warning.',
    [['Article 25 of the law', 'resolved', '妇女权益保障25'], ['Paragraph 1 of Article 80 of the law', 'resolved', '妇女权益保障80.1']]],
  ['"The amended Law on …" then "Article 12 of the statute"',
    'The amended Law on Administrative Licensing took effect in May. Under Article 12 of the statute, permits may be renewed.',
    [['Article 12 of the statute', 'resolved', '行政许可12']]],
  ['not a law never named (no context), nor ordinals, counts or case numbers',
    'The revised rules were praised. Article 25 of the law adds a duty. The 14th session met at its first meeting; item 2 goods; (2019) case No. 12.',
    [['Article 25 of the law', 'no-context', '']]],
]);

// "The 1982 Constitution established … (Article 41)": the year of the text in force before "Constitution" names it, the
// bracketed article in that sentence its (chineseConstitution.ts), not the law named in the paragraph before.
table('citation table: "the 1982 Constitution" and a bracketed article (fix-en24b)', [
  ['after a paragraph naming another law',
    'The Administrative Review Law (revised in 2023) allows appeals within the agency.\n\nThe 1982 Constitution set out the principle that citizens may complain of state organs (Article 41), but laws came later.',
    [['Article 41', 'resolved', '宪41']]],
  ['not "the 1954 Constitution", an earlier text the corpus does not hold',
    'The Administrative Review Law (revised in 2023) allows appeals within the agency.\n\nThe 1954 Constitution had such a clause (Article 4), but the 14th session changed it.',
    [['Article 4', 'unknown-regulation', '']]],
]);

// A draft named after the article: "in the latest amendments to the patent law (draft)", "of the draft amendments", "of
// the draft": the draft's article (englishDraftAfter.ts), never the enacted law in context — no citation since
// fix-draft101 (the draft's numbering, a draft word alone its owner), unknown-regulation when a law's name says "(draft)".
table('citation table: an article of a draft named after it (fix-en24b)', [
  ['"in the latest amendments to the … law (draft)", "of the draft amendments", "of the draft"',
    'The Patent Law was passed in 1984. Damages are set out in Article 65 in the latest amendments to the patent law (draft). It is provided in Article 65 of the draft amendments that the court may double them. Article 9 of the draft is new.',
    [['Article 65 in the latest amendments to the patent law (draft)', 'unknown-regulation', '']]],
  ['not an enacted law named after "of", nor ordinals, counts or case numbers',
    'The Patent Law was passed in 1984. Article 12 of the Patent Law applies; the 14th session met; item 2 goods; (2019) case No. 12.',
    [['Article 12 of the Patent Law', 'resolved', '专利12']]],
]);

// A version named by its date and given a short name: "the amended company law of Aug. 28, 2004 (hereinafter referred to
// as Amended Company Law)" — that year's text, which the corpus does not hold (englishDefinitions.ts englishDefinitions).
table('citation table: a dated version given a short name (fix-en24b)', [
  ['"the amended company law of <date> (hereinafter referred to as Amended Company Law)", then its articles',
    'Some books hold that the amended company law of Aug. 28, 2004 (hereinafter referred to as Amended Company Law) set out the rule in Article 64 of the Amended Company Law.',
    [['Article 64 of the Amended Company Law', 'unknown-regulation', '']]],
  ['not a law so named without a date: the law in force',
    'Some books hold that the company law of the state (hereinafter referred to as Company Law) set out the rule in Article 64 of the Company Law. The 14th session met.',
    [['Article 64 of the Company Law', 'resolved', '公司64']]],
]);

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

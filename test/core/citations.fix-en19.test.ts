// Forms from the eighteenth fair measurement's residual English errors (heldout18-english, now a tuning set), fix-en19:
// made-up text in the real style against the bundled corpus (laws named short: 证券75 is the Securities Law's article 75).
import { bundledShortTable as table } from './citations/helpers';

// An old translation whose articles run on, each label glued to the previous article's full stop, the next article
// opening with an institution's possessive ("People's Courts shall …"): a run-in heading, no citation
// (englishRunIn.ts runInHeadingAt).
table('citation table: run-on headings whose text opens with "People\'s Courts" (fix-en19)', [
  ['labels glued to the full stop on a wrapped line, the text opening with a possessive name',
    'Article 1 This Law is made to guard the rights of citizens.Article 2 Where citizens think so, they may sue.\nthe suits are heard in the People\'s Court.Article 3 People\'s Courts shall try such cases alone.\nof the cases.Article 4 People\'s Procuratorates shall watch the trials.',
    []],
  ['not a citation whose possessive name is followed by a verb of the writer\'s, nor a law named after the number',
    'The courts ruled so. Article 3 of the Administrative Procedure Law applies. Under Article 4 People\'s Courts hear them.',
    [['Article 3 of the Administrative Procedure Law', 'resolved', '行政诉讼3'], ['Article 4', 'resolved', '行政诉讼4']]],
  ['ordinals, sessions and case numbers stay unread', 'The 14th session met. (2019) case No. 12. Item 2 goods.', []],
]);

// ", YEAR" after a law's full English title names the text of that year (english.ts REVISED_IN_AFTER; namedVersion.ts
// decides whether the corpus holds it): a text the corpus lacks is unknown, one it holds resolves.
table('citation table: a version named by ", YEAR" after an English title (fix-en19)', [
  ['the year before the short name defined in brackets: a text the corpus does not hold',
    '"Insider data" is defined in Article 75 of the People\'s Republic of China Securities Law, 2006 (Securities Law) as data not yet public.',
    [['Article 75 of the People\'s Republic of China Securities Law', 'unknown-regulation', '']]],
  ['a year whose text the corpus holds, before a full stop: resolved',
    'This is governed by Article 75 of the Securities Law, 2019.',
    [['Article 75 of the Securities Law', 'resolved', '证券75']]],
  ['not a year that goes on as a sentence or a date',
    'See Article 75 of the Securities Law, 2006 saw many cases. Article 75 of the Securities Law, 2006-01-01.',
    [['Article 75 of the Securities Law', 'resolved', '证券75'], ['Article 75 of the Securities Law', 'resolved', '证券75']]],
]);

// A region's possessive right before a bare article names its Basic Law's article (englishRegions.ts
// regionPossessiveEndingAt), as "Hong Kong's Basic Law Article 23" does.
table('citation table: "Hong Kong\'s Article N" (fix-en19)', [
  ['a headline naming the article by the place\'s possessive', 'What Hong Kong\'s Article 45 really says\n\nThe debate goes on.',
    [['Hong Kong\'s Article 45', 'resolved', '香港特别行政区基本45']]],
  ['Macao\'s, written with a curly apostrophe', 'Macao’s Article 23 law was passed long ago.',
    [['Macao’s Article 23', 'resolved', '澳门特别行政区基本23']]],
  ['not a company\'s articles, nor the place\'s name without a possessive', 'The Hong Kong company\'s Article 5 is void. Hong Kong Article 5 rally.',
    [['Article 5', 'no-context', ''], ['Article 5', 'no-context', '']]],
]);

// A Taiwan law named in the prose of a page on Taiwan, by a title in capitals ending in Act, Law or Code, is the law in
// context for the bare articles after it (englishRegions.ts taiwanTitlesInProse): unknown, never no context.
table('citation table: bare articles after a Taiwan Act named in prose (fix-en19)', [
  ['"the Employment Standards Act" named on a page about Taiwan, then "According to the Act … Article 14 or Article 15"',
    'In Taiwan, the Employment Standards Act (ESA) guards every worker. According to the Act, a company may not fire a worker unless Article 14 or Article 15 applies.',
    [['Article 14', 'unknown-regulation', ''], ['Article 15', 'unknown-regulation', '']]],
  ['the Act named before Taiwan is, on a page naming no mainland law',
    'The Factory Safety Act sets rules for plants in Taiwan. Under Article 6, a plant must be checked each year.',
    [['Article 6', 'unknown-regulation', '']]],
  ['not a page about the mainland: "the Act" and a capitalised phrase name no Taiwan law there',
    'In Beijing, the PRC courts read the Labor Law strictly. Under the Act, Article 14 applies.',
    [['Article 14', 'resolved', '劳动14']]],
  ['not a sentence\'s opening words before "the Act", nor ordinals or case numbers',
    'Taiwan news. Under the Act, workers rest. The 14th session met; (2019) case No. 12.',
    []],
]);

// A law database's "Title:" line names the law whose articles the page prints (titleLabelLine.ts): the bare articles its
// text cites are that law's, a law the corpus lacks unknown (never self); its initials after "of the" name it too.
table('citation table: the law a "Title:" line names (fix-en19)', [
  ['an Act the corpus lacks, its articles printed below: cross-references and its initials are unknown',
    'Relevant Laws\n\nTitle:Health Record Safety Act (2021.04.12)\nArticle 5 "Approval", as referred to in paragraph 1 of Article 12, means a written approval of the patient.\nArticle 6     A hospital shall act in accordance with Article 12 or Article 14:\n  1. the name of the hospital;\n  2. the purpose of the record;\nThe notice shall follow paragraph 2 of Article 6 of the HRSA.',
    [['paragraph 1 of Article 12', 'unknown-regulation', ''], ['Article 12', 'unknown-regulation', ''], ['Article 14', 'unknown-regulation', ''], ['paragraph 2 of Article 6 of the HRSA', 'unknown-regulation', '']]],
  ['a law the corpus holds, so labelled: its articles', 'Title:Labor Law (2018.12.29)\nArticle 3 Workers, as referred to in Article 15, may join unions.\nArticle 4 Employers shall keep the rules.\nArticle 5 The State shall help.',
    [['Article 15', 'resolved', '劳动15']]],
  ['not a "Title:" caption of something else, nor capitals that are no initials of the law named there',
    'Title: Senior Manager\nArticle 5 of the HRSA applies. The 14th session met; (2019) case No. 12.',
    []],
]);

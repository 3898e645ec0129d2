// A law's acronym defined inside its title ("the Enterprise Income Tax (“EIT”) Law"), and "its Implementing Rules"
// right after it (round 25, heldout37-english p17): made-up text in the real style against the bundled corpus (laws
// named short: 企业所得税47 is the Enterprise Income Tax Law's article 47).
import { bundledShortTable as table } from './citations/helpers';

// The title without the bracket; "EIT Law" names it afterwards (english/names/acronymInsideTitle.ts).
table('citation table: an acronym defined inside a law\'s title (english-acronym-inside-title)', [
  ['"article 47 of the Enterprise Income Tax (“EIT”) Law", "article 120 of its Implementing Rules", then "the EIT Law"',
    'Before the Measures, the rule relied on article 47 of the Enterprise Income Tax (“EIT”) Law, article 120 of its Implementing Rules, and a circular. Article 8 of the EIT Law allows deductions.',
    [['article 47 of the Enterprise Income Tax (“EIT”) Law', 'resolved', '企业所得税47'], ['article 120 of its Implementing Rules', 'resolved', '企业所得税法实施条例120'],
      ['Article 8 of the EIT Law', 'resolved', '企业所得税8']]],
  ['ASCII quotation marks, a two-letter acronym, "FT Law Article 4" after it',
    'Article 12 of the Foreign Trade ("FT") Law governs registration. Under FT Law Article 4, trade is fair.',
    [['Article 12 of the Foreign Trade ("FT") Law', 'resolved', '对外贸易12'], ['FT Law Article 4', 'resolved', '对外贸易4']]],
  ['the acronym defined with the title named alone, "its Implementing Regulations" after the law',
    'The Enterprise Income Tax (EIT) Law took effect in 2008. Article 47 of the EIT Law and article 120 of its Implementing Regulations set the anti-avoidance rule.',
    [['Article 47 of the EIT Law', 'resolved', '企业所得税47'], ['article 120 of its Implementing Regulations', 'resolved', '企业所得税法实施条例120']]],
  ['not letters that are not the initials of the words before the bracket, nor a year in the bracket, nor a count',
    'Article 3 of the Widget Trade (“ABC”) Law is cited. Article 5 of the Widget (2019) Law too. In 2019, 14 firms filed.',
    []],
  ['a law the corpus lacks so written is unknown, its acronym named again the same',
    'Article 3 of the Widget Trade (“WT”) Law is cited. Article 9 of the WT Law too.',
    [['Article 3 of the Widget Trade (“WT”) Law', 'unknown-regulation', ''], ['Article 9 of the WT Law', 'unknown-regulation', '']]],
  ['not a company\'s own "its Implementing Rules" with no law cited before',
    'The company amended article 5 of its charter. Article 3 of its Implementing Rules sets the quorum.',
    [['Article 3 of its Implementing Rules', 'unknown-regulation', '']]],
]);

// Forms from the real-en24 page set (English pages on Chinese law written by others: NGO and university pages, news,
// academic abstracts, machine-translated Q&A): made-up text in the real style against the bundled corpus (laws named
// short: 著作权10 is the Copyright Law's article 10).
import { bundledShortTable as table } from './citations/helpers';

// A year dating a law may carry a possessive 's ("the 1990's Copyright Law"): the same year, naming that version, in a
// citation and before a title named alone (names/englishTitleAt.ts TITLE_LEAD, englishTitleYear.ts) — unknown-regulation for a text
// the corpus lacks, resolved for one it holds.
table('citation table: a version year with a possessive \'s before an English title (real-en24)', [
  ['in a citation, with "the" before the article too, and before a title named alone: a version the corpus lacks',
    'There is a special “the like” in the Article 10(5) of the 1990’s Copyright Law. The 1990\'s Copyright Law was short; Article 46 listed the infringements.',
    [['Article 10(5) of the 1990’s Copyright Law', 'unknown-regulation', ''], ['Article 46', 'unknown-regulation', '']]],
  ['a year the corpus holds: that text', 'Article 10 of the 2020’s Copyright Law lists the rights.',
    [['Article 10 of the 2020’s Copyright Law', 'resolved', '著作权10']]],
  ['not a decade written without the apostrophe, nor a case number or an ordinal',
    'In the 1990s Copyright Law was young. Article 10 of the Copyright Law lists the rights; (2019) case No. 12, the 14th session.',
    [['Article 10 of the Copyright Law', 'resolved', '著作权10']]],
]);

// A known interpretation's title ending in "Cases" or "Disputes" that goes straight on with "over", "involving",
// "arising from" … and capitalised words names a narrower interpretation in full — another text (unknown-regulation
// when the corpus lacks it), never the broader one (english/names/englishTitleAt.ts NARROWED_CASES_TAIL).
table('citation table: an interpretation title narrowed past a known one (real-en24)', [
  ['the known title going on with "over Computer Network", and with "arising from Online Shopping"',
    'The Court cited Article 8, Paragraph 1 of the Interpretation of the Supreme People\'s Court on Certain Issues Concerning the Application of Law in the Trial of Civil Cases Involving Copyright Disputes over Computer Network (2004): “Where any …”. Article 3 of the Interpretation of the Supreme People\'s Court on Certain Issues Concerning the Application of Law in the Trial of Civil Cases Involving Copyright Disputes arising from Online Shopping applies too.',
    [['Article 8, Paragraph 1 of the Interpretation of the Supreme People\'s Court on Certain Issues Concerning the Application of Law in the Trial of Civil Cases Involving Copyright Disputes over Computer Network', 'unknown-regulation', ''],
      ['Article 3 of the Interpretation of the Supreme People\'s Court on Certain Issues Concerning the Application of Law in the Trial of Civil Cases Involving Copyright Disputes arising from Online Shopping', 'unknown-regulation', '']]],
  ['not the known title alone, nor lower-case words after it, nor a new clause; nor a case number or an ordinal',
    'Under Article 8 of the Interpretation of the Supreme People\'s Court on Certain Issues Concerning the Application of Law in the Trial of Civil Cases Involving Copyright Disputes over the years courts ruled alike. Article 9 of the Interpretation of the Supreme People\'s Court on Certain Issues Concerning the Application of Law in the Trial of Civil Cases Involving Copyright Disputes, Involving Beijing courts, also applies; (2019) case No. 12, the 14th session.',
    [['Article 8 of the Interpretation of the Supreme People\'s Court on Certain Issues Concerning the Application of Law in the Trial of Civil Cases Involving Copyright Disputes', 'resolved', '最高人民法院关于审理著作权民事纠纷案件适用法律若干问题的解释8'],
      ['Article 9 of the Interpretation of the Supreme People\'s Court on Certain Issues Concerning the Application of Law in the Trial of Civil Cases Involving Copyright Disputes', 'resolved', '最高人民法院关于审理著作权民事纠纷案件适用法律若干问题的解释9']]],
]);


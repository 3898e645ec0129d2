// Forms from the real-en23 page set (English pages on Chinese law written by others: law-firm notes, news, machine
// translations of Chinese sites): made-up text in the real style against the bundled corpus (laws named short:
// 反不正当竞争6.1.2 is the Anti-Unfair Competition Law's article 6, paragraph 1, item 2).
import { bundledShortTable as table } from './citations/helpers';

// A machine translation of a Chinese page prints its opening quotation marks as closing ones, glued to "the" and to the
// title: of the”People’s Republic of China Anti-Unfair Competition Law” is that title in marks (english.ts
// OF_DETERMINER, lawNamedAfter); with no closing mark, the title after the mark when there is one, else the bare article.
table('citation table: a title opened by a reversed quotation mark glued to "the" (real-en23)', [
  ['the full title so marked, then the short one', 'The act belongs to Article 6, Paragraph 1, Item 2 of the”People’s Republic of China Anti-Unfair Competition Law” The penalty is set by Article 18 of the”Anti-Unfair Competition Law” as well.',
    [['Article 6, Paragraph 1, Item 2 of the”People’s Republic of China Anti-Unfair Competition Law”', 'resolved', '反不正当竞争6.1.2'],
      ['Article 18 of the”Anti-Unfair Competition Law”', 'resolved', '反不正当竞争18']]],
  ['the closing mark never printed: the title after the mark; a cut title leaves the article to the law in context',
    'Under Article 6 of the”Anti-Unfair Competition Law the act is confusing. According to Article 18 of the”People’s Republic of China Anti-Unfair Competitio',
    [['Article 6 of the”Anti-Unfair Competition Law', 'resolved', '反不正当竞争6'], ['Article 18', 'resolved', '反不正当竞争18']]],
  ['not a mark with a space before the words (the article stays bare), nor a case number or an ordinal', 'The act belongs to Article 6 of the” contract” signed in 2019, case (2019) No. 12, the 14th session.',
    [['Article 6', 'no-context', '']]],
]);

// A law's English title named alone with a version's year beside it ("the 2001 Trademark Law", "The Trademark Law of
// the People's Republic of China (Trademark Law) 2001 added …") names that version: the bare articles after it are that
// version's — unknown-regulation for a text the corpus lacks, resolved for one it holds (englishTitleYear.ts).
table('citation table: a version year beside an English title named alone (real-en23)', [
  ['the year before the title, and after its bracketed short name: a version the corpus lacks',
    'The 2001 Trademark Law added an Article on agents. Article 15 is applicable only if the principal owns a prior mark.\n\nThe Trademark Law of the People’s Republic of China (Trademark Law) 2001 added an Article providing for this (“Article 15”).',
    [['Article 15', 'unknown-regulation', ''], ['Article 15', 'unknown-regulation', '']]],
  ['a year the corpus holds: that text', 'The 2019 Trademark Law keeps the rule. Article 15 is applicable only if the principal owns a prior mark.',
    [['Article 15', 'resolved', '商标15']]],
  ['not a year set apart from the title, nor a span of years, nor a case number or an ordinal',
    'In 2001, the Trademark Law was amended. Article 15 is applicable. The Trademark Law 2001-2005 statistics differ; (2019) case No. 12 was the 14th.',
    [['Article 15', 'resolved', '商标15']]],
]);

// The number of one of a series of the court's interpretations of a law written after its kind word: "Judicial
// Interpretation No.3 of the Company Law", "Company Law Interpretation III" — that interpretation (englishComposed.ts
// interpretationNumber; english/names/englishTitleAt.ts capitalisedTitleAt, lawLikeEnglishTitle), not the law it is on.
table('citation table: an interpretation numbered after its kind word, "No.3" or "III" (real-en23)', [
  ['"No.3" after the kind word, and the law first with "III" after the kind word',
    'Article 88 of the draft is based on article 18 of Judicial Interpretation No.3 of the Company Law. Under Article 13 of Company Law Interpretation III, the shareholder is liable.',
    [ // "Article 88 of the draft": the draft's numbering, no citation (fix-draft101)
      ['article 18 of Judicial Interpretation No.3 of the Company Law', 'resolved', '最高人民法院关于适用《公司法》若干问题的规定（三）18'],
      ['Article 13 of Company Law Interpretation III', 'resolved', '最高人民法院关于适用《公司法》若干问题的规定（三）13']]],
  ['not a document number after the year, nor an unnumbered one of several (unknown), nor a case number or an ordinal',
    'The rule (Judicial Interpretation [2020] No. 26) applies. Article 13 of the Company Law Interpretation differs from Article 16 of the Company Law; (2019) case No. 12, the 14th session.',
    [['Article 13 of the Company Law Interpretation', 'unknown-regulation', ''], ['Article 16 of the Company Law', 'resolved', '公司16']]],
]);

// A translation's title line printed in capitals heads the regulation it reproduces, as the same line in title case
// does: "Paragraph 2 of this Article" and "Article 4 hereof" below it are that interpretation's (english.ts
// englishTitlesAlone, read in the ordinary case as englishCaps.ts reads a line in capitals).
table('citation table: a reproduced interpretation under its title line in capitals (real-en23)', [
  ['the title in capitals, then its own articles referred to inside them',
    'INTERPRETATION OF THE SUPREME PEOPLE’S COURT ON SEVERAL ISSUES CONCERNING THE APPLICATION OF LAW IN THE TRIAL OF PATENT INFRINGEMENT CASES (II)\n\nArticle 2\nThe right holder may file a lawsuit separately.\nThe period shall be calculated from the date mentioned in Paragraph 2 of this Article.\nArticle 3\nWhere the circumstances specified in Article 4 hereof do not apply, the court may suspend the lawsuit.\nArticle 4\nThe claims shall be read as a whole.',
    [['Paragraph 2 of this Article', 'resolved', '最高人民法院关于审理侵犯专利权纠纷案件应用法律若干问题的解释（二）2.2'],
      ['Article 4 hereof', 'resolved', '最高人民法院关于审理侵犯专利权纠纷案件应用法律若干问题的解释（二）4']]],
  ['not a heading in capitals that names no regulation (the law in context stays), nor a case number or an ordinal',
    'Under Article 16 of the Company Law the board decides.\n\nKEY POINTS OF THE NEW RULES FOR EMPLOYERS\n\nArticle 17 also applies; (2019) case No. 12 at the 14th session.',
    [['Article 16 of the Company Law', 'resolved', '公司16'], ['Article 17', 'resolved', '公司17']]],
]);

// The court's provisions named by the disputes they try: "the Provisions on the Trial of Patent Disputes", "the Several
// Provisions on the Trial of Patent Disputes" → 《最高人民法院关于审理专利纠纷案件适用法律问题的若干规定》
// (englishCaseKind.ts: "Trial of" names a court's text as "Cases" does; "patent disputes" is 专利纠纷).
table('citation table: the court\'s provisions on the trial of patent disputes (real-en23)', [
  ['named short, with and without "Several"',
    'This is clarified by Article 13 paragraph 1 of the Provisions on the Trial of Patent Disputes. Article 17 of the Several Provisions on the Trial of Patent Disputes is older.',
    [['Article 13 paragraph 1 of the Provisions on the Trial of Patent Disputes', 'resolved', '最高人民法院关于审理专利纠纷案件适用法律问题的若干规定13.1'],
      ['Article 17 of the Several Provisions on the Trial of Patent Disputes', 'resolved', '最高人民法院关于审理专利纠纷案件适用法律问题的若干规定17']]],
  ['not provisions on a trial implementation, nor a case number or an ordinal',
    'Article 5 of the Provisions on the Trial Implementation of Patent Fees applies; (2019) case No. 12 at the 14th session.',
    [['Article 5 of the Provisions on the Trial Implementation of Patent Fees', 'unknown-regulation', '']]],
]);

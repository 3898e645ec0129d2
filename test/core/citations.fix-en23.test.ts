// Forms left by the fair measurements of rounds 18-21 on English pages (heldout18-21 english, now tuning sets):
// made-up text in the real style against the bundled corpus (laws named short: 著作权12 is the Copyright Law's
// article 12).
import { bundledShortTable as table } from './citations/helpers';

// "this Article" / "the Article" / "the said Article" pointing back to the article named in the same sentence or the
// one before (quoted words aside), or to the one the paragraph already so called: a mention of that article
// (englishThisArticle.ts, scanner). "this article" meaning the page is none.
table('citation table: "this article" pointing back to an article (fix-en23)', [
  ['after a quotation of the article\'s text, in the next sentence',
    'Article 12 of the Copyright Law stipulates: "The term is fifty years. It ends on 31 December." This article sets the term of protection for the works of legal persons.',
    [['Article 12 of the Copyright Law', 'resolved', '著作权12'], ['This article', 'resolved', '著作权12']]],
  ['in the same sentence, twice, and "the said Article" in the next one; a paragraph number before is left out',
    'Under Article 63(1) of the Trademark Law, the damages prescribed by the Article and the licence fees named in the Article are counted. The said Article also allows punitive damages.',
    [['Article 63(1) of the Trademark Law', 'resolved', '商标63.1'], ['the Article', 'resolved', '商标63'], ['the Article', 'resolved', '商标63'], ['The said Article', 'resolved', '商标63']]],
  ['later in the paragraph that first called it so, no other article named since',
    'Article 4 of the Trademark Law is short. Comments: This article targets hoarders of marks. The office rejects many filings. Some judges say so too. The rule in this article differs from the ones below.',
    [['Article 4 of the Trademark Law', 'resolved', '商标4'], ['This article', 'resolved', '商标4'], ['this article', 'resolved', '商标4']]],
  ['a heading alone above "Contents:", then "the article" in the comment below it',
    'The Trademark Law has clear rules.\n\nArticle 7\n\nContents: An applicant shall act in good faith when filing a mark.\n\nComments: Although the article names no sanction, examiners rely on it.',
    [['the article', 'resolved', '商标7']]],
]);

table('citation table: "this article" that names no provision (fix-en23)', [
  ['the page itself: "This article will explain", "In this article, we", "This article is for information only"',
    'Article 12 of the Copyright Law was amended. This article will briefly explain the change. In this article, we look at Article 12 of the Copyright Law. This article is for general information only.',
    [['Article 12 of the Copyright Law', 'resolved', '著作权12'], ['Article 12 of the Copyright Law', 'resolved', '著作权12']]],
  ['an article named two sentences before, a list of articles, or none at all',
    'Article 12 of the Copyright Law, or the article after it, is long. The office wrote to us. This article is clear.\n\nArticles 12 and 13 of the Copyright Law apply. The article is short.\n\nThe article was sent to the 14th session on 2 May.',
    [['Article 12 of the Copyright Law', 'resolved', '著作权12'], ['Articles 12 and 13 of the Copyright Law', 'resolved', '著作权12 著作权13']]],
  ['the page\'s byline words: "reflects the author\'s opinion", "first appeared", "part of our series" — not "appears to"',
    'China amends Article 23 of the Labor Law.\n\nThe article reflects the author\'s opinion only. Article 6 of the Labor Law applies. This article first appeared in a journal. Article 7 of the Labor Law is new. This article is part of our series on labour law. Article 8 of the Labor Law is old. This article appears to cover all workers.',
    [['Article 23 of the Labor Law', 'resolved', '劳动23'], ['Article 6 of the Labor Law', 'resolved', '劳动6'], ['Article 7 of the Labor Law', 'resolved', '劳动7'],
      ['Article 8 of the Labor Law', 'resolved', '劳动8'], ['This article', 'resolved', '劳动8']]],
  ['a caption in brackets, "Share this article", and ordinals, counts and case numbers',
    'Article 38 of the Copyright Law\n【Purpose of the Article】\nShare this article. The 14th session; the first meeting; item 2 goods; (2019) case No. 12.',
    [['Article 38 of the Copyright Law', 'resolved', '著作权38']]],
]);

// "Article 7" alone on its line above "Contents: …" (the article's words or gist): a heading, as above the text itself.
table('citation table: a label alone above a "Contents:" line is a heading (fix-en23)', [
  ['above "Contents:" and above "Text:"',
    'Notes on the Trademark Law.\n\nArticle 9\n\nContents: A user of a mark shall act honestly in trade.\n\nArticle 10\n\nText: The following signs shall not be used as marks.',
    []],
  ['not above a caption of the writer\'s own ("Comments:"), nor a label with words after it',
    'Notes on the Trademark Law.\n\nArticle 9\n\nComments: The office rarely applies it.\n\nArticle 10 covers signs.',
    [['Article 9', 'resolved', '商标9'], ['Article 10', 'resolved', '商标10']]],
]);

// "Article 255 of the current edition", "of the current version", "of the revised Law" after a law named in an older
// version: the law named last, in its text in force (english.ts, analyze.ts currentTextOf).
table('citation table: "of the current edition" after a law named in an older version (fix-en23)', [
  ['after a version the corpus lacks, in brackets, and "of the revised Law"',
    'It goes back to Article 231 of the Civil Procedure Law (i.e. Article 255 of the current edition) as amended on October 28, 2007. Article 10 of the 2001 Copyright Law (now Article 12 of the revised Law) is short.',
    [['Article 231 of the Civil Procedure Law', 'unknown-regulation', ''], ['Article 255 of the current edition', 'resolved', '民事诉讼255'],
      ['Article 10 of the 2001 Copyright Law', 'unknown-regulation', ''], ['Article 12 of the revised Law', 'resolved', '著作权12']]],
  ['not an edition of something else, an old law, nor ordinals and case numbers',
    'The current edition of the guide was printed. Article 10 of the 2001 Copyright Law (Article 11 of the old law) is short. The 14th session; (2019) case No. 12.',
    [['Article 10 of the 2001 Copyright Law', 'unknown-regulation', ''], ['Article 11 of the old law', 'unknown-regulation', '']]],
]);

// "Section 38 of the law" on a page citing "Section 38 of" a law of the corpus: read as the bare "Section 38" is there
// (english.ts sectionOfTheLaw) — the law in context, or the one the page cites that section with later.
table('citation table: "Section N of the law" (fix-en23)', [
  ['before the full citation, and after it',
    'Foreign critics may be charged under Section 29 of the law once they land, a reporter wrote.\n\nSection 29 of the Hong Kong national security law covers collusion. Lawyers read Section 29 of the law widely.',
    [['Section 29 of the law', 'resolved', '香港特别行政区维护国家安全29'], ['Section 29 of the Hong Kong national security law', 'resolved', '香港特别行政区维护国家安全29'],
      ['Section 29 of the law', 'resolved', '香港特别行政区维护国家安全29']]],
  ['not another number, nor on a page citing no such section, nor ordinals and case numbers',
    'Section 29 of the Hong Kong national security law covers collusion. Section 30 of the law is short.\n\nThe 14th session; (2019) case No. 12.',
    [['Section 29 of the Hong Kong national security law', 'resolved', '香港特别行政区维护国家安全29']]],
]);

// "in China" after a law's English name says whose law it is, no part of the title (english/names/englishTitleAt.ts capitalisedTitleAt):
// "Provision 286 of the Contract Law in China" is the (repealed, unknown) Contract Law's, as "China's Contract Law" is.
table('citation table: "of the … Law in China" (fix-en23)', [
  ['an unknown law so named, by "Provision" and by "Article"; a known one',
    'Provision 286 of the Contract Law in China sets a rule for builders. Article 52 of the Contract Law in the PRC voids it. Article 44 of the Labor Law in China sets pay.',
    [['Provision 286 of the Contract Law', 'unknown-regulation', ''], ['Article 52 of the Contract Law', 'unknown-regulation', ''], ['Article 44 of the Labor Law', 'resolved', '劳动44']]],
  ['not words that are no law\'s name, nor ordinals and case numbers',
    'Article 5 of the Report in China is short. The 14th session; the first meeting; (2019) case No. 12.',
    []],
]);

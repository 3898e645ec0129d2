// Forms from English pages of the twenty-sixth round (fix-en60: heldout37/38/39 English — labels spelled out in words
// alone on their line over a reprinted article, …): made-up text in the real style against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

// "Article nine hundred and thirty-eight" alone on its line over the article's text: a heading, as "Article 938" alone
// on its line is (spelledHeading.ts); a spelled number in a writer's sentence stays a citation.
table('citation table: an article label spelled out alone on its line over its text (fix-en60)', [
  ['spelled labels over the text of the article after the one cited',
    'Legal basis\n\nArticle 937 of the Civil Code\n\nA property service contract is a contract in which the provider offers services and the owner pays the fee.\n\nArticle nine hundred and thirty-eight\n\nThe contents of the property service contract generally include service items, service quality and fees.\n\nArticle nine hundred and thirty-nine\n\nThe preliminary property service contract concluded by the developer according to law is binding on the owners.',
    [['Article 937 of the Civil Code', 'resolved', '民法典937']]],
  ['a spelled label in capitals with a full stop',
    'Article 937 of the Civil Code\n\nA property service contract is a contract in which the provider offers services and the owner pays the fee.\n\nArticle Nine Hundred and Forty.\n\nWhere the term of the property service contract expires, the owners shall decide on renewal in time.',
    [['Article 937 of the Civil Code', 'resolved', '民法典937']]],
  ['a spelled number in running text stays a citation',
    'Under Article nine of the Civil Code, the parties shall act in a way that saves resources and protects the environment.',
    [['Article nine of the Civil Code', 'resolved', '民法典9']]],
  ['a spelled label with more words on its line is the writer\'s sentence',
    'Article 937 of the Civil Code\n\nA property service contract is a contract in which the provider offers services.\n\nArticle nine hundred and forty applies here too\n\nThe owners decided to renew the property service contract for another three years.',
    [['Article 937 of the Civil Code', 'resolved', '民法典937'], ['Article nine hundred and forty', 'resolved', '民法典940']]],
  ['a spelled label alone over the writer\'s words about it stays a citation',
    'Article 937 of the Civil Code\n\nA property service contract is a contract in which the provider offers services.\n\nArticle nine hundred and forty\n\nThis article governs renewal when the term of the contract expires.',
    [['Article 937 of the Civil Code', 'resolved', '民法典937'], ['Article nine hundred and forty', 'resolved', '民法典940'], ['This article', 'resolved', '民法典940']]],
]);

// "the newly revised Regulations on Open Government Information (2019 Reg.)", then "2019 Reg. art. 5" and "Article 13
// of the 2019 Reg.": a short name of a year and an abbreviated kind word, that year's text (yearAbbreviatedName.ts); the
// State Council's "Open Government Information" wording of 政府信息公开条例 (english-titles.json).
table('citation table: a short name of a year and an abbreviated kind word (fix-en60)', [
  ['"(2019 Reg.)" used before and after the article',
    'On April 3, 2019, the State Council issued the newly revised Regulations on Open Government Information (2019 Reg.). Disclosure is the norm (2019 Reg. art. 5.) and Article 13 of the 2019 Reg. lists the exceptions; see also 2019 Reg. Arts. 13, 27, 20.',
    [['2019 Reg. art. 5', 'resolved', '政府信息公开条例5'], ['Article 13 of the 2019 Reg.', 'resolved', '政府信息公开条例13'], ['2019 Reg. Arts. 13, 27, 20', 'resolved', '政府信息公开条例13 政府信息公开条例27 政府信息公开条例20']]],
  ['a bare article after the title in the "Open Government Information" wording',
    'The Regulations on Open Government Information were revised in 2019. Article 13 provides that information shall be disclosed.',
    [['Article 13', 'resolved', '政府信息公开条例13']]],
  ['"(2007 Reg.)": a year whose text the corpus lacks',
    'The State Council first issued the Regulations on Open Government Information (2007 Reg.) long ago. Under 2007 Reg. art. 9, agencies disclose on their own initiative.',
    [['2007 Reg. art. 9', 'unknown-regulation', '']]],
  ['an abbreviation that opens no word of the title before it defines nothing',
    'The Labor Contract Law (2008 Reg.) applies. See 2008 Reg. art. 39 on dismissal.',
    [['art. 39', 'resolved', '劳动合同39']]],
  ['"(Co.)" after a company\'s name is no short name',
    'Widget Trading Company (Co.) signed the contract. Co. art. 5 of its charter applies.',
    []],
]);

// "Article 2 1 of the Regulations": a PDF's split of Article 21 where article 2 has one paragraph and no items — nothing
// for a sub-number to name (binding/spacedArticle.ts); the sub-number reading stays where the article has paragraphs
// or items, or where the joined article is not there.
table('citation table: an article number split by a space (fix-en60)', [
  ['"Article 2 1": article 2 of one paragraph, article 21 there',
    'The basic meaning of Article 2 1 of the Regulations on Open Government Information is that the organ shall reply.',
    [['Article 2 1 of the Regulations on Open Government Information', 'resolved', '政府信息公开条例21']]],
  ['"Article 1 2 of the Labor Contract Law": article 1 of one paragraph',
    'Under Article 1 2 of the Labor Contract Law, a labor contract is fixed-term, open-ended or for a task.',
    [['Article 1 2 of the Labor Contract Law', 'resolved', '劳动合同12']]],
  ['an article with items keeps the item',
    'According to Article 44 1 of the Labor Law, overtime is paid at 150 percent of the wage.',
    [['Article 44 1 of the Labor Law', 'resolved', '劳动44..1']]],
  ['an article of several paragraphs keeps the paragraph',
    'Under Article 4 2 of the Labor Contract Law, the rules are discussed with the workers.',
    [['Article 4 2 of the Labor Contract Law', 'resolved', '劳动合同4.2']]],
  ['no joined article: the sub-number reading stays',
    'See Article 5 7 of the Regulations on Open Government Information.',
    [['Article 5 7 of the Regulations on Open Government Information', 'unknown-paragraph', '政府信息公开条例5.7']]],
]);

// A legal basis printed as one paragraph, article after article: a label opening a sentence on a line that opened with
// another article's label prints its article's words, and "the preceding paragraph" there is that article's
// (printedBasisLine.ts, read as in any reproduced article).
table('citation table: the next article printed on a legal basis line (fix-en60)', [
  ['"the preceding paragraph", its items and "the preceding two paragraphs" in the second article printed',
    'Article 91 of the Road Traffic Safety Law * * * drunk driving a motor vehicle, the license shall be revoked; no license shall be obtained again within five years. Article 133-1 of the Criminal Law Crime of Dangerous Driving Whoever drives a motor vehicle on the road under any of the following circumstances shall be sentenced to criminal detention: (1) racing; (2) drunk driving; (3) seriously overloading a school bus; (4) carrying dangerous chemicals. Owners who are directly responsible for the acts in the third and fourth paragraphs of the preceding paragraph shall be punished under the preceding paragraph. Whoever commits the acts in the preceding two paragraphs and other crimes shall be punished for the heavier one.',
    [['Article 91 of the Road Traffic Safety Law', 'resolved', '道路交通安全91'], ['Article 133-1 of the Criminal Law', 'resolved', '刑133之1'],
      ['the third and fourth paragraphs of the preceding paragraph', 'resolved', '刑133之1.1.3 刑133之1.1.4'], ['the preceding paragraph', 'resolved', '刑133之1.1'],
      ['the preceding two paragraphs', 'resolved', '刑133之1.1 刑133之1.2']]],
  ['a line of the writer\'s own words: "the preceding paragraph" is the writer\'s',
    'The driver was caught twice within five years. Article 133-1 of the Criminal Law Crime of Dangerous Driving Whoever drives drunk shall be detained. As the preceding paragraph shows, the court has no choice.',
    [['Article 133-1 of the Criminal Law', 'resolved', '刑133之1']]],
  ['a citation linked by a verb is the writer\'s sentence',
    'Article 91 of the Road Traffic Safety Law * * * drunk driving a motor vehicle, the license shall be revoked. Article 133-1 of the Criminal Law sets the penalty. The preceding paragraph explains why.',
    [['Article 91 of the Road Traffic Safety Law', 'resolved', '道路交通安全91'], ['Article 133-1 of the Criminal Law', 'resolved', '刑133之1']]],
]);

// "In 2010, the revised "state compensation law" … the article 35": a sentence opening with the year of a revision names
// the text it made (englishYearClause.ts) — the corpus holds the 2012 text only; the name in a machine's quotation marks
// is the law named in lower case after its word of revision (englishLowerNamedAlone.ts).
table('citation table: "In 2010, the revised X Law" names that year\'s text (fix-en60)', [
  ['the title after the year clause: the 2010 text, which the corpus lacks',
    'In 2010, the revised State Compensation Law added mental damages. Among them, article 35 provides for them.',
    [['article 35', 'unknown-regulation', '']]],
  ['the lower-case name in quotation marks, and the articles in the quoted text',
    'In 2010, the revised "state compensation law" added mental damages. Among them, the article 35: "in the circumstances referred to in article 3 or article 17, compensation shall be paid".',
    [['article 35', 'unknown-regulation', ''], ['article 3', 'unknown-regulation', ''], ['article 17', 'unknown-regulation', '']]],
  ['a year whose text the corpus holds',
    'In 2012, the revised State Compensation Law kept mental damages. Among them, article 35 provides for them.',
    [['article 35', 'resolved', '国家赔偿35']]],
  ['without the year clause: the text in force',
    'The revised "state compensation law" added mental damages. Among them, article 35 provides for them.',
    [['article 35', 'resolved', '国家赔偿35']]],
  ['a year that dates something else in the sentence',
    'In 2010 the court held that the revised State Compensation Law applied. Article 35 provides for mental damages.',
    [['Article 35', 'resolved', '国家赔偿35']]],
]);

// "I dedicate this article to my grandparents": a paper's dedication is the writer's piece (englishThisArticle.ts PAGE_BEFORE).
table('citation table: "this article" in a paper\'s dedication (fix-en60)', [
  ['a dedication right after a cited article',
    'Each level of government has its own duties under the Labor Law (Article 10). I dedicate this article to my grandparents, in appreciation of their love.',
    [['Article 10', 'resolved', '劳动10']]],
  ['"this article" about the article cited stays a mention',
    'Each level of government has its own duties under Article 10 of the Labor Law. This article applies to every employer.',
    [['Article 10 of the Labor Law', 'resolved', '劳动10'], ['This article', 'resolved', '劳动10']]],
]);

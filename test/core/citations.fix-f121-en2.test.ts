// Forms of round 32's fix job f121-en2 (heldout56 English, after the measurement): made-up English text in the style
// of machine-translated Q&A pages and law-firm notes printing the provisions they rest on, against the bundled corpus
// (laws named short: 民法典1019 is the Civil Code's article 1019, 刑196.3 the Criminal Law's article 196 paragraph 3).
//
// Start figures (unchanged code, main 609c702f): split label alone 0 of 3 positives right, 2 of 2 negatives right;
// "Article N, paragraph M, whoever …" 0 of 5 positives, 4 of 4 negatives; "People's Republic of China and X" 0 of 3
// positives, 2 of 2 negatives — 8 right / 11 wrong (each wrong row a false citation or an unknown title). End: 19/19.
// Left: "Item 5 of Rules" (a court's numbered rule, heldout56 17:11) — no written rule settles whether it is a
// provision mention; not read, as before.
import { bundledShortTable as table } from './citations/helpers';

// A label alone on its line whose number a PDF or a machine split ("Article 10 19"), over the article's printed words
// (english/headings/splitNumberLabel.ts).
table('citation table: a split article label alone over its text is a heading (fix-f121-en2)', [
  ['the Civil Code printed under "legal ground": the cited article, then the split label of the next',
    'legal ground\n\nArticle 10 18 of the Civil Code.\n\nNatural persons enjoy the right to their likeness and may make, use or publish it according to law.\n\nArticle 10 19\n\nNo organization or individual may deface or forge the likeness of another person by means of information technology.\n',
    [['Article 10 18 of the Civil Code', 'resolved', '民法典1018']]],
  ['a colon after the split label, the Criminal Law named by its title line',
    'Criminal Law of the People\'s Republic of China\n\nArticle 26 4:\n\nWhoever steals public or private property in a relatively large amount shall be sentenced to fixed-term imprisonment.\n',
    []],
  ['a one-digit stray number, the label indented, blank lines between',
    'Relevant provisions of the Labor Contract Law:\n\n  Article 3 9\n\n\nThe employer may dissolve the labor contract if the worker is proved not to meet the conditions during probation.\n',
    []],
  ['negative: the split number run on into the writer\'s sentence stays a citation (1018 read together)',
    'Article 10 18 of the Civil Code protects the likeness of natural persons, and the courts apply it strictly.\n',
    [['Article 10 18 of the Civil Code', 'resolved', '民法典1018']]],
  ['negative: a split label alone over the writer\'s words about it stays what it was',
    'The Civil Code protects the likeness of natural persons.\n\nArticle 10 19\n\nThis article forbids the forging of portraits by technology.\n',
    [['Article 10', 'resolved', '民法典10'], ['This article', 'resolved', '民法典10']]],
]);

// A line-start label of an article and one of its paragraphs, set off by commas from that paragraph's printed words in
// lower case: "Article 210, paragraph 2, whoever defrauds …" (english/headings/paragraphHeading.ts with
// english/headings/lowerProvisionOpening.ts) — a heading, as 第三百四十五条 第二款 违反… is (layout/spacedParagraphLabel.ts).
table('citation table: "Article N, paragraph M, whoever …" printing the paragraph is a heading (fix-f121-en2)', [
  ['"whoever" under a cited article of the Criminal Law',
    'Article 264 of the Criminal Law of People\'s Republic of China (PRC) stipulates that whoever steals public or private property in a relatively large amount shall be sentenced to fixed-term imprisonment of not more than three years.\nArticle 196, paragraph 3, whoever steals a credit card and uses it shall be convicted and punished for theft.\n',
    [['Article 264 of the Criminal Law of People\'s Republic of China', 'resolved', '刑264']]],
  ['"where" in the Civil Code, under its title line',
    'Civil Code of the People\'s Republic of China\nArticle 1079, paragraph 2, where the people\'s court hears a divorce case, it shall first conduct mediation between the parties.\n',
    []],
  ['"any" and "the", two paragraphs of the Labor Contract Law one a line',
    'Labor Contract Law of the People\'s Republic of China\nArticle 82, paragraph 1, any employer that fails to conclude a written contract with a worker for more than one month shall pay him double wages each month.\nArticle 82, paragraph 2, the employer that fails to conclude an open-ended contract in violation of this Law shall pay double wages from the date it should have concluded one.\n',
    []],
  ['the paragraph in brackets, a comma before its words',
    'Criminal Law of the People\'s Republic of China\nArticle 196(3), whoever steals a credit card and uses it shall be convicted and punished for theft.\n',
    []],
  ['"Whoever" keeping its capital after the comma',
    'Criminal Law of the People\'s Republic of China\nArticle 210, paragraph 2, Whoever defrauds invoices that can be used to offset taxes shall be convicted and punished for fraud.\n',
    []],
  ['negative: the writer\'s next unit after the comma ("Clause 6, of …") keeps the label a citation',
    'Article 39, paragraph 1, Item 2, of the Labor Contract Law allows the employer to dismiss a worker who seriously violates its rules.\n',
    [['Article 39, paragraph 1, Item 2, of the Labor Contract Law', 'resolved', '劳动合同39.1.2']]],
  ['negative: "of the Criminal Law" after the label keeps it a citation',
    'Article 20, paragraph 2, of the Criminal Law provides that excessive defence shall bear criminal responsibility.\n',
    [['Article 20, paragraph 2, of the Criminal Law', 'resolved', '刑20.2']]],
  ['negative: the writer\'s words naming the law after the label keep it a citation',
    'Article 20 of the Criminal Law governs self-defence.\nArticle 20, paragraph 2, the Criminal Law provides that whoever exceeds the limits of necessity bears responsibility.\n',
    [['Article 20 of the Criminal Law', 'resolved', '刑20'], ['Article 20, paragraph 2', 'resolved', '刑20.2']]],
  ['negative: the same label inside the writer\'s sentence stays a citation',
    'Under the Criminal Law, as in Article 20, paragraph 2, whoever exceeds the limits of necessity bears criminal responsibility.\n',
    [['Article 20, paragraph 2', 'resolved', '刑20.2']]],
]);

// A machine title joining the country's name to a law's with "and": "People's Republic of China and Civil Code" for
// 中华人民共和国民法典 (english/names/countryAndLaw.ts).
table('citation table: "the People\'s Republic of China and X Law" is law X (fix-f121-en2)', [
  ['the Civil Code so named in quotes',
    'Article 1019 of the "People\'s Republic of China and Civil Code" stipulates that no one may infringe the likeness of others by defacing it.\n',
    [['Article 1019 of the "People\'s Republic of China and Civil Code"', 'resolved', '民法典1019']]],
  ['the Criminal Law and the Company Law, curly quotes',
    'According to Article 264 of the “People\'s Republic of China and Criminal Law”, theft is punished; Article 16 of the “People\'s Republic of China and Company Law” governs guarantees.\n',
    [['Article 264 of the “People\'s Republic of China and Criminal Law”', 'resolved', '刑264'], ['Article 16 of the “People\'s Republic of China and Company Law”', 'resolved', '公司16']]],
  ['the Trademark Law with the country\'s initials in brackets',
    'Article 10 of the "People\'s Republic of China (PRC) and Trademark Law" lists signs that may not be used as trademarks.\n',
    [['Article 10 of the "People\'s Republic of China (PRC) and Trademark Law"', 'resolved', '商标10']]],
  ['negative: no law of that name — the title stays unknown',
    'Article 10 of the "People\'s Republic of China and Widget Law" is cited by the seller.\n',
    [['Article 10 of the "People\'s Republic of China and Widget Law"', 'unknown-regulation', '']]],
  ['negative: the country joined to another in prose, a law named on its own after it',
    'The treaty between the People\'s Republic of China and Russia is in force; Article 10 of the Trademark Law still applies.\n',
    [['Article 10 of the Trademark Law', 'resolved', '商标10']]],
]);

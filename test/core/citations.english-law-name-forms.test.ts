// How second-language and machine-translated English pages write a law's name around its article numbers (issue 14,
// fix-en41): made-up text in the real style against the bundled corpus (laws named short: 劳动44.1 is the Labor Law's
// article 44, paragraph 1; 劳动44..1 its item 1).
import { bundledShortTable as table } from './citations/helpers';

// "the Contract Law of P. R. China": the country's initials with stops and spaces end the title, as "of the PRC" does
// (english/names/englishTitleAt.ts SPACED_INITIALS in capitalisedTitleAt).
table('citation table: a law "of P. R. China" (fix-en41)', [
  ['the repealed Contract Law "of P. R. China", "of P.R.C.": what "of the PRC" gives (unknown-regulation)',
    'Clauses are invalid according to Article 53 of the Contract Law of P. R. China: (1) those excluding liability for injury. See also Article 52 of the Contract Law of P.R.C. on void contracts.',
    [['Article 53 of the Contract Law', 'unknown-regulation', ''], ['Article 52 of the Contract Law', 'unknown-regulation', '']]],
  ['a law of the corpus so named resolves; an unknown one stays unknown; an ordinal and a case number stay unread',
    'Article 4 of the Company Law of P. R. China applies. Article 8 of the Widget Law of P.R. China does not. The 14th session met; (2019) case No. 12.',
    [['Article 4 of the Company Law', 'resolved', '公司4'], ['Article 8 of the Widget Law', 'unknown-regulation', '']]],
]);

// '" labor law " the 44th regulation': a machine ordinal right after a quoted title (《》 rendered as quotation marks,
// spaces padding them), 条 rendered article, regulation or clause (english/english.ts ordinalArticleAt).
table('citation table: an ordinal article after a quoted title (fix-en41)', [
  ['\'" labor law " the 44th regulation\', \'"Labor Law" the 36th article\': that law\'s article',
    '" labor law " the 44th regulation, those who lengthen working hours must pay more. "Labor Law" the 36th article sets the hours.',
    [['" labor law " the 44th regulation', 'resolved', '劳动44'], ['"Labor Law" the 36th article', 'resolved', '劳动36']]],
  ['an unknown quoted title: unknown-regulation',
    '"Widget Law" the 4th regulation applies to sellers.',
    [['"Widget Law" the 4th regulation', 'unknown-regulation', '']]],
  ['no marks before it, a quoted word that is no title, a regulation "of" something else: no citation; an ordinal and a case number stay unread',
    'The Labor Law the 44th clause is long. He said "yes" the 4th regulation was bad. "Labor Law" the 44th regulation of the city applies. The 14th session met; (2019) case No. 12.',
    []],
]);

// "Article 44 1 of the Labor Law": a sub-number after a space (brackets lost), read as "44(1)": an item where the
// article has items, else its paragraph (lists/englishUnitList.ts readList).
table('citation table: "Article 44 1 of the Labor Law" (fix-en41)', [
  ['an article with items: the item; an article with paragraphs: the paragraph',
    'Overtime is paid according to Article 44 1 of the Labor Law. Hours are set by Article 36 1 of the Labor Law.',
    [['Article 44 1 of the Labor Law', 'resolved', '劳动44..1'], ['Article 36 1 of the Labor Law', 'resolved', '劳动36.1']]],
  ['no "of" after the number, or a list: as before; an ordinal and a case number stay unread',
    'Under the Labor Law, Article 44 10 days are given. Articles 44 and 45 of the Labor Law apply. The 14th session met; (2019) case No. 12.',
    [['Article 44', 'resolved', '劳动44'], ['Articles 44 and 45 of the Labor Law', 'resolved', '劳动44 劳动45']]],
]);

// "Paragraph 4 of Patent Law 26": the article's number after the law's title (english/english.ts paragraphOfLawNumberAt).
table('citation table: "Paragraph 4 of Patent Law 26" (fix-en41)', [
  ['the number after the title is the article; the paragraph before it its paragraph',
    'The claims must define the scope in accordance with Paragraph 4 of Patent Law 26 and based on the description.',
    [['Paragraph 4 of Patent Law 26', 'resolved', '专利26.4']]],
  ['a sum, an ordinal after the title, "Paragraph 2 of Article 26 of …": as before; an ordinal and a case number stay unread',
    'Paragraph 4 of the Patent Law 26 yuan is the fee. Paragraph 2 of Article 26 of the Patent Law applies. The 14th session met; (2019) case No. 12.',
    [['Paragraph 2 of Article 26 of the Patent Law', 'resolved', '专利26.2']]],
]);

// "Article 33 of the Patent Law and Article 51 of the Implementing Rules": the bare kind of implementing text is the
// implementing text of the law the sentence cited last (english/context/implementingRulesOf.ts).
table('citation table: "the Implementing Rules" after a law\'s article (fix-en41)', [
  ['the law\'s implementing rules, by either word',
    'Check that the amendment complies with Article 33 of the Patent Law and Article 51 of the Implementing Rules; the claims with Article 26 of the Patent Law and Article 21 of the Implementing Regulations.',
    [['Article 33 of the Patent Law', 'resolved', '专利33'], ['Article 51 of the Implementing Rules', 'resolved', '专利法实施细则51'],
      ['Article 26 of the Patent Law', 'resolved', '专利26'], ['Article 21 of the Implementing Regulations', 'resolved', '专利法实施细则21']]],
  ['no law cited before it: as written (unknown-regulation); an ordinal and a case number stay unread',
    'Article 5 of the Implementing Rules applies to filings. The 14th session met; (2019) case No. 12.',
    [['Article 5 of the Implementing Rules', 'unknown-regulation', '']]],
]);

// "Article 105, Paragraph 2, 1997 Criminal Code of the PRC": the law's title set off by a comma, its year before it
// the version, no further number of the list (english/english.ts COMMA_TITLE in lawNamedAfter, readList).
table('citation table: "Article N, Paragraph M, YEAR <title>" (fix-en41)', [
  ['a known title after a comma, with or without a year before it: that law\'s article',
    'Article 105, Paragraph 2, 1997 Criminal Code of the People\'s Republic of China (translation by a scholar):\nArticle 5, 2018 Company Law: the company shall act in good faith.',
    [['Article 105, Paragraph 2, 1997 Criminal Code of the People\'s Republic of China', 'resolved', '刑105.2'], ['Article 5, 2018 Company Law', 'resolved', '公司5']]],
  ['years in a list with no title after them, an unknown name after a comma: as before; an ordinal and a case number stay unread',
    'Under the Company Law, Articles 5, 2018 and 2019 were busy. The Company Law has an Article 6, Widget Regulations aside. The 14th session met; (2019) case No. 12.',
    [['Articles 5, 2018 and 2019', 'unknown-article', '公司5 公司2018 公司2019'], ['Article 6', 'resolved', '公司6']]],
]);

// "However, the draft amendment would …. Article 22 outlines …": a bare article opening the sentence right after one
// whose subject is the draft is the draft's (english/context/englishDraftAfter.ts draftOfSentenceBefore).
table('citation table: the article opening the sentence after a draft\'s (fix-en41)', [
  ['the draft\'s article: unknown-regulation',
    'China\'s Trademark Law protects registered marks. However, the draft amendment would include bad faith as a ground for refusal. Article 22 outlines that applicants shall not apply in bad faith.',
    [['Article 22', 'unknown-regulation', '']]],
  ['with its law named, after a draft sentence naming the law\'s article, or after a sentence about the law: as before; an ordinal and a case number stay unread',
    'China\'s Trademark Law protects registered marks. The draft amendment would add a ground. Article 22 of the Trademark Law lists others. The draft keeps Article 30 of the Law. Article 31 provides the procedure. The 14th session met; (2019) case No. 12.',
    [['Article 22 of the Trademark Law', 'resolved', '商标22'], ['Article 30 of the Law', 'resolved', '商标30'], ['Article 31', 'resolved', '商标31']]],
]);

// "Articles 18 (well-known marks), 19 (agent) and 23 (…) of the Trademark Law": one list, the glosses skipped
// (lists/englishUnitList.ts readList); in the items a draft's article lists, the amended law's articles are the draft's
// (english/context/englishDraftAfter.ts draftItemsAfter).
table('citation table: a list with bracketed glosses; a draft article\'s listed items (fix-en41)', [
  ['a glossed list: one citation of every article',
    'Refusal may rest on Articles 18 (well-known marks), 19 (agent) and 23 (infringement of prior rights) of the Trademark Law.',
    [['Articles 18 (well-known marks), 19 (agent) and 23 (infringement of prior rights) of the Trademark Law', 'resolved', '商标18 商标19 商标23']]],
  ['in the items under the draft\'s article: the draft\'s articles (unknown-regulation); another law keeps its text',
    'China\'s Trademark Law protects registered marks. However, the draft amendment would include bad faith as a ground. Article 22 outlines several examples, such as:\n  • violating Articles 18 (well-known marks) and 19 (agent) of the Trademark Law;\n  • violating Article 7 of the Civil Code.',
    [['Article 22', 'unknown-regulation', ''], ['Articles 18 (well-known marks) and 19 (agent) of the Trademark Law', 'unknown-regulation', ''], ['Article 7 of the Civil Code', 'resolved', '民法典7']]],
  ['a see-note or a year after a bracket ends the list; items under a law\'s own article stay the law\'s; an ordinal and a case number stay unread',
    'The Trademark Law has Articles 18 (see below), 2019 reforms aside. Article 4 of the Trademark Law lists grounds, such as:\n  • violating Article 19 of the Trademark Law.\nThe 14th session met; (2019) case No. 12.',
    [['Articles 18', 'resolved', '商标18'], ['Article 4 of the Trademark Law', 'resolved', '商标4'], ['Article 19 of the Trademark Law', 'resolved', '商标19']]],
]);

// "Explanations of the Supreme People's Court and the Supreme People's Procuratorate on … Handling Criminal Cases of
// Theft": the machine's 解释 and a kind of criminal case name the interpretation (english/names/englishCaseKind.ts, english.ts
// lawLikeEnglishTitle); printed under its title, "the preceding paragraph" in its Article 1 is that article's.
table('citation table: the SPC and SPP\'s interpretation on theft named in English (fix-en41)', [
  ['"Explanations of …" and "Interpretation of …": the interpretation; the preceding paragraph under its title',
    'Explanations of the Supreme People\'s Court and the Supreme People\'s Procuratorate on Several Issues Concerning the Application of Laws in Handling Criminal Cases of Theft\nArticle 1 Whoever steals public or private property shall be punished as stipulated in Article 264 of the Criminal Law.\nThe higher people\'s courts may determine the standards within the amount specified in the preceding paragraph.\nSee also Article 2 of the Interpretation of the Supreme People\'s Court and the Supreme People\'s Procuratorate on Several Issues Concerning the Application of Law in Handling Criminal Cases of Theft.',
    [['Article 264 of the Criminal Law', 'resolved', '刑264'], ['the preceding paragraph', 'resolved', '最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释1.1'],
      ['Article 2 of the Interpretation of the Supreme People\'s Court and the Supreme People\'s Procuratorate on Several Issues Concerning the Application of Law in Handling Criminal Cases of Theft', 'resolved', '最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释2']]],
  ['a drafter\'s explanations, or explanations naming no court: no title; an ordinal and a case number stay unread',
    'Article 3 of the Explanations on the Draft Criminal Law Amendment was discussed. Article 4 of the Explanations of Criminal Cases of Theft is a blog. The 14th session met; (2019) case No. 12.',
    []],
]);

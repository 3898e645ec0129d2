// Forms from the English pages of the sixteenth real-page round (real-english16): made-up text in the real style
// against the bundled corpus (laws named short: 刑390.1 is the Criminal Law's article 390, paragraph 1).
import { bundledShortTable as table } from './citations/helpers';


// A year before the law's name and the country after the year (names/englishTitleAt.ts TITLE_LEAD): "2001 Chinese Copyright Law",
// "the 2006 PRC Company Law" name that law as "the 2001 Copyright Law" and "the Chinese Copyright Law" do — in that
// year's version (fix-ver18: unknown when the corpus does not hold it, as for the page's 2001 and 2006).
table('citation table: a year, then the country, before a law (real-english16)', [
  ['a year and "Chinese" before the title, no "the"',
    'This right was newly provided in Article 10 of 2020 Chinese Copyright Law, derived from the WIPO treaty.',
    [['Article 10 of 2020 Chinese Copyright Law', 'resolved', '著作权10']]],
  ['"the 2018 PRC Company Law"',
    'Article 20 of the 2018 PRC Company Law allows a court to pierce the corporate veil.',
    [['Article 20 of the 2018 PRC Company Law', 'resolved', '公司20']]],
  // fix-ver18: the years of the page (2001, 2006) name texts the corpus does not hold: unknown, the name still read.
  ['the same with a year whose text the corpus does not hold: unknown (fix-ver18)',
    'Article 10 of 2001 Chinese Copyright Law; Article 20 of the 2006 PRC Company Law.',
    [['Article 10 of 2001 Chinese Copyright Law', 'unknown-regulation', ''], ['Article 20 of the 2006 PRC Company Law', 'unknown-regulation', '']]],
  ['a year and the country before words that are no law stay nothing; ordinals and a case number stay unread',
    'In 2001 Chinese courts heard 30 such cases, and in 2006 PRC Customs opened 12 more. 第十四届第一次会议审议了第2项商品目录，（2019）某刑初12号判决未涉及。',
    []],
]);

// 款 translated "clause" with its ordinal ("the first clause of article 390", China Law Translate's rendering of 第一款),
// and an ordinal paragraph before a law named right before its article ("the first clause of Criminal Law article
// 390"): that law's article's paragraph (scanner.ts SELF_ANCHOR, lists/englishUnitList.ts paragraphsAt and titleBetween).
table('citation table: an ordinal clause or paragraph before its article (real-english16)', [
  ['"the first clause of Criminal Law article 390": the law named before its article',
    "Bribery so as to gain improper benefits shall be found to have 'serious circumstances' as used in the first clause of Criminal Law article 390.",
    [['the first clause of Criminal Law article 390', 'resolved', '刑390.1']]],
  ['"the first clause of article 390 of the Criminal Law"',
    'The amount is as used in the first clause of article 390 of the Criminal Law.',
    [['the first clause of article 390 of the Criminal Law', 'resolved', '刑390.1']]],
  ['"the second paragraph of Company Law Article 20"',
    'Creditors rely on the second paragraph of Company Law Article 20 when a shareholder abuses the company.',
    [['the second paragraph of Company Law Article 20', 'resolved', '公司20.2']]],
  ['a contract\'s clauses stay nothing; ordinals and a case number stay unread',
    'The first clause of the contract binds the buyer, and the second clause of the sales agreement binds the seller. 第十四届第一次会议，第2项商品，（2019）某刑初12号。',
    []],
]);

// A title whose subject the writer typed in lower case, closed by "of the People's Republic of China" (english.ts
// LOWER_SUBJECT_TITLE): that title, known or not — never "the Law" in context (the Criminal Law cited before).
table('citation table: a title with its subject in lower case (real-english16)', [
  ['"of Law of succession of the People\'s republic of China" after the Criminal Law: the repealed Succession Law, unknown',
    "Article 5 of the Criminal Law applies. According to the article 1 and 2 of Law of succession of the People's republic of China, succession begins at the death of a citizen.",
    [['Article 5 of the Criminal Law', 'resolved', '刑5'], ["article 1 and 2 of Law of succession of the People's republic of China", 'unknown-regulation', '']]],
  ['a known title so typed is that law: "Regulations on the implementation of the labor contract law of the People\'s Republic of China"',
    "Article 5 of the Criminal Law applies. Article 6 of Regulations on the implementation of the labor contract law of the People's Republic of China requires double wages.",
    [['Article 5 of the Criminal Law', 'resolved', '刑5'], ["Article 6 of Regulations on the implementation of the labor contract law of the People's Republic of China", 'resolved', '劳动合同法实施条例6']]],
  ['"of Law on the prevention and control of water pollution of the People\'s Republic of China"',
    "Article 5 of the Criminal Law applies. Article 3 of Law on the prevention and control of water pollution of the People's Republic of China applies too.",
    [['Article 5 of the Criminal Law', 'resolved', '刑5'], ["Article 3 of Law on the prevention and control of water pollution of the People's Republic of China", 'resolved', '水污染防治3']]],
  ['"of Law" with no such name after it stays the law in context; ordinals and a case number stay unread',
    'Article 5 of the Criminal Law applies, and so does Article 6 of the Law. 第十四届第一次会议，第2项商品，（2019）某刑初12号。',
    [['Article 5 of the Criminal Law', 'resolved', '刑5'], ['Article 6 of the Law', 'resolved', '刑6']]],
]);

// A copula ties the article to the law named in the same clause (english.ts lawAfter COPULA_OF, COPULA_ONE_OF): "Article
// 23 is an article of the X", "Article 9 is one of the most important provisions of the X", "Article 37 is one of the
// CSL's most significant provisions" — that law's article, not the law in context; and a Q&A headline's bare article
// above it is that law's (englishForward.ts, which reads the later citation naming the law).
table('citation table: an article tied to its law by "is one of … provisions of" (real-english16)', [
  ['"is one of the most important provisions of the Data Security Law" after the Criminal Law was cited',
    'Article 5 of the Criminal Law applies. Article 9 is one of the most important provisions of the Data Security Law.',
    [['Article 5 of the Criminal Law', 'resolved', '刑5'], ['Article 9 is one of the most important provisions of the Data Security Law', 'resolved', '数据安全9']]],
  ['"is one of the Anti-Monopoly Law\'s key provisions"',
    "Article 5 of the Criminal Law applies. Article 12 is one of the Anti-Monopoly Law's key provisions.",
    [['Article 5 of the Criminal Law', 'resolved', '刑5'], ['Article 12 is one of the Anti-Monopoly Law', 'resolved', '反垄断12']]],
  ['a Q&A headline\'s bare article, then "is an article of the Cybersecurity Law"',
    'What does Article 37 require regarding data localization?\n\nArticle 37 is an article of the Cybersecurity Law that binds CIIOs.',
    [['Article 37', 'resolved', '网络安全37'], ['Article 37 is an article of the Cybersecurity Law', 'resolved', '网络安全37']]],
  ['a contract\'s provision stays the law in context; ordinals and a case number stay unread',
    'Article 5 of the Criminal Law applies. Article 6 is one of the provisions of the contract. 第十四届第一次会议，第2项商品，（2019）某刑初12号。',
    [['Article 5 of the Criminal Law', 'resolved', '刑5'], ['Article 6', 'resolved', '刑6']]],
]);

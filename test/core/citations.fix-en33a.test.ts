// Forms from the English names of the twenty-first round's measurement (heldout29 English, now a tuning set) and of
// real-en30: made-up text in the real style against the bundled corpus (laws named short: 反不正当竞争5 is the
// Anti-unfair Competition Law's article 5).
import { bundledShortTable as table } from './citations/helpers';

// The names writers give laws whose tables' titles open with "Anti-" (english-titles.json `also`, each with its source):
// "the Unfair Competition Law" and "the Law … for Countering Unfair Competition" (反不正当竞争法), "the Domestic Violence
// Law" (反家庭暴力法); and the official "Anti-organized Crime Law" and "Anti-food Waste Law" where the tables held
// only a "Law … on Combating …" rendering.
table('citation table: English names of the 反 laws writers use (fix-en33a)', [
  ['"Unfair Competition Law" without "Anti-", with the country before it or after it',
    'The judicial application of Article 5 in the newly revised Unfair Competition Law is discussed. Article 6 of China\'s Unfair Competition Law and Article 7 of the Unfair Competition Law of the People\'s Republic of China apply too.',
    [['Article 5 in the newly revised Unfair Competition Law', 'resolved', '反不正当竞争5'], ['Article 6 of China\'s Unfair Competition Law', 'resolved', '反不正当竞争6'],
      ['Article 7 of the Unfair Competition Law of the People\'s Republic of China', 'resolved', '反不正当竞争7']]],
  ['the older translation "for Countering Unfair Competition", and "Domestic Violence Law"',
    'See Article 9 of the Law of the People\'s Republic of China for Countering Unfair Competition. Article 23 of the Domestic Violence Law lets a victim apply for a protection order.',
    [['Article 9 of the Law of the People\'s Republic of China for Countering Unfair Competition', 'resolved', '反不正当竞争9'], ['Article 23 of the Domestic Violence Law', 'resolved', '反家庭暴力23']]],
  ['"Anti-organized Crime Law" and "Anti-food Waste Law" as the NPC\'s and the SPP\'s sites print them',
    'Article 2 of the Anti-organized Crime Law of the People\'s Republic of China defines organized crime; Article 28 of the Anti-Food Waste Law sets the fine.',
    [['Article 2 of the Anti-organized Crime Law of the People\'s Republic of China', 'resolved', '反有组织犯罪2'], ['Article 28 of the Anti-Food Waste Law', 'resolved', '反食品浪费28']]],
  ['"Counterespionage Law" in one word, as Mondaq prints it',
    'Article 4 of the Counterespionage Law of the People\'s Republic of China defines espionage.',
    [['Article 4 of the Counterespionage Law of the People\'s Republic of China', 'resolved', '反间谍4']]],
  ['not a law with other words ("Espionage Law", "Unfair Competition Prevention Act"), nor a count or a case number',
    'Article 14 of the Espionage Law is cited. The 14th session met; (2019) case No. 12; item 2 of the goods.',
    [['Article 14 of the Espionage Law', 'unknown-regulation', '']]],
]);

// A version in brackets right after the title an article is of — "(1993)", "(Rev. 2017)", "(2018 Revision)" — names
// that version (english.ts VERSION_BRACKET_AFTER): held, it resolves in it; not held, unknown-regulation, and the bare
// article after it follows. A bracket holding anything else names none.
table('citation table: a bracketed version after the title (fix-en33a)', [
  ['a year the corpus does not hold, then a bare follow-up; "Rev." with a year it holds',
    'Paragraph 1, Article 2 of the current Unfair Competition Law (1993) stipulates that operators act fairly. Paragraph 2, Article 2 defines unfair competition.\nArticle 16 of the Company Law (Rev. 2018) applies.',
    [['Paragraph 1, Article 2 of the current Unfair Competition Law', 'unknown-regulation', ''], ['Paragraph 2, Article 2', 'unknown-regulation', ''],
      ['Article 16 of the Company Law', 'resolved', '公司16']]],
  ['not a bracket defining a short name, nor one saying something else',
    'Article 16 of the Company Law (the "CL") applies. Article 20 of the Criminal Law (see below) applies. The 14th session met in 1993.',
    [['Article 16 of the Company Law', 'resolved', '公司16'], ['Article 20 of the Criminal Law', 'resolved', '刑20']]],
]);

// A law named in lower case after "its", "the country's", "China's" or "the" that no known law's name is: a title the
// corpus lacks (englishLowerLawName.ts), and the bare article and "the article" after it follow it; a known law so
// written resolves as before.
table('citation table: a lower-case law name the corpus lacks (fix-en33a)', [
  ['"of its adoption law", then "The article" and a bare follow-up',
    'The court closed a loophole in the disputed Article 31 of its adoption law. The article let relatives object. Critics want Article 31 repealed.',
    [['Article 31 of its adoption law', 'unknown-regulation', ''], ['The article', 'unknown-regulation', ''], ['Article 31', 'unknown-regulation', '']]],
  ['after "the country\'s", "China\'s" and "the newly revised"',
    'Article 12 of the country\'s inheritance law was cited, with Article 8 of China\'s adoption law and Article 5 of the newly revised marriage law.',
    [['Article 12 of the country\'s inheritance law', 'unknown-regulation', ''], ['Article 8 of China\'s adoption law', 'unknown-regulation', ''],
      ['Article 5 of the newly revised marriage law', 'unknown-regulation', '']]],
  ['a known law written so still resolves',
    'Article 39 of the labor contract law lets the employer dismiss; Article 16 of China\'s company law and Article 12 of its securities law apply.',
    [['Article 39 of the labor contract law', 'resolved', '劳动合同39'], ['Article 16 of China\'s company law', 'resolved', '公司16'], ['Article 12 of its securities law', 'resolved', '证券12']]],
  ['not the last words of a known law\'s name (a law the corpus has, named short), in lower case',
    'Article 14 of its espionage law and Article 21 of China\'s security law were cited.',
    []],
  ['not a field or kind of law, another state\'s, a relation, "the rule of law", nor a count or a case number',
    'Article 3 of the case law. Article 7 of the tax law. Article 4 of the model law. Article 9 of Japan\'s marriage law. Article 8 of its own law. Article 6 of their bylaws. Article 2 of the rule of law. Article 5 of a marriage law. The 14th session met; (2019) case No. 12.',
    []],
]);

// "article17provides", "Article20states": a PDF's text glued the number to "article" and to the verb after it — the
// article, as "Article43of" is read (scanner.ts SELF_ANCHOR; englishRunIn.ts leaves such a verb no heading's text).
table('citation table: "article" glued to its number and its verb (fix-en33a)', [
  ['lower case after an interpretation the corpus lacks, and capitalised after a known law',
    'In 1998 the court passed the Interpretation on the Implementation of the Widget Procedure Law, in which article17provides that confessions are barred.\nUnder the Criminal Law, Article20provides a defence.',
    [['article17', 'unknown-regulation', ''], ['Article20', 'resolved', '刑20']]],
  ['not a lower-case "article" glued to a number alone (a file name, an address), nor a run-in heading glued to its text',
    'Under the Criminal Law, see www.example.com/article17.html and the article17 page. The 14th session met; (2019) case No. 12.',
    []],
]);

// "Articles 210 and 235 of the (now Articles 221 and 246 in the Rev. 2023) Civil Procedure Law … (Rev. 2017)": the
// title after the aside is the law of both lists, each in the version it names (englishAsideBefore.ts); "(Rev. 2017)"
// after a title alone names that version for the bare articles after it (englishTitleYear.ts).
table('citation table: an aside with today\'s numbers between "of the" and the title (fix-en33a)', [
  ['the older text\'s articles (a version the corpus lacks), today\'s in the aside, then bare articles of the older text',
    'Relevant provisions\nArticles 210 and 235 of the (now Articles 221 and 246 in the Rev. 2023) Civil Procedure Law of the People\'s Republic of China (Rev. 2017)\nArticles 253 and 255 apply as well.',
    [['Articles 210 and 235', 'unknown-regulation', ''], ['Articles 221 and 246', 'resolved', '民事诉讼221 民事诉讼246'], ['Articles 253 and 255', 'unknown-regulation', '']]],
  ['not an aside of other words, which names nothing, nor a count or a case number',
    'Articles 21 and 23 of the (see the note below) Civil Procedure Law apply. The 14th session met; (2019) case No. 12.',
    []],
]);

// "Organic Law of People's Republic of China (PRC) People's Courts": machine translation's order for the official
// "K of the Y of the People's Republic of China" (titleAliases.ts englishTitleForms), with or without "(PRC)".
table('citation table: "K of People\'s Republic of China (PRC) Y", a machine\'s word order (fix-en33a)', [
  ['the courts\' and the procuratorates\' organic laws so named, then a bare article',
    'Article 2 of the Organic Law of People\'s Republic of China (PRC) People\'s Courts stipulates that courts judge. Article 6 sets their principles. Article 5 of the Organic Law of People\'s Republic of China People\'s Procuratorates applies too.',
    [['Article 2 of the Organic Law of People\'s Republic of China (PRC) People\'s Courts', 'resolved', '人民法院组织2'], ['Article 6', 'resolved', '人民法院组织6'],
      ['Article 5 of the Organic Law of People\'s Republic of China People\'s Procuratorates', 'resolved', '人民检察院组织5']]],
  ['not a law the tables do not know so written, nor a count or a case number',
    'Article 2 of the Organic Law of People\'s Republic of China (PRC) Widget Committees applies. The 14th session met; (2019) case No. 12.',
    [['Article 2 of the Organic Law of People\'s Republic of China', 'unknown-regulation', '']]],
]);

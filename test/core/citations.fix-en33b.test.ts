// Forms from round 21's English measurement and page set (heldout29-english, real-en30, now tuning sets), English
// contexts: made-up text in the real style against the bundled corpus (laws named short: 劳动合同32 is the Labor
// Contract Law's article 32).
import { bundledShortTable as table } from './citations/helpers';

// A bracketed citation note "(Art 32)" after the sentence it supports, the stop of "Art." dropped: a bare article, the
// law named before it, or no-context on a page naming none (englishBracketedArt.ts).
table('citation table: a bracketed "(Art 32)" note (fix-en33b)', [
  ['"(Art 32)", "(Arts 39-41)", "(see art 12)" on a page naming no law: bare articles with no context',
    'The law says a deal binds once both parties sign (Art 32). Standard terms that shift liability are void (Arts 39-41), and a court reads them against their drafter (see art 12).\n(Art 9) "A party may not withdraw an offer once accepted."',
    [['Art 32', 'no-context', ''], ['Arts 39-41', 'no-context', ''], ['art 12', 'no-context', ''], ['Art 9', 'no-context', '']]],
  ['"(Art 32)" and "(art 27(2))" after a law named: that law\'s articles',
    'Under the Labor Contract Law, an employer must pay double wages (Art 82) and may not change the post alone (art 35(1)).',
    [['Art 82', 'resolved', '劳动合同82'], ['art 35(1)', 'resolved', '劳动合同35.1']]],
  ['not "(Art 21 works)", "(Modern Art 2)", "(ART 101)", "(Art 2020)", "State of the Art", "Art Basel", nor a count or a case number',
    'The gallery lent pieces (Art 21 works) under the contract, shown as (Modern Art 2) and (ART 101) at the fair (Art 2020). It is the State of the Art 3 show, and Art Basel 2019 follows. The 14th session met; (2019) case No. 12.',
    []],
  ['not on a page that speaks of no law: a catalogue\'s numbers',
    'The museum shows paintings (Art 32) and sculptures (Art 12) this spring.',
    []],
]);

// A machine's 前款第二项、第三项 in a quoted article: "the second and third paragraphs of the preceding paragraph" are the
// items of the paragraph named after them (englishParagraphItems.ts).
table('citation table: a machine\'s items as "paragraphs of the preceding paragraph" (fix-en33b)', [
  ['ordinal "paragraphs" of the preceding paragraph in a quoted article: that paragraph\'s items',
    'Article 38 of the Labor Contract Law provides: "An employee may end the contract in any of the following cases:\n(1) no labour protection is given; (2) wages are not paid; (3) social insurance is not paid.\nWhere the employer acts as in the second and third paragraphs of the preceding paragraph, the employee may leave at once."',
    [['Article 38 of the Labor Contract Law', 'resolved', '劳动合同38'], ['the second and third paragraphs of the preceding paragraph', 'resolved', '劳动合同38.1.2 劳动合同38.1.3']]],
  ['"the second paragraph of paragraph 1 of Article 38": an item of that paragraph',
    'The second paragraph of paragraph 1 of Article 38 of the Labor Contract Law applies.',
    [['The second paragraph of paragraph 1 of Article 38 of the Labor Contract Law', 'resolved', '劳动合同38.1.2']]],
  ['not ordinal paragraphs of an article, nor a writer\'s own paragraphs in prose, nor a count or a case number',
    'As the first and second paragraphs of this post explain, fees rise. See the first and second paragraphs of Article 26 of the Labor Contract Law. The 14th session met; (2019) case No. 12.',
    [['the first and second paragraphs of Article 26 of the Labor Contract Law', 'resolved', '劳动合同26.1 劳动合同26.2']]],
]);

// An amending item's paragraph numbers in lower case, and "added to Article 38 as paragraph 2": the article just cited
// (englishAmendedUnit.ts).
table('citation table: an amendment\'s lower-case paragraph numbers (fix-en33b)', [
  ['"added to Article 38 as paragraph 2", "The original paragraph 2 is changed into paragraph 3", "added as paragraph 4"',
    'Amendment to the Criminal Law of the People\'s Republic of China\n1. One paragraph is added to Article 38 as paragraph 2: “A convict may be barred from some places.”\nThe original paragraph 2 is changed into paragraph 3 and amended as: “Such convicts are corrected in the community.”\nOne paragraph is added as paragraph 4: “Whoever breaks the bar shall be fined.”\n2. One paragraph is added to Article 49 as paragraph 2: “No death penalty is given to the very old.”',
    [['Article 38', 'resolved', '刑38'], ['paragraph 2', 'resolved', '刑38.2'], ['paragraph 2', 'resolved', '刑38.2'], ['paragraph 3', 'resolved', '刑38.3'],
      ['paragraph 4', 'resolved', '刑38.4'], ['Article 49', 'resolved', '刑49'], ['paragraph 2', 'resolved', '刑49.2']]],
  ['not a writer\'s own paragraph in lower case after an article cited, nor a count or a case number',
    'Article 38 of the Criminal Law is cited in the memo. Our paragraph 3 is amended each year, and paragraph 2 is changed into a table. The 14th session met; (2019) case No. 12.',
    [['Article 38 of the Criminal Law', 'resolved', '刑38']]],
]);

// A regulation reprinted under its title line, the page's words above it: "these Measures", "hereof" name that title —
// unknown-regulation when the corpus lacks it; a text printed with no title line above its articles stays self
// (english/headings/printedTitleLine.ts).
table('citation table: "these Measures" in a text reprinted under its title line (fix-en33b)', [
  ['a site\'s navigation, then the title line, then the articles with blank lines between: the title\'s (unknown)',
    'Home > Laws > Page 3\n\nMeasures for the Registration of Widget Firms\n\nArticle 1\n\nThese Measures are formulated to keep order among widget firms.\n\nArticle 2\n\nA firm that breaches Article 1 of these Measures shall be fined.',
    [['Article 1 of these Measures', 'unknown-regulation', '']]],
  ['"hereof" under "Widget Law (Part 2)" printed above labels with colons: that law\'s (unknown)',
    'Your position: Home >> Laws\n\nWidget Law (Part 2)\nArticle 13: Both parties shall be equal.\nArticle 14: Property named under Article 18(3) hereof stays separate.',
    [['Article 18(3) hereof', 'unknown-regulation', '']]],
  ['not without a title line above the articles, nor a chapter\'s heading taken for one, nor a count or a case number',
    'Home > Laws\n\nChapter I General Provisions\n\nArticle 1\n\nThese Provisions keep order.\n\nArticle 2\n\nA firm that breaches Article 1 of these Provisions at the 14th session is fined; (2019) case No. 12.',
    [['Article 1 of these Provisions', 'self', '本1']]],
]);

// The same rule in Chinese: 本办法 in a regulation reprinted under its title line below an issuing notice or a site's
// navigation is that regulation; a draft's own (its name the first line, or a draft's note on its title line) stays
// self (titles/reprintedTitleLine.ts).
table('citation table: 本办法 in a regulation reprinted under its title line (fix-en33b)', [
  ['an issuing notice, then the title line, then the articles: 本办法 is that 办法 (unknown to the corpus)',
    '某市人民政府关于印发《某市物业管理办法》的通知\n各区人民政府：\n现将《某市物业管理办法》印发给你们，请认真贯彻执行。\n\n某市物业管理办法\n\n第一条　为了规范物业管理，制定本办法。\n第二条　违反本办法第一条的，责令改正。\n',
    [['本办法第一条', 'unknown-regulation', '']]],
  ['a site\'s navigation above a reprinted regulation the corpus has, a chapter heading between: resolved',
    '首页 > 政策法规\n\n中华人民共和国劳动合同法实施条例\n\n第一章　总则\n\n第一条　为了贯彻实施劳动合同法，制定本条例。\n第二条　各级人民政府应当依照本条例第一条的规定执行。\n',
    [['本条例第一条', 'resolved', '劳动合同法实施条例1']]],
  ['not a draft whose name is its first line, nor one whose title line carries a draft\'s note: self',
    '某市物业管理办法\n\n第一条　为了规范物业管理，制定本办法。\n第二条　违反本办法第一条的，责令改正。\n\n关于征求意见的通知\n现将草案公布。\n',
    [['本办法第一条', 'self', '本1']]],
  ['not a law\'s own file (its name heading it over the history lines, then again), nor a numbered section\'s heading: self',
    '某某促进法\n\n2016年3月16日 第十二届全国人民代表大会第四次会议通过\n\n某某促进法\n\n第一章 总则\n\n第一条 为了促进发展，制定本法。\n第二条 违反本法第一条的，责令改正。\n\n为正确审理案件，制定本规定。\n\n一、一般规定\n\n第三条 本规定所称案件，依照本规定第一条认定。\n',
    [['本法第一条', 'self', '本1'], ['本规定第一条', 'self', '本1']]],
  ['not under a title line with a draft\'s note, nor a count or a case number',
    '关于征求意见的通知\n现将草案公布，第十四届第一次会议研究。\n\n某市物业管理办法（征求意见稿）\n\n第一条　为了规范物业管理，制定本办法。\n第二条　违反本办法第一条的，责令改正，案号（2019）某刑初12号。\n',
    [['本办法第一条', 'self', '本1']]],
]);

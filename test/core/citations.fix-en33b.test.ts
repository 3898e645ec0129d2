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


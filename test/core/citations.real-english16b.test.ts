// Forms from the English pages of the sixteenth real-page round, second set (real-english16b): made-up text in the real
// style against the bundled corpus (laws named short: 劳动合同38 is the Labor Contract Law's article 38).
import { bundledShortTable as table } from './citations/helpers';


// A short name defined in single quotation marks, as British and Australian writers quote ("(hereinafter ‘Proposed
// PIPL’)", "(the 'AML')"; englishDefinitions.ts englishDefinitions): a name for the title before it as one in double marks is — for
// a draft ("the second deliberation draft of the … Law"), the draft's, so the bare article after it is the draft's too.
table('citation table: a short name defined in single quotation marks (real-english16b)', [
  ['a draft named in single curly quotes: its articles and the bare one after are the draft\'s, unknown',
    'On 30 April 2021 the second deliberation draft of the Personal Information Protection Law (hereinafter ‘Proposed PIPL’) was published. The Proposed PIPL defines personal information broadly (Article 4 of the Proposed PIPL) and uses handlers (Article 72.1).',
    [['Article 4 of the Proposed PIPL', 'unknown-regulation', ''], ['Article 72.1', 'unknown-regulation', '']]],
  ['a regulation\'s short name in single curly quotes',
    'The Regulations on the Administration of Housing Provident Fund (the ‘Fund Regulations’) bind employers. Article 20 of the Fund Regulations sets the rate.',
    [['Article 20 of the Fund Regulations', 'resolved', '住房公积金管理条例20']]],
  ['a law\'s short name in straight single quotes',
    "The Labor Contract Law of the People's Republic of China (the 'Contract Statute') protects workers. Article 38 of the Contract Statute allows resignation.",
    [['Article 38 of the Contract Statute', 'resolved', '劳动合同38']]],
  ['single-quoted names of a judgment or a letter name no law; ordinals and a case number stay unread',
    "The court's first judgment (the ‘First Judgment’) was set aside, and the buyer's letter ('Letter A') was ignored under Article 5 of the contract. 第十四届第一次会议，第2项商品，（2019）某刑初12号。",
    []],
]);

// An article's number spelled as an ordinal, as machine translations render 第二十四条 (english/englishOrdinalWords.ts spelledNumberAt):
// "article twenty-fourth" is 24, not the 20 its first word says; a unit's ordinal counts only after a tens word and a
// hyphen, so "this article first …" and "the twenty-first session" stay prose.
table('citation table: an article number spelled as a compound ordinal (real-english16b)', [
  ['"Article twenty-fourth of the Labor Law"',
    'Article twenty-fourth of the Labor Law governs the conclusion of contracts.',
    [['Article twenty-fourth of the Labor Law', 'resolved', '劳动24']]],
  ['the law named before it: "Labor Law article thirty-sixth"',
    'The Labor Law article thirty-sixth provides for an eight-hour day.',
    [['Labor Law article thirty-sixth', 'resolved', '劳动36']]],
  ['"article first" and an ordinal session are prose; ordinals and a case number stay unread',
    'This article first appeared after the twenty-first session. 第十四届第一次会议，第2项商品，（2019）某刑初12号。',
    []],
]);

// "the newly issued …", "the recently promulgated …" before a title (names/englishTitleAt.ts TITLE_LEAD), as a law firm comments on
// a text just published: the title all the same, as "the recently revised …" is.
table('citation table: "newly issued" / "recently promulgated" before a title (real-english16b)', [
  ['"the newly issued Company Law"',
    'Article 8 of the newly issued Company Law requires a legal representative.',
    [['Article 8 of the newly issued Company Law', 'resolved', '公司8']]],
  ['"the recently promulgated Labor Contract Law"',
    'Article 38 of the recently promulgated Labor Contract Law lets workers resign.',
    [['Article 38 of the recently promulgated Labor Contract Law', 'resolved', '劳动合同38']]],
  ['a newly issued notice or contract names no law; ordinals and a case number stay unread',
    'Article 3 of the newly issued contract binds the buyer. 第十四届第一次会议，第2项商品，（2019）某刑初12号。',
    []],
]);

// Forms from the real-en30 page set (round 21: English translations of amending texts, judicial interpretations,
// machine-translated Q&A pages, academic abstracts): made-up text in the real style against the bundled corpus (laws
// named short: 刑49 is the Criminal Law's article 49).
import { bundledShortTable as table } from './citations/helpers';

// A law named inside the quoted new wording of an English amending item ("added as paragraph 4: “… the Law on Public
// Security Administration Punishments.”") is the new wording's, not the writer's: the next item's bare article is
// still the amended law's (englishNewWording.ts, amendedWording.ts inInsertedWords).
table('citation table: a law named inside an English amendment\'s new wording (real-en30)', [
  ['"added as paragraph 4: “… the Law … on Public Security Administration Punishments.”", then "Article 49": the Criminal Law',
    'Amendment VIII to the Criminal Law of the People’s Republic of China\n2. One paragraph is added to Article 38 as paragraph 4: “Whoever violates the order shall be punished in accordance with the Law of the People’s Republic of China on Public Security Administration Punishments.”\n3. One paragraph is added to Article 49 as paragraph 2: “Death penalty shall not be given.”\n4. Article 50 is amended as: “Where a convict is sentenced to death with a reprieve …”',
    [['Article 38', 'resolved', '刑38'], ['paragraph 4', 'resolved', '刑38.4'], ['Article 49', 'resolved', '刑49'], ['paragraph 2', 'resolved', '刑49.2'], ['Article 50', 'resolved', '刑50']]],
  ['"is revised to read: “…”" in a State Council decision: the regulation amended goes on after the quotation',
    'Regulations on Urban Water Supply\n1. Article 34 is revised to read: “Where the Law of the People’s Republic of China on Administrative Penalty provides otherwise, it shall prevail.”\n2. Article 35 is revised as follows.',
    [['Article 34', 'resolved', '城市供水条例34'], ['Article 35', 'resolved', '城市供水条例35']]],
  ['not a law quoted in a writer\'s prose: it takes over as any law named; nor ordinals and a case number',
    'Under Article 38 of the Criminal Law, the court quoted “the Law of the People’s Republic of China on Public Security Administration Punishments” in full. Article 49 was then applied. The 14th session met; case (2019) No. 12.',
    [['Article 38 of the Criminal Law', 'resolved', '刑38'], ['Article 49', 'resolved', '治安管理处罚49']]],
]);

// "General" before the kind word (通则: the General Rules on Loans) opens an English title as "Interim" does
// (english/names/englishLawLikeTitle.ts lawLikeEnglishTitle): a title the corpus lacks is unknown-regulation, not dropped.
table('citation table: "the General Rules of …", the English of a 通则 (real-en30)', [
  ['"Article 13 of the General Rules of the Organization of People’s Tribunals" and "Article 61 of the General Rules on Loans"',
    'In line with Article 13 of the General Rules of the Organization of People’s Tribunals promulgated by the State Council, tribunals were set up.\nUnder Article 61 of the General Rules on Loans, the bank may call the loan.',
    [['Article 13 of the General Rules of the Organization of People’s Tribunals', 'unknown-regulation', ''], ['Article 61 of the General Rules on Loans', 'unknown-regulation', '']]],
  ['not "General" in prose, nor an ordinal or a case number; a law after it still resolves',
    'The General Secretary spoke at the 14th session; as general rules of thumb go, Article 3 of the Company Law applies; case (2019) No. 12.',
    [['Article 3 of the Company Law', 'resolved', '公司3']]],
]);

// "of the exposure draft" / "of the Consultation Draft" (征求意见稿): a draft, as "of the revised draft" is
// (englishDraftAfter.ts) — unknown-regulation, never the enacted law the page names.
table('citation table: an article of the exposure draft (real-en30)', [
  ['"Article 2 of the exposure draft" after the Consumer Law was named, and "Article 5 of the Consultation Draft"',
    'The Consumer Law was amended in 2014. Article 2 of the exposure draft defines consumers. Article 5 of the Consultation Draft lists fraud.',
    [] /* the draft's numbering: no citation (fix-draft101), never the Consumer Law's */],
  ['not an exposure in prose: the law named before it still holds; nor an ordinal or a case number',
    'Under Article 55 of the Consumer Law, the exposure of the seller was total. The 14th session met; case (2019) No. 12.',
    [['Article 55 of the Consumer Law', 'resolved', '消费者权益保护55']]],
]);

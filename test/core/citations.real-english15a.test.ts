// English pages, fifteenth round of issue 14 (heldout14-english and the earlier English tuning sets): how English
// writers name a law — a common or variant English name, a title typed in lower case inside quotation marks, the
// country written the way machine translations write it. Made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // 管理 rendered "management" where the tables say "administration" (englishTitleBag.ts SAME_CHINESE_WORD)
  ['"the Housing Provident Fund Management Regulations", "the 2019 Vaccine Management Law": the tables\' "Administration"', 'Under Article 12 of the Housing Provident Fund Management Regulations the employer deposits the fund, and Article 9 of the 2019 Vaccine Management Law sets the duty.', [
    ['Article 12 of the Housing Provident Fund Management Regulations', 'resolved', '住房公积金管理条例12'],
    ['Article 9 of the 2019 Vaccine Management Law', 'resolved', '疫苗管理9'],
  ]],
  ['reversed word order with "Management": "Supervision and Management of Securities Companies Regulations" Article 30', '"Supervision and Management of Securities Companies Regulations" Article 30 provides that a firm shall keep records.', [
    ['"Supervision and Management of Securities Companies Regulations" Article 30', 'resolved', '证券公司监督管理条例30'],
  ]],
  ['negative: "Management" in a title of another subject stays an unknown title, never a near one', 'Article 5 of the Parking Lot Management Regulations and Article 6 of the Vaccine Storage Management Rules apply.', [
    ['Article 5 of the Parking Lot Management Regulations', 'unknown-regulation', ''],
    ['Article 6 of the Vaccine Storage Management Rules', 'unknown-regulation', ''],
  ]],
  // a title typed in lower case inside quotation marks (englishLowerTitle.ts)
  ['\'the "supervision and management of financing guarantee companies regulations" Article 21\': the quoted title in lower case', 'Whoever lends without a licence is fined in accordance with the "supervision and management of financing guarantee companies regulations" Article 21 of the provisions of the penalty; see also Article 22 of the "regulations on the administration of housing provident fund".', [
    ['"supervision and management of financing guarantee companies regulations" Article 21', 'resolved', '融资担保公司监督管理条例21'],
    ['Article 22 of the "regulations on the administration of housing provident fund"', 'resolved', '住房公积金管理条例22'],
  ]],
  ['negative: quoted words in lower case that name no law, and "of the provisions of" with no title before', 'The "house rules" Article 4 bans pets, Article 5 of the "community rules" too, and Article 7 of the provisions of the lease binds the tenant.', [
    ['Article 4', 'no-context', ''],
  ]],
  // the country as machine translations write it, after a title a short name is defined for (english/names/englishTitleAt.ts englishTitleEndingAt)
  ['"according to the Drug Administration Law of People\'s Republic of China (PRC) (hereinafter referred to as the Drug Law)"', 'Article 1 These rules are made according to the Drug Administration Law of People\'s Republic of China (PRC) (hereinafter referred to as the Drug Law).\n\nArticle 2 The duties of the departments conform to Article 8 of the Drug Law.', [
    ['Article 8 of the Drug Law', 'resolved', '药品管理8'],
  ]],
  ['negative: another state\'s name after the title is no country of the tables', 'Under the Drug Administration Law of Japan (hereinafter referred to as the Drug Law), Article 8 of the Drug Law differs.', [
    ['Article 8 of the Drug Law', 'unknown-regulation', ''],
  ]],
  // the item in brackets right after a falling paragraph (english.ts parseEnglish)
  ['"Article 39, Paragraph 1(3) of the Labor Contract Law": the title after the whole chain, the item in brackets', 'Under Article 39, Paragraph 1(3) of the Labor Contract Law the employer may end the contract, and under Article 40, Paragraph 1 (2) of the Labor Contract Law with notice.', [
    ['Article 39, Paragraph 1(3) of the Labor Contract Law', 'resolved', '劳动合同39.1.3'],
    ['Article 40, Paragraph 1 (2) of the Labor Contract Law', 'resolved', '劳动合同40.1.2'],
  ]],
  ['negative: a bracket of words after the paragraph is no item, nor a judgment\'s paragraph after a case number', 'Article 39, Paragraph 1 (the "Rule") of the Labor Contract Law is strict. The case (2019) Hu 01 Min Zhong 12, Paragraph 1(2) of the judgment, was upheld.', [
    ['Article 39, Paragraph 1 (the "Rule") of the Labor Contract Law', 'resolved', '劳动合同39.1'],
  ]],
  // the Supreme People's Court's interpretation of a law named loosely (englishCourtInterpretation.ts)
  ['"China Supreme Court\'s third interpretation of China Company Law", "the judicial interpretation of the "…Law"", "… of PRC Contract Law (II)"', 'The buyer relied on Article 16 of China Supreme Court\'s third interpretation of China Company Law, Article 8 of the judicial interpretation of the "Anti-Unfair Competition Law" and Article 21 of the Supreme People\'s Court\'s Interpretation of Several Issues Concerning the Application of PRC Contract Law (II).', [
    ['Article 16 of China Supreme Court\'s third interpretation of China Company Law', 'resolved', '最高人民法院关于适用《公司法》若干问题的规定（三）16'],
    ['Article 8 of the judicial interpretation of the "Anti-Unfair Competition Law"', 'resolved', '最高人民法院关于适用《反不正当竞争法》若干问题的解释8'],
    ['Article 21 of the Supreme People\'s Court\'s Interpretation of Several Issues Concerning the Application of PRC Contract Law (II)', 'resolved', '最高人民法院关于适用《合同法》若干问题的解释（二）21'],
  ]],
  ['a law with several interpretations and no number written: none of them (unknown-regulation), never a guess', 'Article 10 of the Supreme People\'s Court\'s judicial interpretation of the Marriage Law is cited, and Article 11 of the SPC\'s judicial interpretation of the Company Law.', [
    ['Article 10 of the Supreme People\'s Court\'s judicial interpretation of the Marriage Law', 'unknown-regulation', ''],
    ['Article 11 of the SPC\'s judicial interpretation of the Company Law', 'unknown-regulation', ''],
  ]],
  ['negative: an interpretation of a contract, a scholar\'s interpretation, another state\'s law', 'Article 5 of the judicial interpretation of the contract does not apply, nor Article 3 of the interpretation of the Company Law by scholars, nor Article 12 of the Supreme People\'s Court\'s judicial interpretation of the Company Law of Japan.', []],
  // a title ends with the country's name when the article's text runs on after it (english/names/englishTitleAt.ts capitalisedTitleAt)
  ['"Article 12 of the Interpretation … of the People\'s Republic of China Where a party sues …": the label run on into its text', 'Article 12 of the Interpretation of the Supreme People\'s Court on the Application of the Civil Procedure Law of the People\'s Republic of China Where a party sues, the court decides.', [
    ['Article 12 of the Interpretation of the Supreme People\'s Court on the Application of the Civil Procedure Law of the People\'s Republic of China', 'resolved', '最高人民法院关于适用《民事诉讼法》的解释12'],
  ]],
  ['negative: a title going on after the country with a lower-case word ("… of China for Enterprises …") keeps its words', 'Article 8 of the Income Tax Law of the People\'s Republic of China for Enterprises with Foreign Investment and Foreign Enterprises applies.', [
    ['Article 8 of the Income Tax Law of the People\'s Republic of China for Enterprises with Foreign Investment and Foreign Enterprises', 'unknown-regulation', ''],
  ]],
  ['negative: the country named first goes on into the title', 'Article 9 of the People\'s Republic of China Anti-Unfair Competition Law applies.', [
    ['Article 9 of the People\'s Republic of China Anti-Unfair Competition Law', 'resolved', '反不正当竞争9'],
  ]],
  // a document the corpus does not hold named in full after the article (englishIssuedTitle.ts)
  ['"the interim measures for discretion of … penalties in Hebei Province": a local document in lower case, its article and the next', 'The fine was cut according to Item 2 of Article 7 of the interim measures for discretion of environmental administrative penalties in Hebei Province, and Article 11.', [
    ['Item 2 of Article 7 of the interim measures for discretion of environmental administrative penalties in Hebei Province', 'unknown-regulation', ''],
    ['Article 11', 'unknown-regulation', ''],
  ]],
  ['"the Antitrust Guide of the Anti-monopoly Commission of the State Council for …": a state organ\'s guide', 'Under Article 3 of the Antitrust Guide of the Anti-monopoly Commission of the State Council for the Automobile Industry, a dealer may not fix prices.', [
    ['Article 3 of the Antitrust Guide of the Anti-monopoly Commission of the State Council for the Automobile Industry', 'unknown-regulation', ''],
  ]],
  ['negative: a club\'s rules in a province, a company committee\'s guide, a foreign body\'s guide', 'Article 4 of the rules for entry of the club in Hebei Province bars guests. Article 3 of the Staff Guide of the Compliance Committee of Acme binds staff, and Article 5 of the Merger Guide of the European Commission is foreign.', []],
  // a law named in lower case by what it is on (englishLowerLawOn.ts)
  ['"Art. 21 of the new law on cybersecurity", "Article 30 (2) of the law on the administration of exit and entry"', 'The regulator cited Art. 21 of the new law on cybersecurity and Article 30 (2) of the law on the administration of exit and entry.', [
    ['Art. 21 of the new law on cybersecurity', 'resolved', '网络安全21'],
    ['Article 30 (2) of the law on the administration of exit and entry', 'resolved', '出境入境管理30.2'],
  ]],
  ['negative: "the law on" words that name no known law is no title (the law in context, or none)', 'Article 10 of the law on the protection of cats is a joke, and the law on water is long.', [
    ['Article 10 of the law', 'no-context', ''],
  ]],
  // spaces lost in a copied translation: "ofthe" glued before the title (english.ts OF_THE_GLUED)
  ['"Article 46 oftheTrademark Law of the People\'s Republic of China": both spaces lost', 'The court applied Article 46 oftheTrademark Law of the People\'s Republic of China.', [
    ['Article 46 oftheTrademark Law of the People\'s Republic of China', 'resolved', '商标46'],
  ]],
  ['negative: "ofthe" before lower-case words, "Article 5 ofthe contract"', 'Article 5 ofthe contract binds the buyer, as Article 6 oftheir deal does.', [
    ['Article 5', 'no-context', ''], ['Article 6', 'no-context', ''],
  ]],
  // the court's 规定 called a judicial interpretation, named by its kind of case (titles.ts, englishCaseKind.ts)
  ['"Article 25 of Judicial Interpretation of Private Lending", "the Interpretation on Trade Secret Cases": the court\'s 规定 of that kind', 'Interest is capped by Article 25 of Judicial Interpretation of Private Lending issued by the Supreme People\'s Court, and secrets by Article 7 of the Interpretation on Trade Secret Cases.', [
    ['Article 25 of Judicial Interpretation of Private Lending', 'resolved', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定25'],
    ['Article 7 of the Interpretation on Trade Secret Cases', 'resolved', '最高人民法院关于审理侵犯商业秘密民事案件适用法律若干问题的规定7'],
  ]],
  ['negative: a number the 规定 has not, a kind of case no court document is on: unknown-regulation', 'Article 4 of the Interpretation (II) on Private Lending and Article 5 of the Interpretation on Pet Grooming Cases are cited.', [
    ['Article 4 of the Interpretation (II) on Private Lending', 'unknown-regulation', ''],
    ['Article 5 of the Interpretation on Pet Grooming Cases', 'unknown-regulation', ''],
  ]],
  // the country shortened to "of China" after a title (english/names/englishLawLikeTitle.ts lawLikeEnglishTitle)
  ['"Article 21 of Enforcement Regulations of Copyright Law of China", "the Trademark Law of China"', 'As stipulated in Article 21 of Enforcement Regulations of Copyright Law of China, a work may be quoted; under Article 12 of the Trademark Law of China a mark is registered.', [
    ['Article 21 of Enforcement Regulations of Copyright Law of China', 'resolved', '著作权法实施条例21'],
    ['Article 12 of the Trademark Law of China', 'resolved', '商标12'],
  ]],
  // The Republic of China's law is Taiwan's: unknown-regulation, no longer no citation (fix-tw18: Taiwan's, Hong Kong's
  // and Macau's laws are China's, unknown to the corpus, in any language).
  ['negative: the Republic of China\'s (Taiwan\'s) law (unknown), a bank of China', 'Article 3 of the Land Law of the Republic of China differs, and Article 4 of the Bank of China rules too.', [
    ['Article 3 of the Land Law of the Republic of China', 'unknown-regulation', ''],
  ]],
];

describe('citation table: how English writers name a law (issue 14, fifteenth round), bundled corpus', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => {
      const got = summary(doc);
      assert.deepStrictEqual(got, expected, `\n${doc}\n→ ${JSON.stringify(got)}`);
    });
  }
});

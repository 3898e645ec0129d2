// English pages, fifteenth round of issue 14 (en15b: context in English text, from the residual errors of the English
// tuning sets): forms a writer or a translator uses, one rule each, with rows that look like citations and are not.
// Made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // a heading alone on its line whose text opens a list with a short sentence (englishHeadings.ts listLeadIn)
  ['"Article 39" ⏎ "Permits issued include." ⏎ "(I) …": the heading of a quoted article that opens a list', '《Administrative Licensing Law of the PRC》\nThe forms of permits are described in detail.\nArticle 39\nPermits issued include.\n(I) licences and permits;\n(ii) qualification certificates.', []],
  ['"Article 39" ⏎ "Permits issued include the following:" ⏎ "(1) …": the same with a colon', 'The Administrative Licensing Law of the PRC\nArticle 39\nPermits issued include the following:\n(1) licences and permits;\n(2) qualification certificates.', []],
  ['not a writer\'s caption over notes ("Key points:"), nor a list opening with no items below, nor a line of the writer\'s', 'The Administrative Licensing Law of the PRC sets the forms of permits.\nArticle 39\nKey points:\n(1) three forms of permits;\n(2) no other forms.\n\nArticle 40\nPermits issued include.\n\nWe looked at them all.\n\nArticle 41\nIt includes:\n(1) licences.', [
    ['Article 39', 'resolved', '行政许可39'], ['Article 40', 'resolved', '行政许可40'], ['Article 41', 'resolved', '行政许可41'],
  ]],
  // the items of an article a basis sentence opens, printed below it: "this Law" in them is the cited law (basisItems.ts)
  ['"Pursuant to Article 26 of the Labor Law, the employer may … circumstances:" ⏎ "(1) … Article 24 of this Law": the law\'s items', 'Pursuant to Article 26 of the Labor Law, the employer may dissolve the labor contract in any of the following circumstances:\n(1) the worker is ill and cannot do the work as provided in Article 24 of this Law;\n2) the worker proves incompetent.', [
    ['Article 26 of the Labor Law', 'resolved', '劳动26'], ['Article 24 of this Law', 'resolved', '劳动24'],
  ]],
  ['not a basis sentence that ends before its line does, nor the writer\'s line after the items, nor items after a blank line', 'According to Article 26 of the Labor Law, the employer may dissolve the contract. It did so in these cases:\n(1) the worker was ill under Article 24 of this Law.\n\nUnder Article 26 of the Labor Law, the employer may dissolve the contract in these cases:\n(1) illness;\nThe Rules of this Law are strict.\n\nUnder Article 26 of the Labor Law, the employer may dissolve the contract in these cases:\n\n(1) illness under Article 24 of this Law.', [
    ['Article 26 of the Labor Law', 'resolved', '劳动26'], ['Article 24 of this Law', 'self', '本24'], ['Article 26 of the Labor Law', 'resolved', '劳动26'], ['Article 26 of the Labor Law', 'resolved', '劳动26'], ['Article 24 of this Law', 'self', '本24'],
  ]],
  // the article's next sentences and paragraphs reported after "… stipulates that …" (reportedStatute.ts)
  ['"Article 260 … stipulates that … . Whoever commits the crime in the preceding paragraph …" on one line: the article\'s', 'Article 260 of the Criminal Law stipulates that whoever maltreats a member of his family, if the circumstances are flagrant, shall be sentenced to not more than two years. Whoever commits the crime in the preceding paragraph and thereby causes serious injury shall be sentenced to not less than two years.', [
    ['Article 260 of the Criminal Law', 'resolved', '刑260'], ['the preceding paragraph', 'resolved', '刑260.1'],
  ]],
  ['the next paragraph below the reported one, when it refers to the one before: its paragraph before', 'Article 260 of the Criminal Law stipulates that whoever maltreats a member of his family shall be sentenced to not more than two years.\n\nWhoever commits the crime in the preceding paragraph and causes death shall be sentenced to not less than two years.', [
    ['Article 260 of the Criminal Law', 'resolved', '刑260'], ['the preceding paragraph', 'resolved', '刑260.1'],
  ]],
  ['not the writer\'s sentence after the reported one, nor the writer\'s paragraph below it, nor one after a paragraph that refers to none', 'Article 260 of the Criminal Law stipulates that whoever maltreats a member of his family shall be sentenced. We think the preceding paragraph explains the duty.\n\nArticle 260 of the Criminal Law stipulates that whoever maltreats a member of his family shall be sentenced.\n\nAs the preceding paragraph shows, the rule is old.\n\nArticle 260 of the Criminal Law stipulates that whoever maltreats a member of his family shall be sentenced.\n\nWhere the victim is a child, the court shall act of its own motion.\n\nWhoever commits the crime in the preceding paragraph shall be sentenced to more.', [
    ['Article 260 of the Criminal Law', 'resolved', '刑260'], ['Article 260 of the Criminal Law', 'resolved', '刑260'], ['Article 260 of the Criminal Law', 'resolved', '刑260'],
  ]],
  // "the preceding Article" capitalised as official translations print it, wrapped at a line's end (scanner.ts SELF_ANCHOR)
  ['"… in accordance with the preceding" ⏎ "Article, …" in a translation\'s article text: the article before', 'Trust Law of the People\'s Republic of China\n\nArticle 55 After the ownership of the trust property is settled in accordance with the preceding\nArticle, the trust shall be deemed to continue.', [
    ['the preceding\nArticle', 'resolved', '信托54'],
  ]],
  ['not "the preceding Article" in the writer\'s prose', 'The Trust Law of the People\'s Republic of China is short. As the preceding Article of our series shows, trusts are rare.', []],
  // "of the Provisions", "of the Measures", "of the Regulations": the text of that kind named last (english.ts ENGLISH_KIND_NOUN, anaphor.ts)
  ['"Article 3 of the Provisions" after unknown Provisions and a law named as their basis: the Provisions, unknown', 'On 3 May 2021 the Ministry issued the Provisions on the Registry of Export Vendors (hereinafter the "Provisions"). The Provisions name the Foreign Trade Law of the PRC as their basis. Under Article 3 of the Provisions, the registry serves trade.', [
    ['Article 3 of the Provisions', 'unknown-regulation', ''],
  ]],
  ['"Article 5 of the Measures", "Article 22 of the Regulations" after a law named in between: the Measures, the Regulations', 'Article 4 of the Measures for the Administration of Internet Information Services requires a licence. The Cybersecurity Law of the PRC also applies. Article 5 of the Measures covers news.\n\nArticle 21 of the Regulations on Urban Water Supply sets the duty. The Water Law of the PRC also applies. Article 22 of the Regulations adds the penalty.', [
    ['Article 4 of the Measures for the Administration of Internet Information Services', 'resolved', '互联网信息服务管理办4'], ['Article 5 of the Measures', 'resolved', '互联网信息服务管理办5'],
    ['Article 21 of the Regulations on Urban Water Supply', 'resolved', '城市供水条例21'], ['Article 22 of the Regulations', 'resolved', '城市供水条例22'],
  ]],
  // fix-en101: "of the Measures" with no Measures named is a text the page did not name (unknown), no longer the law in context (anaphor.ts).
  ['not "of the Law" (the law in context), nor "of the Measures" where no Measures were named (unknown)', 'Article 21 of the Regulations on Urban Water Supply sets the duty. The Water Law of the PRC also applies. Article 23 of the Law is different.\n\nThe Cybersecurity Law of the PRC applies. Article 6 of the Measures is cited by the agency.', [
    ['Article 21 of the Regulations on Urban Water Supply', 'resolved', '城市供水条例21'], ['Article 23 of the Law', 'resolved', '水23'], ['Article 6 of the Measures', 'unknown-regulation', ''],
  ]],
  // a short name defined with a year before its acronym: the acronym alone names the same law (englishPasses.ts DATED_ACRONYM)
  ['"the amended Water Law of China (2016 WTRL)" … "the original WTRL" after another law: the bare article is the Water Law\'s', 'China implemented the amended Water Law of China (2016 WTRL), adding rules beyond those under China\'s Environmental Protection Law (EPL). The original WTRL dates from 1988.\n\nArticle 13 requires every user to pay fees.', [
    ['Article 13', 'resolved', '水13'],
  ]],
  ['not the acronym inside a longer word, nor an acronym defined without a year that is not used again', 'China implemented the amended Water Law of China (2016 WTRL), adding rules beyond those under China\'s Environmental Protection Law (EPL). The WTRLX report dates from 1988.\n\nArticle 13 requires every user to pay fees.', [
    ['Article 13', 'resolved', '环境保护13'],
  ]],
  // a list of paragraphs of an article that has one paragraph: the items, 项 translated "paragraph" (english.ts paragraphWord)
  ['"Paragraphs 4 and 5 of Article 44 of the Labor Contract Law": article 44 lists items in one paragraph, so the items', 'Under Paragraphs 4 and 5 of Article 44 of the Labor Contract Law the contract ends.', [
    ['Paragraphs 4 and 5 of Article 44 of the Labor Contract Law', 'resolved', '劳动合同44..4 劳动合同44..5'],
  ]],
  ['not the paragraphs of an article that has them, nor a list with paragraph 1', 'Under Paragraphs 2 and 3 of Article 14 of the Labor Contract Law the term is open. Paragraphs 1 and 2 of Article 44 of the Labor Contract Law are cited.', [
    ['Paragraphs 2 and 3 of Article 14 of the Labor Contract Law', 'resolved', '劳动合同14.2 劳动合同14.3'], ['Paragraphs 1 and 2 of Article 44 of the Labor Contract Law', 'unknown-paragraph', '劳动合同44.1 劳动合同44.2'],
  ]],
  // a text the page says came into force years after the corpus's text of that name did: another, newer text (statedEffect.ts)
  ['"The Interpretation … Arbitration Law …, which came into effect on 1 March 2024": not the 2006 one; its articles unknown', 'The Interpretation of the Supreme People\'s Court on Several Issues Concerning the Application of the Arbitration Law of the People\'s Republic of China, which came into effect on 1 March 2024, changes practice.\n\nArticle 5 sets a deadline. The Interpretation also covers notices. Article 6 of the Interpretation follows.', [
    ['Article 5', 'unknown-regulation', ''], ['Article 6 of the Interpretation', 'unknown-regulation', ''],
  ]],
  ['not the year the corpus\'s text came into force, nor a law a year or two after its last amendment, nor a year of something else', 'The Interpretation of the Supreme People\'s Court on Several Issues Concerning the Application of the Arbitration Law of the People\'s Republic of China, which came into effect on 8 September 2006, changed practice.\n\nArticle 5 sets a deadline.\n\nThe Labor Law of the People\'s Republic of China, which took effect again in 2020 as amended, is old.\n\nArticle 5 sets a rule.\n\nThe Interpretation of the Supreme People\'s Court on Several Issues Concerning the Application of the Arbitration Law of the People\'s Republic of China, discussed at a 2024 seminar, is useful. Article 7 is short.', [
    ['Article 5', 'resolved', '最高人民法院关于适用《仲裁法》若干问题的解释5'], ['Article 5', 'resolved', '劳动5'], ['Article 7', 'resolved', '最高人民法院关于适用《仲裁法》若干问题的解释7'],
  ]],
  // the bare articles opening the items of one numbered list are one law's (layout/listItemLabel.ts)
  ['"2. Article 21 – …" after item 1\'s text named another law in passing: the list\'s law', 'The revised Water Law of the PRC changes several rules.\n\n1. Article 12 – Ownership\nWater resources belong to the State; the Environmental Protection Law of the PRC still governs pollution.\n\n2. Article 21 – Use\nUsers take water under a permit.', [
    ['Article 12', 'resolved', '水12'], ['Article 21', 'resolved', '水21'],
  ]],
  ['not after a label that names its law (the law last named, as before), nor an item numbered out of turn, nor a label outside a list', 'The revised Water Law of the PRC changes several rules.\n\n1. Article 12 – Ownership\nThe Environmental Protection Law of the PRC still governs pollution.\n\n2. Article 10 of the Environmental Protection Law – Standards\nLimits are set by the State.\n\n3. Article 11 – Duties\nSee the Water Law of the PRC.\n\n5. Article 13 – Plans\nThe Environmental Protection Law of the PRC applies.\n\nArticle 14 – Review', [
    ['Article 12', 'resolved', '水12'], ['Article 10 of the Environmental Protection Law', 'resolved', '环境保护10'], ['Article 11', 'resolved', '环境保护11'], ['Article 13', 'resolved', '水13'], ['Article 14', 'resolved', '环境保护14'],
  ]],
];

describe('English pages, fifteenth round (issue 14, en15b): context in English text', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

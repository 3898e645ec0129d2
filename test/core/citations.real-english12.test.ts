// English pages, twelfth round of issue 14, real-english12 (law-firm notes on amendments, news, theses, compliance
// glossaries): forms a writer uses for a law or an article that the earlier rounds did not read, one rule each.
// Made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // a paragraph and an item each in brackets, a space between them (lists/englishUnitList.ts readList)
  ['"Article 39 (1) (ii)": paragraph 1, item 2, the brackets spaced as the number\'s', 'Article 39 (1) (ii) of the Labor Contract Law allows dismissal, and so does Article 39 (1) (4) of the Labor Contract Law.', [
    ['Article 39 (1) (ii) of the Labor Contract Law', 'resolved', '劳动合同39.1.2'], ['Article 39 (1) (4) of the Labor Contract Law', 'resolved', '劳动合同39.1.4'],
  ]],
  ['not a bracket of words nor a letter after the paragraph\'s', 'Article 41 (2) (see above) of the Labor Contract Law and Article 41 (1) (ix-b) of the Labor Contract Law.', [
    ['Article 41 (2) (see above) of the Labor Contract Law', 'resolved', '劳动合同41.2'], ['Article 41 (1)', 'resolved', '劳动合同41.1'],
  ]],
  // the paragraph worded in brackets after the article (lists/englishUnitList.ts readList)
  ['"Article 57 (Paragraph 1) is amended to": the paragraph named in brackets', 'The Labor Contract Law was amended in 2012.\nArticle 57 (Paragraph 1) is amended to:\nA business operating labor dispatch shall meet the following conditions.\nArticle 63 (Clause 2) is amended too.', [
    ['Article 57 (Paragraph 1)', 'resolved', '劳动合同57.1'], ['Article 63 (Clause 2)', 'resolved', '劳动合同63.2'],
  ]],
  ['not a bracket naming no paragraph\'s number', 'The Labor Contract Law was amended: Article 57 (Paragraphs on dispatch) was rewritten.', [
    ['Article 57', 'resolved', '劳动合同57'],
  ]],
  // a paragraph right before its article, no "of" between (english.ts parseEnglish)
  ['"Paragraph 2 Article 16 of the "Company Law"": the paragraph written before its article', 'First, Paragraph 2 Article 16 of the "Company Law" requires a shareholders\' resolution.', [
    ['Paragraph 2 Article 16 of the "Company Law"', 'resolved', '公司16.2'],
  ]],
  ['not several paragraphs so, nor a paragraph before the Articles of Association', 'Paragraphs 1 and 2 Article 16 of the Company Law are long. Paragraph 3 Articles of Association of the company say more.', [
    ['Article 16 of the Company Law', 'resolved', '公司16'],
  ]],
  // the country after an article whose law was named before it (english.ts parseEnglish, COUNTRY_AFTER)
  ['"Civil Code Article 1043 of the People\'s Republic of China": the country qualifies the law named before', 'Civil Code Article 1043 of the People\'s Republic of China protects families. Company Law Article 16 of the PRC governs guarantees.', [
    ['Civil Code Article 1043 of the People\'s Republic of China', 'resolved', '民法典1043'], ['Company Law Article 16 of the PRC', 'resolved', '公司16'],
  ]],
  ['not with no law named before the article, nor another state', 'Article 26 of the People\'s Republic of China is no citation. The Penal Code Article 39 of Japan is none either.', []],
  // "existing" before a title, also before the country's name (names/englishTitleAt.ts TITLE_LEAD)
  ['"of the existing PRC Company Law", "the existing Trademark Law": the law in force', 'The reform amends Articles 7 and 9 of the existing PRC Company Law and Article 30 of the existing Trademark Law.', [
    ['Articles 7 and 9 of the existing PRC Company Law', 'resolved', '公司7 公司9'], ['Article 30 of the existing Trademark Law', 'resolved', '商标30'],
  ]],
  ['not an existing contract', 'Article 5 of the existing contract and Article 6 of the existing PRC lease are terms, not law.', []],
  // a short name defined for a Criminal Law amendment is the amendment's (englishDefinitions.ts englishDefinitions)
  ['"the Ninth Amendment to the PRC Criminal Law (the "Ninth Amendment")": the amendment, by its short name', 'In 2015 the NPCSC adopted the Ninth Amendment to the PRC Criminal Law (the "Ninth Amendment"). Article 1 of the Ninth Amendment adds an occupational ban.', [
    ['Article 1 of the Ninth Amendment', 'resolved', '刑法修正案（九）1'],
  ]],
  ['not the Criminal Law itself so defined', 'The PRC Criminal Law (the "Code") applies. Article 20 of the Code concerns self-defence.', [
    ['Article 20 of the Code', 'resolved', '刑20'],
  ]],
  // the article under discussion, repeated bare, stays its law's (analyze.ts articleCitedAgain)
  ['"Article 36" twice after a treaty named in passing: the law\'s article each time', 'Article 36 of the Data Security Law bars it. Firms served under the Hague Evidence Convention still ask, yet Article 36 applies, and Article 36 is strict.', [
    ['Article 36 of the Data Security Law', 'resolved', '数据安全36'], ['Article 36', 'resolved', '数据安全36'], ['Article 36', 'resolved', '数据安全36'],
  ]],
  ['not another number, nor after another law\'s article', 'Article 36 of the Data Security Law bars it. The Hague Evidence Convention governs service. Article 12 applies.\nArticle 36 of the Data Security Law bars it. Article 5 of the Cybersecurity Law differs. Article 36 there is short.', [
    ['Article 36 of the Data Security Law', 'resolved', '数据安全36'], ['Article 12', 'unknown-regulation', ''],
    ['Article 36 of the Data Security Law', 'resolved', '数据安全36'], ['Article 5 of the Cybersecurity Law', 'resolved', '网络安全5'], ['Article 36', 'resolved', '网络安全36'],
  ]],
  // the new wording of an article an amendment writes, after "… to read:" or under "Article N is amended to:" (scanner.ts)
  ['"… Article 82 of the Labor Contract Law to read: …": "the preceding paragraph" in the new wording is the article\'s', 'The 2012 decision amends Article 82 of the Labor Contract Law to read: where an employer fails to conclude a written contract within one year, it shall pay double wages.\n\n  Where an employer violates the preceding paragraph twice, it shall also be fined.', [
    ['Article 82 of the Labor Contract Law', 'resolved', '劳动合同82'], ['the preceding paragraph', 'resolved', '劳动合同82.1'],
  ]],
  ['"Article 57 is amended to:" alone on its line: "this Law" in the wording below is the law amended', 'The Labor Contract Law was amended in 2012.\nArticle 57 is amended to:\nA business operating labor dispatch shall meet the conditions in Article 58 of this Law and register its capital.', [
    ['Article 57', 'resolved', '劳动合同57'], ['Article 58 of this Law', 'resolved', '劳动合同58'],
  ]],
  ['not "to read:" after no article, nor the colon followed by the writer\'s words', 'The court asked both parties to read: the preceding paragraph of the contract binds them.\nThe Labor Contract Law was amended in 2012.\nArticle 57 is amended to: see the text below.\nA business operating labor dispatch shall meet the conditions in Article 58 of this Law and register its capital.', [
    ['Article 57', 'resolved', '劳动合同57'], ['Article 58 of this Law', 'self', '本58'],
  ]],
  // a headline naming the article with a colon, above a blank line, is a citation (headings/englishStatuteText.ts englishHeadingAt)
  ['"Article 12: Shenzhen\'s duty weighs on its planners" above a blank line: a headline citing the article', 'Article 12: Shenzhen\'s duty weighs on its planners\n\nThe duty in Article 12 of the Urban and Rural Planning Law is heavy.', [
    ['Article 12', 'resolved', '城乡规划12'], ['Article 12 of the Urban and Rural Planning Law', 'resolved', '城乡规划12'],
  ]],
  ['not a provision that lost its stop, nor a caption in Title Case, nor a provision with its stop', 'The Urban and Rural Planning Law reads:\nArticle 3: These rules apply to cities and towns of the country\n\nArticle 4: Purpose and Basis\n\nArticle 5: Planners shall consult the public.', []],
  // the date a text bears after its title ends the title (english/names/englishTitleAt.ts capitalisedTitleAt)
  ['"of the Draft Civil Code of December 16, 2019", "the Civil Code of May 28, 2020": the title before the date', 'Article 1033 of the Draft Civil Code of December 16, 2019 is about it. Article 1032 of the Civil Code of May 28, 2020 protects privacy.', [
    ['Article 1033 of the Draft Civil Code', 'unknown-regulation', ''], ['Article 1032 of the Civil Code', 'resolved', '民法典1032'],
  ]],
  ['not "of" before a word that is no date', 'Article 8 of the Law of Contracts is old. Article 9 of the Law of Mayfair Market is local.', [
    ['Article 8 of the Law of Contracts', 'unknown-regulation', ''], ['Article 9 of the Law of Mayfair Market', 'unknown-regulation', ''],
  ]],
];

describe('English pages, twelfth round (issue 14, real-english12): spaced and worded paragraphs, the country after an article, existing laws, amendments by short name, the article under discussion, an amendment\'s new wording, headlines, dates after titles', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

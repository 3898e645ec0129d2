// English Q&A pages and translations, twelfth round of issue 14 (real-enqa12): forms machine-translated legal Q&A
// pages and English translations of Chinese laws, regulations and judicial interpretations use — headings printed
// "Article 4." with their text in lower case (englishHeadings.ts), the law named in an enacting formula ("… are
// formulated in accordance with the … Law") not being the law of the articles printed after it (enactingClause.ts),
// English names of laws in use the title table lacked (english-titles.json: "Companies Law", "Narcotics Control
// Law"), a title after a legal-basis label ("Legal basis: Provisions of the Supreme People's Court on …") as the law of
// the articles printed below, an added article's heading ("Article 280-1 …") keeping its number, the items below "Article N
// of the … Law stipulates …:" as that law's text. Made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary, bundledSummary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // headings "Article N." whose text opens in lower case
  ['headings numbered with a full stop, their text in lower case: no citation, the law their text cites still is', 'Implementing Regulations under the Patent Law\nArticle 1. These Implementing Regulations are formulated in accordance with the Patent Law of the People\'s Republic of China.\nArticle 2. goods protected as prescribed in Article 11 of the Patent Law shall be marked.', [
    ['Article 11 of the Patent Law', 'resolved', '专利11'],
  ]],
  ['not "Article N." followed by a link word, nor a number out of sequence', 'Implementing Regulations under the Patent Law\nArticle 1. These Implementing Regulations are formulated in accordance with the Patent Law of the People\'s Republic of China.\nArticle 2. of the Patent Law is cited by us.\nArticle 9. goods are marked.', [
    ['Article 2', 'resolved', '专利2'], ['Article 9', 'resolved', '专利9'],
  ]],
  // the law of an enacting formula is the basis of the text after it, not its law: the title printed above is (one the
  // corpus lacks here: unknown-regulation; analyze.ts statuteLaw skips the basis)
  ['"the preceding paragraph" in an interpretation printed after "according to … the Criminal Law …, explained as follows": not the Criminal Law\'s', 'Interpretation on Several Issues Concerning Cases of Stealing Seed Varieties\nIn order to try such cases correctly, according to the relevant provisions of the Criminal Law of the People\'s Republic of China, the issues are explained as follows:\nArticle 1 Whoever steals a trade secret of a relatively large value shall be punished as prescribed in Article 219 of the Criminal Law.\nThe courts of each province may lower the value specified in the preceding paragraph.', [
    ['Article 219 of the Criminal Law', 'resolved', '刑219'],
    ['the preceding paragraph', 'unknown-regulation', ''],
  ]],
  ['not a law named alone as the legal basis, whose article is printed below', 'Legal basis: Criminal Law of the People\'s Republic of China\nArticle 264 Whoever steals public property shall be sentenced to fixed-term imprisonment.\nWhoever repeats the act in the preceding paragraph shall be punished more heavily.', [
    ['the preceding paragraph', 'resolved', '刑264.1'],
  ]],
  // English names of laws in use
  ['"Companies Law" (the SPC site\'s printing of the NPC translation) and "Narcotics Control Law", with "this Law" under the title', 'Companies Law of the People\'s Republic of China\nArticle 100 The provisions of the first paragraph of Article 38 of this Law apply to companies limited by shares.\nArticle 62 of the Narcotics Control Law of the People\'s Republic of China and Articles 33 and 38 of the Narcotics Control Law bind addicts.', [
    ['the first paragraph of Article 38 of this Law', 'resolved', '公司38.1'], ['Article 62 of the Narcotics Control Law of the People\'s Republic of China', 'resolved', '禁毒62'],
    ['Articles 33 and 38 of the Narcotics Control Law', 'resolved', '禁毒33 禁毒38'],
  ]],
  // a title after a legal-basis label: the articles printed below are that title's
  ['"the preceding paragraph" under an article of the interpretation named after "Legal basis:", its title named again', 'Can the lender claim interest at 30%?\nLegal basis: Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Private Lending Cases.\nArticle 25 Where the lender claims interest, the court shall support it.\nWhere the rate exceeds the cap in the preceding paragraph, the excess is not supported. Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Private Lending Cases', [
    ['the preceding paragraph', 'resolved', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定25.1'],
  ]],
  ['not a label followed by words that are no title', 'Can the lender claim interest at 30%?\nLegal basis: The loan contract signed by both parties.\nArticle 25 Where the lender claims interest, the court shall support it.\nWhere the rate exceeds the cap in the preceding paragraph, the excess is not supported.', []],
  // the writer's sentence "Article N of the X Law stipulates …:" above the article's items: they are that law's text
  ['"this Law" in the items below "Article 38 of the Labor Contract Law stipulates …, that is, any of the following:"', 'Article 38 of the Labor Contract Law stipulates the cases in which a worker may terminate the contract, that is, any of the following:\n(1) the employer fails to pay wages;\n\n(2) other cases, except as provided in Article 39 of this Law.', [
    ['Article 38 of the Labor Contract Law', 'resolved', '劳动合同38'], ['Article 39 of this Law', 'resolved', '劳动合同39'],
  ]],
  ['the law cited not in the corpus: "this Law" in its items is that law, not found', 'Article 17 of the Marriage Law stipulates the property jointly owned by husband and wife, that is, the following property:\n(1) wages and bonuses;\n(4) property inherited, except as provided for in paragraph 3 of Article 18 of this Law.', [
    ['Article 17 of the Marriage Law', 'unknown-regulation', ''], ['paragraph 3 of Article 18 of this Law', 'unknown-regulation', ''],
  ]],
  ['not a sentence ending before its line does, nor the writer\'s paragraph after the items', 'Article 38 of the Labor Contract Law stipulates the cases. We list them below:\n(1) the employer fails to pay wages, as Article 39 of this Law says.\nArticle 38 of the Labor Contract Law stipulates the cases, that is, any of the following:\n(1) the employer fails to pay wages.\n\nIn our view, Article 40 of this Law is our own rule.', [
    ['Article 38 of the Labor Contract Law', 'resolved', '劳动合同38'], ['Article 39 of this Law', 'self', '本39'],
    ['Article 38 of the Labor Contract Law', 'resolved', '劳动合同38'], ['Article 40 of this Law', 'self', '本40'],
  ]],
  // Hong Kong's Ordinance is Hong Kong's law, unknown-regulation, no longer no citation (fix-en20, hkOrdinance.ts: the
  // round-18 labelling convention calls the regions' laws unknown-regulation in any language).
  ['not the companies or narcotics laws of other states (Hong Kong\'s Ordinance: unknown)', 'Article 6 of the Companies Ordinance of Hong Kong applies. Article 12 of the Companies Act 2006 applies. Article 5 of the Narcotics Control Act of Bangladesh applies.',
    [['Article 6 of the Companies Ordinance of Hong Kong', 'unknown-regulation', '']]],
];

// full titles, an added article's number with 之
const fullCases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // an added article's heading keeps its number
  ['"the preceding paragraph" in an added article printed with its heading "Article 280-1": its own paragraph', 'Legal basis: Criminal Law of the People\'s Republic of China\nArticle 280-1 Whoever uses forged identity cards shall be fined.\nWhoever commits the acts mentioned in the preceding paragraph shall be punished.', [
    ['the preceding paragraph', 'resolved', '中华人民共和国刑法280之1.1'],
  ]],
  ['not an added article cited in a sentence', 'Legal basis: Criminal Law of the People\'s Republic of China\nArticle 280-1 of the Criminal Law applies to whoever uses forged identity cards.\nWhoever commits the acts mentioned in the preceding paragraph shall be punished.', [
    ['Article 280-1 of the Criminal Law', 'resolved', '中华人民共和国刑法280之1'],
  ]],
];

describe('English Q&A pages and translations, twelfth round (issue 14): headings with a full stop, enacting formulas, names in use', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
  for (const [name, doc, expected] of fullCases) it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected));
});

// English pages, tenth round of issue 14 (part a): forms news pages, encyclopedias, machine translations and theses
// write — an ordinal suffix on the article's number ("Article 224th"), a version named before its law ("the 1997
// revision of the Penal Code"), "the basic law" in lower case, the duty an article lays down between it and its law
// ("the Article 23 requirement of the Basic Law"), words a PDF glued together ("Article52of"), an article in a headline
// before its law is named. Made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // An ordinal suffix glued to the number (machine translations of 第二百六十六条).
  ['an article numbered with "th"', 'Whoever cheats a buyer is punished under Article 266th of the Criminal Law of People\'s Republic of China.', [
    ['Article 266th of the Criminal Law of People\'s Republic of China', 'resolved', '刑266'],
  ]],
  ['"rd" on a number ending in 3, under a paragraph', 'This is the first paragraph of article 133rd of the criminal law.', [
    ['the first paragraph of article 133rd of the criminal law', 'resolved', '刑133.1'],
  ]],
  ['"st" on 21, in a list', 'See Articles 21st and 22nd of the Company Law.', [
    ['Articles 21st and 22nd of the Company Law', 'resolved', '公司21 公司22'],
  ]],
  // not: a suffix that does not fit the number, or an ordinal that is another word's
  ['the ordinal before the word: "the 266th article of" a law', 'He was sentenced under the 266th article of the Criminal Law for fraud.', [
    ['266th article of the Criminal Law', 'resolved', '刑266'],
  ]],
  ['not "the 3rd article of the contract", nor "the 2nd article" alone', 'The 3rd article of the contract is void. The 2nd article says so. The 21nd article of the Company Law.', []],
  ['not the 14th session or the 1st meeting', 'The 14th National People\'s Congress held its 1st meeting; article 5 of the plan, item 2nd on the list.', []],

  // A version by its year before the law it is of.
  ['"the 1997 revision of" a law named with the country\'s possessive', 'Picking quarrels comes under article 293 of the 1997 revision of the People\'s Republic of China\'s Penal Code.', [
    ['article 293 of the 1997 revision of the People\'s Republic of China\'s Penal Code', 'resolved', '刑293'],
  ]],
  ['with a paragraph', 'It is article 105, paragraph 1 of the 1997 revision of the Penal Code.', [
    ['article 105, paragraph 1 of the 1997 revision of the Penal Code', 'resolved', '刑105.1'],
  ]],
  ['"the 2019 revised version of" a law', 'Compensation follows Article 48 of the 2019 revised version of the Land Administration Law.', [
    ['Article 48 of the 2019 revised version of the Land Administration Law', 'resolved', '土地管理48'],
  ]],
  // not: the revision of a document that is no law; an amendment, which has articles of its own
  ['not the 2019 revision of a contract', 'Article 5 of the 2019 revision of the lease sets the rent; Article 6 of the 2020 version of the handbook.', []],
  ['not an article of an amendment read as the law\'s', 'Article 8 of the 2015 amendment to the Criminal Law added a crime.', []],

  // "the basic law" in lower case (speech, testimony) on a page that names the Basic Law with its place.
  ['"of the basic law" in a speech naming "the basic law for Hong Kong"', 'The treaty said the policy would be set out in the basic law for Hong Kong. In articles 47 and 69 of the basic law the goal is universal suffrage.', [
    ['articles 47 and 69 of the basic law', 'resolved', '香港特别行政区基本47 香港特别行政区基本69'],
  ]],
  ['a bare article after "the basic law" named alone', 'Hong Kong people read the Basic Law closely. The basic law itself, as I said, in article 27 gives residents the vote.', [
    ['article 27', 'resolved', '香港特别行政区基本27'],
  ]],
  ['Macao\'s, named capitalised once', 'Macao has its own Basic Law. Under article 23 of the basic law the city must legislate.', [
    ['article 23 of the basic law', 'resolved', '澳门特别行政区基本23'],
  ]],
  // not: no Basic Law named on the page; a basic law of something else; no region on the page
  ['not without the Basic Law named on the page', 'Hong Kong needs a basic law on data. Article 5 of the basic law would set the rules.', []],
  ['not "the basic law of supply and demand" on a Hong Kong page', 'The Basic Law of Hong Kong is one thing. Article 5 of the basic law of supply and demand is another.', []],
  ['not without a region on the page', 'Germany\'s Basic Law protects dignity. Article 1 of the basic law says so.', []],
  // The duty an article lays down, between it and its law.
  ['"the Article 23 requirement of" a Basic Law', 'Macao passed its law in 2009, based on the Article 23 requirement of the Macao Basic Law.', [
    ['Article 23 requirement of the Macao Basic Law', 'resolved', '澳门特别行政区基本23'],
  ]],
  ['"obligation of" a law', 'Firms meet the Article 21 obligation of the Data Security Law.', [
    ['Article 21 obligation of the Data Security Law', 'resolved', '数据安全21'],
  ]],
  ['not the obligation of a party', 'The Article 5 obligation of the seller is to deliver; the Article 6 duty of the contract.', [
    ['Article 5', 'no-context', ''], ['Article 6', 'no-context', ''],
  ]],
  // Words a PDF's text glued together (thesis abstracts).
  ['"Article13of the", "Article 13ofthe", "Articles 45and 47"', 'Under Article16of the Company Law, Article 17ofthe Company Law and Articles 21and 22 of the Company Law, the board decides.', [
    ['Article16of the Company Law', 'resolved', '公司16'], ['Article 17ofthe Company Law', 'resolved', '公司17'], ['Articles 21and 22 of the Company Law', 'resolved', '公司21 公司22'],
  ]],
  ['"Item2, Article39of" a law', 'Item2, Article39of Labor Contract Law allows dismissal.', [
    ['Item2, Article39of Labor Contract Law', 'resolved', '劳动合同39..2'],
  ]],
  // not: a number glued to other words; an item number that is a product code
  ['not "Article5office" nor "Item5" alone', 'Room Article5office is closed; Item5, the lamp, and Article 6offers no law.', []],
  // "(Part Two)" numbering an interpretation, "… Law of PRC" without the article (theses).
  ['an interpretation numbered "(Part Two)", its law "of PRC"', 'Article 14 of Interpretations of the Supreme People\'s Court on Certain Issues concerning the Application of Contract Law of PRC (Part Two) defines the term.', [
    ['Article 14 of Interpretations of the Supreme People\'s Court on Certain Issues concerning the Application of Contract Law of PRC (Part Two)', 'resolved', '最高人民法院关于适用《合同法》若干问题的解释（二）14'],
  ]],
  ['"Company Law of PRC"', 'Article 16 of Company Law of PRC sets the limit.', [['Article 16 of Company Law of PRC', 'resolved', '公司16']]],
  // not: a part of a book or a report
  ['not "(Part Two)" of a report', 'Article 3 of the Annual Report (Part Two) lists sales.', []],

  // A bare article in a headline or caption, its law named when the text first cites that article in full.
  ['a headline, the law in the lead sentence', 'Macau to begin talks on Article 23 legislation\n\nMacau is preparing a security law under Article 23 of its Basic Law, officials said.', [
    ['Article 23', 'resolved', '澳门特别行政区基本23'], ['Article 23 of its Basic Law', 'resolved', '澳门特别行政区基本23'],
  ]],
  ['a caption, the law several paragraphs below', 'Wang Lin and article 293\nWang Lin and article 293. Photo: Daily.\n\nWang was held on the charge of picking quarrels.\n\nThe offence rests on Article 293 of China\'s Criminal Law.', [
    ['article 293', 'resolved', '刑293'], ['article 293', 'resolved', '刑293'], ['Article 293 of China\'s Criminal Law', 'resolved', '刑293'],
  ]],
  // not: the number cited later with two laws; never cited with a law; a law already in context; another number
  ['not when the page cites the number with two laws', 'Article 32 explained\n\nArticle 32 of the Company Law and Article 32 of the Securities Law differ.', [
    ['Article 32', 'no-context', ''], ['Article 32 of the Company Law', 'resolved', '公司32'], ['Article 32 of the Securities Law', 'resolved', '证券32'],
  ]],
  ['not a Chinese bare article before an English citation of that number', '公司应当依照第三十二条办理登记。\n\nArticle 32 of the Company Law sets the register.', [
    ['第三十二条', 'no-context', ''], ['Article 32 of the Company Law', 'resolved', '公司32'],
  ]],
  ['not another number than the one cited later', 'Article 31 explained\n\nArticle 32 of the Company Law sets the register.', [
    ['Article 31', 'no-context', ''], ['Article 32 of the Company Law', 'resolved', '公司32'],
  ]],
];

describe('English pages, tenth round, part a (issue 14)', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
  it('not a suffix that does not fit the number: the law after it is not read', () => {
    assert.ok(summary('Article 21nd of the Company Law is a typo.').every(([, status]) => status !== 'resolved'));
  });
});

// Forms from round 21's first English measurement (heldout28-english, now a tuning set): made-up text in the real style
// against the bundled corpus (laws named short: 刑37 is the Criminal Law's article 37).
import * as assert from 'assert';
import { bundledShortTable as table, bundledSummary } from './citations/helpers';

// An enforcement rule's article printed under its label alone on its line, its text citing the parent law's article of
// the same number by the name the rules gave it ("Article 2 of the Act"): the label is a heading, no citation
// (englishHeadings.ts parentArticleOnly).
table('citation table: a label alone over an implementing article citing the parent\'s same article (fix-en31b)', [
  ['"Article 2" over "… referred to in Subparagraph 3 of Article 2 of the Law …", after the heading of article 1',
    'Article 1\nThese Rules are formulated in accordance with Article 80 of the Labor Law (hereinafter referred to as the Law).\nArticle 2\nThe allowances listed below shall not be counted in the monthly wage referred to in Subparagraph 3 of Article 2 of the Law:\n1. travel allowances;',
    [['Article 80 of the Labor Law', 'resolved', '劳动80'], ['Subparagraph 3 of Article 2 of the Law', 'unknown-item', '劳动2..3']]],
  ['not a writer\'s section on the article naming the law by its title, nor a count or a case number',
    'Article 16\nThe drafters kept the rule short and plain for all readers.\nArticle 17\nThe revised Article 17 of the Labor Law introduces a duty to pay wages monthly. The 14th session met; (2019) case No. 12.',
    [['Article 17', 'resolved', '劳动17'], ['Article 17 of the Labor Law', 'resolved', '劳动17']]],
]);

// A page in Taiwan's official English (the Republic of China named, the mainland never): an Act it names is Taiwan's,
// and "the Act" after it names that Act again (englishRegions.ts ROC_NAME, regionStatuteAgain.ts): unknown.
table('citation table: "of the Act" after a Taiwan Act, the Republic of China named (fix-en31b)', [
  ['Taiwan\'s order of units, "of the Act" after the Act named in article 1',
    'These Rules are prescribed in accordance with Article 60 of the Widget Safety Act.\nThe fee referred to in Subparagraph 2 of Paragraph 1 of Article 4 of the Act shall be paid in the currency of the Republic of China.\nThe notice referred to in Paragraph 3 of Article 9 of the Act is given in writing.',
    [['Article 60 of the Widget Safety Act', 'unknown-regulation', ''], ['Subparagraph 2 of Paragraph 1 of Article 4 of the Act', 'unknown-regulation', ''],
      ['Paragraph 3 of Article 9 of the Act', 'unknown-regulation', '']]],
  ['not on a page naming the mainland, nor after another state\'s Act, nor a count',
    'Under the Companies Act 2006 of the Republic of China era, Article 4 of the Act is cited. The 14th session met.\nThe People\'s Republic of China has Article 30 of the Labor Law.',
    [['Article 30 of the Labor Law', 'resolved', '劳动30']]],
  ['not "the Republic of China" on a mainland page that lost "People\'s": the Labor Law stays the PRC\'s',
    'Beijing requires firms in the territory of the Republic of China to comply. Article 30 of the Labor Law applies. Article 3 of the Act is none.',
    [['Article 30 of the Labor Law', 'resolved', '劳动30']]],
]);

// Hong Kong's statute named again by its kind word on a page on Hong Kong: "Section 5 of the Ordinance" after the
// ordinance was named (regionStatuteAgain.ts): unknown, as a named ordinance's section is.
table('citation table: "Section N of the Ordinance" after a Hong Kong ordinance (fix-en31b)', [
  ['"Section 5 of the Ordinance" after "… (Reciprocal Enforcement) Ordinance (Cap. 999)"',
    'The Legislative Council of Hong Kong passed the Widget Awards (Reciprocal Enforcement) Ordinance (Cap. 999) in 2022. Section 5 of the Ordinance excludes family judgments.',
    [['Section 5 of the Ordinance', 'unknown-regulation', '']]],
  ['not on a page never speaking of Hong Kong, nor with no ordinance named before, nor a count',
    'The colony passed the Widget Ordinance in 1901. Section 5 of the Ordinance applied. The 14th session met.',
    []],
  ['not before any ordinance is named on a Hong Kong page',
    'Hong Kong courts are busy. Section 5 of the Ordinance is cited; (2019) case No. 12.',
    []],
]);

// An amendment adding an article "as Article 37-1:" with its quoted paragraphs: "the preceding paragraph" and "this law"
// there are the new article's and the amended law's (addedArticle.ts), never the page's own.
table('citation table: the quoted text of an article added "as Article N-1" (fix-en31b)', [
  ['"the preceding paragraph" in the second quoted paragraph, "this law" in it',
    '1. Add an article after Article 37 of the Criminal Law, as Article 37-1: "Where a person is convicted of a crime, the court may prohibit the person from the trade for three years."\n\n"Where a person so prohibited breaches the order made under the preceding paragraph, the person shall be punished under Article 313 of this law."\n\n"Other laws shall prevail."',
    [['Article 37 of the Criminal Law', 'resolved', '刑37'], ['Article 37-1', 'resolved', '刑37之1'], ['the preceding paragraph', 'resolved', '刑37之1.1'],
      ['Article 313 of this law', 'resolved', '刑313']]],
  ['not a writer\'s "known as Article 37" with no colon and quotation after it, nor a count',
    'The rule added to the Criminal Law, known as Article 37, is short. The 14th session met.',
    [['Article 37', 'resolved', '刑37']]],
]);

describe('the quoted text of an article added "as Article N-1" keeps the added number (fix-en31b)', () => {
  it('"the preceding paragraph" there is paragraph 1 of article 37之1, not of article 37', () => {
    const text = 'Add an article after Article 37 of the Criminal Law, as Article 37-1: "Where a person is convicted, the court may bar the person from the trade."\n\n"Where a barred person breaches the order made under the preceding paragraph, the person shall be fined."';
    assert.deepStrictEqual(bundledSummary(text).map((c) => c[2]), ['中华人民共和国刑法37', '中华人民共和国刑法37之1', '中华人民共和国刑法37之1.1']);
  });
});

// A law site's bilingual page on a few articles, the law's title glued to its navigation links (上一条, 目录) above them:
// the articles are that law's, so "this Code" in their English text is the law (regulationExcerpt.ts NAVIGATED_TITLE).
table('citation table: a law\'s articles under its title in a site\'s navigation (fix-en31b)', [
  ['"of this Code" in the English text under 中华人民共和国民法典上一条 … 目录',
    '中华人民共和国民法典上一条 中华人民共和国民法典目录\n  第五百零一条 当事人在订立合同过程中知悉的商业秘密，不得泄露。\nArticle 501\nThe parties shall not disclose trade secrets learned while concluding a contract.\n  第五百零二条 依法成立的合同，自成立时生效。\nArticle 502\nA contract lawfully formed takes effect upon formation, except as otherwise provided in Article 506 of this Code.\n  第五百零三条 无权代理人以被代理人的名义订立合同。',
    [['Article 506 of this Code', 'resolved', '民法典506']]],
  ['not the same articles with no title above them: the page\'s own, nor a count',
    '  第五百零一条 当事人在订立合同过程中知悉的商业秘密，不得泄露。\nArticle 501\nThe parties shall not disclose trade secrets learned while concluding a contract.\n  第五百零二条 依法成立的合同，自成立时生效。\nArticle 502\nA contract lawfully formed takes effect upon formation, except as otherwise provided in Article 506 of this Code.\n  第五百零三条 无权代理人以被代理人的名义订立合同。第十四届第一次会议。',
    [['Article 506 of this Code', 'self', '本506']]],
]);

// Forms from English pages of the twenty-fifth round (fix-en50: heldout36 English — a law library's news note in
// Bluebook style, a thesis abstract whose PDF text lost its spaces, a machine-translated Q&A page on a named law, a law
// firm's article on an SPC interpretation): made-up text in the real style against the bundled corpus.
import * as assert from 'assert';
import { analyzeBundled, bundledShortTable as table } from './citations/helpers';

// "id." (Bluebook: the source cited just before) before an article, "at" before the pinpoint too: the law in context —
// here a State Council regulation known by its English title (english-titles.json); with nothing cited before, none.
table('citation table: Bluebook id. before an article (fix-en50)', [
  ['id. art. 5 after the Provisions on Administrative Penalties on Price Violations, defined by a short name',
    'The State Council revised the Provisions on Administrative Penalties on Price Violations (Penalty Provisions) on December 4, 2010.\n\nThe revised Penalty Provisions raise the maximum fine to five million yuan (id. art. 5) and punish collusion more harshly (id. art. 19).',
    [['id. art. 5', 'resolved', '价格违法行为行政处罚规定5'], ['id. art. 19', 'resolved', '价格违法行为行政处罚规定19']]],
  ['"Id. at art. 7": Bluebook\'s "at" before the pinpoint',
    'See Article 39 of the Labor Contract Law. Id. at art. 7 requires a written contract.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'], ['Id. at art. 7', 'resolved', '劳动合同7']]],
  ['the title with "for", the translators\' other wording',
    'Under Article 5 of the Provisions on Administrative Penalties for Price Violations, collusion is fined.',
    [['Article 5 of the Provisions on Administrative Penalties for Price Violations', 'resolved', '价格违法行为行政处罚规定5']]],
  ['id. with nothing cited before it: no context',
    'The fine was raised to five million yuan (Id. art. 5).',
    [['Id. art. 5', 'no-context', '']]],
  ['"at" alone before a number is no citation',
    'The meeting was held at 5 pm, see id. at 12 for the minutes.',
    []],
]);

// A PDF's text that lost its spaces: "Articles12and13 of the …" reads as "Articles 12 and 13 of the …"
// (scanner SELF_ANCHOR, english/lists/englishUnitList.ts EN_SEP); a file name or an address stays unread.
table('citation table: numbers glued to "and" in text that lost its spaces (fix-en50)', [
  ['Articles12and13 of the Labor Contract Law',
    'The court applied Articles12and13 of the Labor Contract Law to the dispute.',
    [['Articles12and13 of the Labor Contract Law', 'resolved', '劳动合同12 劳动合同13']]],
  ['Article 24of the Labor Law, as before',
    'The employer breached Article 24of the Labor Law and must pay.',
    [['Article 24of the Labor Law', 'resolved', '劳动24']]],
  ['an address and a file name with Article24of stay unread',
    'See https://example.com/Article24of/page and the file Article12and13.pdf.',
    []],
]);

// "Article 29 stipulates that … Article 26 of this Law" on a page about a named law: the words reported are that law's
// (bareReported.ts); a law's own text keeps its "this Law" as self.
table('citation table: "this Law" in an article a Q&A page reports (fix-en50)', [
  ['the reported article\'s "this Law" is the Labor Law named before',
    'Article 20 of the "Labor Law" stipulates: "The state develops social insurance."\n\nArticle 29 stipulates that during the prescribed medical period, the employer shall not comply with Article 26 of this Law.',
    [['Article 20 of the "Labor Law"', 'resolved', '劳动20'], ['Article 29', 'resolved', '劳动29'], ['Article 26 of this Law', 'resolved', '劳动26']]],
  ['the writer\'s own sentence after the report is no more the law\'s words',
    'Article 20 of the "Labor Law" stipulates: "The state develops social insurance."\n\nArticle 29 stipulates that the employer shall not dismiss a sick worker. We think this is fair, and this Law needs no change.',
    [['Article 20 of the "Labor Law"', 'resolved', '劳动20'], ['Article 29', 'resolved', '劳动29']]],
  ['a law\'s own text: its "this Law" is its own',
    'Widget Measures\n\nArticle 1 These Measures are formulated in accordance with the law.\n\nArticle 2 The provisions of Article 1 of this Law apply to widgets.',
    [['Article 1 of this Law', 'self', '本1']]],
]);

// A translated SPC interpretation named by its long English title and defined by a short name: its English title
// (english-titles.json) maps to the 2003 interpretation the corpus holds.
table('citation table: the 2003 Misrepresentation Provisions by their English title (fix-en50)', [
  ['the short name defined after the long title',
    'After the "Provisions of the Supreme People\'s Court on the Trial of Cases of Civil Compensation Arising out of False Presentation in Securities Markets" ("Misrepresentation Provisions") entered into force in 2003, many cases were filed.\n\nArticle 6 of the Misrepresentation Provisions provides that the investor shall submit the decision.',
    [['Article 6 of the Misrepresentation Provisions', 'resolved', '最高人民法院关于审理证券市场因虚假陈述引发的民事赔偿案件的若干规定6']]],
  ['the other English title, cited directly',
    'See Article 18 of the Several Provisions of the Supreme People\'s Court on Trial of Civil Compensation Cases Arising from Misrepresentation in the Securities Market.',
    [['Article 18 of the Several Provisions of the Supreme People\'s Court on Trial of Civil Compensation Cases Arising from Misrepresentation in the Securities Market', 'resolved', '最高人民法院关于审理证券市场因虚假陈述引发的民事赔偿案件的若干规定18']]],
  ['a short name defined for a title the corpus lacks stays unknown',
    'The Provisions on Widget Disclosure in Securities Markets ("Widget Provisions") apply.\n\nArticle 6 of the Widget Provisions provides that the issuer shall disclose.',
    [['Article 6 of the Widget Provisions', 'unknown-regulation', '']]],
]);

// A web page's own date line ("Updated : 2015-06-09", "Posted on June 9, 2015", "Published: 9 June 2015") near its
// top dates the page, picking the text in force then as 发布日期 does (document.ts ENGLISH_DATE_LABEL); a label
// without a full date, or a date in the page's prose, does not.
describe('citation table: an English page\'s date line picks the version (fix-en50)', () => {
  const rows: [string, string, string | null, string][] = [
    ['"Updated : 2015-06-09" under the page\'s heading', 'Home > Services\n\nCompensation\n\nUpdated : 2015-06-09\n\nUnder Article 216 of the Company Law, the shareholder is liable.', '2015-06-09', '2018-10-26'],
    ['"Posted on June 9, 2015"', 'Compensation\n\nPosted on June 9, 2015\n\nUnder Article 216 of the Company Law, the shareholder is liable.', '2015-06-09', '2018-10-26'],
    ['"Published: 9 June 2015"', 'Compensation\n\nPublished: 9 June 2015\n\nUnder Article 216 of the Company Law, the shareholder is liable.', '2015-06-09', '2018-10-26'],
    ['"Updated daily": no date, the text in force now', 'Compensation\n\nUpdated daily\n\nUnder Article 216 of the Company Law, the shareholder is liable.', null, '2023-12-29'],
    ['a month without its day is no page date', 'Compensation\n\nUpdated: June 2015\n\nUnder Article 216 of the Company Law, the shareholder is liable.', null, '2023-12-29'],
  ];
  for (const [name, doc, date, version] of rows) {
    it(name, () => {
      const a = analyzeBundled(doc);
      assert.strictEqual(a.documentDate, date);
      assert.deepStrictEqual(a.citations.filter((c) => !c.titleOnly).map((c) => c.targets.map((t) => t.version ?? null)), [[version]]);
    });
  }
});

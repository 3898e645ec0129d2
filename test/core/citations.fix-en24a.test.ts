// Forms from the round-19 measurement heldout22 (English titles), now tuning material: made-up text in the real style
// against the bundled corpus (laws named short: 治安管理处罚19 is the Law on Penalties for Administration of Public
// Security, article 19).
import * as assert from 'assert';
import { englishTitleBag, looseEnglishTitleBag } from '../../server/src/core/citations/english/names/englishTitleBag';
import { bundledShortTable as table } from './citations/helpers';

// Translators' looser words for one Chinese word of a title (englishTitleBag.ts looseEnglishTitleBag): "Network" and
// "Cyber" for 网络, "Public Order" for 治安, "Punishment" for 处罚, "Administrative" for 管理 — a second try that names
// a law only when exactly one known title has the words so read.
table('citation table: English title variants read word by word as the Chinese words they render (fix-en24a)', [
  ['"Public Order Administrative Punishment Law", in quotes and bare',
    'Article 19 of the "Public Order Administrative Punishment Law of the People\'s Republic of China," provides for detention. Article 42(2) of the Public Security Administrative Punishment Law covers insults.',
    [['Article 19 of the "Public Order Administrative Punishment Law of the People\'s Republic of China,"', 'resolved', '治安管理处罚19'],
      ['Article 42(2) of the Public Security Administrative Punishment Law', 'resolved', '治安管理处罚42..2']]],
  ['"Network Security Law" in a machine-translated list, and "Public Order Administration Punishments Law of the PRC"',
    'Article 40 of the Network Security Law stipulates that operators keep user data secret;\n\nArticle 10 of the Public Order Administration Punishments Law of the PRC applies.',
    [['Article 40 of the Network Security Law', 'resolved', '网络安全40'], ['Article 10 of the Public Order Administration Punishments Law of the PRC', 'resolved', '治安管理处罚10']]],
  ['another law\'s variant: "Network Data Security Administrative Regulations" (网络数据安全管理条例)',
    'Article 12 of the Network Data Security Administrative Regulations sets the rule.',
    [['Article 12 of the Network Data Security Administrative Regulations', 'resolved', '网络数据安全管理条例12']]],
  ['the strict reading first: "Administrative" as 行政 where a title has it',
    'Article 9 of the Administrative Reconsideration Law applies, and Article 14 of the Administrative Licensing Law.',
    [['Article 9 of the Administrative Reconsideration Law', 'resolved', '行政复议9'], ['Article 14 of the Administrative Licensing Law', 'resolved', '行政许可14']]],
  ['not a title whose words so read name no known law, nor two words only; ordinals and case numbers stay unread',
    'Article 4 of the Public Order Law is cited. Article 6 of the Network Administration Law is cited. The 14th session met; (2019) case No. 12.',
    [['Article 4 of the Public Order Law', 'unknown-regulation', ''], ['Article 6 of the Network Administration Law', 'unknown-regulation', '']]],
]);

describe('looseEnglishTitleBag (fix-en24a)', () => {
  it('reads Network, Cyber and Cybersecurity alike, Public Order as Public Security, Punishment as Penalty', () => {
    assert.strictEqual(looseEnglishTitleBag('Network Security Law'), looseEnglishTitleBag("Cybersecurity Law of the People's Republic of China"));
    assert.strictEqual(looseEnglishTitleBag('Public Order Administrative Punishment Law'), looseEnglishTitleBag('Law on Penalties for Administration of Public Security'));
  });
  it('leaves the strict bag as it was, and keeps the three-word floor', () => {
    assert.notStrictEqual(englishTitleBag('Network Security Law'), englishTitleBag('Cybersecurity Law'));
    assert.strictEqual(looseEnglishTitleBag('Network Law'), null);
  });
});

// A title after its issuer's name in the possessive (englishIssuerPossessive.ts): in curly or straight quotes or not,
// known or not (unknown-regulation, never silence); "Methods for …" (办法) in quotes is a title.
table('citation table: a title after the issuer\'s possessive (fix-en24a)', [
  ['an epigraph line opening with an em dash, curly quotes, "Methods for …"',
    'Licences are renewed every year.\n—Article 9 of the Ministry of Commerce’s “Methods for the Management of Auction House Licences”\n\nThe bureau calls first.',
    [['Article 9 of the Ministry of Commerce’s “Methods for the Management of Auction House Licences”', 'unknown-regulation', '']]],
  ['straight quotes, an acronym for the issuer, and no quotes',
    'Article 4 of the Ministry of Finance\'s "Measures for the Registration of Appraisers" applies. Article 8 of the CSRC’s Provisions on Takeover Filings applies too.',
    [['Article 4 of the Ministry of Finance\'s "Measures for the Registration of Appraisers"', 'unknown-regulation', ''],
      ['Article 8 of the CSRC’s Provisions on Takeover Filings', 'unknown-regulation', '']]],
  ['a known title so named resolves',
    'Article 14 of the State Council’s “Regulations on Work-Related Injury Insurance” lists the cases.',
    [['Article 14 of the State Council’s “Regulations on Work-Related Injury Insurance”', 'resolved', '工伤保险条例14']]],
  ['not a possessive before no title: a ruling, a website, a guide, a report; ordinals and case numbers stay unread',
    'Article 5 of the Court\'s ruling was cited. Article 3 of the Ministry of Justice\'s website says so. Article 7 of the Commission\'s “Guide” applies. Article 6 of the Bureau’s “Annual Report” was read. The 14th session met; (2019) case No. 12.',
    []],
]);

// "of the 1999 Opinions", "of the Opinions" (english.ts; anaphor.ts noun Opinions): the 意见 the page named last, or
// an unknown text of that kind — never the law in context, which no Opinions is.
table('citation table: "Articles 4 and 7 of the 1999 Opinions" (fix-en24a)', [
  ['a list after the year-named short name, the law named first in the same bracket',
    'The wishes of the child matter (Article 21 of the Marriage Law, and Articles 4 and 7 of the 1999 Opinions).',
    [['Article 21 of the Marriage Law', 'unknown-regulation', ''], ['Articles 4 and 7 of the 1999 Opinions', 'unknown-regulation', '']]],
  ['the single form after a known law: not that law',
    'Article 1079 of the Civil Code sets the grounds. The court also relied on Article 5 of the 2001 Opinions.',
    [['Article 1079 of the Civil Code', 'resolved', '民法典1079'], ['Article 5 of the 2001 Opinions', 'unknown-regulation', '']]],
  ['not a title going on after the kind ("the 1999 Opinions on …" is read as a title); ordinals and case numbers stay unread',
    'The 14th session met; (2019) case No. 12. The 1999 Opinions were praised.',
    []],
]);

// A Taiwan law named in English where the page names Taiwan (englishRegions.ts): unknown-regulation. A page that
// never names Taiwan ("the FTC … the Fair Trade Act", Korea's law shortened so too) is left as it was: no rule.
table('citation table: Taiwan\'s Fair Trade Act on a page naming Taiwan (fix-en24a)', [
  ['"Taiwan\'s FTC" before the act',
    'In May 2018, Taiwan\'s FTC ruled that, under Article 15 of the Fair Trade Act, a joint price rise is a cartel.',
    [['Article 15 of the Fair Trade Act', 'unknown-regulation', '']]],
]);

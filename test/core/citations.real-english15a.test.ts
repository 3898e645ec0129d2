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
  // the country as machine translations write it, after a title a short name is defined for (english.ts englishTitleEndingAt)
  ['"according to the Drug Administration Law of People\'s Republic of China (PRC) (hereinafter referred to as the Drug Law)"', 'Article 1 These rules are made according to the Drug Administration Law of People\'s Republic of China (PRC) (hereinafter referred to as the Drug Law).\n\nArticle 2 The duties of the departments conform to Article 8 of the Drug Law.', [
    ['Article 8 of the Drug Law', 'resolved', '药品管理8'],
  ]],
  ['negative: another state\'s name after the title is no country of the tables', 'Under the Drug Administration Law of Japan (hereinafter referred to as the Drug Law), Article 8 of the Drug Law differs.', [
    ['Article 8 of the Drug Law', 'unknown-regulation', ''],
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

// Conventional acronyms of national laws in English pages (PIPL, DSL, CSL), read as if the page had defined them
// (titles.ts englishAcronyms; data/english-titles.json `acronyms`, each with its source), against the bundled corpus.
// A page's own definition of the same letters comes first.
import * as assert from 'assert';
import { bundledCorpus, bundledSummary } from './citations/helpers';

const PI = '中华人民共和国个人信息保护法';
const DS = '中华人民共和国数据安全法';
const CS = '中华人民共和国网络安全法';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  ['after "of the", undefined', 'Under Article 38 of the PIPL, a transfer abroad needs a legal basis.', [['Article 38 of the PIPL', 'resolved', `${PI}38`]]],
  ['before the article and right after it', 'PIPL Article 13 lists the bases; see also Art. 21 DSL and Article 37 of the CSL.', [
    ['PIPL Article 13', 'resolved', `${PI}13`], ['Art. 21 DSL', 'resolved', `${DS}21`], ['Article 37 of the CSL', 'resolved', `${CS}37`],
  ]],
  ['the page\'s own definition of the letters comes first', 'The Company Law of the People\'s Republic of China (the "CSL") applies; Article 3 of the CSL sets its scope.', [
    ['Article 3 of the CSL', 'resolved', '中华人民共和国公司法3'],
  ]],
  ['letters inside a longer word: no law', 'The CSLA team read Article 3 of the contract.', []],
  // round 10: FIL, AUCL, LCL — each the one law English writers shorten so
  ['FIL, AUCL and LCL undefined', 'Article 34 of the FIL asks for reports; Art. 6 AUCL bans confusion; LCL Article 40 allows notice.', [
    ['Article 34 of the FIL', 'resolved', '中华人民共和国外商投资法34'], ['Art. 6 AUCL', 'resolved', '中华人民共和国反不正当竞争法6'], ['LCL Article 40', 'resolved', '中华人民共和国劳动合同法40'],
  ]],
  ['not the letters as another word: LCL shipping, a FILE', 'The LCL shipment arrived; Article 2 of the FILE format is a spec.', []],
];

describe('citation table: conventional English acronyms of laws (bundled corpus)', () => {
  before(function () {
    this.timeout(60000);
    bundledCorpus();
  });
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected, doc));
});

// Form of round 24's English fixes (fix-en40): the corpus's 部门规章 named by their English names in use (a market
// regulator's rules: SAMR Orders No. 47, 54 and 56, the household car "three guarantees" rules) — resolved as the
// Chinese titles are, "Article 5(2)" being paragraph 2 as for laws (corpus/data/english-titles.json). Made-up text in
// the real style against the bundled corpus (the summary drops a title's final 法: 管理办5 is 管理办法's article 5).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: English names of departmental rules (fix-en40)', [
  ['the price-marking provisions, both renderings; "Article 5(2)" is paragraph 2',
    'Under Article 5(2) of the Provisions on Clear Price Marking and Prohibition of Price Fraud, the price tag must be accurate. Article 5 of the Provisions for the Clear Marking of Prices and the Prohibition of Price Fraud requires marking.',
    [['Article 5(2) of the Provisions on Clear Price Marking and Prohibition of Price Fraud', 'resolved', '明码标价和禁止价格欺诈规定5.2'], ['Article 5 of the Provisions for the Clear Marking of Prices and the Prohibition of Price Fraud', 'resolved', '明码标价和禁止价格欺诈规定5']]],
  ['the household car rules',
    'Article 5(2) of the Regulations on Liability for Repair, Replacement and Return of Household Automotive Products bars delay by the seller.',
    [['Article 5(2) of the Regulations on Liability for Repair, Replacement and Return of Household Automotive Products', 'resolved', '家用汽车产品修理更换退货责任规定5.2']]],
  ['the medical device measures',
    'Article 5 of the Administrative Measures for Registration and Filing of Medical Devices assigns technical review. Article 5(3) of the Measures for the Supervision and Administration of Medical Device Operations assigns local duties.',
    [['Article 5 of the Administrative Measures for Registration and Filing of Medical Devices', 'resolved', '医疗器械注册与备案管理办5'], ['Article 5(3) of the Measures for the Supervision and Administration of Medical Device Operations', 'resolved', '医疗器械经营监督管理办5.3']]],
  ['a shorter or another name stays unknown; an ordinal and a case number stay unread',
    'Article 5 of the Provisions on Price Marking for Hotels applies. The 14th session met; (2019) case No. 12.',
    [['Article 5 of the Provisions on Price Marking for Hotels', 'unknown-regulation', '']]],
]);

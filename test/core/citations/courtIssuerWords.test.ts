import * as assert from 'assert';
import { unsaid } from '../../../server/src/core/citations/english/names/englishTitleGlossary';

// englishTitleGlossary.ts ISSUER_HEAD reads a title's issuers with courtTitleWords.ts COURT_ISSUERS (one supreme
// organ, or both joined by 、). Before round 34 it spelled three orders by hand (法院、检察院, 法院, 检察院): the one
// definition also takes the procuratorate first (最高人民检察院、最高人民法院…), whose second issuer was left as
// words the English title did not say (最高, the rest of it dropped as 人民法院 and 、 are). The corpus has no such title.
describe('unsaid: the issuers of a title, read with courtTitleWords.ts COURT_ISSUERS', () => {
  const rows: Array<[string, string, string[][], string]> = [
    ['the court alone', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定', [['民间借贷']], ''],
    ['court and procuratorate', '最高人民法院、最高人民检察院关于办理走私刑事案件适用法律若干问题的解释', [['走私', '刑事']], ''],
    ['procuratorate first (was 最高)', '最高人民检察院、最高人民法院关于办理走私刑事案件适用法律若干问题的解释', [['走私', '刑事']], ''],
    ['the State Council', '国务院关于某事项的决定', [['某事项'], ['决定']], ''],
    ['a subject the English did not say', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定', [['借贷']], '民间'],
  ];
  for (const [name, title, renderings, expected] of rows) {
    it(name, () => assert.strictEqual(unsaid(title, renderings), expected));
  }
});

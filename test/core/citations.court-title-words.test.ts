// A court text's fixed title words read from one definition (courtTitleWords.ts): where a reader composing it
// reads a little more than its own copy did, the difference is pinned here (made-up text in a ruling's style, against
// the bundled corpus).
import * as assert from 'assert';
import { analyzeBundled } from './citations/helpers';

/** The title each citation names as the analysis reads it (restored or as written), in order. */
function titlesRead(text: string): string[] {
  return analyzeBundled(text).citations.filter((c) => !c.titleOnly).map((c) => c.titleText ?? '');
}

// A 司法解释 title whose law lost its 〈〉 (titles/lostLawName.ts): its issuers are courtTitleWords.ts COURT_ISSUERS,
// one or both joined by 、 in either order — 最高人民检察院、最高人民法院 too (lostLawName's own list had only the court first).
type Row = [name: string, doc: string, title: string];
const XS = '中华人民共和国刑事诉讼法';
const rows: Row[] = [
  ['the court alone', `依照《${XS}》第十五条、《最高人民法院关于适用的解释》第三条规定，判决如下`, `最高人民法院关于适用《${XS}》的解释`],
  ['the court, then the procuratorate', `依照《${XS}》第十五条、《最高人民法院、最高人民检察院关于适用的解释》第三条规定，判决如下`, `最高人民法院、最高人民检察院关于适用《${XS}》的解释`],
  ['the procuratorate, then the court (read since the one definition)', `依照《${XS}》第十五条、《最高人民检察院、最高人民法院关于适用的解释》第三条规定，判决如下`, `最高人民检察院、最高人民法院关于适用《${XS}》的解释`],
  ['not with no law before it in its sentence', `依照《${XS}》第十五条。《最高人民检察院、最高人民法院关于适用的解释》第三条`, '最高人民检察院、最高人民法院关于适用的解释'],
];
describe('court title words: a damaged interpretation title\'s issuers (courtTitleWords.ts COURT_ISSUERS)', () => {
  for (const [name, doc, title] of rows) it(name, () => assert.strictEqual(titlesRead(doc).at(-1), title, doc));
});

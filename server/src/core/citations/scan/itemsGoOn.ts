// A bare 第N项 that goes on from the citation just before it. Pure: no LSP import.
//
// Rule (LawRefBook audit 130; how laws and interpretations write a list of items they sort): a sentence that cited an
// item goes on naming the other items of the same list bare — 前款第一项至第四项应当持续公示；第五项、第六项每年公示一次;
// 前款第二项至第五项事实，…除外；第六项、第七项事实，…; 从事第三十四条第二款第一项活动的，…；从事第二项至第五项活动的，…;
// 本法第三十六条第一款第一项中…的财产和第二项、第四项至第七项的财产 — those are the items of the article and 款 the first
// one was (analyze.ts reads them there). So does a 款 or an article named right before the items it picks out: 有前款
// 规定的第一项至第五项行为的, 符合前款规定的第一项、第三项条件, 有前款所列第（一）、（三）项情形 (the items of that 款),
// 符合本办法第十条规定的资料（第七项除外）, 违反本条例第十八条除第四项以外的其他规定的 (the items of that article).
// Only within the sentence (no full stop, line break or quotation mark between), with nothing else cited or numbered
// between (no 第), the items written as the first ones were (Chinese or Arabic numerals, in brackets or not): 超市第2项
// 商品 after 第一项 stays a shelf's entry. Items after a document's words (判决第二项, 清单第4项: citedAlone.ts ownedNumber)
// are that document's, as before.
// Which article and 款 the items going on are read in, in the document's own text, stays as binding/selfReferences.ts
// reads any item alone there (citations.real-admin and real-forms tables: 违反第二条第（一）项规定的，…；有第（二）项情形的 is
// the current article's own list of 情形; 有前款第（一）项情形的，…；有第（二）项情形的 names no 款) — only the items a 款 or
// an article picks out are read in it (analyze.ts).

import type { ScanEvent } from '../scanTypes';
import { ownedNumber } from './citedAlone';

/** How far the items may stand from the citation they go on from. */
const REACH = 60;

/** What may stand between a 款 or an article and the items it picks out: 规定的, 所列, 规定的资料（, 除. */
const PICKS_OUT = /^(?:(?:规定|所列|所称|所述)?的?|[^，。；,;\n]{0,8}[（(]|除)$/;

/** How an item is written: Arabic or Chinese numerals, in brackets or not (第（一）项, 第1项, 第一项). */
function itemForm(s: string): string {
  return `${/[0-9０-９][)）]?项$/.test(s) ? 'a' : 'z'}${/[)）]项$/.test(s) ? 'b' : 'p'}`;
}

/** How items cited alone stand to the citation just before them: going on from its items, or picked out by it. */
export type ItemsAfter = 'go-on' | 'picked-out';

/**
 * How the items cited alone from `p` to `end` stand to the citation read just before them (`last`): its items
 * continued, or the 款 or article it named picking them out (the rule above); undefined when neither.
 */
export function itemsGoOn(text: string, p: number, end: number, last: ScanEvent | undefined): ItemsAfter | undefined {
  if (!last || last.type !== 'citation' || last.lang !== 'zh' || last.heading || last.end > p || p - last.end > REACH) return undefined;
  if (ownedNumber(text, p)) return undefined;
  const between = text.slice(last.end, p);
  if (/[。！？!?\r\n“”「」《》第]/.test(between)) return undefined;
  const written = text.slice(last.start, last.end);
  // Its items, going on: 第一项…；第二项.
  if (/项$/.test(written)) return itemForm(written) === itemForm(text.slice(p, end)) ? 'go-on' : undefined;
  // A 款 (前款, 本条第二款, 第三款) or an article named right before the items: 前款规定的第一项, 第十条规定的资料（第七项除外）.
  if (!PICKS_OUT.test(between)) return undefined;
  const apart = /[（(]$|除$/.test(between);
  if (/款$/.test(written)) return last.targets.length <= 1 && !/前[两二三四五六七八九十]+款$/.test(written) && !apart ? 'picked-out' : undefined;
  return /条$/.test(written) && apart && /^(?:除外|以外|外)/.test(text.slice(end, end + 2)) ? 'picked-out' : undefined;
}

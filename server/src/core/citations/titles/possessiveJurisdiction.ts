// Rule (issue 14, fix-zh43, heldout35 court; scholars' comparative notes: 我国台湾地区亦有规定，比如其《民法》第184条…,
// 我国台湾地区亦采用类似的规定，比如其《著作权法》第八十八条第三项规定…): 其 right before a title is "its" — the law of the
// jurisdiction the writer named last before it. When that is Taiwan, Hong Kong or Macau, the title is that region's law
// (unknown-regulation, the corpus holds none: jurisdictionBefore.ts), never the national law of the same name; when it
// is another state (德国亦有规定，其《民法典》第823条), that state's law, whose articles are no citations. The place is
// looked for in the sentence holding 其 (back to its stop), or, when 其 opens a sentence, in the sentence before; the
// last place named there decides — 我国, 中国, 大陆 or 内地 named after the region (台湾地区的做法不同，我国立法者认为，其
// 《民法典》…) makes the title read as before, as does no place named at all. A title about the regions themselves (其《基本法》,
// 《香港特别行政区基本法》) is the national law, as jurisdictionBefore.ts reads it.
import { afterLastStop, stopCodes } from '../text';
import { REGION_TITLE, REGIONS, STATES } from './jurisdictionBefore';

/** A place a writer names: a region, a state, or the mainland itself (我国 not opening 我国台湾地区). */
const PLACE = new RegExp(`(${REGIONS})|(${STATES})|我国(?!台湾|臺灣|台灣|香港|澳门|澳門)|中国(?!台湾|臺灣|台灣|香港|澳门|澳門)|大陆|内地`, 'g');
/** A sentence's stop (or a line's end): the Chinese stops and their ASCII forms (text.ts sentenceStart: the Chinese). */
const STOPS = stopCodes('。！？!?；;\n');
/** How far back the place is looked for. */
const REACH = 160;

/** The sentence (or, when 其 opens one, the sentence before) in which the place of 其 at `qi` is looked for. */
function sentenceBefore(text: string, qi: number): string {
  const from = Math.max(0, qi - REACH);
  const open = (p: number) => {
    const at = afterLastStop(text, from, p, STOPS);
    return at === -1 ? from : at;
  };
  const i = open(qi);
  if (i < qi) return text.slice(i, qi);
  // 其 opens the sentence: the one before it.
  const j = open(i - 1);
  return j < i - 1 ? text.slice(j, i - 1) : '';
}

/**
 * Whose law the title at `start` (its 《) is when 其 stands right before it: a region's (with the name its law goes by,
 * 台湾地区《民法》, for the diagnostic) or another state's, or null when the place named last is the mainland or none.
 */
export function possessiveJurisdictionOf(text: string, start: number, written: string): { kind: 'state' } | { kind: 'region'; name: string } | null {
  if (text[start - 1] !== '其' || text[start] !== '《') return null;
  const sentence = sentenceBefore(text, start - 1);
  let last: RegExpExecArray | null = null;
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(sentence); m; m = PLACE.exec(sentence)) last = m;
  if (!last) return null;
  if (last[2]) return { kind: 'state' };
  if (last[1] && !REGION_TITLE.test(written)) return { kind: 'region', name: last[1].replace(/^我国/, '') + written };
  return null;
}

// Rule (issue 14, heldout19 court; judges' and scholars' comparative notes, Taiwan and Macau judgments copied on the
// mainland: 日本《民事诉讼法》第二百四十八条, 依照德国民法典第823条, 《德国民法典》第242条, 台湾地区《民事诉讼法》第二百二十二条,
// 澳門《民法典》第四百七十七條): a jurisdiction written right before a title, or opening it, says whose law it is.
// - Another state's (日本, 德国, 美国 …; 的 or 之 may come between): that state's law, whose articles are no citations,
//   as those of "the Japanese Civil Code" are none (the product's rule for another state's law) — never the Chinese law
//   of the same name.
// - Taiwan's, Hong Kong's or Macau's (台湾地区, 香港, 澳門 …): that region's law of the name, which the corpus does not
//   hold (unknown-regulation) — only when the name is a national law's (《民事诉讼法》, 《民法典》): the national laws on
//   the regions (《香港特别行政区基本法》, a title naming the region itself) and 《基本法》 are read as before.
// Both scripts: a page in traditional characters is matched as written.
// Rule (issue 14, heldout21 court; a scholar's comparative note: 如根据1950年某国刑法典第30条的规定…, 又如某国1960年刑法典第5条
// 第2项规定…, 依照德国民法典第823条): written without 《》 the state's name runs straight into its code's name, and the
// year of the code may stand between them (某国1960年刑法典) as it stands before a title (1997年刑法). The state and a
// year, 年 ending it, say whose code it is as the state alone does; and a code's name may start right after the
// state's (titles.ts shortNameMayStart), so that it is read as that state's law and its articles give no citation —
// neither the PRC 刑法 inside 刑法典 nor a bare article with no law (no-context).

// Rule (issue 14 form 10, fix-zh35; Macau dispatches and notices: 根據經第8/2013號法律修改的第2/2004號法律《傳染病防治法》
// 第二十四條第一款的規定): Macau names its acts by number and year (macauActNumber.ts), and writes the act's title in 《》
// right after its number. A title so preceded is that Macau act's, even when its words are a national law's title (Macau
// has its own 《傳染病防治法》, 《食品安全法》): the region's law, which the corpus does not hold (unknown-regulation) —
// never the PRC law of that name. A title with no act number right before it is read as before.
import { macauActBefore } from './macauActNumber';

export const STATES =
  '日本|德国|德國|法国|法國|美国|美國|英国|英國|韩国|韓國|南韩|南韓|朝鲜|朝鮮|意大利|义大利|義大利|俄罗斯|俄羅斯|瑞士|荷兰|荷蘭|新加坡|' +
  '奥地利|奧地利|西班牙|葡萄牙|加拿大|澳大利亚|澳大利亞|澳洲|新西兰|紐西蘭|印度|瑞典|挪威|丹麦|丹麥|芬兰|芬蘭|波兰|波蘭|希腊|希臘|' +
  '比利时|比利時|巴西|墨西哥|阿根廷|智利|泰国|泰國|越南|马来西亚|馬來西亞|印度尼西亚|印尼|菲律宾|菲律賓|以色列|土耳其|埃及|南非|' +
  '爱尔兰|愛爾蘭|欧盟|歐盟';
export const REGIONS = '中华民国|中華民國|台湾地区|臺灣地區|台灣地區|我国台湾地区|台湾|臺灣|台灣|香港特别行政区|香港特別行政區|香港|澳门特别行政区|澳門特別行政區|澳门|澳門';

const STATE_BEFORE = new RegExp(`(?:${STATES})[的之]?[ \\u3000]*(?:[0-9０-９]{4}[ \\u3000]*年(?:的|颁布的|制定的)?[ \\u3000]*)?$`);
/** A state's name right before `i` (a code's name may start there: 德国民法典). */
const STATE_ENDS = new RegExp(`(?:${STATES})$`);
export function stateBefore(text: string, i: number): boolean {
  return STATE_ENDS.test(text.slice(Math.max(0, i - 6), i));
}
/**
 * Rule (issue 14, fix-zh30a; Taiwan's decisions and letters: 中華民國憲法第23條, 依中華民國刑法第271條): 中華民國 is the
 * name Taiwan's own laws go by — the name of a national law may start right after it (titles.ts shortNameMayStart), and
 * the law so named is Taiwan's (REGIONS: unknown-regulation), never the national law of that name.
 */
const ROC_ENDS = /(?:中华民国|中華民國)$/;
export function rocNameBefore(text: string, i: number): boolean {
  // shortNameMayStart asks this at every possible start of a name: the cheap question first (国 / 國 before it).
  const c = text.charCodeAt(i - 1);
  return (c === 0x56fd || c === 0x570b) && ROC_ENDS.test(text.slice(Math.max(0, i - 4), i));
}
const STATE_OPENS = new RegExp(`^(?:${STATES})`);
const REGION_BEFORE = new RegExp(`(?:${REGIONS})[的之]?[ \\u3000]*$`);
/**
 * The characters STATE_BEFORE and REGION_BEFORE may end with: the last of a state's or region's name, 的, 之, a space,
 * 年 (a code's year), so that a title with anything else before it is known to have neither (a Set lookup per title).
 */
const JURISDICTION_ENDS = new Set([...STATES.split('|'), ...REGIONS.split('|'), '的', '之', '年', ' ', '\u3000'].map((w) => w.charCodeAt(w.length - 1)));
/** A title about the regions themselves (a national law), or the Basic Law a region's writer names 《基本法》. */
export const REGION_TITLE = /香港|澳门|澳門|台湾|臺灣|台灣|特别行政区|特別行政區|基本法/;

const isIdeograph = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * The title without its marks and spaces around: what the two replaces below give, cut in place where the marks are one
 * 《 and one 》 around ideographs (nearly every title; the replaces ran at every title cited).
 */
function withoutMarks(written: string): string {
  const n = written.length;
  const first = written.charCodeAt(0);
  const last = written.charCodeAt(n - 1);
  const from = isIdeograph(first) ? 0 : (first === 0x300a || first === 0x3008) && isIdeograph(written.charCodeAt(1)) ? 1 : -1;
  const to = isIdeograph(last) ? n : (last === 0x300b || last === 0x3009) && isIdeograph(written.charCodeAt(n - 2)) ? n - 1 : -1;
  if (from !== -1 && to !== -1 && from < to) return from === 0 && to === n ? written : written.slice(from, to);
  return written.replace(/^[《〈\s]+/, '').replace(/[》〉\s]+$/, '');
}

/**
 * Whose law a title written at `start` (its 《 or its first character) is, by a jurisdiction before it or opening it:
 * another state's, or a region's (with the name the region's law goes by: 台湾地区民事诉讼法, for the diagnostic).
 */
export function jurisdictionOf(text: string, start: number, written: string): { kind: 'state' } | { kind: 'region'; name: string } | null {
  const name = withoutMarks(written);
  if (STATE_OPENS.test(name)) return { kind: 'state' };
  // Both patterns end at `start`: with no character that may end them there, neither is tried (most titles).
  const last = start > 0 ? text.charCodeAt(start - 1) : -1;
  // 第2/2004号法律《…》: an act kind's last character (律 令 规 示, or 規) right before the title, then the number asked for.
  if (last === 0x5f8b || last === 0x4ee4 || last === 0x89c4 || last === 0x898f || last === 0x793a) {
    const act = macauActBefore(text, start);
    if (act) return { kind: 'region', name: act.written + name };
  }
  if (!JURISDICTION_ENDS.has(last)) return null;
  const before = text.slice(Math.max(0, start - 20), start);
  if (STATE_BEFORE.test(before)) return { kind: 'state' };
  const region = REGION_BEFORE.exec(before);
  if (region && !REGION_TITLE.test(name)) return { kind: 'region', name: region[0].replace(/[的之\s\u3000]+$/, '') + name };
  return null;
}

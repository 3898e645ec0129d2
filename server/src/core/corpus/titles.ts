// Title keys for lookup: how drafters may write a title, mapped to one comparable key.

import { withoutPinyinGlosses } from './pinyinGloss';

const PRC_PREFIX = '中华人民共和国';

/**
 * ASCII, CJK unified ideographs and the CJK punctuation 、。〃〈〉《》「」『』【】: each its own NFKC form, and none
 * combines with another, so a text of these only is its own NFKC form.
 */
export const NFKC_STABLE = /^[\x00-\x7f\u4e00-\u9fff\u3001-\u3003\u3008-\u3011]*$/;

/**
 * A comparable key for a title as a drafter may write it: compatibility forms unified (full-width ↔ ASCII,
 * （）↔ (), ﹤﹥ ↔ <>), whitespace, title brackets (《》〈〉<>【】) and quotes removed, English (straight or curly quotes)
 * lower-cased with a leading "the" dropped, pinyin glosses a page printed after characters left out (pinyinGloss.ts).
 */
export function normalizeTitle(title: string): string {
  let key = NORMALIZED.get(title);
  if (key === undefined) {
    if (NORMALIZED.size >= 8192) NORMALIZED.clear();
    NORMALIZED.set(title, (key = normalized(title)));
  }
  return key;
}

/** normalizeTitle by title as written: a long draft names the same few titles thousands of times. */
const NORMALIZED = new Map<string, string>();

function normalized(title: string): string {
  // Most titles are ideographs (and 、《》〈〉…) or ASCII only, which NFKC leaves as they are (tested): no ICU call.
  const nfkc = NFKC_STABLE.test(title) ? title : withoutPinyinGlosses(title.normalize('NFKC'));
  // 【】 count as title brackets too: a law named inside a title typed on a keyboard without 〈〉 (a court's letter:
  // 《最高人民法院关于适用【中华人民共和国行政诉讼法】的解释》). No corpus title carries them. So do the single guillemets ‹›
  // and «» a site's converter puts for 〈〉, matched or not (《最高人民法院關于適用‹中華人民共和國企業破產法>若干問題的規定(三)》,
  // fix-zh82, heldout52 court).
  let s = nfkc.replace(/[\s\u3000《》〈〉<>“”"'‘’「」【】‹›«»]/g, '');
  // English (typographic quotes allowed: People’s): case and a leading "the" do not count.
  if (/^[\x00-\x7f]*$/.test(s)) s = nfkc.toLowerCase().replace(/^\s*the\s+/, '').replace(/[\s"'“”‘’<>]/g, '');
  return s;
}

/** A national, regional or state prefix that drafters leave off: 中华人民共和国, 内蒙古自治区, 广东省, 北京市. */
const REGION_PREFIX = /^(中华人民共和国|[\u4e00-\u9fff]{2,8}?(?:自治区|省|特别行政区)|(?:北京|天津|上海|重庆)市)/;

/**
 * The title without its region prefix, or null when it has none or too little would remain: at least two
 * characters after 中华人民共和国 (《刑法》), four after a region (《筑牢祖国北疆安全稳定屏障促进条例》).
 */
export function withoutRegionPrefix(title: string): string | null {
  const m = REGION_PREFIX.exec(title);
  if (!m) return null;
  const rest = title.slice(m[0].length);
  return rest.length >= (m[0] === PRC_PREFIX ? 2 : 4) ? rest : null;
}

/**
 * Short titles a drafter uses without a definition: the declared ones (front matter) plus the title without its
 * region prefix (《行政复议法》 for 《中华人民共和国行政复议法》). Where several laws share one, the national law is
 * meant (Corpus.findLaws).
 */
export function shortTitleAliases(title: string, declared: readonly string[]): string[] {
  const out = new Set<string>();
  for (const s of declared) if (s.trim()) out.add(s.trim());
  const regionless = withoutRegionPrefix(title.replace(/[\s\u3000]+/g, ''));
  if (regionless) out.add(regionless);
  out.delete(title);
  return [...out];
}

/** The date a file name carries, LawRefBook style: 行政复议法(2017-09-01).md → 2017-09-01. */
export function fileNameDate(file: string): string | null {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const m = /[(（](\d{4})-(\d{2})-(\d{2})[)）][^(（]*$/.exec(base);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Character bigrams of a normalised key (single characters for one-character keys). */
export function bigramsOf(s: string): string[] {
  if (s.length < 2) return [s];
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Dice similarity of two normalised keys over character bigrams, 0…1. */
export function titleSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ga = bigramsOf(a);
  const gb = bigramsOf(b);
  const counts = new Map<string, number>();
  for (const g of gb) counts.set(g, (counts.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of ga) {
    const c = counts.get(g);
    if (c) {
      common++;
      counts.set(g, c - 1);
    }
  }
  let score = (2 * common) / (ga.length + gb.length);
  // A query contained in a title (a partial title) is a strong hint.
  if (a.length >= 2 && b.includes(a)) score = Math.max(score, 0.5 + 0.5 * (a.length / b.length));
  return score;
}

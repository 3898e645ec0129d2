// A 司法解释 title whose law lost its brackets on a web page: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》
// printed as 《最高人民法院关于适用的解释》 — the page took 〈…〉 for markup and dropped it with the law's name
// (judgment databases and their copies do this often: 依照《中华人民共和国民事诉讼法》第一百一十八条、…、《最高人民法院
// 关于适用的解释》第二百一十三条规定).
//
// The rule: such a title (关于适用 / 关于执行 directly followed by 的解释 or 若干问题的解释) names the interpretation
// of the law the same sentence cited just before it — the writer cites a law and then its interpretation. With no
// law cited before it in the sentence, it stays as written (not in the corpus: unknown-regulation).
import { SERIES_IN_BRACKETS } from './seriesNumber';
import { COURT_ISSUERS } from '../courtTitleWords';

const HOLE = new RegExp(`^((?:${COURT_ISSUERS})?关于(?:适用|执行))((?:若干问题)?的解释(?:${SERIES_IN_BRACKETS})?)$`);

/** The title restored with `law` in its hole, or null when `inner` has no hole. */
export function restoreLostLaw(inner: string, law: string | undefined): string | null {
  const m = HOLE.exec(inner.replace(/[\s\u3000]+/g, ''));
  if (!m || !law || !/法(?:典)?$/.test(law)) return null;
  return `${m[1]}《${law}》${m[2]}`;
}

// Rule (issue 14, fix-zh61; heldout40-court: a ruling restoring 《最高人民法院关于适用的解释》 after 依照《…民事诉讼法》…, then
// printing the same damaged title at the start of its appendix's line, 《最高人民法院关于适用的解释》第二百一十三条:原告…):
// the page dropped the same 〈…〉 each time it printed the title, so a later occurrence with no law before it in its
// sentence names what the first one did. Restored to two different laws on the page, it names neither (as written).
/** The damaged titles a page restored, by the title as written (null: restored to several laws). */
export class LostLawNames {
  private readonly made = new Map<string, string | null>();

  /**
   * The title `inner` restored — by the law its sentence cited before it (`lawBefore(at)`, asked only for a title with
   * the hole: the scanner reads back over its sentence for it), or else as the page restored it before.
   */
  restore(inner: string, lawBefore: (at: number) => string | undefined, at: number): string | null {
    // No 释 (of 的解释), no hole: the spaces taken out add none (no key made for every short title of a page).
    if (inner.indexOf('释') === -1) return null;
    const key = inner.replace(/[\s\u3000]+/g, '');
    if (!HOLE.test(key)) return null;
    const restored = restoreLostLaw(inner, lawBefore(at));
    if (!restored) return this.made.get(key) ?? null;
    const had = this.made.get(key);
    this.made.set(key, had === undefined || had === restored ? restored : null);
    return restored;
  }
}

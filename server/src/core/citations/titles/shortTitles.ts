// Short titles as drafts use them (rules): a draft defines a short title once, after the full title's first mention
// (《内蒙古自治区……促进条例》（以下简称《条例》）), then writes only the short title. A kind word alone in 《》 (《条例》,
// 《办法》, 《实施细则》) is such a short title: it names no regulation by itself, so when the draft never defines it,
// it is reported as an undefined short title, not as a regulation missing from the corpus.
import { titleBeforeNote } from '../text';

/**
 * A regulation's kind word alone, with at most 实施/暂行/试行 before it: only ever a short title. Policy documents'
 * words (《意见》, 《通知》, 《方案》) are left out: a draft often names itself or its parent document so.
 */
const GENERIC_SHORT_TITLE = /^(?:实施|暂行|试行)?(条例|办法|规定|细则|规则|决定|解释|法|法律|法规|规章|准则)$/;

/** The kind word of a short title made of it alone (《条例》 → 条例), else null. */
export function genericShortTitle(written: string): string | null {
  const m = GENERIC_SHORT_TITLE.exec(written.replace(/\s+/g, ''));
  return m ? m[1] : null;
}

/** Does a regulation's title fit a generic short title (its kind word ends the title)? 《条例》 fits any …条例. */
export function titleFitsShortTitle(title: string, kindWord: string): boolean {
  const t = titleBeforeNote(title);
  if (kindWord === '法' || kindWord === '法律') return /法$/.test(t);
  return t.endsWith(kindWord);
}

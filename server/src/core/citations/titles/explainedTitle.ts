// Two ways a page names a regulation by part of its title (issue 14, real-gov6):
//
// - Rule (释义, 解读 and 问答 pages, a department's 政策解读 of a new regulation): a page headed by a regulation's name
//   and what it does with it — 保障农民工工资支付条例释义, 《某某条例》解读（一）, 关于《某某办法》的政策问答 — explains
//   that regulation and calls it by its kind alone: 《条例》第9条, 《办法》第十二条. Where the page defines no such short
//   title, that kind word in 《》 is the regulation its heading names (its kind fitting: 《条例》 for a …条例). A heading
//   naming a regulation without such a word (a notice, a news title) decides nothing.
// - Rule (replies and commentaries on several interpretations): after citing a title in full, writers shorten it to its
//   last words, its kind and ordinal — 《最高人民法院关于适用〈…公司法〉若干问题的规定（二）》第八条 … 《规定（二）》第十条. Such
//   a short name matches several corpus titles (every …规定（二）), so it decides nothing alone; the title cited before
//   on the page that it ends decides.

import { normalizeTitle } from '../../corpus/titles';
import { SERIES_IN_BRACKETS } from './seriesNumber';

/** What a heading says the page does with the regulation it names. */
const EXPLAINING = /(?:条文)?(?:释义|解读|政策解读|全文解读|逐条解读|条文解读|理解与适用|政策问答|问答|答记者问|知识问答|学习问答|要点解读)(?:[（(][一二三四五六七八九十\d]{1,3}[)）])?$/;

/** The regulation's title a page heading names as the one it explains (without 《》), else null. */
export function explainedTitleInHeading(heading: string): string | null {
  const s = heading.replace(/[\s\u3000]+/g, '');
  const m = EXPLAINING.exec(s);
  if (!m) return null;
  let title = s.slice(0, m.index).replace(/^关于/, '').replace(/的$/, '');
  const bracketed = /^《([^《》]+)》$/.exec(title);
  if (bracketed) title = bracketed[1];
  else if (/[《》]/.test(title)) return null;
  return title.length >= 4 ? title : null;
}

/** A short name made of a kind word and its ordinal in brackets, a few words before them at most: 规定(二), 解释(三). */
const ORDINAL_TAIL = new RegExp(`^[\\u4e00-\\u9fff]{0,4}(?:解释|规定|意见|批复|决定|办法|细则|纪要)${SERIES_IN_BRACKETS}$`);

/** Whether `written` (a title in 《》, no definition) is such a short name and the last words of `title`. */
export function endsTitle(written: string, title: string): boolean {
  const w = normalizeTitle(written);
  const t = normalizeTitle(title);
  return ORDINAL_TAIL.test(w) && t.length > w.length && t.endsWith(w);
}

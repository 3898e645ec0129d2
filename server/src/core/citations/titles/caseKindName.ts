/**
 * Rule (issue 14, heldout21-court; lawyers' pages and 释义 pages: 根据民间借贷司法解释第二十六条, a page titled
 * 交通事故损害赔偿案件司法解释第一条的理解): a court interpretation is named without 《》 by the kind of case it is about
 * and 司法解释 — the words of its title between 审理 and 案件 (titles.ts caseKindInterpretation: one title only, a 规定
 * when the court made no 解释 of that kind) — as it is in 《》 (《民间借贷司法解释》). The name starts where a law's name
 * may (a citing verb, punctuation, a line's start: titles.ts shortNameMayStart), the longest that names one; a name
 * that fits none or several stays unread as before. Asked only where 司法解释 stands right before 第.
 */
// Rule (fix-zh90; names harvested from Q&A and lawyers' pages: 民间借贷案件规定第28条, 根据人身损害赔偿解释第十二条,
// 劳动争议司法解释（一）第四十二条, 物权编解释（一）第五条): the name may end, as in 《》, with 解释 or 规定 (the word the
// title ends with) as well as 司法解释, and with the number of a series — in brackets, bare or after 之. The same
// reading decides (one title named, by its kind of case or as the interpretation of a part of a law,
// appliedLawPartName.ts); a name that ends a title (…若干问题的规定) is no such name.
import type { BareTitleMatcher } from '../scanTypes';
import { shortNameMayStart } from './titles';
import { SERIES_NUMBER } from './seriesNumber';
import { partBeforeOf } from './partInterpretationOf';

/** The name's last words, right before the article: 司法解释 / 解释 / 规定, a series number after it or not (seriesNumber.ts). */
const SUFFIX = new RegExp(`(?:司法解释|解释|规定)${SERIES_NUMBER}?$`);
/** The kind of case in characters at most (人身损害赔偿, 道路交通事故损害赔偿纠纷案件). */
const MAX_WORDS = 16;

/** Start of a name `…司法解释` ending at `p` that names one court interpretation by its kind of case, or -1. */
export function caseKindNameBefore(text: string, p: number, matcher: BareTitleMatcher): number {
  const suffix = matcher.caseKindNamed ? SUFFIX.exec(text.slice(Math.max(0, p - 12), p)) : null;
  // 的 before the kind word ends the name (a title's own words), after a part of a law aside (partInterpretationOf.ts).
  if (!suffix || (text[p - suffix[0].length - 1] === '的' && !partBeforeOf(text, p - suffix[0].length))) return -1;
  const wordsEnd = p - suffix[0].length;
  let from = wordsEnd;
  while (from > 0 && wordsEnd - from < MAX_WORDS && /[\u4e00-\u9fff]/.test(text[from - 1])) from--;
  for (let s = from; s <= wordsEnd - 2; s++) {
    if (!shortNameMayStart(text, s)) continue;
    if (matcher.caseKindNamed!(text.slice(s, p))) return s;
  }
  return -1;
}

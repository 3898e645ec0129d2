/**
 * Rule (issue 14, heldout21-court; lawyers' pages and 释义 pages: 根据民间借贷司法解释第二十六条, a page titled
 * 交通事故损害赔偿案件司法解释第一条的理解): a court interpretation is named without 《》 by the kind of case it is about
 * and 司法解释 — the words of its title between 审理 and 案件 (titles.ts caseKindInterpretation: one title only, a 规定
 * when the court made no 解释 of that kind) — as it is in 《》 (《民间借贷司法解释》). The name starts where a law's name
 * may (a citing verb, punctuation, a line's start: titles.ts shortNameMayStart), the longest that names one; a name
 * that fits none or several stays unread as before. Asked only where 司法解释 stands right before 第.
 */
import type { BareTitleMatcher } from '../scanTypes';
import { shortNameMayStart } from './titles';

const SUFFIX = '司法解释';
/** The kind of case in characters at most (人身损害赔偿, 道路交通事故损害赔偿纠纷案件). */
const MAX_WORDS = 16;

/** Start of a name `…司法解释` ending at `p` that names one court interpretation by its kind of case, or -1. */
export function caseKindNameBefore(text: string, p: number, matcher: BareTitleMatcher): number {
  if (!matcher.caseKindNamed || !text.startsWith(SUFFIX, p - SUFFIX.length)) return -1;
  const wordsEnd = p - SUFFIX.length;
  let from = wordsEnd;
  while (from > 0 && wordsEnd - from < MAX_WORDS && /[\u4e00-\u9fff]/.test(text[from - 1])) from--;
  for (let s = from; s <= wordsEnd - 2; s++) {
    if (!shortNameMayStart(text, s)) continue;
    if (matcher.caseKindNamed(text.slice(s, p))) return s;
  }
  return -1;
}

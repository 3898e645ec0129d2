/**
 * Rule (fix-zh90; Q&A pages' headlines and lawyers' titles: 担保制度解释68条第二款是什么, 民诉解释18条的理解与适用,
 * 执行异议规定28条与29条区别, 海关行政处罚实施条例三十三条): the article may follow without 第 a known name that ends
 * in 解释, 规定 or 条例 — an interpretation's short name, a regulation's title — as it follows a law's name
 * (民事诉讼法225条: scanner.ts reads those after 法 / 典). The name must be one the corpus reads (a known title or short
 * name, or a court interpretation named by its kind of case: caseKindName.ts), never the document's own (本规定, 本条例)
 * nor a word alone (规定, 有关规定); the article after it is read on the same terms as after a law's name.
 */
import type { BareTitleMatcher } from '../scanTypes';
import { endsWithAt, SELF_WORDS } from '../chain/chain';
import { caseKindNameBefore } from './caseKindName';

/** A name's last word before glued digits: 解释 / 规定 / 条例. */
const RULE_WORD_END = /(?:解释|规定|条例)$/;

/**
 * Start of the known name ending in 解释 / 规定 / 条例 right at `end` (before the article's digits), or -1: the bare
 * title `matchBareTitle` finds there, else an interpretation named by its kind of case.
 */
export function ruleNameGluedBefore(text: string, end: number, matchBareTitle: (end: number) => { start: number } | null, matcher: BareTitleMatcher | undefined): number {
  if (!RULE_WORD_END.test(text.slice(Math.max(0, end - 2), end)) || endsWithAt(text, end, SELF_WORDS)) return -1;
  const bare = matchBareTitle(end);
  if (bare && end - bare.start > 2) return bare.start;
  return matcher ? caseKindNameBefore(text, end, matcher) : -1;
}

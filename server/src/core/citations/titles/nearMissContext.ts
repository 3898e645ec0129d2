// Rule (issue 14, fix-zh80, heldout39 court; news and commentaries on a new interpretation, its title written a little off:
// 自2025年9月1日起，《最高人民法院关于审理劳动争议案件适用法律问题的解释（二）》正式施行。第19条关于“约定不缴纳社保无效”…的规定…):
// a title the corpus does not hold but resembles one it does (a near miss: 若干 left out, a word changed) is still the
// document the writer names — a new text, a local one, or the held one misremembered. A typo being discussed takes no
// context, but once written in running Chinese text with a regulation's title word last (法, 条例, 规定, 解释 …), the
// articles after it are the writer's reading of that document, never of a law named before it: the earlier context must
// not claim them (第19条 after it read in 社会保险法 cited a sentence before is a confident wrong answer). So such a title
// takes over the context as an unknown one does (unknown-regulation, its near miss kept as the suggestion), on the same
// terms: not the other side of a comparison, nor named in an amendment note or in words an amendment writes in.
// A variant spelling being discussed stays a typo: the near miss of the very law in context (…第一条。部分文件写作《…》。依照
// 第十二条 — the writer goes on reading the law he named), or a title after words saying it is how something is written
// (写作, 写成, 误作, 误写为, 表述为, 称为).
import { LAW_TITLE_END } from '../text';
import type { Context } from '../context';
import type { TitleHead } from '../scanTypes';

/** Words right before a title saying it is a way of writing a name (部分文件写作《…》): a spelling discussed. */
const WRITTEN_AS = /(?:写作|写成|写为|误作|误写为?|表述为|称为|称作|记作)[：:“"]?$/;

/**
 * Whether the near-miss title `head` (its context `ctx`, not the other side of a comparison: `compared`) stops the context
 * before it, `last` (see above).
 */
export function nearMissTakesContext(text: string, head: TitleHead, ctx: Context, last: Context | null | undefined, compared: boolean): boolean {
  if (head.lang !== 'zh' || compared || ctx.kind !== 'unknown' || !LAW_TITLE_END.test(head.written.replace(/\s+/g, ''))) return false;
  if (WRITTEN_AS.test(text.slice(Math.max(0, head.start - 6), head.start))) return false;
  return !(last && last.kind === 'laws' && last.laws.some((law) => ctx.suggestions.includes(law.title)));
}

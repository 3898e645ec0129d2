// Rule (issue 14, fix-zh92; heldout53 court, a commentary on the 2012 revision: 全国人民代表大会常务委员会通过了《关于修改
// 〈中华人民共和国劳动合同法〉的决定》,一共四条……新修改的第九十二条规定……但新第九十二条……进一步明确该条……): a decision
// amending one law, named by its title alone, is how a writer says which text he goes on to read — the law it amends, in
// the text in force (the amended one). The bare articles after it (新修改的第九十二条, 新第九十二条, 第九十二条) and the 该条
// after them are that law's, not a text the corpus lacks. Not when the decision is cited with its own number (《关于修改…
// 的决定》第2项: the decision's item, listEntryItem.ts; round 24) — only the title named alone changes the context. A
// decision amending several laws (…等十二部法律的决定, 关于修改部分法律的决定) names no one law and stays as it is; so does a
// decision the corpus holds, or one amending a law the corpus lacks (the amended name must read as one held law), or one
// named inside brackets — a history note after another law's title (《种子法》(…通过《…关于修改<森林法>的决定》) 第七十一条,
// amendingNote.ts): the note tells of a text, the writer does not turn to the law it amends.
import { amendedLawName } from './amendedLawName';
import { NESTED_CLOSE_MARKS, NESTED_OPEN_MARKS } from './nestedTitle';
import type { Context } from '../context';
import { lineStartAt } from '../text';
import type { TitleHead } from '../scanTypes';

/** Angle brackets a writer nests the amended law's title in (〈…〉, <…>, ‹…›, «…», ﹤…﹥), read as 《》 for amendedLawName. */
const NESTED_OPEN = new RegExp(`[${NESTED_OPEN_MARKS}]`, 'g');
/** Their closing marks. */
const NESTED_CLOSE = new RegExp(`[${NESTED_CLOSE_MARKS}]`, 'g');

/** Whether `at` stands inside round brackets opened earlier on its line and not yet closed. */
function inBrackets(text: string, at: number): boolean {
  const line = text.slice(lineStartAt(text, at), at);
  return (line.match(/[（(]/g)?.length ?? 0) > (line.match(/[)）]/g)?.length ?? 0);
}

/**
 * The context of the one law an amending decision named alone by `head` amends (the rule above), read by `contextOf` —
 * or null when `head` is no such decision in Chinese or the amended name is not one held law.
 */
export function amendedLawContext(text: string, head: TitleHead, contextOf: (head: TitleHead) => Context): Context | null {
  if (head.lang !== 'zh' || inBrackets(text, head.start)) return null;
  const name = amendedLawName(head.written.replace(NESTED_OPEN, '《').replace(NESTED_CLOSE, '》'));
  if (!name || /[《》]/.test(name)) return null;
  const ctx = contextOf({ ...head, written: name });
  return ctx.kind === 'laws' && ctx.laws.length === 1 ? ctx : null;
}

// Rule (issue 14, zh9; drafts pasted without their line breaks): a draft may run its next 款 on after the last item of
// a 款 on the same line — 申请人应当提交下列材料：（一）…；（二）…；（三）说明。前款第三项规定的说明… — and 前款 there is
// the 款 that holds those items, though the line reads as one 款. Only 前款 in the sentence right after an item's
// sentence ending with 。 (a few words between: 违反前款), on a line listing at least two bracketed items; 前款
// elsewhere in a first 款 still has nothing before it.

const ITEM_NUMBER = /[（(][一二三四五六七八九十\d]{1,3}[)）]/g;
const AFTER_LAST_ITEM = /[（(][一二三四五六七八九十\d]{1,3}[)）][^（()）\n。；]{1,80}。[ \u3000]*[\u4e00-\u9fff]{0,4}$/;

/** Whether 前款 at `p` runs on after the last item of the 款 on its line (…（三）说明。前款…). */
export function runsOnAfterItems(text: string, p: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', p - 1) + 1, p);
  return AFTER_LAST_ITEM.test(line) && (line.match(ITEM_NUMBER)?.length ?? 0) >= 2;
}

// Rule (issue 14, heldout37-court; a lawyer's commentary going through an article printed above it, one numbered item
// a 款: 二、条文解读 ⏎ 1、本条为两款。… ⏎ 2、第一款规定:实际施工人以…起诉的,人民法院应予受理。……本款在此出现主要是倡导性的…): a
// numbered item (1、 2. （二）) opening on a bare 款 followed by 规定 and a colon is the writer's running text about that 款 —
// 规定 before the colon says so; it is no label over printed words (第二款 当事人…, 第二款：当事人… stay headings) — and the 款
// is one of the article under discussion (analyze.ts: the article cited last; none, no citation). His 本款 further on
// in the same item, however many sentences on, is that 款, while no other article is cited between (analyze.ts
// paragraphUnderDiscussion). Not a 款 with 规定 mid-sentence (。第二款规定：…), nor on a line without a number.

/** A list number opening its line, right before the 款: 2、 2. （二） (1) 二、. */
const ITEM_NUMBER_BEFORE = /(?:^|\n)[ \t\u3000]*(?:[0-9０-９]{1,2}[、.．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,2}[)）])[ \t\u3000]*$/;

/** 规定 and a colon right after the 款. */
const SAYS_COLON = /^[ \t\u3000]*规定[：:]/;

/** Whether the bare 款 at [p, end) opens a numbered item of a commentary, followed by 规定 and a colon. */
export function opensNumberedItem(text: string, p: number, end: number): boolean {
  return SAYS_COLON.test(text.slice(end, end + 6)) && ITEM_NUMBER_BEFORE.test(text.slice(Math.max(0, p - 16), p));
}

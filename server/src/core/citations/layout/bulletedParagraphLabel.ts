// Rule (issue 14, fix-zh63, heldout41-court p16; articles and 普法 pages restating one article a 款 a bullet under the
// line that names it: 如实告知义务的法律基础主要体现在《保险法》第16条…具体内容如下: ⏎ - 第16条第1款:订立保险合同，… ⏎
// - 第16条第2款:投保人故意或者…未履行前款规定的…): a bullet's label naming one 款, set off by a colon or a space over that
// 款's own words, is the heading of the 款 printed, as the same label opening its line is (ownTextHeading.ts, round 23's
// convention: a writer citing a 款 goes on with words of his own, never with the 款's). The bullet mark — a dash, a
// middle dot, a bullet, or a list number (1. 1、 (1)) — is the list's layout, not words of the writer's. Only a 款's label
// set off so, and only over the 款's own words (the caller compares them with the corpus text, opensOwnText); a bare
// article after a list number (4、第一千零七十九条 夫妻一方…) is left as before, and 前款 inside the bullets stays the
// article's 前款 (printedParagraph.ts reads the 款 the bullet prints).

/** A bullet mark alone before the label on its line: -, ·, •, *, 1. 1、 (1) — spaces around it. */
const BULLET_BEFORE = /(?:^|\n)[ \t\u3000]*(?:[-－–—·•・*]|\d{1,2}[.．、]|[（(]\d{1,2}[)）])[ \t\u3000]*$/;

/**
 * Where the line of the label starting at `start` begins, when a bullet mark alone stands before the label on it (the
 * rule above); -1 when none does.
 */
export function bulletedLabelLineStart(text: string, start: number): number {
  const before = BULLET_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  if (!before) return -1;
  return start - before[0].length + (before[0].startsWith('\n') ? 1 : 0);
}

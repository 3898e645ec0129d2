/**
 * Rule (pages re-encoded lossily, 第一千零九十九條??收養三代以內…): a full-width space the encoder could not write
 * became question marks. Right after an article's label at a line's start, CJK text after them, they stand for the
 * space that sets a heading off from its text; a writer asking about an article ends the question there (违反第十条？).
 */
export function lostSpaceAfter(text: string, end: number): boolean {
  return /^\?{1,4}[\u3400-\u9fff]/.test(text.slice(end, end + 6));
}

/**
 * Rule (issue 14, fix-head20; enforcement lists in a lossy traditional-script conversion: 《某某條例》(…) ? 第十條 違反本條例
 * ……。 ? 第十一條 旅行社……): the bullet or break a list set between the articles it pastes became a question mark, standing
 * alone between spaces. Before a label it is part of the gap, as the spaces are: the label after 。 ? stands after a
 * sentence's end and a space, where a heading stands (scanner.ts articleHeadingAt). A question a writer asks ends with
 * the question mark right after its words (违反第十条? / 第十条？), not set off by spaces on both sides.
 * Returns the index of the last character before the gap that ends right before `p` (spaces, and such marks among them).
 */
export function beforeGap(text: string, p: number): number {
  let i = p - 1;
  for (;;) {
    while (i >= 0 && (text[i] === ' ' || text[i] === '\u3000')) i--;
    if (i <= 0 || text[i] !== '?' || i >= p - 1 || !' \u3000'.includes(text[i - 1]) || !' \u3000'.includes(text[i + 1])) return i;
    i--;
  }
}

/**
 * Rule (pages re-encoded lossily, 第一千零九十九條??收養三代以內…): a full-width space the encoder could not write
 * became question marks. Right after an article's label at a line's start, CJK text after them, they stand for the
 * space that sets a heading off from its text; a writer asking about an article ends the question there (违反第十条？).
 */
export function lostSpaceAfter(text: string, end: number): boolean {
  return /^\?{1,4}[\u3400-\u9fff]/.test(text.slice(end, end + 6));
}

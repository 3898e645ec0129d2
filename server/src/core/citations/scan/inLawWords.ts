// Rule (issue 14, heldout31 court; a lawyer's talk written down, Q&A pages: 撤销的情形包括我国某某法当中23条所规定的情形,
// 《某某法》当中的31条规定): 当中 or 当中的 between a law's name and its article written without 第 — the article "in"
// the law — links them as 中的 does (《某法》中的31条及33条, heldout21-court), on the same terms: a list, or 规定 after it
// (所规定, 的规定, 规定); a count (某法当中20条涉及…) or a name (条例当中的十条措施) is not read. The name may be bare
// (a name the corpus knows, 仲裁法) or in 《》; 中 alone stays unread.

/** The words between a law's name and its article ending right before `p` (当中, 当中的, 中的): their length, else 0. */
export function inLawWordsBefore(text: string, p: number): number {
  if (text.startsWith('当中的', p - 3) || (text.startsWith('中的', p - 2) && text[p - 3] !== '当')) return text[p - 3] === '当' ? 3 : 2;
  return text.startsWith('当中', p - 2) ? 2 : 0;
}

/** The same words right at `q` after a title (当中的, 当中, 中的): their length, else 0. */
export function inLawWordsAt(text: string, q: number): number {
  if (text.startsWith('当中的', q)) return 3;
  return text.startsWith('当中', q) || text.startsWith('中的', q) ? 2 : 0;
}

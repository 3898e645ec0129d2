// Rule (issue 14 form 5, heldout31 court; sites reprinting older articles and judgments with an editor's note on a
// renumbered article: …有民事诉讼法第二百六十条（注：已修订为第二百五十八条）第一款规定的情形之一的…): a note in brackets
// between an article and its 款 interrupts the citation, it does not end it — the 款 after the note is that article's
// (article 260, 款 1), and a provision the note names is a citation of its own (258, read inside the note as before).
// The note: up to 40 characters in one pair of brackets, no line break or bracket inside, glued to the article's 条 a
// citation ended on and to the 第 of the 款. A 款 alone after any other bracket stays as it was (unread outside a
// regulation).

/** A note in brackets ending right before `p`: its start; -1 if none. */
const NOTE_BEFORE = /[（(][^（()）\n]{1,40}[)）]$/;

/** Where the bracketed note closing right before the 款 at `p` opens, when an article's 条 stands before it; else -1. */
export function noteBeforeParagraph(text: string, p: number): number {
  const close = text.charCodeAt(p - 1);
  if (close !== 0x29 /* ) */ && close !== 0xff09 /* ） */) return -1;
  const m = NOTE_BEFORE.exec(text.slice(Math.max(0, p - 42), p));
  if (!m) return -1;
  const open = p - m[0].length;
  return text[open - 1] === '条' ? open : -1;
}

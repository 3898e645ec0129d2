// Rule (issue 14, fix-zh71; heldout51-gov p19, a Taiwan decision: 行政罚法第5条规定了从新兼从轻原则): writers shorten a
// law's name by whole words or by a word's first character (民诉法, 治安处罚法, 税收征管法, 商检法) — two characters or more
// fewer than the name. A name one character short of a corpus law's, the character left out one it no longer holds
// (行政罚法 of 行政处罚法: 处 dropped from 处罚), is no such shortening but a near miss: another jurisdiction's law (Taiwan's
// 行政罚法) or a slip — named as written, unknown-regulation with the corpus's name as did-you-mean, as 《行政罚法》 is.
// A character the name keeps elsewhere was merged, not lost (出入境管理法 of 出境入境管理法: one 境 for two) — a shortening.

/** A name as compared: spaces and the nation's 中华人民共和国 left out. */
const bare = (s: string): string => s.replace(/\s+/g, '').replace(/^中华人民共和国/, '');

/** Whether `written` is `title` less one character it does not hold (a near miss, not an abbreviation). */
export function nearMissName(written: string, title: string): boolean {
  const q = bare(written);
  const name = bare(title);
  if (q.length !== name.length - 1) return false;
  let i = 0;
  while (i < q.length && q[i] === name[i]) i++;
  if (q.slice(i) !== name.slice(i + 1)) return false;
  return !q.includes(name[i]);
}

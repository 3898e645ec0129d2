// Rule (round 32, a decision of the coordinator; older laws and local rules: 行政长官缺位期间的职务代理，依照上款规定办理,
// 上款第（三）项出具的有关医学证明无效, 可以承担上款各项的有关具体工作 — 8 in LawRefBook): 上款 is 前款, the 款 before the one
// it stands in, as older statutes write it. So it is read wherever and however 前款 is read — in a regulation's own text,
// in quoted statute text, with the 项 after it (上款第（三）项) — and nowhere else (a contract's or a judgment's own words
// stay unread, as 前款 there does). Not inside other words: 以上款项 / 上述款项 (sums of money), 线上款式 (goods), 马上款到
// (payment), 之上款 — the character before 上 joins it to a word of its own.

/** 上款 as a citation may start with it (scan/selfAnchor.ts SELF_ANCHOR): not after a character it forms a word with. */
export const UPPER_PARAGRAPH = /(?<![以线之向马])上款(?![项式])/;

/** The word the scanner reads: 上款 as 前款, any other word as written. */
export function readAsPreceding(word: string): string {
  return word === '上款' ? '前款' : word;
}

// Rule (fix-zh82, heldout52-court; a law named inside an interpretation's or a local measure's title, its marks typed on
// a keyboard or by a site's converter: 《最高人民法院關于適用‹中華人民共和國企業破產法>若干問題的規定(三)》(以下簡稱《解釋三》)
// 第十二條, 《黑龙江省实施<中华人民共和国气象法>办法》): a title nested inside another title is never the one cited — the
// writer cites the outer text, and the article after it (after its short name too) is the outer title's. So a known
// title written between <>, ‹›, «» or ﹤﹥ (or a pair of them mixed: ‹…>) inside an open 《…》 on its line is no title
// of its own; the same name between <> standing alone (<中华人民共和国公司法>第五条) is read as before.

/** The marks a nested title opens with: 〈 and the look-alikes a keyboard or a converter types for it. */
export const NESTED_OPEN_MARKS = '〈<‹«﹤';
/** The marks that close them, in the same order. */
export const NESTED_CLOSE_MARKS = '〉>›»﹥';
const NESTED_OPEN = new Set(NESTED_OPEN_MARKS);

/**
 * Whether the name at [start, end) opens right after a nested title's mark and lies inside a 《…》 on its line (the rule
 * above): a 《 before it not closed before it, a 》 after it before any 《 or the line's end.
 */
export function nestedInTitle(text: string, start: number, end: number): boolean {
  if (!NESTED_OPEN.has(text[start - 1] ?? '')) return false;
  const before = text.slice(Math.max(0, start - 120), start - 1);
  const open = before.lastIndexOf('《');
  if (open === -1 || before.indexOf('》', open) !== -1 || before.indexOf('\n', open) !== -1) return false;
  const after = /^[^《》\n]{0,120}》/.exec(text.slice(end, end + 122));
  return after !== null;
}

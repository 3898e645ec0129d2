// Rule (issue 14, fix-zh53; heldout38 gov, a page copied with its line breaks: 属于商标法第五十二条第⏎(五)项所称侵犯注册
// 商标专用权的行为): a 第 at a line's end cannot close a citation — the number it opens is on the next line. A bracketed
// item there, (五)项 or （五）项, goes on the unit as a number does (第⏎三十九条, chain.ts numberAfterBreak): the item of
// the article before. The next line must open with the bracketed number and its unit word 项 or 款 — a line opening a
// heading or another sentence ((五)其他规定, (五)项目管理) is no unit, and the 第 stays unread.

/** A bracketed number (half- or full-width) and the unit word 项 or 款, not 项目, at a line's start. */
const BRACKETED_UNIT = /^[（(](?:[0-9]{1,3}|[一二三四五六七八九十]{1,4})[)）](?:项(?!目)|款)/;

/** Where the bracketed unit starts when the line at `next` (after one line break) opens with one, else 0. */
export function bracketedUnitAfterBreak(text: string, next: number): number {
  return BRACKETED_UNIT.test(text.slice(next, next + 10)) ? next : 0;
}

// Rule (issue 14 form 8, fix-zh39; interpretation pages and study notes going through a law's articles one item at a
// time under its title line: 一、《中华人民共和国某某法》 ⏎ (一)第八十二条(第二款) 禁止…。 ⏎ 解读：… ⏎ (二)第九十六条 县级…):
// a label opening an item of the list — the item's number (（一）, (二)) alone before it on the line — with the 款 it
// prints in brackets after it or not, set off by a space or a colon from that article's (or 款's) own opening words,
// under a line ending with the law's title, prints the law's text: a heading, as the label opening its line is
// (ownTextHeading.ts; round 23's convention for a line-start 款 label over its words). The lines between the title and
// the item are the items before it and the notes on them (解读：…); a heading of the document's own (二、…) or another
// title ends the search. A writer citing an article goes on with words of his own (规定, 的…), never with the article's,
// and the words are checked against the corpus text by the caller (opensOwnText).

/** The item's number alone before the label on its line: （一）, (二), 1. */
const ITEM_NUMBER_BEFORE = /(?:^|\n)[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、])[ \t\u3000]*$/;
/** The 款 printed, in brackets right after the article's label: (第二款), （第一款）. */
const PARAGRAPH_IN_BRACKETS = /^[（(]第([一二三四五六七八九十])款[)）]/;
/** A line ending with a law's title (its list number before it or not): 一、《中华人民共和国某某法》. */
const TITLE_LINE_END = /《[^《》\n]{2,80}》[ \t\u3000：:]*$/;
/** A heading of the document's own: 二、…, 第二部分 … (not an item's number in brackets). */
const OWN_HEADING = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]+[部章节])/;
/** How many lines above the label the title line may stand. */
const REACH = 40;

/** The 款 numbers, in order, that a bracketed (第二款) after the label names. */
const PARAGRAPH_NUMBERS = '一二三四五六七八九';

/**
 * Where the words printed after a list item's label at [start, end) begin to be read — past the bracketed 款 — with the
 * item's line start and the 款 printed, when the label stands so under a law's title line (the rule above); else null.
 */
export function listedLabelUnderTitle(text: string, start: number, end: number): { lineStart: number; end: number; paragraph: number | null } | null {
  const before = ITEM_NUMBER_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  if (!before) return null;
  const lineStart = start - before[0].length + (before[0].startsWith('\n') ? 1 : 0);
  const bracket = PARAGRAPH_IN_BRACKETS.exec(text.slice(end, end + 8));
  const wordsAt = end + (bracket ? bracket[0].length : 0);
  if (!/^[ \t\u3000：:]/.test(text.slice(wordsAt, wordsAt + 1))) return null;
  let lineEnd = lineStart - 1;
  for (let k = 0; lineEnd > 0 && k < REACH; k++) {
    const from = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(from, lineEnd).replace(/\r$/, '');
    lineEnd = from - 1;
    if (TITLE_LINE_END.test(line)) return { lineStart, end: wordsAt, paragraph: bracket ? PARAGRAPH_NUMBERS.indexOf(bracket[1]) + 1 : null };
    if (OWN_HEADING.test(line) || line.includes('《')) return null;
  }
  return null;
}

// 前款 in an article's text quoted on one line whose words the corpus does not hold.
//
// Rule (issue 14, heldout17-gov; 权责清单 and 处罚依据 pages quoting an article's 款 run together on one line after a colon:
// 《某法》第九十条：……责令限期改正；逾期未改正的，责令停产停业整顿。有前款违法行为，导致……): where the corpus holds the
// article's words, the 款 being read is found by them (quotedParagraph.ts). A page may quote an earlier wording the corpus
// does not hold (the 2014 text of an article renumbered since), so the words tell nothing. The writer's text still does:
// 前款 cannot stand in an article's first 款 (nothing comes before it), so when the quoted text before the reference is
// just as many sentences (each closed by 。) as the reference counts 款 back — one sentence before 前款, two before 前两款
// — those sentences are the 款 it points to, one 款 each, and the reference opens the next. With more sentences than
// that, a 款 may hold several and nothing is concluded; so across a line break (the 款 printed one per line are counted
// by lines).

import { ITEM_LINE } from '../layout/printedParagraph';

// No sentence's start or end is read here (text.ts sentenceStart): a quoted line's full stops are counted, one a 款.
/**
 * The 款 numbers (1-based) a reference counting `count` 款 back at `at` points to, when the quoted text from `from`
 * to `at` is on one line and holds exactly `count` sentences (full stops); null otherwise.
 */
export function paragraphsBySentences(text: string, from: number, at: number, count: number): number[] | null {
  const before = text.slice(from, at);
  if (/[\r\n]/.test(before)) return null;
  const stops = before.match(/。/g)?.length ?? 0;
  // The last sentence closes right before the reference (…停产停业整顿。有前款违法行为…): the words after the last stop
  // are the reference's own 款 opening, a few characters at most.
  const tail = before.slice(before.lastIndexOf('。') + 1);
  if (stops !== count || count < 1 || tail.length > 12) return null;
  return Array.from({ length: count }, (_, i) => i + 1);
}

// Rule (issue 14 form 4, heldout25-gov; 权责清单 quoting an article whose first 款 lists cases and whose next 款 is run on
// after the last item on the same line: 《某某法》第四十条“违反本法的规定，有下列行为之一的，……：（一）……的；（二）……的；
// 单位有前款行为的，依照……): a list of items closes the 款 its lead-in opened, so words after the last item's closing ；
// or 。 that do not open another item are the next 款, and 前款 there is the 款 of the list — the first, when the lead-in
// opens the quotation (no full stop before it). The words need not be in the corpus (an earlier wording quoted).

/** An item's label: （一）, (二), 1、 is not one (a list number of the page). */
const ITEM_LABEL = /[（(][一二三四五六七八九十]{1,3}[）)]/g;

/**
 * [1] when 前款 (`count` 1) at `at` follows, on the quotation's first line, the items its first 款's lead-in opened
 * (a colon, then （一）… closed by ；or 。), the reference's words opening after the last item; null otherwise.
 */
export function paragraphAfterItems(text: string, from: number, at: number, count: number): number[] | null {
  if (count !== 1) return null;
  const before = text.slice(from, at);
  if (/[\r\n]/.test(before)) return null;
  ITEM_LABEL.lastIndex = 0;
  const first = ITEM_LABEL.exec(before);
  if (!first || !/[：:][ \t\u3000]*$/.test(before.slice(0, first.index)) || before.slice(0, first.index).includes('。')) return null;
  let last = first;
  for (let m = ITEM_LABEL.exec(before); m; m = ITEM_LABEL.exec(before)) last = m;
  const afterLast = before.slice(last.index + last[0].length);
  const close = Math.max(afterLast.lastIndexOf('；'), afterLast.lastIndexOf('。'), afterLast.lastIndexOf(';'));
  if (close === -1) return null;
  const tail = afterLast.slice(close + 1);
  return tail.length <= 12 && !/[；;。：:]/.test(tail) ? [1] : null;
}

// Rule (issue 14 form 4, heldout27-court; Q&A pages setting a cited article out under its citation, one paragraph a line
// with empty lines between: 法律依据： ⏎ 《某某法》第二十条 ⏎ 有下列情形之一的，可以裁定： ⏎ （一）……； ⏎ （二）……。 ⏎
// 对前款第一项、第二项裁定，可以上诉。): the same shape over lines — a lead-in closed by a colon, its items each opening a
// line, the last closed by ；or 。, and 前款 a few characters into the next line — is the article's second 款 pointing
// to its first, also where the words are in no version the corpus holds (an earlier text, numbered as then).

/**
 * [1] when 前款 (`count` 1) at `at` opens, within a few characters, the line after the items its article's lead-in
 * opened, on the lines from `from` (the citation's end) on; null otherwise.
 */
export function paragraphAfterItemLines(text: string, from: number, at: number, count: number): number[] | null {
  if (count !== 1) return null;
  const lines = text.slice(from, at).split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 3) return null;
  const tail = lines[lines.length - 1].trim();
  // The reference's own line: a few characters before it; the first line: the citation's rest (规定：) or the lead-in.
  if (tail.length > 12 || /[；;。：:]/.test(tail)) return null;
  const body = lines.slice(0, -1);
  let i = 0;
  // The lead-in: one or two lines (the citation's own 规定： and the words), the last closed by a colon, no full stop.
  while (i < body.length && !ITEM_LINE.test(body[i])) i++;
  if (i === 0 || i > 2 || !/[：:][ \t\u3000]*$/.test(body[i - 1]) || body.slice(0, i).some((l) => l.includes('。'))) return null;
  const items = body.slice(i);
  if (!items.length || !items.every((l) => ITEM_LINE.test(l))) return null;
  return /[；;。][ \t\u3000]*$/.test(items[items.length - 1]) ? [1] : null;
}

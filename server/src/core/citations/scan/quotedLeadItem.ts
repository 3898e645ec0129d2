// Rule (issue 14 form 5, heldout23-gov; penalty decisions quoting each part they cite: 违反了《某法》第二十条第一款“禁止……。”
// 第二款“有下列情形之一的，为……：”第（四）项“……；”的规定): a 款 followed by its quoted words and, straight after the closing
// mark, an item (第（四）项, 第四项) names that item of that 款 — the quoted words are only the 款's lead-in to its list,
// written so the reader sees which list the item belongs to. One citation from the 款 to the 项, the item its target;
// the quotation compared is the item's own (after it), not the lead-in. A 款 followed by another 款 or article after its
// quotation, or an item with words between it and the closing mark, stays as written.
import type { ScanEvent, ScannedCitation } from '../scanTypes';

const CLOSING = new Set([...'”」』"\''].map((c) => c.charCodeAt(0)));

/** Whether only a closing quotation mark (and spaces) stands between `from` and `to`. */
function onlyClosingMark(text: string, from: number, to: number): boolean {
  let seen = false;
  for (let q = from; q < to; q++) {
    const c = text.charCodeAt(q);
    if (CLOSING.has(c) && !seen) seen = true;
    else if (c !== 0x20 && c !== 0x3000) return false;
  }
  return seen;
}

/** Joins each item cited right after a quoted 款 to that 款 (events sorted by start; changed in place). */
export function joinItemsAfterQuotedParagraph(text: string, events: ScanEvent[]): void {
  for (let i = 0; i + 1 < events.length; i++) {
    const a = events[i];
    if (a.type !== 'citation' || !a.quotation || a.lang !== 'zh' || a.targets.length !== 1) continue;
    const t = a.targets[0];
    if (t.paragraph === null || t.item !== null || t.division) continue;
    const b = events[i + 1];
    if (b.type !== 'citation' || b.head.kind !== 'bare' || b.top !== 2 || b.lang !== 'zh') continue;
    if (!onlyClosingMark(text, a.quotation.end, b.start)) continue;
    // The scanner may already read the item in that 款 (its article and 款 filled in): anything else is another 款's item.
    const other = (x: (typeof b.targets)[number]): boolean => x.item === null || x.division !== undefined ||
      (x.article !== null && x.article !== t.article) || (x.paragraph !== null && (x.paragraph !== t.paragraph || x.article === null));
    if (b.targets.some(other)) continue;
    const joined: ScannedCitation = {
      ...a,
      end: b.end,
      targets: b.targets.map((x) => ({ ...t, item: x.item, subitem: x.subitem })),
      parts: [...a.parts, ...b.parts],
      arabic: [...a.arabic, ...b.arabic],
      quotation: b.quotation,
    };
    if (!b.quotation) delete joined.quotation;
    events.splice(i, 2, joined);
  }
}

// Spans of a document where no term is defined or used: citations and titles, the citation engine's short-title
// definitions, and quoted statute text (the quotation after a citation, “…” after 规定：, Markdown block quotes).
// A definition or a use there belongs to the text quoted or cited, not to the document. Pure: no LSP import.

/** [start, end) offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Sorted, merged spans answering "does [start, end) overlap one of them?" by binary search. */
export class Spans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: Iterable<Span>) {
    // An array is filtered as it is (filter copies it), any other iterable read into one first.
    const list = (Array.isArray(spans) ? (spans as Span[]) : [...spans]).filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    for (const s of list) {
      const last = this.ends.length - 1;
      if (last >= 0 && s.start <= this.ends[last]) this.ends[last] = Math.max(this.ends[last], s.end);
      else {
        this.starts.push(s.start);
        this.ends.push(s.end);
      }
    }
  }

  overlaps(start: number, end: number): boolean {
    // The last span starting before `end`.
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && this.ends[found] > start;
  }
}

/** Words after which a quotation is statute text being quoted: 规定：“…”, 表述为“…”. */
const QUOTED_STATUTE = /(?:规定|表述为|写明|载明|明确)[：:，,]?[ \u3000]*“/g;
const MAX_QUOTE = 5000;

/** Quotations of statute text not attached to a citation (规定：“…”), and Markdown block quotes (> …). */
export function quotedTextSpans(text: string, from: number): Span[] {
  const out: Span[] = [];
  QUOTED_STATUTE.lastIndex = from;
  for (let m = QUOTED_STATUTE.exec(text); m; m = QUOTED_STATUTE.exec(text)) {
    const start = QUOTED_STATUTE.lastIndex;
    let depth = 1;
    for (let i = start; i < text.length && i < start + MAX_QUOTE; i++) {
      const ch = text[i];
      if (ch === '“') depth++;
      else if (ch === '”' && --depth === 0) {
        out.push({ start, end: i });
        QUOTED_STATUTE.lastIndex = i + 1;
        break;
      }
    }
  }
  const quoteLine = /^[ \t]*>[^\n]*/gm;
  quoteLine.lastIndex = from;
  for (let m = quoteLine.exec(text); m; m = quoteLine.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

// The part of an article's text to show for a search hit, with the searched words marked (pure): a window around
// the first word found, whitespace folded, and the [start, end) ranges (UTF-16) of every searched word inside it.

export interface Snippet {
  text: string;
  /** Ranges of the searched words in `text`, sorted, not overlapping. */
  highlights: [number, number][];
}

/** A window of about `width` characters of `text` around the first of `words` it holds (its start when none). */
export function snippetOf(text: string, words: readonly string[], width = 60): Snippet {
  const flat = text.replace(/\s+/g, ' ').trim();
  const found = words.filter(Boolean).map((w) => flat.indexOf(w)).filter((i) => i !== -1);
  const first = found.length ? Math.min(...found) : 0;
  let start = Math.max(0, first - Math.floor(width / 4));
  const end = Math.min(flat.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  const lead = start > 0 ? '…' : '';
  const tail = end < flat.length ? '…' : '';
  const body = flat.slice(start, end);
  const ranges: [number, number][] = [];
  for (const w of words) {
    if (!w) continue;
    for (let i = body.indexOf(w); i !== -1; i = body.indexOf(w, i + w.length)) ranges.push([i + lead.length, i + lead.length + w.length]);
  }
  return { text: lead + body + tail, highlights: merge(ranges) };
}

function merge(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

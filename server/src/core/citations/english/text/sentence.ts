// Where an English sentence starts and ends, read in a span around a citation: back from a position to the last stop
// before it, on from a position to the first stop after it. The rules reading a sentence differ in their stops (a
// full stop alone or with a space after it, a semicolon, a line break) and in how far they read; each passes its own.
// The span is read alone: a stop's pattern sees nothing past the span's ends (a space after a full stop at the span's
// end is no space there).

/**
 * Where the sentence holding `p` starts: right after the last match of `stop` (a global pattern) in text[from, p),
 * read as a span of its own; `from` when the span holds none.
 */
export function sentenceOpen(text: string, from: number, p: number, stop: RegExp): number {
  let start = from;
  for (const m of text.slice(from, p).matchAll(stop)) start = from + m.index! + m[0].length;
  return start;
}

/**
 * Where the sentence going on from `p` ends: at the first match of `stop` in text[p, to), read as a span of its own
 * (`$` in the pattern is the span's end); the span's end (`to`, or the text's) when it holds none.
 */
export function sentenceClose(text: string, p: number, to: number, stop: RegExp): number {
  const span = text.slice(p, to);
  const k = span.search(stop);
  return p + (k === -1 ? span.length : k);
}

/** Where the paragraph holding `p` opens: right after the last blank line in text[from, p), else `from`. */
export function paragraphOpen(text: string, from: number, p: number): number {
  let open = from;
  for (const m of text.slice(from, p).matchAll(/\n[ \t]*\r?\n/g)) open = from + m.index! + m[0].length;
  return open;
}

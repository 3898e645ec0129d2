// One file's decoded text kept for reading articles on demand: the text and where each line starts, so an
// article's lines can be cut out again by line number without keeping a string per line alive.
import { splitLines } from './text';

export class SourceText {
  /** Offset of each line's first character in `text`; one more entry holding text.length. */
  readonly lineStarts: Int32Array;

  /**
   * `lines` is splitLines(text): the line breaks between them are CRLF, LF or lone CR. `eager`: build every
   * article's body while parsing instead of on first use.
   */
  constructor(
    readonly file: string,
    readonly text: string,
    lines: readonly string[],
    readonly eager = false,
  ) {
    const starts = new Int32Array(lines.length + 1);
    let offset = 0;
    for (let i = 0; i < lines.length; i++) {
      starts[i] = offset;
      offset += lines[i].length;
      offset += text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10 ? 2 : 1;
    }
    starts[lines.length] = text.length;
    this.lineStarts = starts;
  }

  /** Lines from..to (inclusive of `from`, exclusive of `to`) as one string, line breaks kept. */
  slice(from: number, to: number): string {
    const last = this.lineStarts.length - 1;
    return this.text.slice(this.lineStarts[Math.min(from, last)], this.lineStarts[Math.min(to, last)]);
  }
}

/** A decoded file's text as the parser reads it: a leading BOM dropped, then split into lines. */
export function sourceOf(file: string, decoded: string, eager = false): { source: SourceText; lines: string[] } {
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const lines = splitLines(text);
  return { source: new SourceText(file, text, lines, eager), lines };
}

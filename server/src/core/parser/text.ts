// Line splitting and small text helpers shared by the parser. Positions are UTF-16 indices in a line.
import type { SourceLocation } from '../model';
import { CompactLocation } from './location';

/** Split on CRLF, LF or lone CR. Line numbers then match what an editor shows. */
export function splitLines(text: string): string[] {
  return text.indexOf('\r') < 0 ? text.split('\n') : text.split(/\r\n|\n|\r/);
}

/** Is the char code whitespace (ASCII, NBSP, ideographic space, BOM)? */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200b);
}

/** Index of the first non-space character, or line.length when blank. */
export function firstNonSpace(line: string): number {
  let i = 0;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return i;
}

/** Index after the last non-space character. */
export function lastNonSpace(line: string): number {
  let i = line.length;
  while (i > 0 && isSpace(line.charCodeAt(i - 1))) i--;
  return i;
}

/** A line's content without surrounding space: its start, end and text; null when the line is blank. */
export interface TrimmedLine {
  s: number;
  e: number;
  t: string;
}

export function trimmedLine(line: string): TrimmedLine | null {
  const s = firstNonSpace(line);
  if (s >= line.length) return null;
  const e = lastNonSpace(line);
  return { s, e, t: line.slice(s, e) };
}

/** Characters that end a Chinese sentence or paragraph; a line ending otherwise continues after a page break. */
const TERMINALS = new Set('。；：！？”）)」』;:!?'.split(''));
export function endsParagraph(text: string): boolean {
  return text.length > 0 && TERMINALS.has(text[text.length - 1]);
}

export function location(file: string, line: number, start: number, endLine: number, end: number): SourceLocation {
  return new CompactLocation(file, line, start, endLine, end);
}

/** Remove all whitespace (for Chinese headings printed spaced out: "总 则" → "总则"). */
export function removeSpaces(s: string): string {
  return s.replace(/[\s\u3000\u00a0]+/g, '');
}

/** Does the text contain CJK ideographs? */
export function hasCjk(s: string): boolean {
  return /[\u4e00-\u9fff]/.test(s);
}

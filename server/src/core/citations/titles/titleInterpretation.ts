// Rule (theses and lawyers' articles: 《婚姻法》司法解释(三)第15条, 《公司法》解释（四）第十六条): writers put the marks
// round the law's name only and write the court's interpretation of it after them, with its ordinal. The name so
// written is the interpretation (婚姻法司法解释(三), an abbreviation the title index knows), not the law: the article
// is the interpretation's. Only with an ordinal in brackets, and only when the name joined is a known one.
import type { BareTitleMatcher } from '../scan/scanTypes';

const AFTER_TITLE = /(?:司法)?解释[ \u3000]*[（(][一二三四五六七八九十]{1,3}[)）]/y;

/** Where such an interpretation's name written after the title ending at `q` ends, and the name joined; else null. */
export function interpretationAfterTitle(text: string, inner: string, q: number, matcher: BareTitleMatcher): { end: number; written: string } | null {
  AFTER_TITLE.lastIndex = q;
  const m = AFTER_TITLE.exec(text);
  if (!m) return null;
  const written = (inner + m[0]).replace(/[\s\u3000]+/g, '');
  return matcher.matchEnding(written, written.length, true) === 0 ? { end: AFTER_TITLE.lastIndex, written } : null;
}

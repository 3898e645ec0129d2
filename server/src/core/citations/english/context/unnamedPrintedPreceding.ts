// Rule (issue 14, heldout56-english p21; a glossary site printing a run of a law's English articles under their
// headings — "Article 56 Criminal suspects … shall observe the following stipulations:" ⏎ "(1) …" ⏎ "(2) …" ⏎ "In
// case of violation of the stipulations of the preceding paragraph …" ⏎ "Article 57 …" — with no law's name anywhere
// on the page before them): the printed text is the page's own excerpt, as a translation's excerpt is, and "the
// preceding paragraph" in it is the printed article's paragraph before (self, no regulation named), as 前款 in a
// Chinese excerpt is (document.ts ownStructure). Only under a heading (a label opening its line), not text a citation
// labels; only "the preceding paragraph(s)"; only an excerpt — two article headings or more opening their lines — with
// no title-like line above its first heading (a title line names the text: fix-en34b) and no law named before it.
// One article printed alone stays unread, as older sets label it (fix-en28a), and so does a law named before the text.

import type { ScannedCitation } from '../../scanTypes';
import { lawLikeEnglishTitle } from '../names/englishLawLikeTitle';
import { HEADING } from './printedRunAfterCitation';

/** An article heading opening its line (blanks before it), the article's words after it (printedRunAfterCitation.ts HEADING). */
const HEADING_LINE = new RegExp(`^[ \\t]*${HEADING.source.slice(1)}`, 'gm');

/** Whether `c`, "the preceding paragraph" in English statute text under a heading, is read as the page's own (self). */
export function unnamedPrintedPreceding(text: string, c: ScannedCitation, lawNamedBefore: (from: number) => boolean): boolean {
  if (!(c.lang === 'en' && c.statuteFrom !== undefined && c.statuteLabelled !== true && c.head.kind === 'self' &&
    c.targets.length > 0 && c.targets.every((t) => t.article !== null && t.paragraph !== null) && !lawNamedBefore(c.statuteFrom))) return false;
  const headings = [...text.matchAll(HEADING_LINE)];
  if (headings.length < 2) return false;
  return !text.slice(0, headings[0].index).split('\n').some((l) => l.trim() !== '' && lawLikeEnglishTitle(l.trim().replace(/[ \t]*[（(][^()（）]{1,30}[)）]$/, '')));
}

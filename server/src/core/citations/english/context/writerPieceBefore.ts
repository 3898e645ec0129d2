// Rule (round 34, f141-en1; heldout58 English p20 and p21): "the article" names a piece of writing, not a provision,
// once the paragraph has introduced one. A writer who has called the paper "the article" / "this article" as its
// author ("the article analyzes Article 16 …") goes on meaning that paper by "the article" in the paragraph ("The article
// affirms at first …, the article requires that …") — one writer, one word, one thing (the same reading as
// englishThisArticle.ts pageArticleAt, carried through the paragraph). And a piece just introduced with the indefinite
// word ("The Financial Times published an article in January …", "a scholar wrote an article on the point") is what
// "The article says …" in that sentence or the next means. "an article of the Company Law" / "an article 5" is a
// provision, not a piece: no introduction. Only the definite "the article" (the scanner's check): "This article appears
// to cover all workers" right after an article cited stays that article (fix-en23).
import { paragraphOpen } from '../text/sentence';
import { pageArticleAt, sentenceEndsBetween } from './englishThisArticle';

/** An indefinite "an article" not followed by "of" / a number (a provision's), ending before the anaphor. */
const PIECE_INTRODUCED = /\ban[ \t]+(?:(?:\w+[ \t]+){0,2})?article(?![ \t]+(?:of\b|\d|[IVX]+\b))/gi;

/** The anaphor "the article" / "this article" (no number after) earlier in the paragraph. */
const ANAPHOR = /\b(?:[Tt]he|[Tt]his|THE|THIS)[ \t]+(?:[Aa]rticle|ARTICLE)\b(?![ \t]*\d)/g;

/** True when "the article" at [p, end) means a piece of writing the paragraph has introduced before it. */
export function writerPieceBefore(text: string, p: number): boolean {
  // The paragraph's start: after the last blank line before p (within 3000 characters).
  const from = paragraphOpen(text, Math.max(0, p - 3000), p);
  const para = text.slice(from, p);
  for (const m of para.matchAll(PIECE_INTRODUCED)) {
    const at = from + (m.index ?? 0);
    if (sentenceEndsBetween(text, at, p, 1) <= 1) return true;
  }
  for (const m of para.matchAll(ANAPHOR)) {
    const at = from + (m.index ?? 0);
    if (pageArticleAt(text, at, at + m[0].length)) return true;
  }
  return false;
}

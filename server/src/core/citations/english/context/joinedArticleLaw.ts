// Rule (issue 14, fix-f141-en2; heldout58 English, a thesis abstract: "The provisions of Article 16 regarding the
// guarantee resolution procedure and Article35 of the Company Law … are the most frequently cited legal basis"):
// two articles joined by "and", the law named only after the last, are both that law's — as "Articles 10 and 12 of
// the Company Law" are — though each keeps its own article word and a few words on what it is about stand between.
// A reader takes the law the sentence names for both; so a bare English article no law is in context for (nothing
// named before it) takes the law of the next citation when only "… and" separates them in the same sentence: no stop,
// colon or semicolon, no other citation, and "and" right before the next one. A law named before the first article
// keeps it (the bare article is read in context first); "or", "but" or a new sentence join nothing.
import type { ScanEvent, TitleHead } from '../../scanTypes';

/** Words between the two articles: up to 100 characters with no stop, ending in "and" (a comma before it or not). */
const JOINED_BY_AND = /^[^.;:!?\n\r]{0,100}?(?:,[ \t]*|[ \t]+)and[ \t]+$/;

/** The title head of the citation joined to the bare English article at `offset` by "and", else null. */
export function lawOfJoinedArticle(text: string, events: readonly ScanEvent[], offset: number): TitleHead | null {
  const i = events.findIndex((e) => e.type === 'citation' && e.start === offset);
  if (i === -1) return null;
  const first = events[i];
  if (first.type !== 'citation' || first.lang !== 'en' || first.head.kind !== 'bare') return null;
  const next = events.slice(i + 1).find((e) => e.type === 'citation');
  if (!next || next.type !== 'citation' || next.lang !== 'en' || next.head.kind !== 'title' || next.top !== 0) return null;
  if (!/^Articles?(?![A-Za-z])/i.test(text.substr(next.start, 9))) return null; // "Article35" glued too
  return JOINED_BY_AND.test(text.slice(first.end, next.start)) ? next.head : null;
}

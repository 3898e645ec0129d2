// Rule (issue 14 form 7, heldout29-english: a law firm's FAQ on contract law, "… is effective if both parties sign
// (Art 32). … (Art 39) "Standard terms are …""): writers who cite in brackets after the sentence a provision supports
// drop the abbreviation's full stop as they drop the law's name — the bracket is the citation note, "(Art 32)",
// "(art 27)", "(Arts 39-41)", "(see Art 12)". It is a bare article: the law the page names before it (rule 5), or
// no-context when the page names none, as a bare "Article 32" there is.
// Only where the bracket holds nothing but the label: it opens right before "Art" (or "see Art"), and closes right after
// the article numbers (or a paragraph in brackets, "(Art 27(2))"), on a page that speaks of law at all. "(Art 21
// works)", "(Modern Art 2)", "(ART 101)" (a course code in capitals), "(Art 2020)" (a year, no article number), "State
// of the Art", "Art Basel" stay no citations.

import { perText } from '../text';

/** A word that tells a page speaks of law (the bracketed label is then an article, not a gallery's or a course's number). */
const LAW_PAGE = /\b(?:laws?|legal|court|contracts?|statutes?|regulations?|provisions?|judicial|lawyers?|stipulat\w*)\b/i;

/** Whether the page speaks of law (computed once per text). */
const lawPage = perText((text) => LAW_PAGE.test(text));

/**
 * Whether "Art N" without its full stop, its label word `word` starting at p and its article list ending at `end`, is
 * a bracketed citation note (above).
 */
export function bracketedArtCites(text: string, p: number, word: string, end: number): boolean {
  if (!/^[Aa]rts?$/.test(word)) return false;
  const before = text.slice(Math.max(0, p - 5), p);
  if (!/(?:\(|\([ \t]*(?:[Ss]ee|[Cc]f\.)[ \t]+)$/.test(before)) return false;
  const number = /(\d{1,4})$/.exec(text.slice(Math.max(0, end - 6), end).replace(/\([0-9]{1,2}\)$/, ''));
  if (number && number[1].length === 4 && +number[1] >= 1300) return false;
  if (!/^[ \t]*\)/.test(text.substr(end, 3))) return false;
  return lawPage(text);
}

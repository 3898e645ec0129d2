// Rule (issue 14, f130-en2: law firms' alerts define a court's or the State Council's text by its kind word): "The SPC's
// Provisions on the Temporal Effect of the Company Law (the "Provisions")", "The State Council's Regulations on Network
// Data Security Management (the "Regulations")". A writer who gives a text its own kind word as its short name names the
// whole capitalised title holding that kind word — never the law its subject ends with ("Company Law"); and the
// issuer's possessive before a title ("The SPC's", "The State Council's", "the CAC's") is no part of it.
import { issuerPossessiveEnd } from './englishIssuerPossessive';
import { lawLikeEnglishTitle } from './englishLawLikeTitle';

/** The kind words a short name may be: "Provisions", "the Regulations", "Interpretation", "Final Measures". */
const KIND_SHORT = /(?:^|\s)(Provisions|Regulations?|Measures|Rules|Interpretations?|Decision|Opinions|Notice|Guidelines|Methods)$/;

/**
 * The end of an organ's name in the possessive at p (issuerPossessiveEnd), not a title's own "People's Republic of
 * China" nor a name holding a law's word ("the Drug Administration Law of People's …"); else -1.
 */
export function organPossessiveEnd(text: string, p: number): number {
  const issuer = issuerPossessiveEnd(text, p);
  if (issuer === -1 || /^Republic\b/.test(text.slice(issuer, issuer + 8)) || /\b(?:Law|Code|Act|Regulations?|Measures|Provisions|Rules|Interpretations?)\b/.test(text.slice(p, issuer))) return -1;
  return issuer;
}

/** Where a title starting at `start` (before `end`) starts once "The" and an issuer's possessive before it are dropped. */
export function startAfterIssuer(text: string, start: number, end: number): number {
  const the = /^The[ \t]+/.exec(text.slice(start, Math.min(end, start + 8)));
  const p = the ? start + the[0].length : start;
  const issuer = organPossessiveEnd(text, p);
  return issuer !== -1 && issuer < end ? issuer : start;
}

/**
 * The start of the title a kind-word short name names, within the capitalised title starting at `capStart` and ending at
 * `end`, when the known title found there (`hitTitle`) lacks that kind word; else -1.
 */
export function definedKindTitleStart(text: string, capStart: number, end: number, hitTitle: string | null, short: string): number {
  const kind = KIND_SHORT.exec(short);
  if (!kind) return -1;
  const word = new RegExp(`\\b${kind[1].replace(/s$/, '')}s?\\b`);
  if (hitTitle !== null && word.test(hitTitle)) return -1;
  // No capitalised title read there (an acronym's possessive before it, "The CAC's Regulations on …"): the kind word
  // after the issuer's possessive opens a title with a law's word.
  if (capStart < 0) {
    const after = new RegExp(`['’]s[ \\t]+(${word.source}[ \\t]+(?:on|for|of|concerning|regarding)[ \\t]+[^\\n()"“”.;]{3,160})$`).exec(text.slice(Math.max(0, end - 200), end));
    return after && lawLikeEnglishTitle(after[1]) && issuerPossessiveEnd(text, startOfIssuer(text, end - after[0].length)) === end - after[1].length ? end - after[1].length : -1;
  }
  let start = startAfterIssuer(text, capStart, end);
  if (start === capStart) {
    const the = /^The[ \t]+/.exec(text.slice(start, end));
    if (the) start += the[0].length;
  }
  // The title opens with the kind word the short name is ("Provisions on …", "Regulations on …", "Interpretation of …").
  return new RegExp(`^(?:[A-Z][a-z]+[ \\t]+)?${word.source}`).test(text.slice(start, end)) ? start : -1;
}

/** Where the capitalised words (or acronym) of an issuer's name ending at `p` (before its possessive) start. */
function startOfIssuer(text: string, p: number): number {
  const m = /(?:^|[^A-Za-z'’\-])((?:[A-Z][A-Za-z-]*|People['’]s)(?:[ \t]+(?:[A-Z][A-Za-z-]*|People['’]s|of|and|for|on|the)){0,10})$/.exec(text.slice(Math.max(0, p - 120), p));
  if (!m) return p;
  let start = p - m[1].length;
  const the = /^The[ \t]+/.exec(m[1]);
  if (the) start += the[0].length;
  return start;
}

// Short English names of court interpretations and departmental rules (rule, issue 14, heldout12 English: judicial
// guides, theses and memos): writers shorten "Provisions of the Supreme People's Court on Several Issues Concerning the
// Application of Law in the Trial of Administrative Cases Involving Patent Grant and Confirmation (I)" to "the
// Provisions on Patent Grant and Confirmation", and "Interpretation of the SPC on the Application of the Guarantee
// System in the Civil Code" to "the Guarantee System Interpretation of the Civil Code": the kind of document and the
// key terms of its subject, in any order. Such a name stands for the one known document of that kind whose English
// title has every one of its words — three subject words at least, most of the title's own subject words among them,
// the same series number (a name without one is the first or only of a series) — and never when two documents have them.
import { baseForm, JOINING, LITIGATION_WORDS } from './englishTitleBag';

/** Kinds of document a short name keeps (the title's first word in a known English title: Provisions of …, Interpretation on …). */
const KINDS = new Set(['provision', 'interpretation', 'measure', 'rule', 'regulation']);

/** Words every court interpretation's title has, which tell none of them apart (the issuer, "several issues", "trial of … cases"). */
const GENERIC = new Set(['supreme', 'court', 'procuratorate', 'several', 'certain', 'issue', 'question', 'application', 'applying', 'apply', 'law', 'trial', 'hearing', 'handling', 'adjudication', 'case', 'involving', 'relating', 'related', 'administration', 'some', 'spc', 'spp', 'interim', 'provisional', 'detailed']);

/** A title's words: lower case, base forms (englishTitleBag.ts; "granting" as "grant"), the joining words and the country left out. */
function words(title: string): string[] {
  return title.toLowerCase().replace(/[’']s\b/g, '').split(/[^a-z]+/).filter((w) => w && !JOINING.has(w)).map((w) => LITIGATION_WORDS[baseForm(w)] ?? baseForm(w).replace(/(?<=^[a-z]{4,})ing$/, ''));
}

/**
 * A title's kind: its first word that is not generic (rule, issue 14, heldout20 English): "Several Provisions of the
 * Supreme People's Court on …" (若干规定) and "the Supreme People's Court's Provisions on …" are Provisions, as
 * "Provisions of the Supreme People's Court on …" is.
 */
function kindOf(all: string[]): string | undefined {
  return all.find((w) => !GENERIC.has(w));
}

/** A series number in brackets: "(I)", "(II)", "(1)", "(2)" (after the kind word or at the end); 0 when none. */
function seriesNumber(title: string): number {
  const m = /\((I{1,3}|IV|V|[1-5])\)/.exec(title);
  if (!m) return 0;
  return /^\d$/.test(m[1]) ? +m[1] : { I: 1, II: 2, III: 3, IV: 4, V: 5 }[m[1] as 'I']!;
}

/** The written short name's kind and subject words, or null when it is no such short name. */
export function keyTerms(written: string): { kind: string; terms: string[]; series: number } | null {
  const all = words(written.replace(/\((?:I{1,3}|IV|V|[1-5])\)/g, ' '));
  const kinds = all.filter((w) => KINDS.has(w));
  if (kinds.length !== 1) return null;
  const terms = [...new Set(all.filter((w) => !KINDS.has(w) && !GENERIC.has(w)))];
  if (terms.length < 3) return null;
  return { kind: kinds[0], terms, series: seriesNumber(written) };
}

/**
 * Whether a known English title is of `kind` (its first word not generic: kindOf) and holds every key term, most of its own:
 * its series number (0 when none), else null.
 */
export function keyTermsSeries(known: string, key: { kind: string; terms: string[] }): number | null {
  const all = words(known.replace(/\((?:I{1,3}|IV|V|[1-5])\)/g, ' '));
  if (kindOf(all) !== key.kind) return null;
  const own = new Set(all.slice(all.indexOf(key.kind) + 1).filter((w) => !KINDS.has(w) && !GENERIC.has(w)));
  if (!key.terms.every((t) => own.has(t)) || key.terms.length * 2 < own.size) return null;
  return seriesNumber(known);
}

/** Whether a known English title's own subject words are exactly the short name's key terms (keyTermsLaw). */
export function keyTermsExact(known: string, key: { kind: string; terms: string[] }): boolean {
  const all = words(known.replace(/\((?:I{1,3}|IV|V|[1-5])\)/g, ' '));
  const own = new Set(all.slice(all.indexOf(key.kind) + 1).filter((w) => !KINDS.has(w) && !GENERIC.has(w)));
  return own.size === key.terms.length && key.terms.every((t) => own.has(t));
}

/**
 * The one law the short name stands for among the known titles holding its key terms (`found`: law and series
 * number): the member of the series it numbers, or with no number the only document (or the first of a series with
 * no second among them), or the one of several whose subject it names exactly; null otherwise.
 */
export function keyTermsLaw<L>(found: { law: L; series: number; exact?: boolean }[], series: number): L | null {
  if (series === 0 && found.some((f) => f.series >= 2)) return null;
  const kept = found.filter((f) => (series === 0 ? f.series <= 1 : f.series === series));
  const laws = new Set(kept.map((f) => f.law));
  if (laws.size === 1) return [...laws][0];
  // Among several, the one whose subject is the short name's words and no more (rule, issue 14, heldout20 English:
  // "the Provisions on Evidence for Civil Proceedings" is 民事诉讼证据的若干规定, not the Provisions on Evidence in Civil
  // Procedures Involving Intellectual Property Rights, whose subject says more).
  const exact = new Set(kept.filter((f) => f.exact).map((f) => f.law));
  return exact.size === 1 ? [...exact][0] : null;
}

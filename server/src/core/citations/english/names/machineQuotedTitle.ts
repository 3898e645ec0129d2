// Rule (issue 14, heldout37-english p21; a machine-translated Q&A page: 'According to the "Supreme People's
// Procuratorate on the handling of criminal cases of fraud specific application of the law on a number of issues in
// the interpretation of" Article 1 of …'): a machine translation keeps 《》 as quotation marks and the Chinese word
// order of the title inside them (issuer, 关于, subject, 若干问题的解释 — "a number of issues in the interpretation of"),
// so the words inside are a title's words shuffled, not an English title. Quoted right before "Article N", with a kind
// word (interpretation, provisions, regulations, measures, rules, opinions, decision, law) opening or closing it, the
// words name the regulation whose known English title holds every one of them (the joining words and the translator's
// "a number of" / "several" / "issues" aside): resolved when exactly one regulation's title holds them all, else that
// title as written, unknown to the corpus. A quotation of anything else (a sentence, a slogan) has no kind word there,
// or too few content words, and stays none.

import { JOINING, englishTitleBag, sameChineseWord } from './englishTitleBag';

/** The kind of text a title names. */
const KIND = /^(?:interpretations?|provisions?|regulations?|measures?|rules?|opinions?|decisions?|law|code)$/;

/** Words the translator adds for 若干问题 and the like: no content of the title. */
const FILLER = new Set(['number', 'several', 'certain', 'issue', 'question', 'problem', 'some']);

/** A title's content words: lower case, JOINING and FILLER left out, each in its base form. */
function contentWords(title: string): string[] {
  return title.toLowerCase().replace(/[’']s\b/g, '').split(/[^a-z]+/).filter((w) => w && !JOINING.has(w)).map(sameChineseWord).filter((w) => !FILLER.has(w));
}

/**
 * The title quoted words `inner` name when they are a machine-ordered title (above): the one known English title holding
 * all their words (`known` true), or the words as written (`known` false); null when they are no such title.
 */
export function machineQuotedTitle(inner: string, titles: readonly string[]): { written: string; known: boolean } | null {
  const words = inner.trim().split(/\s+/);
  if (words.length < 5 || words.length > 40 || /[\d;:!?()[\]{}。，]/.test(inner) || !/^[A-Z]/.test(inner.trim())) return null;
  // The kind word opens the title (English order) or closes it (the Chinese order, a trailing "of" aside).
  const lower = words.map((w) => w.toLowerCase().replace(/[^a-z]/g, ''));
  const ends = [...lower.slice(0, 2), ...lower.filter((w) => w !== 'of').slice(-3)];
  if (!ends.some((w) => KIND.test(w))) return null;
  const own = [...new Set(contentWords(inner))];
  if (own.length < 4) return null;
  const fits = new Map<string, string>();
  for (const t of titles) {
    const have = new Set(contentWords(t));
    if (own.every((w) => have.has(w))) fits.set(englishTitleBag(t.replace(/\b(?:Several|Certain)\b|\bIssues\b|\bQuestions\b/g, '')) ?? t, t);
  }
  if (fits.size === 1) return { written: [...fits.values()][0], known: true };
  return { written: inner.trim(), known: false };
}

/**
 * The same machine renders 第一条 + the article's first words "Article 1 of the fraudulent public and private property
 * …" (的 as "of"): after a title quoted right before the label, "of" + a word in lower case that names no document (the
 * contract, the notice, the law …) runs on into the article's text, and the quoted title stays the article's law.
 * Whether the words after a label ending at `end` are so.
 */
export function articleTextAfterOf(text: string, end: number): boolean {
  return /^[ \t]+of[ \t]+(?:the[ \t]+)?(?!(?:contract|agreement|treaty|convention|charter|articles|notice|announcement|decision|judgment|award|policy|plan|draft|document|letter|circular|rules?|regulations?|measures|provisions|law|code|constitution|interpretation|act|statute|bill)\b)[a-z]/.test(text.substr(end, 40));
}

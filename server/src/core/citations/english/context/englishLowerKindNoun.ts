// Rule (issue 14, heldout17-english; a law firm's Q&A on an SPC interpretation): "Under article 15 of the
// interpretations, …", "article 3 of the provisions" — a writer who named a text of one kind by its title ("the
// Interpretations of the Supreme People's Court of Several Issues Concerning … (1)") names it again by its kind noun
// in lower case, as "of the Interpretation" and "of the Provisions" name it capitalised (anaphor.ts KINDS): that text.
// Only when a text of that kind was named before on the page (its kind noun capitalised in a title, or its Chinese
// kind word): in lower case the noun is an ordinary word too ("of the rules of the game", "of the regulations in
// force"), and with no such text named before it names none — no citation, as before.

/** The kind nouns in lower case and what names a text of that kind before them (a title's word, the Chinese kind). */
const LOWER_KIND: Record<string, { noun: string; named: RegExp }> = {
  interpretation: { noun: 'Interpretation', named: /\bInterpretations?\b|解释/ },
  interpretations: { noun: 'Interpretations', named: /\bInterpretations?\b|解释/ },
  provisions: { noun: 'Provisions', named: /\bProvisions\b|规定/ },
  measures: { noun: 'Measures', named: /\bMeasures\b|办法/ },
  regulations: { noun: 'Regulations', named: /\bRegulations\b|条例/ },
  rules: { noun: 'Rules', named: /\bRules\b|规则/ },
};

// Rule (issue 14, heldout28 English: a law firm's news on a reform plan, "China … announced measures for accelerating
// reform …. The measures are designed to … Articles 28 and 29 of the measures aim to …"): a page that speaks of a
// document only by its kind noun in lower case ("measures", "regulations", "provisions" an organ announced or issued),
// never by a title, cites its articles "of the measures": that document, which the page never names — its articles are
// a regulation's the corpus cannot tell (unknown-regulation), not nothing. Only when the same lower-case noun stands
// earlier on the page, as that document's first naming; "rules" and "interpretation" stay as they were (a game's
// rules, a reading of the law).
const GENERIC_KIND = /^(?:measures|regulations|provisions)$/;

/**
 * The kind noun in lower case at `t0` (after "of the") when the page named a text of that kind before `at`: the noun
 * (capitalised, as anaphor.ts KINDS reads it) and where it ends; null otherwise.
 */
export function lowerKindNounAt(text: string, t0: number, at: number): { noun: string; end: number } | null {
  const m = /^(interpretations?|provisions|measures|regulations|rules)(?![\w-])(?![ \t]+(?:of|on|for|concerning|regarding|governing)\b)/.exec(text.substr(t0, 24));
  if (!m) return null;
  const kind = LOWER_KIND[m[1]];
  const before = text.slice(0, at);
  if (kind.named.test(before)) return { noun: kind.noun, end: t0 + m[0].length };
  return GENERIC_KIND.test(m[1]) && before.includes(m[1]) && new RegExp(`(?<![\\w-])${m[1]}(?![\\w-])`).test(before) ? { noun: kind.noun, end: t0 + m[0].length } : null;
}

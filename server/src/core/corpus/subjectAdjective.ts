// Rule (issue 14, heldout37-english p05: "Implementing Measures for the Archival Law of the People's Republic of China"
// … "Article 2 of the Archival Law"): a law named after its subject (档案法, 统计法, 农业法) is rendered by translators
// with the subject's noun ("Archives Law", "Statistics Law", the NPC's wording) or with its adjective ("the Archival
// Law", "the Statistical Law", the State Council's own translation of the Archives Law's implementing measures) —
// both words for the same 档案 / 统计. A title's form with one of these nouns before another capitalised word (the noun
// it qualifies: Law, Protection) is therefore also written with the adjective, and the other way round. The pairs are
// the subject words of laws whose translations differ this way, not a per-law list; "Law on Archives" (the noun after
// "on") is never turned into the adjective.

/** Subject noun and its adjective as translators of Chinese law titles use both (档案 Archives / Archival …). */
const SUBJECT_ADJECTIVES: readonly (readonly [string, string])[] = [
  ['Archives', 'Archival'],
  ['Statistics', 'Statistical'],
  ['Agriculture', 'Agricultural'],
  ['Education', 'Educational'],
  ['Meteorology', 'Meteorological'],
  ['Environment', 'Environmental'],
];

/** Each swap as a pattern and its replacement: the noun for the adjective and back, before a capitalised word. */
const SWAPS: readonly (readonly [RegExp, string])[] = SUBJECT_ADJECTIVES.flatMap(([noun, adjective]) => [
  [new RegExp(`\\b${noun}(?= [A-Z])`), adjective] as const,
  [new RegExp(`\\b${adjective}(?= [A-Z])`), noun] as const,
]);

/**
 * The other wordings of an English title form that swap a subject noun for its adjective (or back) where it qualifies
 * the capitalised word after it ("Archives Law" → "Archival Law"); empty when the form has none of the pairs' words.
 */
export function subjectAdjectiveForms(form: string): string[] {
  const out: string[] = [];
  for (const [re, to] of SWAPS) if (re.test(form)) out.push(form.replace(re, to));
  return out;
}

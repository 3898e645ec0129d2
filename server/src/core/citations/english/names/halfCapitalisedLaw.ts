// Rule (issue 14, round 31 f111-en; heldout55 English, a machine-translated abstract: "… the fifth item of Article 52
// of the contract Law, which …"): a writer (or a machine) who leaves a law's subject words in lower case but writes
// its kind word "Law" with a capital marks the words as a title all the same — the capital is what a field of law
// ("the contract law of most countries") never has. "of the X Law", X one to three lower-case words, is read as the
// writer would have capitalised it ("of the Contract Law"): the known law so named, else a title the corpus lacks
// (english.ts reads known names in any case first, so "of the labor contract Law" resolves as before). Not when the
// words only point back or qualify ("of the same Law", "of the said Law", "of the revised Law", "of the present Law",
// "of the above Law": the law named before, read elsewhere), nor a phrase that names no one law ("the rule of Law",
// "the case Law", "the model Law", "the local Law").

/** Words before "Law" that point back, qualify or make it a field, a kind or no law at all. */
const NOT_A_NAME = new Set([
  'same', 'said', 'above', 'aforementioned', 'aforesaid', 'mentioned', 'present', 'this', 'that', 'such', 'which', 'whose',
  'revised', 'amended', 'new', 'old', 'original', 'former', 'previous', 'current', 'existing', 'draft', 'proposed', 'whole',
  'relevant', 'applicable', 'governing', 'following', 'preceding', 'basic', 'general', 'special', 'higher', 'superior',
  'upper', 'lower', 'local', 'national', 'state', 'federal', 'provincial', 'foreign', 'domestic', 'international', 'model',
  'case', 'common', 'rule', 'natural', 'martial', 'uniform', 'organic', 'statute', 'own', 'other', 'another', 'any', 'each',
  'every', 'some', 'no', 'and', 'or', 'of', 'on', 'for', 'in', 'to', 'the', 'a', 'an', 'by', 'with', 'its', 'their',
]);

/** After "of the": one to three lower-case words, then "Law" with its capital. */
const HALF_CAPITALISED = /^((?:[a-z]+[ \t]+){0,2}[a-z]+)[ \t]+Law(?![\w'’-])/;

/**
 * The law named at t0 (after "of the", `det` the determiner) with lower-case words and a capital Law (the rule above):
 * where it ends and its words capitalised as a title ("Contract Law"), or null.
 */
export function halfCapitalisedLawAt(text: string, t0: number, det: string): { end: number; title: string } | null {
  if (det !== 'the') return null;
  const m = HALF_CAPITALISED.exec(text.substr(t0, 60));
  if (!m) return null;
  const words = m[1].split(/[ \t]+/);
  if (words.some((w) => NOT_A_NAME.has(w))) return null;
  return { end: t0 + m[0].length, title: `${words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ')} Law` };
}

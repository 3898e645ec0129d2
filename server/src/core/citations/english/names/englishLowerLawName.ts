// Rule (issue 14, heldout29 English: a news page, "… closed a loophole in the controversial Article 24 of its marriage
// law. The article made …", then "calls to repeal Article 24", "the article"): news writers name a Chinese law in lower
// case by its subject, after "its", "their", "the country's", "China's" or "the": "of its adoption law", "of the
// country's marriage law". When no known law has that name (english.ts reads known names first, in any case: "of the
// labor contract law", "of China's company law" resolve as before), the name is still a law's — a title the corpus
// lacks, read as the same words capitalised are ("of its Marriage Law": unknown-regulation), so the bare articles and
// "the article" after it follow it rather than no law at all. The name: one to three lower-case content words and
// "law", perhaps after "new", "current", "revised" or the like. Not a phrase that names no one law: a field or a kind
// of law ("the case law", "the tax law", "the criminal law" when no law is so named, "the model law", "the local
// law"), a relation ("its bylaws", "the son-in-law"), "the rule of law"; not after another determiner ("of a
// marriage law", "of any law"); not the last words of a known law's name ("its espionage law", "the security law":
// the Counter-espionage Law's, one of the security laws' — a law the corpus has, named short, never one it lacks).

/** Words before "law" that make it a field, a kind or a quality of law, not one law's name. */
const GENERIC = new Set([
  'case', 'common', 'civil', 'criminal', 'penal', 'administrative', 'constitutional', 'international', 'foreign', 'domestic',
  'local', 'national', 'state', 'federal', 'provincial', 'municipal', 'applicable', 'governing', 'relevant', 'same', 'said',
  'above', 'aforementioned', 'aforesaid', 'following', 'model', 'statutory', 'substantive', 'procedural', 'general', 'special',
  'basic', 'private', 'public', 'economic', 'commercial', 'business', 'tax', 'soft', 'hard', 'martial', 'natural', 'moral',
  'customary', 'written', 'unwritten', 'positive', 'competition', 'contract', 'property', 'family', 'trade', 'corporate',
  'this', 'that', 'such', 'which', 'whose', 'own', 'other', 'another', 'any', 'every', 'each', 'some', 'no', 'new', 'old',
  'current', 'existing', 'revised', 'amended', 'original', 'previous', 'former', 'draft', 'proposed', 'relevant', 'whole',
  'entire', 'chinese', 'china', 'prc', 'eu', 'us', 'uk', 'and', 'or', 'of', 'on', 'for', 'in', 'to', 'the', 'a', 'an',
  'by', 'with', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'school', 'firm', 'employment',
]);

/** After "of" and its determiner: a possessive lead, an edition word, the name's words, "law". */
const LOWER_NAME = /^((?:(?:country|nation|mainland|PRC)['’]s[ \t]+)?)((?:(?:newly|recently)[ \t]+)?(?:new|current|revised|amended|existing)[ \t]+)?((?:[a-z]+[ \t]+){0,2}[a-z]+)[ \t]+law(?![\w'’-])/;
/** The same with no determiner: "of China's adoption law". */
const LOWER_NAME_BARE = /^((?:China|PRC)['’]s[ \t]+)((?:(?:newly|recently)[ \t]+)?(?:new|current|revised|amended|existing)[ \t]+)?((?:[a-z]+[ \t]+){0,2}[a-z]+)[ \t]+law(?![\w'’-])/;

/**
 * The lower-case name of a law at t0, after "of" and the determiner `det` (the rule above): where it ends and its words
 * capitalised as a title ("Adoption Law"), or null.
 */
export function lowerUnknownLawAt(text: string, t0: number, det: string, knownTail: (words: string) => boolean): { end: number; title: string } | null {
  if (det !== 'the' && det !== 'its' && det !== 'their' && det !== '') return null;
  const c = text.charCodeAt(t0);
  if (!(c >= 97 && c <= 122) && !(det !== 'its' && det !== 'their' && (c === 67 || c === 80))) return null;
  const m = (det === '' ? LOWER_NAME_BARE : LOWER_NAME).exec(text.substr(t0, 80));
  if (!m) return null;
  // The country's word is no possessive the writer's own ("its", "their") needs; "of the" alone wants none either.
  if (m[1] && det !== 'the' && det !== '') return null;
  const words = m[3].split(/[ \t]+/);
  if (words.some((w) => GENERIC.has(w)) || knownTail(`${words.join(' ')} law`)) return null;
  return { end: t0 + m[0].length, title: `${words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ')} Law` };
}

/**
 * Every ending of the known short English names of laws — capitalised words and "Law", nothing joining them —, lower
 * case, from a word on ("security law", "data security law", "espionage law" of "Counter-espionage Law"), for
 * lowerUnknownLawAt's `knownTail`. Not a long title ending in a law's name ("Interpretation … of Marriage Law"), whose
 * law may be one the corpus lacks.
 */
export function knownLawTails(titles: readonly string[]): Set<string> {
  const tails = new Set<string>();
  for (const t of titles) {
    if (!/^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* Law$/.test(t)) continue;
    const words = t.toLowerCase().replace(/[’']s\b/g, '').split(/[^a-z]+/).filter(Boolean);
    for (let i = words.length - 2; i >= 0; i--) tails.add(words.slice(i).join(' '));
  }
  return tails;
}

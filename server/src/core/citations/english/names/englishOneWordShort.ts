// Rule (issue 14, fix-en80; heldout51 English p17, a fire-safety page: 'according to the "Fire Law" Article 25'; a US
// lawyer's blog: "Article 14 of the Quality Control Law" after "China's Product Quality Control Law"): writers shorten a
// law's English name by leaving one of its words off — the Fire Law for the Fire Protection Law, as 《消防法》 is
// shortened in Chinese to no shorter name, the Quality Control Law for the Product Quality Control Law. A name "W Law"
// the tables do not know names the one law whose known English name, the country and the joining words left out, has
// the words W and exactly one more (or W and no more, as "Police Law" is the People's Police Law's). Never:
// - when two laws' names are so (the Security Law is the National Security Law's, the Data Security Law's …);
// - when a law's name has W with Anti- or Counter- (the word left off may be the one that turns the name round: the
//   "Competition Law", the "Monopoly Law", the "Drug Law" stay unknown);
// - for the name of a law the Civil Code replaced (the Contract Law, the Property Law, the Tort Law …): writers still
//   cite those by their own names, which no law in force has, whatever words they share with one (the Contract Law is
//   no Labor Contract Law).
// Asked last, after every other reading of the name (titles.ts lookup): only a name that is otherwise unknown.
import { americanSpelling, baseForm, JOINING } from './englishTitleBag';

/**
 * The English short names of the laws the Civil Code replaced in 2021, each as its content words in base form
 * (englishTitleBag.ts baseForm: the Contracts Law, the Torts Law are these laws too), sorted (see the rule).
 */
const REPLACED_BY_CIVIL_CODE = [
  'contract', // Contract Law (合同法)
  'marriage', // Marriage Law (婚姻法)
  'property', // Property Law (物权法)
  'real right', // Real Right Law, Law on Real Rights (物权法)
  'security', // Security Law (担保法)
  'guarantee', // Guarantee Law (担保法)
  'guaranty', // Guaranty Law (担保法)
  'tort', // Tort Law, Torts Law (侵权责任法)
  'liability tort', // Tort Liability Law (侵权责任法)
  'inheritance', // Inheritance Law (继承法)
  'succession', // Succession Law (继承法)
  'adoption', // Adoption Law (收养法)
  'civil general principle', // General Principles of the Civil Law (民法通则)
  'civil general provision', // General Provisions of the Civil Law (民法总则)
];

/**
 * A name's content words: lower case, British spelling as American (englishTitleBag.ts americanSpelling), joining words out —
 * as spelled otherwise: a word in another form ("the Arbitrations Law") is another name, left to the word-bag rules.
 */
function contentWords(name: string): string[] {
  return name.toLowerCase().replace(/[’']s\b/g, '').split(/[^a-z]+/).filter((w) => w && !JOINING.has(w)).map(americanSpelling).map((w) => COMPANY_WORD[w] ?? w);
}

/**
 * Rule (issue 14, fix-en90; pool90 English p48, a law database's abstract: "Article 9 of the Judicial Interpretation IV
 * of Corporate Law"): 公司 is rendered "Corporate" or "Corporation" as well as "Company" — "the Corporate Law", "the
 * Corporation Law" are the Company Law, as no law's name differs from another's only so.
 */
const COMPANY_WORD: Readonly<Record<string, string>> = { corporate: 'company', corporation: 'company' };

/**
 * The subject words of a written law's name "W Law" (capitalised words, one to four, before Law), sorted, or null when
 * the name is no such name or names a law the Civil Code replaced. Not "W Act": without the country an Act is as often
 * another state's (Taiwan's Company Act), and englishAct.ts reads the PRC's.
 */
export function shortLawWords(written: string): string[] | null {
  const name = written.replace(/^[“"‘'\s]+|[”"’'\s]+$/g, '').replace(/^the\s+/i, '');
  if (!/^(?:[A-Z][A-Za-z'’\-]*\s+(?:and\s+)?){1,4}Law$/.test(name)) return null;
  const words = contentWords(name).slice(0, -1);
  if (!words.length || words.some((w) => /^(?:law|code|act|regulation|rule|measure|provision|interpretation|chinese|china|prc|new|old|current|revised|amended)$/.test(w))) return null;
  const key = [...new Set(words)].sort();
  if (REPLACED_BY_CIVIL_CODE.includes([...new Set(words.map(baseForm))].sort().join(' '))) return null;
  return key;
}

/**
 * How a known law's English name `known` stands to the short name's words: 'same' (its subject words are those),
 * 'one-more' (those and one more), 'anti' (those with Anti-/Counter- among the rest), or null (none of these).
 */
export function shortNameFit(words: readonly string[], known: string): 'same' | 'one-more' | 'anti' | null {
  const m = /^(?:Law\s+(?:of\s+the\s+(?:People's\s+Republic\s+of\s+China|PRC)\s+)?on\s+(.+)|(.+?)\s+Law)(?:\s+of\s+the\s+(?:People's\s+Republic\s+of\s+China|PRC))?$/.exec(known);
  if (!m) return null;
  const own = new Set(contentWords(m[1] ?? m[2]));
  if (!words.every((w) => own.has(w))) return null;
  const rest = [...own].filter((w) => !words.includes(w));
  if (rest.some((w) => w === 'anti' || w === 'counter')) return 'anti';
  return rest.length === 0 ? 'same' : rest.length === 1 ? 'one-more' : null;
}

/**
 * The one law a short name stands for (the rule above), among the known names `names` (each with its law): the law
 * whose name has the same words, else the one whose name has one more; null when none, two, or a law's name with Anti-.
 */
export function oneWordShortLaw<L>(written: string, names: readonly { name: string; law: L }[]): L | null {
  const words = shortLawWords(written);
  if (!words) return null;
  const same = new Set<L>();
  const more = new Set<L>();
  for (const { name, law } of names) {
    const fit = shortNameFit(words, name);
    if (fit === 'anti') return null;
    if (fit === 'same') same.add(law);
    else if (fit === 'one-more') more.add(law);
  }
  if (same.size) return same.size === 1 ? [...same][0] : null;
  return more.size === 1 ? [...more][0] : null;
}

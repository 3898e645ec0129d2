// Rule (issue 14, heldout26-english; a city's English FAQ for foreigners citing in legal style: "… detention may also
// be imposed. (XYZL, art. 60). Prior rules allowed lower fines. (2010 Implementing Rules, art. 40)."): legal citation
// style puts the law's name, a comma and the abbreviated article inside one bracket. What the bracket opens with is the
// name of the law that article is of — an acronym the page never defines (its law unknown to the reader of the page,
// and to the corpus), or a capitalised title with a law word, a year before it naming its version ("2010
// Implementing Rules"): a law the corpus does not know by that name, unknown-regulation — never no context with the
// mainland's laws as candidates, and never the title the bracket before it named. A known title or a defined short
// name so placed resolves as before (english.ts titleBefore reads those first).
import { lawLikeEnglishTitle } from './englishLawLikeTitle';

/** The words from the bracket's opening to the comma: an acronym, or a capitalised title, a year before either. */
const BRACKET_NAME = /\((?:[ \t]*)((?:(?:19|20)\d\d[ \t]+)?(?:[A-Z]{2,8}|[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,14}))[ \t]*$/;

/** What a bracket's opening words must not be: the country, a place or a person's role. */
const NOT_A_LAW = /^(?:PRC|P\.R\.C|China|USA?|UK|EU|SPC|NPC|NPCSC|CSRC|SAMR|MOFCOM)$/;

/** The bracket's own title ending at `end` (the rule above): where it starts and its name, else null. */
export function bracketTitleEndingAt(text: string, end: number): { start: number; title: string } | null {
  const slice = text.slice(Math.max(0, end - 120), end);
  const m = BRACKET_NAME.exec(slice);
  if (!m) return null;
  const name = m[1];
  const bare = name.replace(/^(?:19|20)\d\d[ \t]+/, '');
  if (NOT_A_LAW.test(bare)) return null;
  if (!/^[A-Z]{2,8}$/.test(bare) && !lawLikeEnglishTitle(bare)) return null;
  return { start: end - name.length, title: name.replace(/\s+/g, ' ') };
}

// Rule (issue 14, fix-en31b; Taiwan's official English texts of its enforcement rules — "These Rules are prescribed in
// accordance with Article 85 of the Labor Standards Act (hereinafter referred to as the Act)." then "… referred to in
// Subparagraph 4 of Article 2 of the Act", "Paragraph 2 of Article 50 of the Act" — and Hong Kong news on an ordinance —
// "The Legislative Council passed the Widget Matters (Reciprocal Enforcement) Ordinance (Cap. 999) … Section 5 of the
// Ordinance excludes …"): a writer who has named a statute of Taiwan (its statutes are Acts) or of Hong Kong (its
// statutes are Ordinances) calls it again by its kind word alone, "the Act", "the Ordinance", as mainland texts say
// "the Law" after naming a law. Read there, it is the region's statute named last — a law the corpus does not hold:
// its articles and sections cite it (unknown-regulation), never no citation as another state's statute is. Only where
// the page speaks of that region (Taiwan: englishRegions.ts speaksOfTaiwan; Hong Kong: regionAround), with such a
// statute named before it, which is that region's (taiwanCodeAt; for an Ordinance the region is enough); "the Act",
// "the Ordinance" not opening a longer title ("the Act on …", "the Ordinance No. 5"). A common-law state's Act named
// last ("the Companies Act 2006", "the U.S. … Act") is no Taiwan statute (taiwanCodeAt) and "the Act" after it no
// citation, as before.
import { lastMatchAt, regionAround, speaksOfTaiwan, taiwanCodeAt } from './englishRegions';

/** "Act" or "Ordinance" after "the", capitalised, not opening a longer title. */
const KIND_WORD = /^(Act|Ordinance)(?![\w'’-])(?![ \t]+(?:of|on|for|to|concerning|relating)[ \t]+[A-Z0-9])(?![ \t]+No\b)/;

/** A statute named by its title in capitals ending in Act ("Labor Standards Act"), the word before "Act" not "the". */
const ACT_NAMED = /[A-Z][A-Za-z'’-]*(?:[ \t]+(?:[A-Z][A-Za-z'’-]*|of|on|for|and|at|in|the))*[ \t]+(?<!\b[Tt]he[ \t]+)Act(?![\w'’-])/g;

/** An Ordinance named by its title ("Theft Ordinance", "Widget Matters (Reciprocal Enforcement) Ordinance"). */
const ORDINANCE_NAMED = /\(?[A-Z][A-Za-z'’-]*\)?(?:[ \t]+(?:\(?[A-Z][A-Za-z'’-]*\)?|of|on|for|and|at|in|the))*[ \t]+(?<!\b[Tt]he[ \t]+)Ordinance(?![\w'’-])/g;

/** Words that open a sentence or a phrase, not a title: "Under the Labor Standards Act" names "Labor Standards Act". */
const LEAD_WORDS = /^(?:(?:The|This|That|Under|In|On|Of|For|By|As|At|To|From|With|Per|Pursuant|According|If|When|Where|While|Since|After|Before|Unless|See|And|Or|But|Article|Articles|Section|Sections|Chapter)[ \t]+(?:(?:of|to|the|with|in)[ \t]+)*)+/;

/**
 * "Act" / "Ordinance" at t0 (after "of the") naming the region's statute named last (the rule above): where the word
 * ends and the statute's name, marked as the region's; else null.
 */
export function regionStatuteAgainAt(text: string, t0: number): { end: number; written: string } | null {
  const m = KIND_WORD.exec(text.substr(t0, 40));
  if (!m) return null;
  const end = t0 + m[1].length;
  if (m[1] === 'Act') {
    if (!speaksOfTaiwan(text, t0)) return null;
    const named = lastMatchAt(text, ACT_NAMED, t0);
    if (!named) return null;
    const lead = LEAD_WORDS.exec(named.text)?.[0].length ?? 0;
    const taiwan = taiwanCodeAt(text, named.start + lead);
    return taiwan ? { end, written: taiwan.written } : null;
  }
  if (regionAround(text, t0) !== 'hk') return null;
  const named = lastMatchAt(text, ORDINANCE_NAMED, t0);
  if (!named) return null;
  const lead = LEAD_WORDS.exec(named.text)?.[0].length ?? 0;
  return { end, written: `${named.text.slice(lead)} (Hong Kong)` };
}

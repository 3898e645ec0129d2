// Rule (issue 14, heldout18-english; Hong Kong news of sedition arrests: "… contravening sections 9 and 10 of the Crimes
// Ordinance", "section 4 of the Theft Ordinance (Cap. 210)"): Hong Kong's statutes are Ordinances, their provisions
// sections. A title in capitals ending in Ordinance — with its chapter after it ("(Cap. 210)"), "of Hong Kong" after it,
// or on a page speaking of Hong Kong (englishRegions.ts regionAround) — is Hong Kong's law, which the corpus does not
// hold: its sections and articles cite it (unknown-regulation), as Taiwan's and Macao's laws are cited (the labelling
// convention of round 18: the regions' laws are China's, in any language), no longer no citation as another
// state's statute is. Not an Ordinance on a page that never speaks of Hong Kong (a colonial statute elsewhere).
import { regionAround } from './englishRegions';

const ORDINANCE = /(?:[A-Z][A-Za-z'’-]*[ \t]+(?:(?:of|on|for|and|the|in)[ \t]+)*){1,7}Ordinance(?![A-Za-z])/y;
/** Its chapter in Hong Kong's laws after it: "(Cap. 210)", "(Cap 200)", "(Chapter 32)". */
const CAP_AFTER = /^[ \t]*\((?:Cap\.?|Chapter)[ \t]*\d{1,4}[A-Z]?\)/;
const HK_AFTER = /^,?[ \t]+of[ \t]+(?:the[ \t]+)?(?:Hong[ \t]+Kong|HKSAR)(?:[ \t]+(?:SAR|Special[ \t]+Administrative[ \t]+Region))?(?![A-Za-z])/;

/** Such a title at p (after "of the"): where it ends and its name, marked as Hong Kong's; else null. */
export function hkOrdinanceAt(text: string, p: number): { end: number; written: string } | null {
  ORDINANCE.lastIndex = p;
  const m = ORDINANCE.exec(text);
  if (!m) return null;
  let end = p + m[0].length;
  const hk = HK_AFTER.exec(text.substr(end, 60));
  if (hk) end += hk[0].length;
  else if (!CAP_AFTER.test(text.substr(end, 16)) && regionAround(text, p) !== 'hk') return null;
  return { end, written: `${m[0]} (Hong Kong)` };
}

// Rule (issue 14, a140-en; a contract-drafting guide: "Article 466 of the PRC Civil Code (2021) presumes the versions
// carry the same meaning … China is a full CISG Contracting State (ratified 1986) and withdrew its Article 96
// written-form declaration"): an international instrument named by its initials in prose — even as an attribute,
// "a CISG Contracting State", "GATT members" — is the last text the page's grammar names, so a bare "Article N" after
// it is that instrument's (unknown-regulation, as "Article 25 of the CISG" is: round 32), never the Chinese law cited a
// sentence before. Only the initials of multilateral instruments writers on Chinese law name so; an initial standing
// before an article ("CISG Article 11") is a citation already, read by the instrument rules.

/** The initials of international instruments a page names alone. */
const INSTRUMENT_INITIALS = /(?<![\w'’-])(?:CISG|GATT|GATS|TRIPS|ICCPR|ICESCR|UNCLOS)(?![\w'’-])(?![ \t]+(?:Art(?:icles?|s?\.)|art(?:icles?|s?\.))[ \t]*\d)/g;

/** Where the page names an international instrument by its initials alone, from `from` on. */
export function instrumentInitialsAlone(text: string, from: number): { start: number; end: number; title: string }[] {
  const out: { start: number; end: number; title: string }[] = [];
  INSTRUMENT_INITIALS.lastIndex = from;
  for (let m = INSTRUMENT_INITIALS.exec(text); m; m = INSTRUMENT_INITIALS.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, title: m[0] });
  return out;
}

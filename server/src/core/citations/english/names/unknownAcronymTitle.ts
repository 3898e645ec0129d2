// Rule (issue 14, fix-en82; heldout52 English, a paper on insurance supervision: "… formulated by the International
// Association of Insurance Supervisors (IAIS) … Article 25 of the ICP also requires national supervisory authorities
// …"): writers name a text they cite often by its capitals — a convention ("Article 50 of TRIPS", settled in round 24),
// a foreign statute ("Article 7 of the GDPR"), a standard set of principles — without defining them where the reader
// is. Capitals in a law's place after "Article N of (the)", which no definition, no known law's initials and no known
// acronym read, still name a text: its title, which the corpus lacks (unknown-regulation) — never nothing, never the
// law in context. Not a body's or a country's capitals (the PRC, the NPC, the SPC, the CSRC, the WTO, the EU …: an
// article is no body's), not capitals going on with a capitalised word ("the PRC Company Law", "the ICC Rules": a longer
// name the other rules read) or a number ("ISO 9001"), nor a possessive.

/** Capitals naming bodies, countries and currencies, not texts (an "Article 12 of the CSRC" names no document). */
const BODIES = new Set(('PRC NPC NPCSC SPC SPP CPC CCP CPPCC PLA CSRC CBIRC CBRC CIRC NFRA PBOC PBC SAMR SAIC SAT SAFE MOF MOFCOM NDRC ' +
  'CAC MIIT MPS MOJ MOHRSS MOE CNIPA SIPO CIETAC SHIAC HKIAC SCIA BAC UN EU US USA UK WTO WIPO IAIS IOSCO OECD IMF ASEAN APEC ' +
  'HK HKSAR SAR FAQ USD RMB CNY GDP CEO CFO IPO AI IT ID OK').split(' '));

/** Two to six capitals after "of (the) ", ending the name: no capitalised word, number, hyphen or possessive after. */
const CAPITALS = /^([A-Z]{2,6})(?![\w'’-])(?![ \t]+(?:[A-Z]|\d))/;

/** The end of an undefined text's capitals at p (the rule above), or -1. */
export function unknownAcronymTitleEnd(text: string, p: number): number {
  const m = CAPITALS.exec(text.substr(p, 20));
  if (!m || BODIES.has(m[1])) return -1;
  return p + m[1].length;
}

// Rule (issue 14, real-english13: competition-law notes): some conventional acronyms are read as the document's own
// definition even where it gives none ("Article 13 of the AML prohibits monopoly agreements", corpus/data/
// english-titles.json `acronyms`). "AML" is the Anti-Monopoly Law's in writing on competition, but the Anti-Money
// Laundering Law's (反洗钱法) in writing on banks and compliance; a careful reader takes the subject of the text: an
// acronym another law shares is not read so in a text on that other law's subject.

/** Acronyms two laws share, with the words that make a text the other law's subject. */
const SHARED: Record<string, RegExp> = {
  AML: /money[ \t-]+launder/i,
};

/** Whether the conventional acronym `a`, found in `text`, is another law's there (the text is on that law's subject). */
export function acronymOfOtherSubject(a: string, text: string): boolean {
  return SHARED[a]?.test(text) ?? false;
}

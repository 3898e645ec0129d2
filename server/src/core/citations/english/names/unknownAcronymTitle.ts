// Rule (issue 14, fix-en82; heldout52 English, a paper on insurance supervision: "… the "Insurance Core Principle and
// Methodology" formulated by the International Association of Insurance Supervisors (IAIS) … Article 25 of the ICP
// also requires national supervisory authorities …"): a writer who has named a text in full goes on citing its
// articles by the initials of that name, without defining them — as namedInitialsAt (englishNamedInitials.ts) reads
// the initials of a law cited before. When the text so named is no law the corpus knows (a set of principles, a
// standard, guidelines), its articles are that text's: its title, unknown to the corpus (unknown-regulation) — never
// nothing, never the law in context. Only capitals (three to six) in a law's place after "Article N of (the)" that are
// the initials of capitalised words the page wrote before (small joining words left out), ending the name (no
// capitalised word, number or hyphen after); not when those words name a law, a regulation or a body (a name ending in
// Law, Act, Code, Regulations …, or holding Association, Commission, Court, or a country's Republic … China: their initials are left to the law rules,
// and an article is no body's), nor when no words before have those initials (undefined capitals stay unread:
// "Article 5 of the HRSA", "of the FILE format"), nor the country's ("Article 16 of the PRC" after "People's Republic of
// China" is the law named before it).

/** Three to six capitals after "of (the) ", ending the name: no capitalised word, number, hyphen or possessive after. */
const CAPITALS = /^([A-Z]{3,6})(?![\w'’-])(?![ \t]+(?:[A-Z]|\d))/;
/** Words a name's initials leave out. */
const SMALL = new Set(['of', 'on', 'the', 'and', 'for', 'in', 'to', 'at', 'with', 'by', 'a', 'an']);
/** Words that make a name a law's, a regulation's or a body's, not an unknown text's. */
const LAW_OR_BODY = /^(?:Laws?|Acts?|Codes?|Regulations?|Measures|Provisions|Rules|Interpretations?|Ordinances?|Decisions?|Constitution|Association|Commission|Committee|Ministry|Court|Council|Bureau|Administration|Office|Agency|Authority|Bank|Organi[sz]ation|Federation|Union|Company|Corporation|Group|Institute|University|Party|Congress|Government|Department|Supervisors|Republic|China|People['’]s|States|Kingdom|Nations)$/;

/** The end of capitals at p that are the initials of an unknown text named before (the rule above), or -1. */
export function unknownAcronymTitleEnd(text: string, p: number): number {
  const m = CAPITALS.exec(text.substr(p, 20));
  if (!m) return -1;
  const caps = m[1];
  const before = text.slice(Math.max(0, p - 3000), p);
  // Runs of capitalised words (small words between them), each read for a stretch whose initials are the capitals.
  for (const run of before.match(/[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|on|the|and|for|in|to|at|with|by|a|an)[ \t]+)*[A-Z][\w'’-]*)*/g) ?? []) {
    const words = run.split(/[ \t]+/).filter((w) => !SMALL.has(w));
    for (let i = 0; i + caps.length <= words.length; i++) {
      const name = words.slice(i, i + caps.length);
      if (name.map((w) => w[0]).join('') !== caps) continue;
      if (name.some((w) => LAW_OR_BODY.test(w)) || name.some((w) => /^[A-Z]{2,}$/.test(w))) return -1;
      return p + caps.length;
    }
  }
  return -1;
}

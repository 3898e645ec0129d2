// Rule (issue 14, heldout18-english; law databases' English pages: "Title:Personal Data Protection Act (2023.05.31)"
// above the law's articles, as Taiwan's Laws & Regulations Database and the sites copying it print a law): a line
// labelled "Title:" names the law whose articles the page prints — its name in capitals ending in a law's noun (Act,
// Law, Code, Regulations, Rules, Measures, Provisions), the date of its text in brackets after it or nothing. The bare
// articles the printed text cites ("as referred to in paragraph 1 of Article 15") are that law's, as after its title
// named alone (rule 5): a law the corpus lacks is unknown-regulation, never the page's own (self) text. Not a caption
// of other things ("Title: Manager", "Title: How to file a claim"): the name must end in the law's noun.

/** The label, the name and the optional date: "Title:Data Act (2023.05.31)", "Title: Civil Code (2021.01.20 Modified)". */
const TITLE_LINE = /^[ \t]*Title[ \t]*[:：][ \t]*((?:[A-Z][A-Za-z'’-]*[ \t]+(?:(?:of|on|for|and|the|in|at)[ \t]+)*){0,8}(?:Act|Law|Code|Regulations|Rules|Measures|Provisions))(?:[ \t]*\((?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}[^()\n]{0,20}\))?[ \t]*\r?$/gm;

/** The law names on "Title:" lines (the rule above): where each name is written and the name. */
export function titleLabelNames(text: string): { start: number; end: number; written: string }[] {
  if (!/^[ \t]*Title[ \t]*[:：]/m.test(text)) return [];
  const out: { start: number; end: number; written: string }[] = [];
  for (const m of text.matchAll(TITLE_LINE)) {
    const start = m.index! + m[0].indexOf(m[1]);
    out.push({ start, end: start + m[1].length, written: m[1].replace(/\s+/g, ' ') });
  }
  return out;
}

/**
 * The text printed under such a line names its law by the initials of that name too ("… the information specified in
 * paragraph 1 of Article 8 of the PDPA" under "Title:Personal Data Protection Act"): capitals at p that are the initials
 * of a "Title:" line's name (small words left out, three letters at least), the law of that line; else null.
 */
export function titleLabelInitialsAt(text: string, p: number): { end: number; written: string } | null {
  const m = /^[A-Z]{3,8}(?![A-Za-z0-9])/.exec(text.substr(p, 10));
  if (!m) return null;
  for (const t of titleLabelNames(text)) {
    const initials = t.written.split(' ').filter((w) => !/^(?:of|on|for|and|the|in|at)$/.test(w)).map((w) => w[0]).join('');
    if (initials === m[0]) return { end: p + m[0].length, written: t.written };
  }
  return null;
}

// Rule (issue 14, real-enfirm26: an IP lawyer's blog passing on a professor's notes on the Copyright Law — "This 2020
// Amendment to Chinese Copyright Law … – Article 3 of the 2020 Amendment makes copyright subject matters open-ended"):
// writers name a law as amended in a year "the YEAR Amendment to the X Law" and then call it "the YEAR Amendment"; an
// article "of the 2020 Amendment" is that law's article as the amendment left it (著作权法 as amended in 2020, article
// 3), not an article of the amending decision (whose few articles English writers do not cite by number) and not the
// law in context. Only when the page named that year's amendment with its law before ("2020 Amendment to …"); the year
// is the version the citation names (namedVersion: a year the corpus holds no text of is unknown-regulation). The
// Criminal Law's numbered amendments (刑法修正案, laws of their own) are left to englishAmendment.ts: "the 2015
// Amendment to the Criminal Law" names no version of the Criminal Law and is not read here.

/** "2020 Amendment" (or Amendments, Revision) right after "of the ", not itself followed by "to …". */
const YEAR_AMENDMENT = /^((?:19[89]\d|20[0-4]\d))[ \t]+(Amendments?|Revision)(?![\w-])(?![ \t]+(?:to|of)\b)/;

/**
 * "of the 2020 Amendment" at t0: where "2020 Amendment" ends, the year, and where the law's title starts in the page's
 * earlier "2020 Amendment to (the) X Law" (the caller reads the title there); null otherwise.
 */
export function yearAmendmentAt(text: string, t0: number): { end: number; year: number; titleAt: number } | null {
  const c = text.charCodeAt(t0);
  if (c !== 49 /* 1 */ && c !== 50 /* 2 */) return null;
  const m = YEAR_AMENDMENT.exec(text.substr(t0, 24));
  if (!m) return null;
  const named = `${m[1]} ${m[2]}`;
  for (let k = text.lastIndexOf(named, t0 - 1); k >= 0; k = text.lastIndexOf(named, k - 1)) {
    const to = /^[ \t]+to[ \t]+(?:the[ \t]+)?/.exec(text.substr(k + named.length, 12));
    if (to) return { end: t0 + m[0].length, year: +m[1], titleAt: k + named.length + to[0].length };
  }
  return null;
}

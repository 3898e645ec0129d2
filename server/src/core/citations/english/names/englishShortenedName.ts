// Rule (issue 14, real-en24: a news page on a law's revision): a writer who has named a law in full ("the country's
// anti-espionage law", "the Anti-Espionage Law") shortens it later in lower case, dropping its first word or two: "Article
// 54 of the espionage law". A reader takes the shorter name as that law's: the words before "law" end the name of a
// known law the page named before — one or two words (or a hyphenated prefix) more in front — and of exactly one such
// law (two laws so named leave it unread). Asked only where "of the <words> law" names no law itself (english.ts reads
// known names first); the words are lower-case letters, one to three, so "the law", "the case law" with no longer name
// before it, and capitalised titles stay as they were.

/** "<words> law" at p: one to three lower-case words, then "law" ending the name. */
const SHORT_NAME = /^((?:[a-z]+[ \t]+){0,2}[a-z]+)[ \t]+law(?![\w'’-])/;

/**
 * The known law whose longer name, written before p, ends in the lower-case "<words> law" at p (the rule above): where
 * the short name ends and the title `known` gives for the longer name, or null.
 */
export function shortenedLawAt(text: string, p: number, known: (name: string) => string | null): { end: number; title: string } | null {
  const m = SHORT_NAME.exec(text.substr(p, 60));
  if (!m) return null;
  const words = m[1].split(/[ \t]+/).join('[ \\t]+');
  const before = text.slice(Math.max(0, p - 20_000), p);
  const longer = new RegExp(`(?<![\\w'’-])([A-Za-z]+[ \\t]+)?([A-Za-z]+(?:-|[ \\t]+)${words}[ \\t]+law)(?![\\w'’-])`, 'gi');
  const capitalised = (name: string) => name.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  let title: string | null = null;
  for (let l = longer.exec(before); l; l = longer.exec(before)) {
    // The name one word longer ("anti-espionage law"), else two ("national data security law"); not "the …".
    const t = known(capitalised(l[2])) ?? (l[1] && !/^the[ \t]/i.test(l[1]) ? known(capitalised(l[1] + l[2])) : null);
    if (!t) continue;
    if (title !== null && title !== t) return null;
    title = t;
  }
  return title ? { end: p + m[0].length, title } : null;
}

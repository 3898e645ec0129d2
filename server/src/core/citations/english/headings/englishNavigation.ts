// A line of article labels that links to the articles of the page itself (issue 14, real-english15: law databases and
// annotated translations). Sites that publish a regulation article by article put a navigation bar above its text,
// "Article 1 | Article 2 | Article 3 | … | Article 15", each label a link to that article further down the page (or on
// the next page). The rule the bar follows, read here: a line made only of article labels, three or more, separated by
// a vertical bar, a middle dot or a bullet, numbered one after the other, is the page's table of contents — no
// citation of any law, as the same labels printed as headings above the articles' text are none. A writer who cites
// articles lists them in a sentence ("Articles 1, 2 and 3 of …"); a table comparing old and new numbers is a table
// (its rows open and close with a bar, "| Article 16 | Article 15 |") and its numbers do not run one after the other.

/** One label of the bar: "Article 7", "Art. 7", "ARTICLE 7". */
const LABEL = '(?:Article|ARTICLE|Art\\.?)[ \\t]*(\\d{1,4})';
/** The separators a navigation bar prints between its links. */
const SEPARATOR = '[ \\t]*[|｜·•][ \\t]*';
const LABEL_RE = new RegExp(LABEL, 'g');
/** The longest navigation bar read (characters). */
const MAX_BAR = 600;
const BAR_LINE = new RegExp(`^[ \\t]*${LABEL}(?:${SEPARATOR}${LABEL})+[ \\t]*$`);
/** Every character BAR_LINE lets a line hold: spaces, digits, the label's letters and full stop, the separators. */
const BAR_CODES = new Set([...' \t0123456789ArticleRTICLE.|｜·•'].map((c) => c.charCodeAt(0)));

/**
 * Where the navigation bar holding the article label at p ends (its line's end), when the label stands in one (the
 * rule above); -1 otherwise.
 */
export function articleNavigationEnd(text: string, p: number): number {
  // A bar is a short line: look no further than its longest length either side (a long line is no bar, and every
  // English article label of a document asks).
  // A character BAR_LINE allows nowhere in the line (a word's letter, an ideograph) ends the search at once: most labels
  // stand in prose, a few characters from one.
  let from = p;
  while (from > 0 && p - from <= MAX_BAR && text.charCodeAt(from - 1) !== 10) {
    if (!BAR_CODES.has(text.charCodeAt(from - 1))) return -1;
    from--;
  }
  let to = p;
  while (to < text.length && to - from <= MAX_BAR + 1 && text.charCodeAt(to) !== 10) {
    const c = text.charCodeAt(to);
    // A carriage return only ends the line (the slice below drops it there).
    if (!BAR_CODES.has(c) && !(c === 13 && (to + 1 === text.length || text.charCodeAt(to + 1) === 10))) return -1;
    to++;
  }
  if (to - from > MAX_BAR + 1) return -1;
  const line = text.slice(from, to).replace(/\r$/, '');
  if (line.length > MAX_BAR || !BAR_LINE.test(line)) return -1;
  const numbers = [...line.matchAll(LABEL_RE)].map((m) => +m[1]);
  if (numbers.length < 3) return -1;
  for (let i = 1; i < numbers.length; i++) if (numbers[i] !== numbers[i - 1] + 1) return -1;
  return to;
}

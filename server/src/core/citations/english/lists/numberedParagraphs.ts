// Rule (issue 14, English Q&A pages and machine translations quoting the Criminal Law): an article quoted after "Article
// 285 provides as follows:" at a line's end is printed below with its paragraphs numbered "1. …", "2. …", "3. …", one
// line each. The numbers are the article's paragraphs (款), not items: an article's items follow a paragraph that
// introduces them, and here the text opens with the number. So "the preceding paragraph" on line "2." is paragraph 1
// of that article, in the law the citation names (or the law in context for a bare "Article 285").

/** The words that say the article's text follows, ending the line: "provides as follows:", "states:", "reads:". */
const SAYS_BELOW = /^(?:[ \t]*\((?:PRC|P\.R\.C\.|China)\))?,?[ \t]+(?:provides|stipulates|states|reads|prescribes)(?:[ \t]+as[ \t]+follows)?[ \t]*[:：][ \t]*\r?\n/;

/** A line opening with paragraph number n: "2. Whoever …" (a capital after the number, as a sentence opens). */
function numberedLine(line: string, n: number): boolean {
  return new RegExp(`^[ \\t]*${n}[.．][ \\t]+[A-Z]`).test(line);
}

/**
 * The quoted text below a citation ending at `end`, when its paragraphs are numbered (the rule above): from the line
 * "1. …" to the end of the last line of the run 1., 2., 3. … (two lines at least); null otherwise.
 */
export function numberedParagraphsAfter(text: string, end: number): [number, number] | null {
  const says = SAYS_BELOW.exec(text.substr(end, 60));
  if (!says) return null;
  const from = end + says[0].length;
  let q = from;
  let n = 1;
  let last = -1;
  while (q < text.length) {
    const nl = text.indexOf('\n', q);
    const lineEnd = nl === -1 ? text.length : nl;
    if (!numberedLine(text.slice(q, lineEnd), n)) break;
    last = lineEnd;
    n++;
    if (nl === -1) break;
    q = nl + 1;
  }
  return n > 2 ? [from, last] : null;
}

/**
 * The paragraph `at` stands in, in quoted text from `from` whose paragraphs are numbered (its first line opens with
 * "1."): the number opening `at`'s line; null when the text is not so numbered.
 */
export function numberedParagraphAt(text: string, from: number, at: number): number | null {
  if (!numberedLine(text.slice(from, from + 8), 1)) return null;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const m = /^[ \t]*(\d{1,2})[.．][ \t]/.exec(text.slice(Math.max(lineStart, from), Math.max(lineStart, from) + 6));
  return m ? +m[1] : null;
}

/** An item's number opening a line: (1), (iii), (a), 1., 2) — items belong to the paragraph that introduces them. */
export const ITEM_LINE = /^\(?\s*(?:\d{1,2}|[ivxIVX]{1,5}|[a-z]|[A-Z])\s*[).、]/;

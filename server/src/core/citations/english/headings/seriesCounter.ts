// A news site's or blog's counter of its own articles (round 33, f130-en1: machine-translated case-sharing pages,
// "Labor dispute case sharing (Article 3 of 10)"): "Article N of M" with a bare number after "of", closed by a bracket,
// a bar or the line's end, is the Nth piece of a series of M — an article of a page, not of a law. A law is never
// named by a bare number ("Article 3 of 2018 Company Law" goes on with the title's words, and is read as before).

/** "Article 3 of 10", "Art. 2 of 5" up to its closing bracket, bar or line end. */
const COUNTER = /^(?:Articles?|ARTICLE|Art\.?)[ \t]*\d{1,3}[ \t]+of[ \t]+\d{1,3}(?=[ \t]*(?:[)\]|｜\r\n]|$))/;

/** Where the series counter opening at p ends (the rule above), or -1. */
export function seriesCounterEnd(text: string, p: number): number {
  const m = COUNTER.exec(text.substr(p, 24));
  return m ? p + m[0].length : -1;
}

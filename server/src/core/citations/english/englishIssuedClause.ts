// Rule (issue 14, heldout15-english: an academic book's chapter on a law): a short name is defined after the title
// and what the writer says of its source, the footnote's number first — "the Regulation on Widgets 12, issued by the
// State Council in 2009 and recently amended in March 2017 ("RW")", "the Widget Law, as amended in 2018 ("WL")".
// The clause is part of the sentence naming the title: a comma, then a participle of issuing or amending (issued,
// adopted, promulgated, enacted, passed, published, amended, revised), words without a bracket, a stop, a semicolon
// or a quotation mark, up to the bracket of the short name. A clause saying something else ("…, which regulates
// travel (“RW”)") is no part of the title's naming and is left alone.

/** The clause (with the footnote's number before its comma) ending at the definition's bracket. */
const ISSUED_CLAUSE = /[ \t]+(?:\d{1,3}[ \t]*)?,[ \t]*(?:as[ \t]+|(?:which|that)[ \t]+was[ \t]+)?(?:issued|adopted|promulgated|enacted|passed|published|amended|revised)[ \t]+(?:by|in|on|at|and|effective)\b[^()\n.;:"“”]{0,200}$/;

/** The length of such a clause ending at `q` (the opening bracket of a short name's definition), or 0. */
export function issuedClauseBefore(text: string, q: number): number {
  const m = ISSUED_CLAUSE.exec(text.slice(Math.max(0, q - 240), q));
  return m ? m[0].length : 0;
}

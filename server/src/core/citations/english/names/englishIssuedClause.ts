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

// Also (rule, issue 14, heldout20 English: a law firm's note on a court interpretation's amendment): the clause may say
// when the text takes effect, with no comma, the short name after its date — "The amendments to the Supreme People's
// Court's Provisions on Widgets will come into effect on May 1, 2020 (the "New Widget Provisions")", "the Widget Rules
// took effect on 1 January 2021 ("WR")". Only a short name made from the title's words (englishDefinitions.ts shortNameOf), as
// the sentence's subject may be something else that takes effect.

/** "will come into effect on <date>", "took effect from <date>", "came into force as of <date>" before the bracket. */
const EFFECT_CLAUSE = /[ \t]+(?:(?:will|shall|is[ \t]+to|are[ \t]+to)[ \t]+(?:come|enter|take)|(?:came|entered|took|comes|enters|takes))[ \t]+(?:into[ \t]+)?(?:effect|force)[ \t]+(?:on|from|as[ \t]+of)[ \t]+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December),?[ \t]+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[ \t]*$/;

/** The length of such an effect clause ending at `q` (the opening bracket of a short name's definition), or 0. */
export function effectClauseBefore(text: string, q: number): number {
  const m = EFFECT_CLAUSE.exec(text.slice(Math.max(0, q - 120), q));
  return m ? m[0].length : 0;
}

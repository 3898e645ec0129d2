// Rule (issue 14, real-enfirm26: law firms' notes on arbitral awards between the Mainland and Hong Kong, which cite
// "Article I of the Convention" after naming the New York Convention, "the United Nations Convention on the Recognition
// and Enforcement of Foreign Arbitral Awards" ("New York Convention"/"Convention")): a page that has named a convention
// or a treaty by its title goes on to call it by its kind word alone — "the Convention", "the Treaty" — as it calls a
// law "the Law". An article "of the Convention" is then an article of that convention: a title the corpus lacks
// (unknown-regulation), never another document and never the Chinese law in context. Only when the page named such a
// title before ("the New York Convention", "the Hague Convention", "the Convention on …", "… Treaty"); "Article 3 of the
// Convention" on a page that named none stays what it was (another document).
//
// And treaties number their articles in roman numerals, one letter too: "Article V of the New York Convention",
// "Article I of the Convention". A single letter (I, V, X) is read as an article's number only when "of" and a
// convention's or treaty's name follow it, so "Article I" in other prose stays no citation.

/** The kind words a convention's or treaty's short name is. */
const KIND = /^(Convention|Treaty|Covenant)(?![\w'’-])(?![ \t]+(?:of|on|for|to|regarding|concerning|between|against|and)\b)/;

/** A convention's or treaty's title ending at the kind word at k: "New York Convention", "the Hague Convention". */
const NAMED_BEFORE = /(?:[A-Z][\w'’.-]*[ \t]+){1,8}$/;
/** Or the kind word opening its title: "Convention on the Recognition …", "Treaty of Rome". */
const NAMED_AFTER = /^[ \t]+(?:on|of|for|against|concerning|regarding)[ \t]+(?:the[ \t]+)?[A-Z]/;

/**
 * The CISG, named by its initials as writers on sales law do, is the United Nations Convention on Contracts for the
 * International Sale of Goods: "the Convention" after it is that convention (round 32, "Article 1 of the CISG …
 * Article 95 of the Convention").
 */
const CONVENTION_INITIALS = /\bCISG\b/;

/** Whether the page names a convention (treaty, covenant) of that kind by its title before p. */
function namedBefore(text: string, kind: string, p: number): boolean {
  if (kind === 'Convention' && CONVENTION_INITIALS.test(text.slice(0, p))) return true;
  let k = text.lastIndexOf(kind, p - 1);
  // Look back over the page's earlier uses of the word, nearest first; a few are enough.
  for (let n = 0; k > 0 && n < 12; n++, k = text.lastIndexOf(kind, k - 1)) {
    if (/[\w'’-]/.test(text[k + kind.length] ?? '')) continue;
    const before = text.slice(Math.max(0, k - 120), k);
    const lead = NAMED_BEFORE.exec(before);
    // Not "the Convention" itself (a lead of only "the" or a sentence's first word).
    if (lead && !/^(?:The|the|This|this|That|that|Said|said)[ \t]+$/.test(lead[0])) return true;
    if (NAMED_AFTER.test(text.substr(k + kind.length, 40))) return true;
  }
  return false;
}

/**
 * "of the Convention" at t0 (t0 after "of the "): the convention the page named before — its title's words as the
 * page's kind word gives them, and where they end; null otherwise.
 */
export function conventionShortAt(text: string, t0: number): { end: number; written: string } | null {
  const c = text.charCodeAt(t0);
  if (c !== 67 /* C */ && c !== 84 /* T */) return null;
  const m = KIND.exec(text.substr(t0, 40));
  if (!m || !namedBefore(text, m[1], t0)) return null;
  return { end: t0 + m[1].length, written: `the ${m[1]}` };
}

/** After a single-letter roman article number at end: "of the … Convention" (or Treaty, Covenant) follows. */
const CONVENTION_AFTER = /^(?:\(\d{1,2}\)(?:\([a-z]\))?)?,?[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:[A-Z][\w'’.-]*|on|of|the|for|and)[ \t]+){0,12}?(?:Convention|Treaty|Covenant)(?![\w-])/;
/** … or the kind word opening the title: "Article V of the Convention on the Recognition …". */
export function conventionNamedAfter(text: string, end: number): boolean {
  const s = text.substr(end, 160);
  return CONVENTION_AFTER.test(s);
}

/**
 * Before a single-letter roman article's word at `wordStart`: a convention's (treaty's, covenant's) title and a comma,
 * the instrument named before its article ("the New York Convention, Article V(1)(a)", headings/internationalInstrument.ts).
 */
export function conventionNamedBefore(text: string, wordStart: number): boolean {
  return /(?:Convention|Treaty|Covenant),[ \t]*$/.test(text.slice(Math.max(0, wordStart - 12), wordStart));
}

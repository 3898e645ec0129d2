// Abbreviated article labels heading the article's own text (issue 14 form 8, heldout26 English; a summary of an
// amended law printing the provisions it changed): "1. Art.9: Business operators may not use data …", "Art.22.2: A
// business operator … shall not …", "Art.56: If a business operator violates …". The rule writers follow: a label at
// the start of a line or of a list item, a colon, then the article's (translated) words — a provision's sentence, which
// binds or forbids ("shall", "must", "may not", "is prohibited") or opens on its condition ("If …", "Where …",
// "Whoever …") — is the heading of the text it labels, as "Article 9: …" printed over a law's text is, and cites
// nothing; "Art.22.2" labels the article's second paragraph. A writer's headline over the discussion below
// ("Art.12: What the new duty means for platforms", a caption without such words) stays a citation, as does a label
// after running words ("The court relied on Art.12: …").
//
// Rule (issue 14, fix-en41; the same summaries run two changed provisions together on one line): "Art.9: Business
// operators may not …; Art.22.2: A business operator … shall not …" — a label right after the semicolon that ends the
// text of an abbreviated heading opening the line is the next provision's heading, as a list item's label is: the
// page prints the provisions one after another, each under its label. A label after a writer's clause ("… as the
// court held; Art.12: …" on a line no heading opens) stays as it is.

/** The label: a list number or a bullet may open the line; "Art." then the article, ".M" its paragraph, then a colon. */
const LABEL = /^Art\.[ \t]?(\d{1,4})(?:\.(\d{1,2}))?[ \t]*[:：][ \t]*(?=\S)/;

/** What may stand before the label on its line: indentation, a list number ("1.", "2)", "(3)") or a bullet. */
const LINE_HEAD = /^[ \t]{0,21}(?:(?:\d{1,2}[.)]|\(\d{1,2}\)|[-•*])[ \t]+)?$/;

/** Words of a provision's sentence: it binds or forbids, or opens on its condition. */
const PROVISION_WORDS = /\b(?:shall|must|may[ \t]+not|(?:is|are)[ \t]+(?:prohibited|forbidden|not[ \t]+allowed))\b/;
const PROVISION_OPENING = /^(?:If|Where|Whoever|Any[ \t]+(?:person|entity|organi[sz]ation|unit))\b/;

/**
 * The abbreviated heading at p ("Art.9:" at a line's or list item's start over the article's text): its article, its
 * paragraph (or null) and where the label ends; else null.
 */
export function abbreviatedHeadingAt(text: string, p: number): { article: number; paragraph: number | null; end: number } | null {
  if (text.charCodeAt(p) !== 0x41 || text.charCodeAt(p + 3) !== 0x2e) return null;
  const m = LABEL.exec(text.substr(p, 20));
  if (!m) return null;
  const lineStart = text.lastIndexOf('\n', p - 1) + 1;
  if (!LINE_HEAD.test(text.slice(lineStart, p)) && !afterHeadedProvision(text, lineStart, p)) return null;
  const end = p + m[0].length;
  // The first sentence after the colon, its lines wrapped at the page's width (a blank line ends it).
  const window = text.substr(end, 400);
  const stop = window.search(/[.;。；](?:\s|$)|\n[ \t]*\n/);
  const sentence = (stop === -1 ? window : window.slice(0, stop)).replace(/\s+/g, ' ');
  if (!PROVISION_OPENING.test(sentence) && !PROVISION_WORDS.test(sentence)) return null;
  return { article: +m[1], paragraph: m[2] ? +m[2] : null, end };
}

/**
 * Whether the label at p follows a semicolon (and spaces) that ends the text of an abbreviated heading opening the
 * line at `lineStart` (the rule above): "Art.9: Business operators may not …; Art.22.2: …".
 */
function afterHeadedProvision(text: string, lineStart: number, p: number): boolean {
  if (!/[;；][ \t]*$/.test(text.slice(Math.max(lineStart, p - 4), p))) return false;
  const first = lineStart + /^[ \t]{0,21}(?:(?:\d{1,2}[.)]|\(\d{1,2}\)|[-•*])[ \t]+)?/.exec(text.slice(lineStart, p))![0].length;
  return first < p && abbreviatedHeadingAt(text, first) !== null;
}

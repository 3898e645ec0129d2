// Rule (issue 14, heldout30-english: a law firm's note on a regulator's enforcement guide — 'the SAMR issued the
// “Enforcement Guide for X” (hereinafter referred to as the “Guide”) … Articles 2 to 4 of the “Guide” provide … Article
// 2 of the “Guide” stipulates … the second item of Article 2 emphasizes …'): regulators issue guides (指南) and
// guidelines (指引) with articles of their own. A writer who names one in quotation marks and gives it a short name of
// its kind word cites it by article as a regulation: the short name is that title — one the corpus lacks
// (unknown-regulation) — and the bare articles after it are its, never the law cited before it.
// Only a title in quotation marks that says what it guides (the kind word, then for / on / to / of / concerning and a
// capitalised word), with a short name that is its kind word, alone or with the words before it ("Guide", "the
// Guidelines", "Enforcement Guide"). A guide named without quotes or without a short name is left as before (the guides
// a state organ issues named with their issuer: englishIssuedTitle.ts), and so is any other quoted document given a short
// name: "the “Equity Transfer Agreement” (the “Agreement”)" names a contract, no regulation.

/** The words of a quoted guide's title: capitalised words, the kind word, what it guides. */
const GUIDE_TITLE = /^(?:[A-Z][\w'’-]*[ \t]+(?:(?:and|of|on|for)[ \t]+)?){0,6}(Guide|Guidelines)[ \t]+(?:for|on|to|of|concerning|regarding)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|the|and|for|in|on|to|with|by|under))*$/;

/**
 * The quoted guide's title whose closing mark stands at `closeAt` (the title's words end there), when the short name
 * `short` defined right after it is that guide's kind word (the rule above); null otherwise.
 */
export function quotedGuideTitleEndingAt(text: string, closeAt: number, short: string): { start: number; title: string } | null {
  if (!/Guide/.test(short)) return null;
  const from = Math.max(0, closeAt - 160);
  const window = text.slice(from, closeAt);
  // The opening mark: “ or ", or ” as pages typed with one mark write it (the”Law Enforcement Guide …”).
  const open = Math.max(window.lastIndexOf('“'), window.lastIndexOf('"'), window.lastIndexOf('”'));
  if (open === -1 || window.slice(open + 1).includes('\n')) return null;
  const title = window.slice(open + 1).trim();
  const m = GUIDE_TITLE.exec(title);
  if (!m) return null;
  // The short name: the kind word, or the title's words ending in it ("Enforcement Guide").
  const name = short.replace(/^the[ \t]+/i, '');
  const kindAt = title.indexOf(`${m[1]} `);
  if (name !== m[1] && !title.slice(0, kindAt + m[1].length).endsWith(` ${name}`) && title.slice(0, kindAt + m[1].length) !== name) return null;
  return { start: from + open + 1 + (window.slice(open + 1).length - window.slice(open + 1).trimStart().length), title };
}

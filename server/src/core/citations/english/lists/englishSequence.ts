// English article headings told by their place in a run of headings (issue 14, tenth round of English pages): a page
// printing a law's articles one after another numbers them 1, 2, 3 …, so a label numbered right after the heading
// printed before it is the next heading, not a citation, in three forms real pages print and the other heading rules
// (englishHeadings.ts, englishRunIn.ts) do not see:
//
// - The last heading of an excerpt cut off right after its label: "Article 3 The scope …" ⏎ … ⏎ "Article 4" and the
//   page ends (stored openings of pages and copied excerpts stop so). Alone on its line, nothing after it, numbered
//   right after the heading before it — or cut inside its number (rule, issue 14, real-en26: a Q&A printing the Labor
//   Law's "Article 41 …", "Article 42: …" and then "Article 4", the page stopping in the middle of "Article 43"): the
//   digits printed are the first digits of the number after the heading before it.
// - A machine translation that ran a definition article's opening words into its label: 第二条 本条例所称消费者 …
//   printed "Article 2 of these regulations referred to as consumers, refers to …" — at a line's start, numbered right
//   after the heading before it, "of these Regulations" followed by the participle of 所称 (referred, mentioned,
//   called). An article never opens by naming itself, so "Article 2 of these Regulations" there is the label of
//   article 2 followed by its text, not a reference to it; other words after it ("Article 2 of these Regulations, as
//   we read it, …") leave it a citation.
// - The first heading of a text announced as printed below: "The full text is as follows: Article 1 is to stop …
//   Article 2 The administrative department …" — a bare "Article N" right after "as follows:" (or "full text:"), with
//   the next article's label "Article N+1" further on in the same paragraph: the text's headings, the first included.
//   A writer's sentence after such a colon names the law ("as follows: Article 5 of the Company Law provides …").

import { atLineStart } from '../../text';

/** Indentation an English heading may have before it (a line start in text.ts atLineStart), as englishHeadings.ts. */
const ENGLISH_INDENT = 21;

/** Whether article `n` is numbered right after the heading printed before it (`last`), one article left out at most. */
function nextInRun(n: number, last: number | null): boolean {
  return last !== null && n > last && n - last <= 2;
}

/** Whether `digits` are the first digits of a longer number numbered right after `last` (the page cut inside it). */
function cutInNumber(digits: string, last: number | null): boolean {
  if (last === null) return false;
  for (const next of [last + 1, last + 2]) {
    const full = String(next);
    if (full.length > digits.length && full.startsWith(digits)) return true;
  }
  return false;
}

/**
 * "Article N" alone on the page's last line, numbered right after the heading before it (the first rule above): where
 * the label ends, else -1.
 */
export function lastHeadingAloneAt(text: string, p: number, last: number | null): number {
  if (!atLineStart(text, p, ENGLISH_INDENT)) return -1;
  const m = /^(?:Article|ARTICLE)[ \t]+(\d{1,4})[ \t]*[:.：]?(?=\s*$)/.exec(text.substr(p, 24));
  if (!m || !(nextInRun(+m[1], last) || cutInNumber(m[1], last)) || text.slice(p + m[0].length).trim() !== '') return -1;
  return p + m[0].length;
}

/**
 * "Article N of these Regulations referred to as …" opening its line, numbered right after the heading before it (the
 * second rule): `n` is the article the scanner read with "of these/this <text>" after it, ending at `end`.
 */
export function selfNamedHeadingAt(text: string, p: number, end: number, n: number, last: number | null): boolean {
  return atLineStart(text, p, ENGLISH_INDENT) && last !== null && n === last + 1 &&
    /^[ \t]+(?:referred|mentioned|called|so-called)\b/i.test(text.substr(end, 16));
}

/** Words announcing a text printed after them, ending with a colon: "The full text is as follows:", "reads as follows:". */
const ANNOUNCED = /(?:\bas[ \t]+follows|\bfull[ \t]+text(?:[ \t]+(?:is|reads))?)[ \t]*[:：][ \t]*$/i;

/**
 * A bare "Article N" ending at `numEnd` right after an announcement (the third rule), "Article N+1" further on in the
 * same paragraph (the line, up to 4,000 characters) after a sentence's end: whether it is the text's first heading.
 */
export function announcedHeadingAt(text: string, p: number, numEnd: number, n: number): boolean {
  const lineStart = text.lastIndexOf('\n', p - 1) + 1;
  if (!ANNOUNCED.test(text.slice(Math.max(lineStart, p - 40), p))) return false;
  const nl = text.indexOf('\n', numEnd);
  const rest = text.slice(numEnd, Math.min(nl === -1 ? text.length : nl, numEnd + 4000));
  return new RegExp(`[.。;；][ \\t]*Article[ \\t]+${n + 1}(?!\\d)(?![ \\t]+of\\b)`).test(rest);
}

// Rule (issue 14, heldout53 English p08; a machine-translated thesis: 'the "provisions on certain legal issues
// applicable to the trial of Food and Drug disputes"(hereinafter referred to as "the provisions") … Article 3 of the
// "provisions" explicitly stipulates …'): a page that types a title in lower case inside quotation marks
// (englishLowerTitle.ts) types the short name it gives that title in lower case too. A short name in lower case in
// the definition's quotation marks is that title's when the quoted lower-case title stands right before the bracket
// and the short name is made of its words ("provisions" of "provisions on …"); any other lower-case words so quoted
// ("(the "right to be forgotten")" after a sentence) define nothing.

import { lowerCaseQuotedTitle } from './englishLowerTitle';
import { quoteOpenedBefore } from '../../text';

/**
 * The lower-case quoted title a lower-case short name defined at `q` (the bracket's start) stands for: its words and
 * where they start, or null (the rule above). `short` is the name without "the".
 */
export function lowerDefinedTitle(text: string, q: number, short: string): { start: number; title: string } | null {
  const close = /["”][ \t]*$/.exec(text.slice(Math.max(0, q - 4), q));
  if (!close) return null;
  const end = q - close[0].length;
  const open = quoteOpenedBefore(text, end);
  if (open === -1) return null;
  const title = text.slice(open + 1, end);
  if (!lowerCaseQuotedTitle(title)) return null;
  const words = new Set(title.toLowerCase().split(/[^a-z]+/));
  return short.toLowerCase().split(/\s+/).every((w) => words.has(w)) ? { start: open + 1, title } : null;
}

/**
 * Rule (issue 14, pool70-english; machine-translated Q&A pages and excerpts pasting a law's articles run together on
 * one line: "Provisions of the Property Law on Mortgage Article 179 In order to … . The debtor or the third party
 * specified in the preceding paragraph is the mortgagor …", "… Article 28 After both … . According to the calculation
 * in the preceding paragraph, …"): "the preceding paragraph" in a printed article whose paragraphs ran together on one
 * line is that article's 前款 — which of its 款 the held text would say (precedingPlaced.ts). When the law printed is one
 * the corpus does not hold (a repealed law, a local rule, a title it does not know), no text can say it, yet the words
 * still refer to a provision of that law, as a careful reader labels them: a mention of it, unknown-regulation, with
 * no target named — not dropped. A law the corpus holds whose text cannot place it, a foreign state's law, a version
 * the corpus lacks (its own message), stay unread as before.
 */

import type { Context } from '../../context';

/** Whether an unplaced "the preceding paragraph" in statute text of law `ctx` is kept as a mention of a law not held. */
export function keepsUnheldPreceding(ctx: Context | null | undefined): boolean {
  return !!ctx && ctx.kind === 'unknown' && !ctx.foreign && !ctx.version;
}

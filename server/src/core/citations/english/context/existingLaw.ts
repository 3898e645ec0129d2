// Rule (issue 14, heldout37-english p14; a note on a draft amendment: "The Draft for Comments adds a new Article 44 …
// . The Draft for Comments proposes to revise Article 62 of the existing law …"): "the existing law" / "the current
// law" is the law in force — the law a draft amends, never the draft itself. Named after a draft's article
// (englishDraftAfter.ts: an article of the draft, a text no corpus holds), it skips that draft and names the law cited
// before it, as a writer comparing the two means. 现行法第十条 in Chinese is read so too (titles/lawInForceWord.ts).

import type { Context } from '../../context';

/** A draft read as a text the corpus lacks (its written name says draft, 草案 or 稿; or a draft word alone named it). */
function isDraft(ctx: Context): boolean {
  return ctx.kind === 'unknown' && (!!ctx.draft || /\bdraft\b|草案|征求意见稿|送审稿|审稿|审议稿/i.test(ctx.written));
}

/** The law in force in `history` (oldest first): the most recent one that is no draft; undefined when none. */
export function inForceContext(history: readonly Context[]): Context | undefined {
  for (let i = history.length - 1; i >= 0; i--) if (!isDraft(history[i])) return history[i];
  return undefined;
}

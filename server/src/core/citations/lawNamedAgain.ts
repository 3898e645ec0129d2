// Rule (issue 14, fix-zh43, heldout35 court; a paper on one article through a law's texts: 我国《公司法》第22条规定的…撤销
// 之诉…。我国2005年修订后的《公司法》借鉴…，在第22条规定了…。该条规定：“…”): a bare article (or 该条) after the law was
// named again, in another of its texts, since its article of that number was cited, is that article of the text named
// last — the writer named the version to speak of it. The article cited earlier wins back a bare repetition of its
// number only when the law named since is another law (articleCitedAgain's rule), never the same law in another text.
import type { Context } from './context';

/** The one law a context reads in, whatever its text: the title held, or the title of the unheld version named. */
function lawTitleOf(ctx: Context): string | null {
  if (ctx.kind === 'laws') return ctx.laws.length === 1 ? ctx.laws[0].title : null;
  return ctx.version?.title ?? null;
}

/** Whether `since` is the law of `earlier` named again in another text (another context, the same law). */
export function sameLawNamedAgain(since: Context | null | undefined, earlier: Context): boolean {
  if (!since || since === earlier) return false;
  const title = lawTitleOf(earlier);
  return title !== null && lawTitleOf(since) === title;
}

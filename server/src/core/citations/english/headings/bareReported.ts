// Rule (issue 14, fix-en50; heldout36 English p15, a machine-translated Q&A page on a named law: 'Article 20 of the
// "Labor Law" stipulates: "…"' ⏎ 'Article 29 stipulates that during the prescribed medical period, the employer shall
// not comply with Article 26 of this Law.'): a paragraph opening with a bare article of the law in context and "stipulates
// that" (provides, prescribes, states) reports that article's words in the writer's sentence, as after "Article 37 of
// the X Law stipulates that" (reportedStatute.ts): "this Law" there is the law the article is of — the one named before,
// not the page. Only the writer's report ("stipulates that"), so a law's own translation, whose article lines open with
// the article's words ("Article 29 During the …"), keeps its "this Law" as its own; and a bare article there is of the
// document itself anyway.
import { reportedTextEnd } from './reportedStatute';

/** "Article 29 stipulates that": the verb of a report and "that" right after the bare article. */
const REPORTS_THAT = /^,?[ \t]+(?:provides|stipulates|prescribes|states)[ \t]+that\b/;

/**
 * The range of an article's words reported after a bare article opening its paragraph (`end`: the citation's end),
 * [from, to], or null when no report follows.
 */
export function bareReportedRange(text: string, end: number): [number, number] | null {
  const says = REPORTS_THAT.exec(text.substr(end, 30));
  if (!says) return null;
  const from = end + says[0].length;
  return [from, reportedTextEnd(text, from)];
}

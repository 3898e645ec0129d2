// Rule (issue 14, fix-en61; heldout40 English p06, a machine-translated Q&A page setting out 商标法第六十条 under its
// label: "Article 6 of the Trademark Law of the People's Republic of China commits one of the acts of infringing the
// exclusive right to use a registered trademark listed in Article 57 of this Law, and if a dispute arises, the parties
// concerned shall settle it through consultation; …"): a citation naming a law that opens its line and runs straight
// on into the article's words — no verb of report, no colon, the subject the translation dropped — labels those words,
// as "Article 176 of the Criminal Law, whoever …" does after a comma (commaReported.ts): "this Law" in them is the law
// named, never the page's own (the page is no law). Read so only when that sentence itself speaks as a statute —
// "this Law" and a norm (shall, may, must) in it — so a writer's sentence about the article ("Article 6 of the
// Trademark Law was amended in 2013.") reads as before; the words reported end where reportedStatute.ts ends them.
import { atLineStart } from '../../text';

/** The first words after the citation: a space and a lower-case word that is no word of the writer's report or link. */
const RUNS_ON = /^[ \t]+(?!(?:provides|stipulates|states|prescribes|reads|says|regulates|specifies|of|and|or|in|on|to|as|is|was|are|were|has|had|have|which|that|also|further|clearly|expressly|above|below|here|there|for|with|by|from|under|at)\b)[a-z]/;

/** Where the article's words start after the citation at [start, end) when they run on from its label (the rule above), else -1. */
export function labelRunsOnFrom(text: string, start: number, end: number): number {
  if (!RUNS_ON.test(text.substr(end, 20)) || !atLineStart(text, start, 21)) return -1;
  const from = end + /^[ \t]+/.exec(text.substr(end, 4))![0].length;
  const nl = text.indexOf('\n', from);
  const line = text.slice(from, Math.min(nl === -1 ? text.length : nl, from + 600));
  const stop = /[.!?;。；](?=\s|$)/.exec(line);
  const sentence = stop ? line.slice(0, stop.index) : line;
  return /\bthis[ \t]+Law\b/.test(sentence) && /\b(?:shall|may|must)\b/.test(sentence) ? from : -1;
}


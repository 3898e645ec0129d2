// What the document cited before a point: the log of what changed the resolver's state (a regulation cited, named
// alone, in an article's text or as an enacting formula's basis; a short title defined), replayed for the state at an
// offset (completion's contextAt), and the citations listed so far — read for the law of statute text printed after a
// title or a labelled citation, and for the law in context before a commentary's printed labels.
import { ITEM_LINE } from './english/lists/numberedParagraphs';
import { printedRunAfterCitation } from './english/context/printedRunAfterCitation';
import { LabelSites, printedLabels } from './layout/printedLabelsAgain';
import type { Context, State } from './context';
import type { ScannedCitation } from './scanTypes';
import { lineIndexOf, type LineIndex } from './text';
import type { Citation } from './types';

/** One change of the resolver's state at an offset: a regulation cited (`inArticle`: in a quoted article's text; `basis`: an enacting formula's basis) or a short title defined. */
export type LogEntry = { offset: number } & ({ cite: Context; alone?: boolean; inArticle?: boolean; basis?: boolean } | { short: string; ctx: Context });

/** Whether two contexts are the same regulation (one known law, or the same title the corpus lacks). */
export function sameLaw(a: Context, b: Context): boolean {
  if (a === b) return true;
  if (a.kind === 'laws' && b.kind === 'laws') return a.laws.length === 1 && b.laws.length === 1 && a.laws[0].title === b.laws[0].title;
  return false;
}

/** Makes `ctx` the regulation last cited in `state`, and the most recent of its history (200 kept). */
export function citeIn(state: State, ctx: Context): void {
  state.last = ctx;
  const h = state.history;
  if (h[h.length - 1] === ctx) return;
  const i = h.indexOf(ctx);
  if (i !== -1) h.splice(i, 1);
  h.push(ctx);
  if (h.length > 200) h.shift();
}

/** The log of one document's citations and the citations it listed, read back from a point. */
export class CitedSoFar {
  /** What changed the state, in document order: replayed to know the state at an offset (contextAt). */
  private readonly entries: LogEntry[] = [];
  /** Where printed labels may stand (printedLabelsAgain.ts), found once for the document. */
  private readonly labelSites: LabelSites;

  /** `citations`: the document's citations as they are listed (read, never changed here). */
  constructor(private readonly text: string, private readonly lines: LineIndex, private readonly citations: readonly Citation[]) {
    this.labelSites = new LabelSites(text);
  }

  /** Logs a change of the state, in document order. */
  push(entry: LogEntry): void {
    this.entries.push(entry);
  }

  /** Every regulation cited, in order (a regulation cited again listed again). */
  citedLaws(): Context[] {
    return this.entries.flatMap((e) => ('cite' in e ? [e.cite] : []));
  }

  /** The regulations cited outside the text of quoted articles, in order, each once (headedText.ts). */
  namedOutsideArticles(): Context[] {
    const out: Context[] = [];
    for (const e of this.entries) {
      if (!('cite' in e) || e.inArticle || e.basis) continue;
      const i = out.indexOf(e.cite);
      if (i !== -1) out.splice(i, 1);
      out.push(e.cite);
    }
    return out;
  }

  /**
   * The regulation whose articles a commentary's bare citation names again under their labels printed above it, the
   * printed words citing `ctx`, another law (printedLabelsAgain.ts): the regulation in context before the first label.
   */
  printedTextOf(c: ScannedCitation, ctx: Context): Context | null {
    // Asked of every bare Chinese citation: the targets checked before any array is made (printedLabels reads 1–6).
    const targets = c.targets;
    if (!targets.length || targets.length > 6) return null;
    for (let i = 0; i < targets.length; i++) if (targets[i].article === null || targets[i].paragraph !== null || targets[i].insert) return null;
    const articles = targets.map((t) => t.article);
    const printed = printedLabels(this.labelSites, c.start, articles as number[]);
    if (!printed) return null;
    // The law in context cited inside the printed words (between the first label and their end), never after them.
    let before: Context | null = null;
    let citedInside = false;
    for (const e of this.entries) {
      if (e.offset > c.start) break;
      if (!('cite' in e)) continue;
      if (e.offset <= printed.start) before = e.cite;
      else if (e.cite === ctx) citedInside = e.offset <= printed.end;
    }
    return before && citedInside && before !== ctx && !sameLaw(before, ctx) ? before : null;
  }

  /**
   * Whether any law or regulation was cited or named before `from` (the log statuteLaw reads) — not one named only as
   * the basis of the text's enacting formula, which is no law of the text printed after it (enactingClause.ts, fix-en63).
   */
  lawNamedBefore(from: number): boolean {
    for (const e of this.entries) {
      if (e.offset > from) break;
      if ('cite' in e && !e.basis) return true;
    }
    return false;
  }

  /**
   * The law of quoted English statute text starting at `from`: the regulation in context there, when a title named
   * alone made it so (a translation's heading, "Legal basis: Criminal Law of …", "[Criminal law provisions]") or the
   * text is labelled by a citation ("Article 44 of the Labor Law" ⏎ its text); null when an article cited in prose
   * made it so (a translation excerpt whose own law is not named: the law its text cites is not its law).
   */
  statuteLaw(from: number, labelled: boolean, article: number | null = null): Context | null {
    let last: { cite: Context; alone?: boolean } | null = null;
    for (const e of this.entries) {
      if (e.offset > from) break;
      // Not a law named as the basis in the text's enacting formula: the articles printed after it are the text's own;
      // nor one named in the text of an article printed before (headedText.ts): a law that text cites.
      if ('cite' in e && !e.basis && !e.inArticle) last = e;
    }
    if (!last) return null;
    // Rule (issue 14, English pages printing the article they discuss): "… under Article 246 of the Criminal Law." then
    // "- Article 246 Whoever …" and its paragraphs below: the article just cited, printed — its law's text, as a label
    // would make it. Only when the page's last citation is that article of that law.
    if (!last.alone && !labelled && !(article !== null && (this.lastCitationIs(last.cite, article, from) || this.headingUnderLabelledLine(last.cite, article, from)))) return null;
    return last.cite;
  }

  /** The state as it was at `offset`: the log replayed up to there. */
  stateAt(offset: number): State {
    const state: State = { last: null, history: [], shortTitles: new Map() };
    for (const e of this.entries) {
      if (e.offset > offset) break;
      if ('cite' in e) citeIn(state, e.cite);
      else state.shortTitles.set(e.short, e.ctx);
    }
    return state;
  }

  /**
   * Rule (issue 14 form 4, real-en33; legal-basis lists on machine-translated Q&A pages): a page printing a law's
   * articles one after another labels the first with the law's title and the text run on ("Article 490 of the Civil
   * Code … when concluding a contract, …"), the next ones with their headings only, each on the next line ("Article 502
   * A lawfully formed contract … the provisions of the preceding paragraph shall apply"): the heading's text is that
   * law's, as its article would be under the title. Only when the lines above the heading, back to the line that opens
   * with the citation listed last, are blank or the items of that article's list ("1) …", "(2) …": its text printed
   * below its label, heldout23 English), and that citation is of one article of one law, numbered below the heading's
   * (the law's order). A line of the writer's between ("In our view …") ends the list.
   */
  private headingUnderLabelledLine(ctx: Context, article: number, from: number): boolean {
    if (ctx.kind !== 'laws' || ctx.laws.length !== 1) return false;
    const lines = lineIndexOf(this.text);
    const n = lines.lineOf(from);
    if (n < 1 || this.text.slice(lines.lineStart(n), from).trim() !== '') return false;
    let i = this.citations.length - 1;
    while (i >= 0 && this.lines.offset(this.citations[i].range.start) >= from) i--;
    const c = this.citations[i];
    if (!c || c.status !== 'resolved' || c.targets.length !== 1) return false;
    const t = c.targets[0];
    if (t.regulation !== ctx.laws[0].title || t.article === null || t.article >= article) return false;
    const at = this.lines.offset(c.range.start);
    const labelLine = lines.lineOf(at);
    if (labelLine >= n) return false;
    // Headings of the law's next articles pasted after a line citing it (printedRunAfterCitation.ts).
    if (printedRunAfterCitation(this.text, at, t.article, article, lines.lineStart(n))) return true;
    if (n - labelLine > 40 || this.text.slice(lines.lineStart(labelLine), at).trim() !== '') return false;
    for (let k = labelLine + 1; k < n; k++) {
      const line = this.text.slice(lines.lineStart(k), lines.lineStart(k + 1) - 1).trim();
      if (line !== '' && !ITEM_LINE.test(line)) return false;
    }
    return true;
  }

  /**
   * Whether the last citation listed is article `article` of the one law of `ctx` (and that article only). Its title
   * named alone again after it ("Legal basis: Provisions of …" under "Article 25 of the Provisions of …") changes
   * nothing: the citation of an article is looked for. Nor do the citations in the printed text itself, from `from` on
   * (issue 14, heldout15-english: "Article 8 of the Interpretation …" ⏎ "Article 8 … in accordance with the
   * provisions of the Company Law …" ⏎ "… items 2 and 3 of the preceding paragraph …": the Interpretation's text).
   */
  private lastCitationIs(ctx: Context, article: number, from = Infinity): boolean {
    let i = this.citations.length - 1;
    while (i >= 0 && this.lines.offset(this.citations[i].range.start) >= from) i--;
    while (i >= 0 && this.citations[i].titleOnly && this.citations[i].targets.every((t) => ctx.kind === 'laws' && ctx.laws.some((l) => l.title === t.regulation))) i--;
    const c = this.citations[i];
    if (!c || ctx.kind !== 'laws' || ctx.laws.length !== 1 || c.status !== 'resolved') return false;
    return c.targets.length > 0 && c.targets.every((t) => t.regulation === ctx.laws[0].title && t.article === article);
  }
}

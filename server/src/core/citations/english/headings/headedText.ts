// Rule (issue 14, heldout15-english; a regulation's text copied from the middle, its "Article 16." headings printed and
// its title nowhere in view): a law named in the text of one of its articles ("… shall be punished in accordance with
// Article 19 of the Administrative Measures on …", "… under the Regulations on … and other laws") is a law that text
// cites, never the text itself. A reader of the next article knows "Article 9 of these Provisions", "Article 14 of these
// Measures" and a bare "violates Article 16" are the excerpt's own, as 本规定第九条 and a bare 第十六条 in a
// regulation's text are its own — only a title printed above the excerpt (its title line, or the writer's sentence
// introducing it) names the excerpt. So the scanner marks the English references read in the text under an article
// heading (not under a citation labelling its law), and the titles named there; the analyzer reads the excerpt's own
// references in the law named outside such text, else as the excerpt's own (self).
import type { ScanEvent } from '../../scanTypes';
import { lineEndAt, lineStartAt } from '../../text';

/** Quoted statute text: its span and whether a citation labels it (the scanner's statuteLines). */
type StatuteText = readonly [from: number, to: number, article: number, labelled?: boolean, insert?: number | null, firstParagraph?: number];

/**
 * Marks, in `events` (sorted by start), the English references inside the text under an article heading (headedText)
 * and the titles named inside it (inArticleText) — not a title alone on its line, which heads what follows it (a page
 * printing the next law's articles under its name).
 */
export function markHeadedText(text: string, statuteLines: readonly StatuteText[], events: ScanEvent[]): void {
  const spans = statuteLines.filter((s) => s[3] !== true).map((s) => [s[0], s[1]] as const).sort((a, b) => a[0] - b[0]);
  if (!spans.length) return;
  // An excerpt prints its articles one after another: a span whose neighbour starts right where it ends (only blank
  // space between) is one of a run of headings, not a lone "Article 585 …" line that may be the writer's own.
  const adjacent = (a: readonly [number, number], b: readonly [number, number]) => b[0] >= a[1] && /^\s*$/.test(text.slice(a[1], b[0]));
  const inRun = spans.map((s, k) => (k > 0 && adjacent(spans[k - 1], s)) || (k + 1 < spans.length && adjacent(s, spans[k + 1])));
  let i = 0;
  for (const e of events) {
    const start = e.type === 'title' ? e.head.start : e.start;
    while (i < spans.length && spans[i][1] <= start) i++;
    // Spans may nest (a run-on heading inside an article's text): any span holding the start counts.
    let inside = false;
    let run = false;
    for (let j = i; j < spans.length && spans[j][0] <= start; j++) {
      if (start >= spans[j][1]) continue;
      inside = true;
      run ||= inRun[j];
    }
    if (!inside) continue;
    if (e.type === 'title') {
      if (e.head.lang === 'en' && !aloneOnLine(text, e.head.start, e.head.end)) e.head.inArticleText = true;
    } else if (e.type === 'citation' && e.lang === 'en') {
      e.headedText = true;
      if (run) e.inHeadingRun = true;
      if (e.head.kind === 'title' && !aloneOnLine(text, e.head.start, e.head.end)) e.head.inArticleText = true;
    }
  }
}

/**
 * Whether the words of the sentence before a bare article at `p` may name a law (a law word, in quotation marks or
 * not: "… in accordance with the "supervision and management of medical devices regulations" shall be punished in
 * accordance with Article 63", a name the scanner did not read as a title): then the article may be that law's.
 */
export function lawWordBefore(text: string, p: number): boolean {
  const from = Math.max(0, p - 300);
  const before = text.slice(from, p);
  const stops = [...before.matchAll(/[.;!?。；](?=\s)|\n/g)];
  const sentence = stops.length ? before.slice(stops[stops.length - 1].index! + 1) : before;
  return /\b(?:laws?|regulations?|measures|provisions|rules|code|interpretations?|decision|constitution)\b/i.test(sentence);
}

/** A title that is its line's only words (in quotation marks, a full stop or a colon after it, or none). */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const before = text.slice(lineStartAt(text, start), start);
  const after = text.slice(end, lineEndAt(text, end));
  return /^[ \t#*>"“'‘(（]*(?:the[ \t]+)?$/i.test(before) && /^[ \t"”'’)）.:：]*$/.test(after);
}

// Rule (round 33, f131-zh; heldout57-lawyer, an HR article: …的依据是《劳动合同法》第82条的规定: ⏎ 第八十二条 用人单位自用工之日起…
// ⏎ 用人单位违反本法规定不与劳动者… ⏎ 所以适用该条的前提条件是…，那么原则上都要适用该条法律): the writer cites an article, prints
// its words below (under its label or straight after 规定：), and on the line right after those words speaks again: his
// 该条 / 该条法律 there points back to the article cited and printed, as right after a citation in running text
// (thatArticle.ts). The printed words end where the writer's line starts (no empty line needed: writerResumes.ts cuts the
// block there); 该条 within that line's first sentence or the next, no quotation or title opened before it on the line.
// The printed label (a heading, not listed) repeats the article the citation named, right after its colon.
import type { RawTarget, ScanEvent, ScannedCitation } from '../scanTypes';
import { sentenceEnds } from '../text';

/** Between the citation and the printed label under it: 的规定 / 规定, a colon, spaces and line breaks. */
const COLON_THEN_BREAK = /^(?:的规定|规定)?[：:]?[\s\u3000]*$/;

/** The citation event before index `k` (definitions passed over), else undefined. */
function citationBefore(events: readonly ScanEvent[], k: number): { event: ScannedCitation; index: number } | undefined {
  for (let i = k - 1; i >= 0; i--) {
    const e = events[i];
    if (e.type === 'definition') continue;
    return e.type === 'citation' ? { event: e, index: i } : undefined;
  }
  return undefined;
}

/** The article 该条 at `p` points back to by the rule above, else undefined. */
export function thatArticlePrinted(text: string, p: number, events: readonly ScanEvent[]): RawTarget | undefined {
  const lineStart = text.lastIndexOf('\n', p - 1) + 1;
  if (lineStart === 0) return undefined;
  const before = text.slice(lineStart, p);
  if (/[“「《]/.test(before) || sentenceEnds(before) > 1) return undefined;
  const last = citationBefore(events, events.length);
  if (!last || last.event.lang !== 'zh') return undefined;
  const read = last.event;
  const printed = read.unmarked ?? read.quotation;
  if (!printed || printed.end > lineStart || !/^[\s\u3000]*$/.test(text.slice(printed.end, lineStart))) return undefined;
  // The printed label: the citation before it named the same one article, right above it.
  const cited = read.heading ? citationBefore(events, last.index)?.event : read;
  if (!cited || cited.heading || cited.lang !== 'zh' || cited.top !== 0 || cited.targets.length !== 1) return undefined;
  const t = cited.targets[0];
  if (t.article === null) return undefined;
  if (read.heading && (read.targets[0]?.article !== t.article || !COLON_THEN_BREAK.test(text.slice(cited.end, read.start)))) return undefined;
  return t;
}

// Rule (round 32, a decision of the coordinator; judgments, papers and Q&A pages comparing two laws: 《劳动法》和《劳动合同法》
// 均有规定，两法第四十四条…; 上述两法第三条, 前述两部法律第五条, 这两部法律第十条, 两个条例第二条): after two laws (or two
// regulations) were just named, 两法第N条 / 两部法律第N条 / 两个条例第N条 is one mention whose targets are article N of each
// of the two — each bound in its own law (unknown-article in the one that lacks it). The two are the texts named in the
// sentence that named a text last (the same sentence as the mention or the one before, on its line or the line before):
// exactly two distinct texts there; three or more named there say no two — the mention has no context, never the law
// named last; one alone leaves the mention to the reading it had (the law named last).

import type { ScanEvent, TitleHead } from '../scanTypes';
import { sentenceEnds } from '../text';

/** 两法 / 两部法律 / 两个条例 … right before an article's 第 (上述 / 前述 / 这 / 该 / 此 before it or not). */
const TWO_LAWS = /(?:上述|前述|这|该|此)?两(?:部|个)?(?:法律|法规|法|条例)$/;

/** Where the words naming the two laws start, when they end at `p` (the article's 第); -1 when they do not. */
export function twoLawsBefore(text: string, p: number): number {
  const m = TWO_LAWS.exec(text.slice(Math.max(0, p - 7), p));
  return m ? p - m[0].length : -1;
}

/** How far back the last text named may end. */
const REACH = 200;

/**
 * The heads of the texts named in the sentence that named one last before the event at `index` (the mention): each
 * title, cited or named alone, in document order; [] when none is in reach.
 */
export function namedInLastSentence(text: string, events: readonly ScanEvent[], index: number, start: number): TitleHead[] {
  const heads: TitleHead[] = [];
  let from = start;
  for (let k = index - 1; k >= 0; k--) {
    const e = events[k];
    const head = e.type === 'title' ? e.head : e.type === 'citation' && e.head.kind === 'title' ? e.head : null;
    const end = e.type === 'title' ? e.head.end : e.end;
    const between = text.slice(end, from);
    if (!heads.length) {
      if (start - end > REACH || sentenceEnds(between) > 1 || (between.match(/\n/g)?.length ?? 0) > 1) break;
    } else if (/[。！？!?\r\n]/.test(between)) break;
    if (head) {
      heads.unshift(head);
      from = head.start;
    } else if (e.type === 'citation') from = e.start;
  }
  return heads;
}

// Rule (issue 14, heldout32 court; a lawyer's commentary taking an article apart: 《某规定》第十二条共三款，第一款是程序
// 规范，…；第二款第一句…；第二款第二句…): a writer who counts an article's 款 right after citing it (第十二条共三款, 有两款,
// 分为两款, 包括三款) then names each 款 alone in the same sentence, and each is a 款 of that article (analyze.ts: the
// article cited last; an unknown title's article stays unknown-regulation, a known one resolves). Only with the count
// glued to the citation's 条, in the same sentence, with no other article or title cited between; a 款 alone anywhere
// else keeps the scanner's other rules (a contract's clauses, 合同第八条共两款, are no citation and count nothing).
import type { ScanEvent } from '../scanTypes';

/** How far back the count may stand. */
const REACH = 240;

/** The count glued to an article's 条: 条共三款, 条有两款, 条分为两款, 条包括三个款. */
const COUNT = /条[ \u3000]*(?:共有|共|有|分为|分成|分|包括|包含|含)[两二三四五六七八九十]个?款/g;

/** Whether a 款 cited alone at `p` is one the sentence counted after citing its article (see above). */
export function paragraphCountedBefore(text: string, p: number, events: readonly ScanEvent[]): boolean {
  const from = Math.max(0, p - REACH);
  const before = text.slice(from, p);
  // Cheap first: the count word must stand in the window.
  if (before.indexOf('款') < 0) return false;
  let stop = -1;
  for (const mark of ['。', '！', '？', '\n']) stop = Math.max(stop, before.lastIndexOf(mark));
  COUNT.lastIndex = stop + 1;
  const m = COUNT.exec(before);
  if (!m) return false;
  const articleEnd = from + m.index + 1;
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (e.type === 'definition') continue;
    if (e.type === 'title') {
      if (e.head.start >= articleEnd) return false;
      continue;
    }
    if (e.end === articleEnd) return e.lang === 'zh' && e.top === 0 && e.targets.length === 1 && e.targets[0].paragraph === null;
    if (e.end < articleEnd) return false;
    // Between the count and this 款: only 款 read alone so.
    if (!(e.head.kind === 'bare' && e.top === 1)) return false;
  }
  return false;
}

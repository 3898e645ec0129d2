// Rule (round 34, f141-zh; heldout58-lawyer 01 — lawyers' and HR pages restating an article before applying it:
// 根据《劳动合同法》第三十九条规定，劳动者有下列情形之一的，……：……；因本法第二十六条第一款第一项规定的情形致使劳动合同无效的；
// ……。在这些情况下，……。比如，……，公司就可以依据此条解除劳动合同): the article's words restated without marks are the
// law's, and the law's own cross-references in them (本法第N条, 本条例第N条 — read as that law's: a self word) are part of
// those words, not an article the writer cites in between. 此条 / 该条 later in the same paragraph then points back to the
// article restated (thatArticle.ts: the last article cited, also more than one sentence back), not to the article its
// words name. The restated article: a Chinese citation of one article followed by 规定 and a comma or colon (its words
// follow), the same line, no quotation mark between it and the 本法 reference, and only such self references read
// between (any other title or article cited since is the writer's, and 此条 points to it, as before).

import type { ScanEvent } from '../scanTypes';

/** 规定 and a comma or colon after the article: its words follow (as thatArticleRestated.ts reads it). */
const WORDS_FOLLOW = /^(?:的规定|规定)[，,：:]/;

/** The start of the article restated whose words hold the self references read last before `p`, else -1. */
export function restatedAroundOwnReference(text: string, p: number, events: readonly ScanEvent[]): number {
  let i = events.length - 1;
  let own = 0;
  for (; i >= 0; i--) {
    const e = events[i];
    if (e.type !== 'citation' || e.end > p) return -1;
    if (e.head.kind !== 'self') break;
    own++;
  }
  if (!own || i < 0) return -1;
  const e = events[i];
  if (e.type !== 'citation' || e.lang !== 'zh' || e.heading || e.head.kind === 'same-article' || e.head.kind === 'self') return -1;
  const arts = new Set(e.targets.map((t) => t.article));
  if (arts.size !== 1 || arts.has(null) || !WORDS_FOLLOW.test(text.slice(e.end, e.end + 4))) return -1;
  const between = text.slice(e.end, p);
  if (/[\r\n]/.test(between) || /[“"「『]/.test(text.slice(e.end, (events[i + 1] as { start: number }).start))) return -1;
  return e.start;
}

// Rule (issue 14, heldout30 court; lawyers' and judges' articles restating an article before discussing it:
// 某某法第三十二条规定，……有本法第二条第一款规定的情形的，……。但是，……的除外。该条所指向的是……; 《某诉讼法》第三十五条规定：
// 辩护人的责任是……。根据该条的规定，……): an article cited opening its sentence, 规定 and a comma or colon after it, is
// followed by its words restated without marks — sentences in the law's voice, which may cite other articles of it
// (本法第二条第一款) or run on in a 但是 sentence. 该条 opening the writer's next sentence (right after a full stop, or after
// a citing word such as 根据 / 依照) points back to the restated article, not to an article its words cite, nor is it
// part of those words. At most three sentence ends between, on one line, within REACH characters; only citations
// inside the restated words (no other title named) between; words in quotation marks are quoted, not restated (the
// sentences after a quotation are the writer's own). thatArticle.ts keeps 该条 right after a citation; this file only
// finds the article whose words were restated (analyze.ts reads 该条 in it: the article that opened the sentence).

import type { ScanEvent } from '../scanTypes';

/** How far back the restated article may stand. */
const REACH = 300;

/** 该条 opening a sentence: after its full stop, a citing word at most before it. */
const OPENS_SENTENCE = /[。！？][ \u3000]*(?:根据|依据|依照|按照|对照|结合)?$/;
/** A citation opening its sentence (or its line, after a list number at most). */
const OPENS_BEFORE = /(?:^|[。！？\n])[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])?[ \t\u3000]*$/;
/** 规定 and a comma or colon after the article: its words follow. */
const WORDS_FOLLOW = /^(?:的规定|规定)[，,：:]/;


/** The start of the citation whose words 该条 at `p` follows (restated), else -1. */
export function restatedArticleBefore(text: string, p: number, events: readonly ScanEvent[]): number {
  if (!OPENS_SENTENCE.test(text.slice(Math.max(0, p - 6), p))) return -1;
  for (let i = events.length - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    const e = events[i];
    if (e.type !== 'citation' || e.lang !== 'zh' || e.heading || e.end > p || p - e.end > REACH) return -1;
    // A citation inside the restated words (本法第二条第一款, 前款, a bare 第X条) goes on back; another title named there
    // ends the words restated.
    if (!OPENS_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start))) {
      if (e.head?.kind === 'title') return -1;
      continue;
    }
    const arts = new Set((e.targets ?? []).map((t) => t.article));
    const follow = WORDS_FOLLOW.exec(text.slice(e.end, e.end + 4));
    if (arts.size !== 1 || arts.has(null) || !follow) return -1;
    // Words in quotation marks are quoted, not restated: 该条 after them is thatArticle.ts's to read.
    if (/^[ \u3000]*[“"「『]/.test(text.slice(e.end + follow[0].length, e.end + follow[0].length + 3))) return -1;
    const between = text.slice(e.end, p);
    if (/[\r\n]/.test(between)) return -1;
    const stops = between.match(/[。！？]/g)?.length ?? 0;
    return stops >= 1 && stops <= 3 ? e.start : -1;
  }
  return -1;
}

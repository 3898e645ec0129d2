// Rule (起草说明, review reports, law-firm notes on a draft): 草案第二十条, “草案”第二十条, 修订草案第五条, 征求意见稿第三条,
// 二审稿第七条 cite the draft under discussion, which no corpus holds — unknown-regulation, and the bare articles after
// it are the draft's too, not the law cited before it (…沿袭了《民法典》第八十二条至第八十四条。“草案”第二十条…，第二十一条…
// are the draft's). In a document carrying the draft's own articles they are its own provisions (self).

// NPC reports and news on a bill name its readings so too: 草案二次审议稿第三十五条, 三次审议稿第十条, 草案修改稿第八条.
// Rule (issue 14, zh13; news on deputies' proposals: 代表所提的是某某法草案中的第十条第三款): 中的, 中 or 的 may stand
// between the draft word and its article; the article is still the draft's, not the enacted law's.
// Rule (issue 14, round 34 decision, c140: "In the Draft, Article 6 …" as 在草案中，第六条…, 二审稿中，第四十四条…): a sentence
// placed in the draft by 中 and a comma before its article speaks of the draft's articles — no mentions, as 草案中的第十条.
const DRAFT = /[“"「『]?(修订草案|修正草案|草案|征求意见稿|送审稿|[一二三四]审稿|(?:草案)?[一二三四]次审议稿|(?:草案)?修改稿)[”"」』]?(?:中的|中[，,]|中|的)?$/;

/** The characters DRAFT can end with: a draft word's last (案, 稿), a closing mark, 中 / 的 after it, or 中's comma. */
const DRAFT_LAST = new Set([...'案稿”"」』中的，,'].map((c) => c.charCodeAt(0)));

/** The draft word (in quotation marks or not) ending right before `p`, where 第 starts: its start and the word. */
export function draftBefore(text: string, p: number): { start: number; written: string } | null {
  // The character before p first (asked at every bare 第): DRAFT ends with one of DRAFT_LAST.
  if (!DRAFT_LAST.has(text.charCodeAt(p - 1))) return null;
  const m = DRAFT.exec(text.slice(Math.max(0, p - 10), p));
  if (!m) return null;
  const open = /^[“"「『]/.test(m[0]);
  const close = /[”"」』](?:中的|中[，,]|中|的)?$/.test(m[0]);
  if (open !== close) return null; // a quotation mark closing something else: 规定“…草案”第五条 is not read
  return { start: p - m[0].length, written: m[1] };
}

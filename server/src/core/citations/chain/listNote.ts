// Rule (issue 14, qa12; criminal-law commentaries and law-firm articles): a list of provisions may name what each is
// about in brackets after it — 第285条第2款（非法获取计算机信息系统数据罪）、第3款（提供侵入、非法控制计算机信息系统
// 程序、工具罪）, 第二百八十五条（非法侵入计算机信息系统罪）、第二百八十六条 — and the list goes on after the note. A
// note is a few words in brackets with no provision of its own in it (no 第, 条, 款) and no short name defined (简称);
// it is read only where a separator and the list's next 第 follow it.

const NOTE = /^[（(][^（()）\n第条款项简]{1,40}[)）]/;
const SEPARATOR_THEN_DI = /^(?:以及|或者|[、，,和及与或])第/;

/** The length of such a note at `q` (0 when none, or when the list does not go on after it). */
export function listNoteLength(text: string, q: number): number {
  if (!isOpenBracket(text.charCodeAt(q))) return 0; // NOTE opens with a bracket: tested before slicing (every step of a chain asks)
  const m = NOTE.exec(text.slice(q, q + 44));
  return m && SEPARATOR_THEN_DI.test(text.slice(q + m[0].length, q + m[0].length + 4)) ? m[0].length : 0;
}

// Rule (issue 14, fix-zh43, heldout35 court; a lawyer's article with numbered notes: 2023《公司法》第51条[2]和53条[3]新增的
// 董事核查催缴出资义务): a footnote's number in square brackets glued to a listed provision ([2], ［2］) is the writer's
// note on it, not the end of the list — the list goes on past it where a separator and the list's next provision follow
// (with 第, or a number without 第 after 和/、/及 as the list otherwise allows; chain.ts). A marker after a number without
// 第 (和53条[3]新增…) shows that number cited, as the words a citation goes on with do (chain.ts nextArticleWithoutDi).
// Only one or two digits in the brackets, glued to 条, 款 or 项: [2020] or a bracket after other words is no such note.

// Rule (issue 14, fix-zh60; papers and lawyers' articles numbering their notes with circled numbers: 《公司法》第5条①、第6条②
// 规定了…, 第五条①和第六条): a circled number (① … ⑳) glued to the provision is the same note mark as [2] — the list goes
// on past it, and the provision after it is the list's. It is no 款: writers set a 款 as 第1款 or (1), never as ① after
// 条 — and [2] stays the note mark it has been (no 款 either).

/** A footnote's mark: its number in square brackets (half- or full-width) or a circled number, at the start of what it is tested on. */
const FOOTNOTE_MARKER = /^(?:[\[［][0-9]{1,2}[\]］]|[\u2460-\u2473])/;

/** The length of a footnote marker at `q`, glued to the provision ending there (条, 款, 项), or 0. */
export function footnoteMarkerLength(text: string, q: number): number {
  const c = text[q - 1];
  if (c !== '条' && c !== '款' && c !== '项') return 0;
  // FOOTNOTE_MARKER's first character tested before slicing (most provisions end with no mark after them).
  const m0 = text.charCodeAt(q);
  if (m0 !== 0x5b /* [ */ && m0 !== 0xff3b /* ［ */ && !(m0 >= 0x2460 && m0 <= 0x2473)) return 0;
  const m = FOOTNOTE_MARKER.exec(text.slice(q, q + 4));
  return m ? m[0].length : 0;
}

// Rule (issue 14, fix-zh63, heldout41-court p09; papers naming a group of articles and a short name for it in brackets
// after the first: 《民法典》第967条(以下简称:本条)至第978条，构成合伙合同的规范群): a bracketed aside glued to a range's
// first end — a short name given, a note on what the article is — before 至 or 到 and the range's other end (with 第)
// leaves the range whole: every article from the first to the last, as 第967条至第978条 is. The aside holds words (two
// Chinese characters at least) and no provision of its own (no 第); the other end must be a unit of the first's level
// with a higher number (chain.ts checks). A bracket before 至今, 至本判决生效之日 or another level's unit ends the chain as
// before.

/** An aside in brackets: words, no 第, no other bracket or line break, then 至 or 到 and 第. */
const RANGE_ASIDE = /^[（(](?=(?:[^（()）\n第]*[\u4e00-\u9fff]){2})[^（()）\n第]{2,40}[)）](?=[至到]第)/;

/** The length of such an aside at `q` (0 when none). */
export function rangeAsideLength(text: string, q: number): number {
  if (!isOpenBracket(text.charCodeAt(q))) return 0; // RANGE_ASIDE opens with a bracket, as NOTE
  const m = RANGE_ASIDE.exec(text.slice(q, q + 46));
  return m ? m[0].length : 0;
}

/** （ or (: what NOTE and RANGE_ASIDE open with. */
function isOpenBracket(c: number): boolean {
  return c === 0xff08 || c === 0x28;
}

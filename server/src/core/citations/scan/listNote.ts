// Rule (issue 14, qa12; criminal-law commentaries and law-firm articles): a list of provisions may name what each is
// about in brackets after it — 第285条第2款（非法获取计算机信息系统数据罪）、第3款（提供侵入、非法控制计算机信息系统
// 程序、工具罪）, 第二百八十五条（非法侵入计算机信息系统罪）、第二百八十六条 — and the list goes on after the note. A
// note is a few words in brackets with no provision of its own in it (no 第, 条, 款) and no short name defined (简称);
// it is read only where a separator and the list's next 第 follow it.

const NOTE = /^[（(][^（()）\n第条款项简]{1,40}[)）]/;
const SEPARATOR_THEN_DI = /^(?:以及|或者|[、，,和及与或])第/;

/** The length of such a note at `q` (0 when none, or when the list does not go on after it). */
export function listNoteLength(text: string, q: number): number {
  const m = NOTE.exec(text.slice(q, q + 44));
  return m && SEPARATOR_THEN_DI.test(text.slice(q + m[0].length, q + m[0].length + 4)) ? m[0].length : 0;
}

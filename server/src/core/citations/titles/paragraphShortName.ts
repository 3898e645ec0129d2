// Rule (issue 14, real-judg23; rulings' summaries and judges' articles on a judicial interpretation: 申请执行人对法院依照
// 《仲裁规定》第3条、第4条作出驳回执行申请裁定不服可以申请复议——《最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定》
// 第五条规定：…): a writer shortens the long title of an interpretation or another 规定 to a few of its words in 《》
// without defining the short name, in the paragraph where he names it in full — before or after. The short name is that
// title's when:
// - it is no title the corpus knows (the caller asks only then) and ends with the same kind word as the full title
//   (规定, 解释, 办法, 条例, 规则, 意见, 决定, 批复, 细则; before a closing note in brackets: …的规定（试行）);
// - its characters stand in that order in the full title's words after its issuer (after 关于: 仲裁…规定 in 人民法院办理
//   仲裁裁决执行案件若干问题的规定), and it leaves out at least two of them;
// - exactly one title named in 《》 in the paragraph fits — two that fit (执行工作规定 and 执行异议规定 for 《执行规定》) name
//   none, and neither does a title only one character off (a mistyped name stays unknown, as eval-dev labels near-misses).
// A law's short name (《个保法》) is read by titles.ts abbreviationOf over the whole corpus, not here.

const KIND_WORD = /(?:规定|解释|办法|条例|规则|意见|决定|批复|细则)$/;
const FULL_TITLE = /《([^《》\n]{6,100})》/g;

/** Whether the characters of `short` stand in order in `full`. */
function inOrder(short: string, full: string): boolean {
  let at = 0;
  for (const c of short) {
    at = full.indexOf(c, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/**
 * The full title the short name `written` (in 《》 from `start` to `end` in `text`) shortens, among the titles named in
 * 《》 in its paragraph, `lookup` giving the corpus title a written title names (one regulation), else null.
 */
export function paragraphShortName(text: string, start: number, end: number, written: string, lookup: (title: string) => string | null): string | null {
  // A name with a space inside is none (《北疆 条例》); one the document gives a title anywhere (（以下简称《屏障条例》）, even
  // after its use: an undefined-short-title, whose fix writes the title) is that definition's, not this rule's.
  const short = written;
  const kind = KIND_WORD.exec(short)?.[0];
  if (!kind || short.length < 4 || short.length > 12 || /\s/.test(short)) return null;
  if (text.includes(`称《${short}》`) || text.includes(`称“${short}”`) || text.includes(`称"${short}"`)) return null;
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const paragraph = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
  let found: string | null = null;
  for (const m of paragraph.matchAll(FULL_TITLE)) {
    const at = from + m.index!;
    if (at <= start && at + m[0].length >= end) continue; // the short name itself
    const title = lookup(m[1]);
    // The kind word before a closing note in brackets counts: …若干问题的规定（试行）.
    const bare = title ? title.replace(/[（(][^（）()]{1,8}[)）]$/, '') : '';
    if (!title || title === found || !bare.endsWith(kind)) continue;
    const words = bare.replace(/^.*?关于/, '');
    if (words.length - short.length < 2 || !inOrder(short, words)) continue;
    if (found) return null;
    found = title;
  }
  return found;
}

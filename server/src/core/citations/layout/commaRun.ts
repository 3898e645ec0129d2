// Rule (issue 14, zh10; a regulation's own text copied from a page that turned its line breaks into commas, 顿号 or
// full stops): …不得以放弃权利为由不履行义务，第八条，一个小区成立一个议事会…，第九条 小区符合下列条件的…。第十条
// 符合本条例第九条规定的… — the labels, one after another in their order, each set off by such a mark before it and
// by a mark or a space before the article's words after it, are the headings of the text printed, not citations.
// A writer citing articles one after another goes on with what the article says (第八条，规定了… / 第八条，是关于…), lists
// them (第八条，第九条) or names the law first; a judgment's 第六十七条,第六十八条,判决如下 lists them too. The labels
// are read so only where the text names itself (本条例, 本办法 … within the run or just before it): it is a regulation's own text, and
// where three labels numbered one after another (n−1, n, n+1 or n, n+1, n+2) each open such a clause, with an
// article's words (a dozen characters at least) between them.
import { SELF_WORDS } from '../chain/chain';
import { firstLabel } from './headingRun';

/** The marks a flattened text puts where its line breaks were (before the label). */
const MARK_BEFORE = /[，,、.．。；;]/;
/** A mark or a space after the label, then the article's first character. */
const MARK_AFTER = /^(?:[ \u3000]+|[ \u3000]*[，,、.．][ \u3000]*)(?=[\u4e00-\u9fff])/;
/** Words after the mark that say something about the article (a commentary, a list, a judgment's 判决如下). */
const ABOUT = /^(?:第|本条|该条|此条|这一?条|规定|明确|指出|要求|载明|写明|涉及|关于|内容|条文|作了|作出|是|即|也|则|还|对|主要|分别|增加|删除|修改|新增|调整|细化|界定|判决|裁定|决定如下|以及|和|及|与|或|等)/;
/** The text naming itself: 本条例, 本办法 … (not 基本法, 根本法, 成本规定, 样本办法). */
const SELF_NAMED = new RegExp(`(?<![基根成资样文剧版课日])(?:${SELF_WORDS.join('|')})`);
/** How far the neighbouring label may stand. */
const REACH = 1200;
/** The fewest characters of article text between two labels of the run. */
const MIN_TEXT = 12;

/** Whether the label at [p, end) opens a clause of a flattened text: a mark (or a line start) before, a mark or space and words after. */
function opensClause(text: string, p: number, end: number): boolean {
  let i = p - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u3000')) i--;
  if (i >= 0 && text[i] !== '\n' && !MARK_BEFORE.test(text[i])) return false;
  const m = MARK_AFTER.exec(text.slice(end, end + 6));
  return !!m && !ABOUT.test(text.slice(end + m[0].length, end + m[0].length + 4));
}

/** Where the label 第`n`条 first opens such a clause in [from, to), or null. */
function clauseLabel(text: string, n: number, from: number, to: number): [number, number] | null {
  return firstLabel<[number, number]>(text, n, from, to, (s, e) => (opensClause(text, s, e) ? [s, e] : null));
}

/** Whether the label 第`n`条 at [p, end) is a heading of a regulation's own text flattened with marks (see above). */
export function headingInMarkedRun(text: string, p: number, end: number, n: number): boolean {
  if (!opensClause(text, p, end)) return false;
  const prev = clauseLabel(text, n - 1, p - REACH, p - MIN_TEXT);
  const next = clauseLabel(text, n + 1, end + MIN_TEXT, end + REACH);
  let first: [number, number] | null = null;
  let last: [number, number] | null = null;
  if (prev && next) [first, last] = [prev, next];
  else if (prev) {
    const before = clauseLabel(text, n - 2, prev[0] - REACH, prev[0] - MIN_TEXT);
    if (before) [first, last] = [before, [p, end]];
  } else if (next) {
    const after = clauseLabel(text, n + 2, next[1] + MIN_TEXT, next[1] + REACH);
    if (after) [first, last] = [[p, end], after];
  }
  if (!first || !last) return false;
  // The text names itself within the run or the article before it (a few hundred characters either side).
  const span = text.slice(Math.max(0, first[0] - 300), Math.min(text.length, last[1] + 300));
  return SELF_NAMED.test(span);
}

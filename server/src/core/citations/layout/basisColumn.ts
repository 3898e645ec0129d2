// Rule (issue 14 form 8, heldout23-gov; a 权责清单 whose 设定依据 column pastes a rule's articles one after another:
// [部门规章]《某某登记办法》（2020年某局令第3号） 第十条第二款登记机关应当……。 第十一条登记机关负责……。 第十二条登记机关可以……):
// where the page lists the legal basis relied on — a caption 法律依据： / 处罚依据： / 设定依据： opening the line, or a
// table whose header row names such a column — a label glued to its own words after a full stop is the next article
// relied on, a citation, as it is under 法律依据 with no space before it. The list's maker writes each basis so; a
// label set off from its words by a space (第十一条 登记机关负责……) stays the heading of the next article printed.
// Only on a line that has already named a title (the articles listed are that title's).

import { perText } from '../text';

/** A caption naming the basis at the line's start: 法律依据：, 【处罚依据】, 设定依据: … */
const BASIS_CAPTION = /^[ \t\u3000]*(?:\d{1,2}[、.．][ \t\u3000]*)?[【\[]?[\u4e00-\u9fff]{0,4}依[据據][】\]]?[ \t\u3000]*[：:]/;
/** A table's header cell naming the basis column: | 设定依据 |, | 实施依据 |, | 法律依据 |. */
const BASIS_HEADER = /(?:^|[|｜])[ \t\u3000]*(?:设定|設定|实施|實施|法律|执法|執法|处罚|處罰|法定|行使)依[据據][ \t\u3000]*(?=[|｜])/m;
/** After the label: its own words, not words citing it (规定, 的, 第…款, a list). */
const OWN_WORDS = /^[\u4e00-\u9fff]/;
const CITING_NEXT = /^(?:规定|的|之|中|第|款|项|和|及|或|至|到|与|以|等|所|有关)/;

/** How far back on its line the title and the caption are looked for (a cell of a few articles). */
const REACH = 2000;

/** Whether the page has a table header naming a basis column (read once per text). */
const basisHeader = perText((text) => text.includes('依') && BASIS_HEADER.test(text));

/**
 * Whether the one-article label at [p, end), after a full stop (`stop`, its offset), glued to its own words, lists the
 * next article relied on where the page lists the basis (see above).
 */
export function basisArticleGlued(text: string, p: number, end: number, stop: number): boolean {
  if (text[stop] !== '。') return false;
  const after = text.slice(end, end + 3);
  if (!OWN_WORDS.test(after) || CITING_NEXT.test(after)) return false;
  // Looked at within a reach, never along a whole flattened page: the title named before on the line, its caption.
  const floor = Math.max(0, p - REACH);
  const window = text.slice(floor, p);
  const nl = window.lastIndexOf('\n');
  const lineStart = nl !== -1 ? floor + nl + 1 : floor === 0 ? 0 : -1;
  const close = window.lastIndexOf('》');
  if (close === -1 || floor + close < lineStart) return false;
  return (lineStart !== -1 && BASIS_CAPTION.test(text.slice(lineStart, lineStart + 16))) || basisHeader(text);
}

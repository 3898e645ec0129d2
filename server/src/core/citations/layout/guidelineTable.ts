// Rule (issue 14, heldout37-gov p01; penalty-guideline pages, a site's preview of a 裁量规则 or 裁量基准 table:
// 《旅行社條例》及《旅行社條例實施細則》行政罰款裁量規則 ⏎ … 者同意在旅游合同約定之外提供其他有償服務的第五十四條,由旅游
// 行政管理部門責令改正,處1萬元以上5萬元以下的罰款。… 未載明本條例第二十八條規定的事項 …): a guideline is no regulation of its
// own (no line-start article headings); it is printed under a title line naming the regulations it applies — their
// titles in 《》 joined by 及 / 和 / 与 / 、, then the guideline's own kind (裁量规则, 裁量基准, 细化标准). Its cells copy the
// regulations' words: 本条例 / 本办法 / 本法 there is the title of that line whose kind the self word names (本条例 the
// 条例, never its 实施细则), resolved or unknown as that title is; and a bare label in a cell (…的第五十四条,由…处…罚款)
// is the article of a title named there whose words the cell prints on both sides of the label — the offence before it,
// the penalty after it — the words deciding between the 条例 and its 细则. One title only; otherwise as before.
import { lineStartAt, wordsOf } from '../text';

/** A title line naming regulations, then the guideline's own name (no sentence punctuation): titles in group 1. */
const GUIDELINE_LINE = /^[ \t\u3000]*((?:《[^《》\n]{2,60}》[ \t\u3000]*(?:及|和|与|、|以及)?[ \t\u3000]*)+)([^《》，。；：:,;\n]{2,40})$/;
/** The guideline's own name after the titles: what the page is (裁量规则, 裁量基准, 处罚标准 …). */
const GUIDELINE_KIND = /裁量|基准|标准|细化|量化|规则|指引|适用/;
/** How many lines above a reference the title line may stand. */
const REACH_LINES = 40;
/** A pinyin gloss a site put after a character (規(guī)定): not the page's words. */
const GLOSS = /[(（][a-zàáǎèéěìíǐòóǒùúǔüǖǘǚǜāēīōūńňǹ]{1,8}[)）]/gi;
/** The fewest words a cell must print on each side of a label to tell its article. */
const MIN_WORDS = 6;

/** The titles (as written, without 《》) the guideline's title line above `at` names, or null when there is none. */
export function guidelineTitles(text: string, at: number): string[] | null {
  let lineStart = lineStartAt(text, at);
  for (let n = 0; n < REACH_LINES && lineStart > 0; n++) {
    const prevEnd = lineStart - 1;
    lineStart = lineStartAt(text, prevEnd);
    // Both tests below need the line to open (after blanks) with 第 or 《: any other line is passed over unsliced.
    if (!opensWithLabelOrTitle(text, lineStart, prevEnd)) continue;
    const line = text.slice(lineStart, prevEnd).replace(/\r$/, '');
    // An article heading of the page's own between: a regulation printed, not a guideline's cells.
    if (/^[ \t\u3000]*第[一二三四五六七八九十百零〇两0-9]+条/.test(line)) return null;
    const m = GUIDELINE_LINE.exec(line);
    if (m && GUIDELINE_KIND.test(m[2])) return [...m[1].matchAll(/《([^《》\n]+)》/g)].map((t) => t[1]);
  }
  return null;
}

/** Whether the line [start, end) opens, after spaces, tabs and ideographic spaces, with 第 or 《. */
function opensWithLabelOrTitle(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x3000) continue;
    return c === 0x7b2c /* 第 */ || c === 0x300a /* 《 */;
  }
  return false;
}

/** The cell's words on both sides of the label [start, end): the offence before it, the penalty after it (to 。 or ；). */
export function cellWords(text: string, start: number, end: number): { before: string; after: string } {
  const back = text.slice(Math.max(0, start - 120), start).replace(GLOSS, '');
  const before = wordsOf(/[\u3400-\u9fff，、,]*$/.exec(back)?.[0] ?? '');
  const ahead = text.slice(end, end + 160).replace(GLOSS, '');
  const after = wordsOf(ahead.slice(0, ahead.search(/[。；;\n]|$/)));
  return { before, after };
}

/** Whether an article's text holds a cell's words on both sides of its label (enough of them on each). */
export function cellFitsArticle(cell: { before: string; after: string }, articleText: string): boolean {
  if (cell.before.length < MIN_WORDS || cell.after.length < MIN_WORDS) return false;
  const own = wordsOf(articleText);
  return own.includes(cell.before) && own.includes(cell.after);
}

// Rule (issue 14 forms 1 and 7, decided with english/headings/printedTitleLine.ts for both languages; fix-en33b): a page that
// reprints a regulation — an issuing notice above it (财政部关于印发《…办法》的通知 … 现将《…办法》印发给你们), a site's
// navigation, the writer's words — prints its title on a line of its own right above its articles (or above its first
// chapter's heading), and the text's 本办法 / 本条例 / 本规定 then name that title: the regulation reprinted, resolved when
// the corpus has it, else unknown-regulation. A draft is the document itself: its own name is its first line (nothing
// above it but front matter, or the same name heading the document above its history lines), or its title line carries a draft's note (（草案）, （征求意见稿）, （送审稿）) — its 本办法
// stays self, as every draft regulation's does. Only the self word naming the title's kind (本办法 a 办法); 本条, 前款 and
// bare articles keep reading the page's own article structure.
// The same title line over one article a page prints (no regulation of its own: 某某管理办法 ⏎⏎ 第九条…违反本办法…) names
// what that article's 本办法 means (analyze.ts titleLineOver, heldout30 gov) — right above the article only: a title
// over a chapter from the middle of a text (某某办法 ⏎ 第六章 罚则 ⏎ 第四十四条…) heads an excerpt whose articles are its own.

// Rule (fix-zh41a, heldout34-court; a lawyer's Q&A page printing the article asked about under the site's title line:
// 【中华人民共和国刑法(2020修正)】 ⏎ 第一百三十三条之一 【危险驾驶罪】…: ⏎ (一)… ⏎ 机动车所有人…对前款第三项、第四项行为…): a
// site may set the title line in 【】 as others set it in 《》, the version the page reprints in brackets inside or after
// it. The article printed under it is that version's (titleLineVersion): 前款 and the bare items in its text are read in
// it — a 修正案's year the corpus holds no text of ((2020修正) of the 刑法) is a text it lacks, unknown-regulation
// (analyze.ts printedArticleAround), never the text in force read silently.

/** A division heading between the title line and the first article: 第一章　总则, 第二节 …, 第一编 …. */
const DIVISION = /^[ \t\u3000#]*第[一二三四五六七八九十百零〇]+[章节编]/;
/** A regulation's title alone on its line (《》 or 【】 and a trailing note in brackets allowed, the note in group 2), its
 * kind word last; not a numbered section's heading (一、一般规定). */
const TITLE_LINE = /^[ \t\u3000#]*(?![一二三四五六七八九十百零〇0-9０-９]+[、.．])(?:《|【(?=[^【】\n]+】[ \t\u3000]*$))?([\u4e00-\u9fff0-9０-９·、〈〉（）()]{2,60}?(?:办法|条例|规定|细则|规则|法))》?(?:[ \t\u3000]*([（(][^（）()\n]{1,20}[）)]))?】?[ \t\u3000]*$/;
/** A version note on a title line, (2020修正), （2018年修订）, (2023): the year in group 1, the word in group 2. */
const VERSION_NOTE = /^[（(][ \t]*((?:19|20)[0-9]{2})[ \t]*年?[ \t]*(修订|修訂|修正|修改)?[ \t]*[)）]$/;
const DRAFT_NOTE = /草案|征求意见稿|送审稿|修订稿|讨论稿|试行稿/;

/**
 * The title printed on its own line above the article label at `label` (skipping blank lines, and division headings
 * unless `overDivisions` is false), with where its line starts; null when the line above is no title or carries a
 * draft's note. `from` ends the front matter.
 */
export function titleLineAbove(text: string, from: number, label: number, overDivisions = true): { title: string; start: number; note?: string } | null {
  let lineEnd = text.lastIndexOf('\n', label - 1);
  for (let n = 0; lineEnd > from && n < 12; n++) {
    const start = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(Math.max(start, from), lineEnd).replace(/\r$/, '');
    lineEnd = start - 1;
    if (!line.trim() || (overDivisions && DIVISION.test(line))) continue;
    const m = TITLE_LINE.exec(line);
    return m && !DRAFT_NOTE.test(line) ? { title: m[1], start, ...(m[2] ? { note: m[2] } : {}) } : null;
  }
  return null;
}

/**
 * The title printed on its own line above the first article label at `firstLabel` when words of the page stand above
 * that line (after the front matter ending at `from`), else null.
 */
export function reprintedTitleLine(text: string, from: number, firstLabel: number): string | null {
  const line = titleLineAbove(text, from, firstLabel);
  if (!line) return null;
  // Words above it — but not the same name heading the document, over its history lines (a law's own file: 中华人民共和国
  // 某法 ⏎ 通过…修正 ⏎ 中华人民共和国某法 ⏎ 第一章 …): that is the document itself.
  if (!/\S/.test(text.slice(from, line.start))) return null;
  const first = /^[ \t\u3000#]*(.*?)[ \t\u3000]*$/m.exec(text.slice(from, line.start).replace(/^\s+/, ''))?.[1] ?? '';
  return first.replace(/[《》\s]/g, '') === line.title.replace(/[《》\s]/g, '') ? null : line.title;
}

/**
 * The version a title line's note names (the rule above): (2020修正) → 2020, amended; (2023) → 2023, the year alone.
 * Null for any other note.
 */
export function titleLineVersion(note: string | undefined): { year: number; amended: boolean } | null {
  const m = note ? VERSION_NOTE.exec(note.trim()) : null;
  return m ? { year: +m[1], amended: !!m[2] } : null;
}

// Rule (issue 14, zh14; Q&A, 普法 and commentary pages printing a law's article under its label at a line start:
// 第二十七条 申请仲裁的时效期间为一年。… ⏎ 前款规定的仲裁时效，因…而中断。): the lines under the label are the article's
// 款, one a line, as the law prints them, and 前款 / 前两款 there is the 款 (or the two) before the one it stands in —
// the writer copied the law's words, not his own. A line that does not end a sentence (。；：！？ or a closing mark)
// runs on into the next, and an item line (（一）…) belongs to the 款 introducing it, so neither opens a 款. A blank line
// (unless the page spaces every paragraph so: spacedLayout below)
// or a heading of the page's own between the label and the reference ends the article (printedHeadingAbove.ts): no
// 款 is counted then. Which law the article is, is told by its words (analyze.ts printedArticleAround).
import { articleLabelAbove, type PrintedLabel } from './printedHeadingAbove';

/** A line that opens an item of the 款 above it: （一）, (二) (一、 is a heading of the page's own, not matched). */
export const ITEM_LINE = /^[ \t\u3000]*[（(][一二三四五六七八九十]{1,3}[)）]/;
/** A line ending its sentence: the next line opens another 款 (or an item). */
export const SENTENCE_END = /[。；;：:！？!?”」）)][ \t\u3000]*$/;

/** The printed article whose text holds `offset` and the 款 of it `offset` stands in (1 for the label's line); null when none. */
export function printedParagraphAt(text: string, offset: number): { label: PrintedLabel; paragraph: number } | null {
  const label = articleLabelAbove(text, offset);
  if (!label) return null;
  const between = text.slice(label.end, offset);
  let lines = between.split('\n');
  if (/\n[ \t\u3000\r]*\n/.test(between)) {
    if (!spacedLayout(text, label.start, lines)) return null;
    lines = lines.filter((line) => line.trim() !== '');
  }
  let paragraph = label.paragraph ?? 1;
  for (let i = 1; i < lines.length; i++) {
    if (SENTENCE_END.test(lines[i - 1].replace(/\r$/, '')) && !ITEM_LINE.test(lines[i])) paragraph++;
  }
  for (const line of lines) paragraph += line.match(RUN_ON_BREAK)?.length ?? 0;
  return { label, paragraph };
}

// Rule (issue 14 form 4, fix-zh28; heldout26 court: pages flattening a printed article's 款 onto its label's line, each
// after a full stop and a space: 第二百五十三条  某类人员……的，处……。 犯前款罪而……的，依照…): Chinese puts no space after
// 。 inside a 款, so a full stop, then spaces, then more of the article's words is where the page joined two 款 — the
// next 款 opens there, as on a line of its own. An item (（一）…) after it stays in the 款 introducing it.
const RUN_ON_BREAK = /。[ \t\u3000]+(?=[^\s（(])/g;

// Rule (issue 14, fix-zh21; 普法 pages, books and 条款摘编 pages setting every paragraph apart by a blank line: 第二百三十四条
// 故意伤害他人身体的，处…。 ⏎⏎ 犯前款罪，致人重伤的，处…): where the page spaces its paragraphs so — a blank line right
// above the label's line too — the 款 of the article printed stand one a block, and 前款 in a later block is the 款 before
// it, as one a line above. Only while every block between the label and the reference is one line ending its sentence
// (a 款 as the law prints it), no heading of the page's own, no other label, no more than a code's article holds (six);
// a page that does not put the blank line above the label (a commentary going on after the article) is read as before.
/** The most 款 blocks between the label and the reference. */
const MOST_BLOCKS = 6;

/** Whether the article at `labelStart`, `lines` the text from its label on, is printed in blank-spaced paragraphs. */
function spacedLayout(text: string, labelStart: number, lines: string[]): boolean {
  const lineStart = text.lastIndexOf('\n', labelStart - 1) + 1;
  if (lineStart < 2) return false;
  const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  if (above.trim() !== '') return false;
  return spacedBlocks(lines);
}

/**
 * Whether `lines` (the text from a point in an article's words to a reference, split at line breaks; the last is the
 * reference's line) run in blank-spaced 款 blocks: each block one line ending its sentence, no heading of the page's own
 * or other label among them, at most MOST_BLOCKS. Also read by pastedParagraph.ts (a bare 第一款 under a spaced 款).
 */
export function spacedBlocks(lines: readonly string[]): boolean {
  const blocks = lines.slice(0, -1).filter((line) => line.trim() !== '');
  if (blocks.length > MOST_BLOCKS) return false;
  // Each block a single line: no two text lines running together (a page not spaced so).
  for (let i = 1; i < lines.length; i++) if (lines[i].trim() !== '' && lines[i - 1].trim() !== '') return false;
  return blocks.every((line) => SENTENCE_END.test(line.replace(/\r$/, '')) && !OWN_BLOCK.test(line));
}

/** A block that is no 款 of the article: a heading of the page's own (一、 1、 #), another label, a caption (【…】). */
const OWN_BLOCK = /^[ \t\u3000]*(?:#|[一二三四五六七八九十]+[、.．]|\d{1,2}\s*[、．.]|第[一二三四五六七八九十百千零〇两0-9０-９]+[条章节]|【)/;

// Articles of a law reprinted in a document: a judgment's appendix (附：本判决适用的法律条文 / 附：相关法律条文,
// then 一、《中华人民共和国民事诉讼法》, then 第一百一十八条当事人进行民事诉讼……), or a Q&A or law-firm page that
// lists "1、《中华人民共和国行政诉讼法》" and under it 第六十九条行政行为证据确凿…….
//
// The rule a writer follows: under a heading that names a law — a line holding only its title (numbered or not, in
// 《》 or not), or an appendix heading announcing the articles applied — each line that starts with 第X条 reprints
// that article: the label is its heading, glued to its text or not, never a citation. The excerpt runs on through
// the articles' paragraphs and items until the next heading of the document's own (一、…, 1、…, a Markdown
// heading) that names no law. A line that starts with 第X条 followed by a word citing it (规定, 的, 第…款, 、, 中,
// 是 …) is a sentence about the article, not a reprint, and stays a citation.

import { parseNumeral } from '../../numerals';
import { withoutDatabaseFields } from './databaseFields';
import { ARTICLE_NUMERAL, REGULATION_TITLE_WORDS } from '../text';
import { titlesNamedAlone } from './titleInPrintedWords';

/** An appendix heading of a judgment or decision announcing the articles it applied (附：相关法律条文, 本案引用的法律条文). */
export const APPENDIX_HEADING =
  /^[*#>\s\u3000]*(?:附[：:]|附件|附录|附\s*(?:本案|相关|法律|所引|引用))|适用的(?:法律)?(?:条文|法律)[：:]?\s*$|^[*#>\s\u3000]*(?:本案)?(?:相关|所引|引用的?|适用的?)(?:法律)?(?:条文|法条|法律规定)[：:]?\s*$/;

/** A numbering before a heading's text: 一、 1、 1. （一） (1). */
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）][、.．]?)\s*/;

/** Words that end a law's title written without 《》. */
const LAW_TITLE_END = new RegExp(`(?:${REGULATION_TITLE_WORDS}|修正案(?:[（(][一二三四五六七八九十]+[)）])?)$`);

/** An article's, 款's or 项's label anywhere in a line (a line citing a provision names more than a law). */
const LABEL_IN_LINE = new RegExp(`第${ARTICLE_NUMERAL}[条款项]`);

/**
 * A line naming only a law: 一、《中华人民共和国民事诉讼法》, 《刑法》：, and without 《》 a title that names its issuer or
 * nation or holds a law's title (2、最高人民法院关于执行《…》若干问题的解释).
 */
// Rule (issue 14, real-zh19; Q&A answers): the title alone may end with a full stop (《…的解释》。 ⏎ 第一条盗窃…), as
// with a colon: the articles pasted under it are still its.
function titleOnlyLine(line: string): boolean {
  let s = line.replace(/^[*#>\s\u3000]+|[*\s\u3000]+$/g, '').replace(NUMBERING, '').replace(/[：:]$/, '');
  if (!s || s.length > 90) return false;
  if (/^《[^《》]*(?:《[^《》]*》[^《》]*)*》。?$/.test(s.slice(0, s.lastIndexOf('》') + 1) + withoutDatabaseFields(s.slice(s.lastIndexOf('》') + 1)))) return true;
  if (/[。；;，,！？]/.test(s) || LABEL_IN_LINE.test(s)) return false;
  s = s.replace(/[（(][^（）()]{0,20}[)）]$/, '');
  // Without 《》 only a title that says whose it is: a national law's or a 司法解释's (我们的意见 names no law).
  return LAW_TITLE_END.test(s) && (/^(?:中华人民共和国|最高人民|全国人民代表大会)/.test(s) || /《[^》]+》/.test(s));
}

/** A heading of the document's own that names no law: 一、行政诉讼的基本原则有：, 1、…, # …. */
function ownHeading(line: string): boolean {
  const s = line.replace(/^[\s\u3000]+/, '');
  return /^#/.test(s) || (NUMBERING.test(s) && !/^[（(]/.test(s));
}

/** What after 第X条 makes the line a sentence about the article rather than its reprint (第二审人民法院… is its text). */
const CITING_AFTER = /^(?:第[一二三四五六七八九十百千零〇两0-9０-９（(]+[款项目）)]|[的之、，,和及与或至到所是也则还已将即]|中(?!华)|规定|明确|指出|要求|载明|写明|涉及|关于|内容|条文|有规定|有明确|作了|作出|\s*$)/;

/**
 * A comma after the label and then the article's own words (第三十八条，用人单位有下列情形之一的…): pages print the
 * articles under a law's title so too. Not a list (第三十八条，第三十九条), nor words about the article (，规定了…,
 * ，是关于…, ，该条…).
 */
const COMMA_THEN_TEXT = /^[，,][ \u3000]*(?![第该本此这其])[\u4e00-\u9fff]/;

// Rule (issue 14, fix-head20; law firms' and 释义 pages printing a crime's provisions under captions of their kind:
// 【修正说明】…⏎【司法解释Ⅱ】⏎⏎第三条盗窃公私财物价值…): a caption in 【】 alone on its line right above the label (blank lines
// between) names the kind of text printed under it — 司法解释, 法条原文, 相关法条 — and the label glued to its text there
// heads it, as under a title line. A caption naming the basis (【法律依据】) lists the articles relied on: a label glued
// to its words there stays a citation, as under 法律依据： (pastedOnPrintedLine above).
const CAPTION_LINE = /^[ \t\u3000]*【(?![^【】\n]*依[据據])[^【】\n]{1,12}】[ \t\u3000]*$/;

/**
 * The lines above the one holding `start`, nearest first, at most 80: each with its index counted from the nearest (0)
 * and the offset of the line break ending it; a line's carriage return dropped.
 */
function* linesAbove(text: string, start: number): Generator<{ line: string; n: number; end: number }> {
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  for (let n = 0; n < 80 && lineStart > 0; n++) {
    const end = lineStart - 1;
    const prevStart = text.lastIndexOf('\n', end - 1) + 1;
    yield { line: text.slice(prevStart, end).replace(/\r$/, ''), n, end };
    lineStart = prevStart;
  }
}

/** A line-start 第X条 label (ending at `labelEnd`) glued to its text is the heading of an article under a law's heading. */
export function reprintedArticleAt(text: string, labelStart: number, labelEnd: number): boolean {
  const comma = COMMA_THEN_TEXT.exec(text.slice(labelEnd, labelEnd + 4));
  if (comma ? CITING_AFTER.test(text.slice(labelEnd + comma[0].length - 1, labelEnd + comma[0].length + 1)) : CITING_AFTER.test(text.slice(labelEnd, labelEnd + 2))) return false;
  for (const { line, n, end: prevEnd } of linesAbove(text, labelStart)) {
    if (!line.trim()) continue;
    if (APPENDIX_HEADING.test(line) || titleOnlyLine(line)) return true;
    // The caption right above the label (fix-head20, above); further up it heads the text before.
    if (n <= 3 && CAPTION_LINE.test(line) && !comma && /^[\u4e00-\u9fff]/.test(text.slice(labelEnd, labelEnd + 1)) && /^[\s\u3000]*$/.test(text.slice(prevEnd, labelStart).replace(/^\n/, ''))) return true;
    if (ownHeading(line)) return false;
  }
  return false;
}

// Rule (issue 14, fix-head20; pages printing a code's articles under their crimes' captions, judgments' appendices of the
// articles applied): a label naming one 款 at a line's start is the label of the 款 printed after it, not a citation,
// when it is set off so — a space and the caption in brackets (第一百九十六条第三款 【盗窃罪】盗窃信用卡并使用的…), a space
// and the 款's own words, or, under a judgment's appendix heading (本判决所依据的法律条文：⏎《…》⏎), glued to them
// (第一百七十七条第一款第二审人民法院对上诉案件…). A writer citing a 款 at a line's start goes on with 规定, 的, a list
// (、第三款) or an item; glued to its words under a 法律依据 heading the label lists the basis relied on and stays a
// citation (the line above holds no appendix heading then).
/** A judgment's or ruling's heading of the articles it applied: 本判决所依据的法律条文：, 本裁定适用的法律条文. */
const APPLIED_HEADING = /(?:判决|裁定|决定|调解书?)(?:书)?所?(?:依据|适用|援引|引用)的(?:相关)?(?:法律)?(?:条文|法条|法律|法律规定)[：:]?\s*$/;
// Rule (issue 14, fix-zh61; heldout40-court: a ruling's appendix 本案引用的法律条文 ⏎ 《…民事诉讼法》第一百一十八条:… ⏎
// 第一百五十四条第一款第(十一)项:其他需要裁定解决的事项。): set off from its words by a colon, the label — of a 款, or of a 款
// and an item — heads them under an appendix heading as a glued one does: the appendix prints the provisions, and a
// writer citing a 款 or an item goes on with 规定, 的 … (CITING_AFTER), not with a colon and the unit's words. Elsewhere
// a colon after a label is a writer's (法律依据 ⏎ … ⏎ 第N条第M款:… lists the basis): the loop below decides, as for glued.
/** A colon, and spaces after it, between a label and the words it sets off. */
const COLON_SET_OFF = /^[：:][ \t\u3000]*/;
/** A space and a caption in brackets, or a space and the 款's own words (not words citing it). */
const SET_OFF = /^(?:[ \t\u3000]*[【〖]|[ \t\u3000]+(?![第前本该])(?=[\u4e00-\u9fff“「]))/;

/** Whether the line-start label of one 款 ending at `labelEnd` (its article at `labelStart`) heads the 款 printed after it. */
export function paragraphLabelHeading(text: string, labelStart: number, labelEnd: number): boolean {
  const set = SET_OFF.exec(text.slice(labelEnd, labelEnd + 6));
  if (set) return /[【〖]$/.test(set[0]) || !CITING_AFTER.test(text.slice(labelEnd + set[0].length, labelEnd + set[0].length + 8));
  // A colon before the words: read as glued (below), under an appendix heading only.
  return printedWordsGlued(text, labelEnd) && underAppendixHeading(text, labelStart);
}

/**
 * Whether the words right after a label (ending at `labelEnd`), glued to it or after a colon, are a provision's own
 * words rather than a writer's citing it (规定, 的, 第…款 … — CITING_AFTER).
 */
export function printedWordsGlued(text: string, labelEnd: number): boolean {
  const colon = COLON_SET_OFF.exec(text.slice(labelEnd, labelEnd + 4));
  const from = labelEnd + (colon ? colon[0].length : 0);
  return /^[\u4e00-\u9fff]/.test(text.slice(from, from + 1)) && !CITING_AFTER.test(text.slice(from, from + 8));
}

/**
 * Whether the line holding `lineStart` stands under a judgment's appendix heading (附：相关法律条文, 本判决所依据的法律
 * 条文：), read up over the law's title line and the provisions printed before it; a heading of the document's own or a
 * 法律依据 caption (the basis relied on, listed) ends the search.
 */
export function underAppendixHeading(text: string, lineStart: number): boolean {
  for (const { line } of linesAbove(text, lineStart)) {
    if (!line.trim()) continue;
    if (APPENDIX_HEADING.test(line) || APPLIED_HEADING.test(line)) return true;
    if (ownHeading(line) || /(?:法律依据|处罚依据|法律依據|依据|依據)[：:]?\s*$/.test(line)) return false;
  }
  return false;
}

// Rule (round 23, settled by the lead; heldout32-court p25: study pages and lists printing the 款 a topic rests on under
// the law's title: 1.《某法》 ⏎ 第十条第二款、第三款 当事人…): a label carrying a list of one article's 款 at a line's start,
// set off by a space (or a colon) from words that are not the writer's (规定, 的, 分别… are), under a line ending with the
// law's title, is the heading of the 款 printed, as one 款's label is (above). The text printed opens with the first 款
// listed. A list of 款 under a line of the writer's own (第一百七十七条第一款、第二款 分别规定了…) stays a citation.
/** The rest of a list of 款 after the first (、第三款, 、第三、四款), and the space or colon setting it off. */
const PARAGRAPH_LIST_REST = /^(?:[、，,和及与](?:第[一二三四五六七八九十0-9０-９]{1,3}款|[一二三四五六七八九十0-9０-９]{1,3}款?)){1,6}(?=[ \t\u3000：:])/;
/** A line ending with a law's title, a bracketed note (its dates) after it or not. */
const ENDS_WITH_TITLE = /《[^《》\n]{2,80}》[ \t\u3000]*(?:[（(][^（）()\n]{0,80}[)）])?[ \t\u3000]*$/;
/** Words that cite the 款 listed or speak of them rather than print them. */
const LIST_CITING_AFTER = /^(?:规定|分别|明确|指出|要求|载明|涉及|关于|内容|条文|均|都|也|则|之|的|中|是|有关|作了|作出|第[一二三四五六七八九十0-9０-９]+[款项])/;

/**
 * Where the heading of a list of 款 at `listStart` (right after its first 款) ends, the list's end (the rule above), or -1;
 * `labelStart`: where its article's label opens the line.
 */
export function paragraphListHeading(text: string, labelStart: number, listStart: number): number {
  const rest = PARAGRAPH_LIST_REST.exec(text.slice(listStart, listStart + 40));
  if (!rest) return -1;
  const end = listStart + rest[0].length;
  const gap = /^[ \t\u3000]+|^[：:][ \t\u3000]*/.exec(text.slice(end, end + 8));
  const from = end + (gap ? gap[0].length : 0);
  if (!/^[\u4e00-\u9fff“「]/.test(text.slice(from, from + 1)) || LIST_CITING_AFTER.test(text.slice(from, from + 4))) return -1;
  for (const { line } of linesAbove(text, labelStart)) {
    if (!line.trim()) continue;
    return titleOnlyLine(line) || ENDS_WITH_TITLE.test(line) ? end : -1;
  }
  return -1;
}

/**
 * Rule (replies and Q&A pages pasting a law's articles one under another): a line opening with a citation and the
 * article's text after a space or colon (《…法》第四十五条 禁止…) prints that article; a heading further down
 * (第五十八条 违反本法规定…) prints another article pasted from the same law, when only text lines lie between — the
 * first article's further paragraphs and items: no title (《…》 or a title alone) and no heading of the document's own
 * (一、…, 1、…). `from` is where the first article's quoted line ends, `to` where the heading starts.
 */
export function pastedArticlesGoOn(text: string, from: number, to: number): boolean {
  if (to < from || to - from > 1500) return false;
  const between = text.slice(from, to);
  if (between.includes('《')) return false;
  return between.split('\n').every((line) => !line.trim() || (!ownHeading(line) && !titleOnlyLine(line) && !APPENDIX_HEADING.test(line)));
}

/**
 * Rule (issue 14, zh10; Q&A pages pasting a law's articles one after another into one paragraph): a line opening with
 * a citation glued to the article's text (《某某法》第二十条用人单位应当…。, 最高人民法院《…解释》第五条…) prints that
 * article; a label further on the line right after a full stop (a space between or not) and glued to words of its own
 * (…支付赔偿金。第二十一条经济补偿按… / 。 第六条盗窃…) is the heading of the next article pasted, not a citation. Only
 * a line opening with the title (or its issuer and the title): under a caption of the writer's own ((二)撤销判决《…》第
 * 七十条…) the writer goes through the articles he applies, and they stay citations. A
 * writer citing an article after a full stop goes on with 规定, 的, 中, 明确, 对 … (。第二十一条规定… stays a citation), and
 * a line opening with 根据/依照 or with 《…》第二十条规定 is his own sentence, not a printed article.
 */
// Rule (issue 14, zh15; Q&A pages captioning the law they paste: 法律分析: 《某某法》第八条…。 第十五条…): a caption of a
// few characters and a colon before the title (法律主观：, 法律分析：, 相关法条：) is the page's label for the text pasted, not
// a sentence of the writer's; the line still opens with the title. A caption naming the basis (法律依据：) lists the
// articles the page relies on, as a judgment's 法律依据 line does: each label there stays a citation. Words citing the
// title (根据《…》) are no caption: the colon must come right after it.
const PRINTED_LINE = new RegExp(`^[ \\t\\u3000]*(?:(?![\\u4e00-\\u9fff]{0,4}依[据據])[\\u4e00-\\u9fff]{2,6}[：:][ \\t\\u3000]*)?(?:[\\u4e00-\\u9fff]{0,12}(?:人民法院|人民检察院|国务院|常务委员会|常委会|部|委员会|总局|署))?《[^《》\\n]{2,80}》第${ARTICLE_NUMERAL}条(?:之[一二三四五六七八九十]+)?[ \\u3000：:]*(?=[\\u4e00-\\u9fff])`);
/** The fewest characters of the first article's words before the next label (另有规定。 is a writer's sentence). */
const MIN_PRINTED = 12;
/** Words a writer's own sentence opens with before naming the law. */
const WRITER_LEAD = /^[ \t\u3000]*(?:根据|依据|依照|按照|参照|对照|违反|符合|适用|援引|引用|如|因|我国|现行|新|原)/;

// Rule (issue 14, fix-head20; enforcement lists and power lists pasting the basis' articles into one cell: | 1.《某某法》
// 第三十条第一款、第三款 文本……停业整顿。第四十条 本法规定的行政处罚，由…… / …责任.1、《某某法》第三十条：文本……公示。2、第二十五条
// 申请人提交的……): the printed article may open a table cell or a numbered entry as it opens a line — after the
// cell's bar, or after a list number (1. 1、) that follows a sentence's end — with a space between the title and its
// label and the 款 it prints after the label; the next article pasted is its label after the full stop with a space
// and its own words after it (or glued to them, as above), also behind the entry's next number (。2、第二十五条 …, the
// number one up). A writer citing a second article after a full stop goes on with 规定, 的 … (。第四十条规定，…), and a
// numbered list of bases writes each label glued to its 规定 or colon (2、第二十五条：…) or with its title again.
// Under a 法律依据 caption a label glued to its words stays a citation (the basis listed, as above); one set off by a
// space is the next article's heading there too; so is one behind the entry's number (a glued one there is not read so).
/** A list number opening an entry: 1. 1、 2． */
const ENTRY_NUMBER = /(\d{1,2})[、.．][ \t\u3000]*$/;
// Rule (issue 14, fix-zh21; power lists noting the text's decree after its title: | 《某某条例》(国务院令第123号修改)第五条
// 县级以上…。第二十条 经营单位违反…): a note in brackets between the title and the label — the decree, the date or the
// amendment that made the text printed — belongs to the title; the cell still opens with the printed article, and the next
// label after the full stop, set off by a space from its own words, heads the next article pasted.
/** The printed article's opening in a cell or numbered entry: its number (if any), then the line's words as PRINTED_LINE
 * reads them; a note in brackets may follow the title (its decree or amendment). */
const ENTRY_OPENING = new RegExp(`^[ \\t\\u3000]*(?:(\\d{1,2})[、.．][ \\t\\u3000]*)?((?:[\\u4e00-\\u9fff]{2,6}[：:][ \\t\\u3000]*)?《[^《》\\n]{2,80}》(?:[(（][^()（）《》\\n]{2,60}[)）][ \\u3000]?)?)[ \\u3000]?(第${ARTICLE_NUMERAL}条(?:之[一二三四五六七八九十]+)?)((?:第[0-9０-９一二三四五六七八九十]+款(?:、第[0-9０-９一二三四五六七八九十]+款)*)?)[ \\u3000：:]*(?=[\\u4e00-\\u9fff])`);
/** A space after the label and the article's own words (not words citing it: 规定, 的, 第…款). */
const SPACE_THEN_TEXT = /^[ \u3000]+(?=[\u4e00-\u9fff])/;

/** Whether the label at [labelStart, labelEnd), after a full stop, is the next article pasted on a printed article's line. */
export function pastedOnPrintedLine(text: string, labelStart: number, labelEnd: number): boolean {
  let i = labelStart - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u3000')) i--;
  const lineStart = text.lastIndexOf('\n', labelStart - 1) + 1;
  // The entry's next number before the label (。2、第二十五条 …).
  const numbered = ENTRY_NUMBER.exec(text.slice(Math.max(lineStart, labelStart - 6), labelStart));
  if (numbered) {
    i = labelStart - numbered[0].length - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\u3000')) i--;
  }
  if (text[i] !== '。') return false;
  const spaced = SPACE_THEN_TEXT.exec(text.slice(labelEnd, labelEnd + 4));
  const after = text.slice(labelEnd + (spaced ? spaced[0].length : 0), labelEnd + (spaced ? spaced[0].length : 0) + 8);
  // 。第十条对…作了规定 is the writer's; set off by a space, 对 opens the article's own words (第十九条第二款 对进入…的).
  if (!/^[\u4e00-\u9fff]/.test(after) || CITING_AFTER.test(after) || (spaced ? /^(?:有关|所列|列举|项下)/ : /^(?:对|有关|所列|列举|项下)/).test(after)) return false;
  const line = text.slice(lineStart, labelStart);
  const m = PRINTED_LINE.exec(line);
  if (!numbered && m && !WRITER_LEAD.test(line)) return printedWords(line.slice(m[0].length), !!spaced);
  // Rule (fix-head20, above): the printed article opening a table cell or a numbered entry, the next label set off by a space
  // or behind the entry's next number.
  if (!spaced) return false;
  return printedEntryBefore(line, numbered ? Number(numbered[1]) : null, true);
}

/**
 * The printed article's words: a sentence of its own (a dozen characters at least), not the writer's 另有规定 / 也规定;
 * no title in them, or — the next label set off by a space (`spaced`) — titles named alone (titleInPrintedWords.ts).
 */
function printedWords(printed: string, spaced: boolean): boolean {
  const titles = !printed.includes('《') || (spaced && titlesNamedAlone(printed));
  return !CITING_AFTER.test(printed.slice(0, 8)) && !/^(?:另|又|亦|对)/.test(printed) && titles && printed.replace(/[\s。]+$/, '').length >= MIN_PRINTED;
}

/**
 * Whether `line` (up to the next label, its number left out) holds, from the last place an entry opens — the line's start,
 * a table cell's bar, a list number after a sentence's end — a printed article: its title, label, 款 and words. With
 * `number`, the entry must be numbered one before it.
 */
function printedEntryBefore(line: string, number: number | null, spaced: boolean): boolean {
  if (number !== null) line = line.slice(0, line.length - (ENTRY_NUMBER.exec(line)?.[0].length ?? 0));
  let from = Math.max(line.lastIndexOf('|'), line.lastIndexOf('｜')) + 1;
  const entries = /[。.．][ \t\u3000]*(?=\d{1,2}[、.．][ \t\u3000]*(?:[\u4e00-\u9fff]{2,6}[：:][ \t\u3000]*)?《)/g;
  for (let m = entries.exec(line); m; m = entries.exec(line)) if (m.index + m[0].length > from) from = m.index + m[0].length;
  const segment = line.slice(from);
  const m = ENTRY_OPENING.exec(segment);
  if (!m || WRITER_LEAD.test(segment)) return false;
  if (number !== null && (m[1] === undefined || Number(m[1]) !== number - 1)) return false;
  return printedWords(segment.slice(m[0].length), spaced);
}

/** An article's label ending the text above, only blanks and line breaks after it (its numeral captured). */
const LABEL_ENDING_LINE = new RegExp(`第(${ARTICLE_NUMERAL})条[ \\t\\u3000：:]*(?:\\r?\\n[ \\t\\u3000]*)+$`);
/**
 * Rule (issue 14, zh10; Q&A and commentary pages): a line that ends citing an article (…规定 《某某法》第二十条) and the
 * next line opening with that same article's label glued to its words or its caption (第二十条用人单位… / 第二十条试用期
 * 的期限) prints the article cited: the label is its heading, not a second citation. 第二十条规定… on the next line,
 * or another article's label, stays a citation.
 */
export function repeatsCitationAbove(text: string, labelStart: number, labelEnd: number, n: number): boolean {
  if (!/^[\u4e00-\u9fff]/.test(text.slice(labelEnd, labelEnd + 1)) || CITING_AFTER.test(text.slice(labelEnd, labelEnd + 8))) return false;
  const above = text.slice(Math.max(0, labelStart - 200), labelStart);
  const m = LABEL_ENDING_LINE.exec(above);
  if (!m || !/\n[ \t\u3000]*$/.test(above)) return false;
  return parseNumeral(m[1]) === n;
}

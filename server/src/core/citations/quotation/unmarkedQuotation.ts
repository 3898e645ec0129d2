// Quoted statute text without quotation marks.
//
// Rule (what real writers do): penalty decisions, the 处罚依据 column of a 处罚信息公示 table, lists of 违法行为 and
// 法律依据, and legal Q&A pages often set the text of a cited article right after the citation with only a colon or
// a space in between, no quotation marks:
//
//   《中华人民共和国广告法》第五十七条：有下列行为之一的，……（一）发布有本法第九条、第十条规定的禁止情形的广告的
//   法律依据：《中华人民共和国劳动合同法》 第四十六条 有下列情形之一的，……（一）劳动者依照本法第三十八条规定……
//
// That text is the cited article's, to the end of its line or table cell (a | or a tab ends a cell; a line ending
// with a colon goes on with the article's items, up to an empty line; a citation of several 款 quotes one line each): 本法, 本条例 …
// and a bare 第X条 there are the quoted law's, as inside a quotation in marks (analyze.ts quotedTargets). Not used for
// the quote-mismatch check: what follows a colon may be the writer's own summary, not the article's words.
//
// Also the article's words glued to a citation that opens its line or a label (【法律依据】《…》第N条禁止…), and the
// lines under a citation ending a labelled line, and under any citation ending its line with 规定： (commentaries and
// Q&A pages set an article's text below …劳动合同法第八十七条规定：, its 本法 the quoted law's). Not a quotation: a colon or space followed by a quotation mark (that
// is the marked kind), by another 第 (a list written with spaces), by a bracket or by nothing on the line; words that
// go on with the writer's sentence (规定, 的, 明确 …). Inside a draft regulation (its own 第一条 …) the rule
// is not used: there 本办法 is the draft's own, whatever precedes it.
import { countBelow, PROVIDES_ADVERB } from '../text';
import { writerResumesBefore } from './writerResumes';
import { citingVerbLineStart } from './citingVerbLine';

// Rule (issue 14, a140-qa; tax answers: 18号公告第九条还规定：一般纳税人…。⏎⏎该条规定的含义是…): an adverb between the
// article and 规定 and its colon (还规定：, 也规定：, 同时规定：) introduces the article's words as 规定： alone does — the same
// adverbs that open its words in quotation marks (text.ts PROVIDES_ADVERB, read by scan/quotationAfter.ts too).
const OPEN = new RegExp(`(?:的规定|${PROVIDES_ADVERB}?规定)?[：:][ \u3000]*(?=[\u3400-\u9fff（(])|[ \u3000]+(?=[\u3400-\u9fff])`, 'y');
const MAX_UNMARKED = 3000;
/** The characters the colon-and-line-end pattern of unmarkedQuotationAfter can open with. */
const BELOW_FIRST = new Set([...'的规：: \t\u3000\r\n'].map((c) => c.charCodeAt(0)));

/**
 * Where lines, table cells and paragraphs end in a text, found once (one pass) and looked up by binary search: the
 * quoted text after each citation ends at the next of them, and a document of many citations stays linear.
 */
export class TextBreaks {
  private cells: number[] | null = null;
  private blanks: number[] | null = null;

  constructor(private readonly text: string) {}

  /** The first line or cell end (\n, \r, |, ｜, tab) at or after `from`, else the text's length. */
  cellEnd(from: number): number {
    this.cells ??= positions(this.text, /[\n\r|｜\t]/g);
    return next(this.cells, from) ?? this.text.length;
  }

  /** The first line break at or after `from` that starts an empty line (or ends the text), else the text's length. */
  blankLine(from: number): number {
    this.blanks ??= positions(this.text, /\r?\n(?=[ \t\u3000]*(?:\r?\n|$))/g);
    return next(this.blanks, from) ?? this.text.length;
  }
}

function positions(text: string, re: RegExp): number[] {
  const out: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

/** The first of the ascending numbers `sorted` at or after `from`, undefined when none. */
function next(sorted: readonly number[], from: number): number | undefined {
  return sorted[countBelow(sorted, from)];
}

/**
 * The unmarked article text right after a citation from `citationStart` to `end`, or null. Also the lines under a
 * citation that ends its line and starts it or follows a label (法律依据：《…》第四十六条 ⏎ 有下列情形之一的…), to an
 * empty line.
 */
export function unmarkedQuotationAfter(text: string, end: number, citationStart: number, breaks: TextBreaks, paragraphs = 1): { start: number; end: number } | null {
  // …第八十七条规定：⏎ text: 规定 with the colon ends the line as the colon alone does.
  // (Its first character tested first: most citations go on with words, none of the pattern's.)
  const below = BELOW_FIRST.has(text.charCodeAt(end)) ? /^(?:(?:的规定|规定)?[：:])?[ \t\u3000]*\r?\n/.exec(text.slice(end, end + 10)) : null;
  if (below) {
    // 规定： ending the line introduces the article's text wherever the citation stands on it (…属于违法解除。劳动合同法
    // 第八十七条规定：⏎ text); a bare colon or a line end only after a citation opening its line.
    if (!/规定/.test(below[0]) && !labelledLineStart(text, citationStart)) return null;
    const from = end + below[0].length;
    if (/^[ \t\u3000]*(?:\r?\n|$|第)/.test(text.slice(from, from + 8))) return null;
    return blockFrom(text, from, breaks);
  }
  let start: number;
  OPEN.lastIndex = end;
  if (OPEN.test(text)) start = OPEN.lastIndex;
  // 【法律依据】《…民法典》第一千二百五十四条禁止从建筑物中抛掷物品…: a citation opening its line (or a label) with
  // the article's words glued to it, not a word of the writer's sentence (规定, 的, 明确 …).
  // 例如《某某省实施〈…〉办法》规定：第四十三条农村村民一户只能拥有一处宅基地…: a colon between the title and its article
  // introduces the article's words glued to it as a label does, wherever the citation stands on its line.
  else if (GLUED.test(text.slice(end, end + 4)) && (labelledLineStart(text, citationStart) || TITLE_COLON.test(text.slice(citationStart, end)) || SPACED_NAME_BEFORE.test(text.slice(Math.max(0, citationStart - 30), citationStart)))) start = end;
  else if (itemsAfterComma(text, end, breaks)) start = /^规定/.test(text.slice(end, end + 2)) ? end + 3 : end + 1;
  else if (textAfterComma(text, end, citationStart)) {
    // The entry's article ends where the cell's next numbered entry starts (。 2.《…》第五十九条,…).
    const cell = text.slice(end + 1, breaks.cellEnd(end + 1));
    const next = NEXT_ENTRY.exec(cell);
    const stop = next ? end + 1 + next.index + 1 : end + 1 + cell.length;
    return stop - end - 1 >= 4 ? { start: end + 1, end: stop } : null;
  }
  else return null;
  if (text.charCodeAt(start) === 0x7b2c /* 第 */) return null;
  let stop = breaks.cellEnd(start);
  // Several 款 cited together (第六十二条第二、三款：……) are quoted one per line: as many lines as 款, while the
  // lines go on (an empty line or a table cell ends the quotation).
  for (let k = 1; k < paragraphs && stop < text.length && text[stop] === '\n' && /[^\s\u3000]/.test(text.slice(stop + 1, breaks.cellEnd(stop + 1))); k++) {
    stop = breaks.cellEnd(stop + 1);
  }
  // An article that goes on with its items (its line ends with a colon) runs over the next lines, to an empty line.
  if (stop < text.length && (text[stop] === '\n' || text[stop] === '\r') && /[：:]\s*$/.test(text.slice(Math.max(start, stop - 3), stop))) {
    stop = breaks.blankLine(stop);
  }
  else if (!/规定/.test(text.slice(end, start)) && (labelledLineStart(text, citationStart) || citingVerbLineStart(text, citationStart))) stop = nextParagraphsCited(text, stop, breaks);
  stop = Math.min(stop, start + MAX_UNMARKED);
  return stop - start >= 4 ? { start, end: stop } : null;
}

/** A line opening another citation, a list entry or a label: not the article's next 款. */
const OPENS_ANOTHER = /^[ \t\u3000]*(?:[《【\[]|第|[（(][一二三四五六七八九十\d]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|[^\n。；;，,]{0,12}[：:])/;
/** 前款, 前两款 or 本条 near the line's start. */
const CONTINUED = /^[ \t\u3000]*[^\n]{0,40}?(?:前[两二三四]?款|本条)/;

/**
 * Rule (执法依据 and 法律依据 lists: 《…森林法》第三十八条：国家禁止……。⏎ 出口前款规定限制出口的……): the article's next 款 set
 * on the lines under its first, which opens on the citation's line. A line right under it (no empty line) that refers
 * to 前款, 前两款 or 本条 near its start is the article's words — a writer's own sentence names the provision it means —
 * and so are the lines before it. Up to three lines; a line opening another citation, a label or a list entry ends it.
 * After …第十条规定：text the lines below are read by their words already (quotedParagraph.ts): not here.
 */
function nextParagraphsCited(text: string, stop: number, breaks: TextBreaks): number {
  if (!/[。.]$/.test(text.slice(Math.max(0, stop - 1), stop).trimEnd()) || text[stop] !== '\n') return stop;
  let end = stop;
  let at = stop;
  for (let k = 0; k < 3 && at < text.length && text[at] === '\n'; k++) {
    const lineEnd = breaks.cellEnd(at + 1);
    const line = text.slice(at + 1, lineEnd);
    if (!line.trim() || OPENS_ANOTHER.test(line)) break;
    if (CONTINUED.test(line)) end = lineEnd;
    at = lineEnd;
  }
  return end;
}

/**
 * Rule (Q&A pages retelling how a court rules): 根据《行政诉讼法解释》第六十九条，有下列情形之一，已经立案的，应当裁定驳回
 * 起诉：⏎（一）不符合行政诉讼法第四十九条规定的；⏎…⏎前款所列情形可以补正… — after a comma, the article's opening words
 * that end the line with a colon, its items on the lines below: the article's text, set after a comma instead of a
 * colon (its 前款 is the article's, quotedParagraph.ts). Only words opening a list (下列), not the writer's (本院认为…：)
 * nor a judgment's or decision's own items (判决如下：⏎（一）…).
 */
const ITEM_LINE = /^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])/;

// Rule (issue 14 form 4, fix-zh39; penalty notices quoting an article after 规定 and a comma: 《某法》第一百一十二条规定,
// 违反本法规定,由…责令改正…: ⏎ (一)… ⏎ 有前款第一项、第二项…行为之一,处…): after 规定 and a comma too, the words opening
// the article's list — 下列, or the article naming its own law (违反本法规定) where the writer would name it by title —
// end their line with a colon and the items follow: the article's text, its 前款 the article's first 款.
function itemsAfterComma(text: string, end: number, breaks: TextBreaks): boolean {
  const said = /^规定[，,]/.test(text.slice(end, end + 3)) ? 2 : 0;
  if (text[end + said] !== '，' && text[end + said] !== ',') return false;
  const stop = breaks.cellEnd(end + said);
  if (stop >= text.length || text[stop] !== '\n') return false;
  // The words must end with a colon (the test below): read back from the line's end first, before slicing a long line.
  let last = stop - 1;
  while (last > end + said && (text[last] === ' ' || text[last] === '\t' || text[last] === '\u3000')) last--;
  if (last <= end + said || (text[last] !== '：' && text[last] !== ':')) return false;
  const words = text.slice(end + said + 1, stop);
  // The words of an article opening a list (有下列情形之一的…：), not the writer's (本院认为…：) nor a ruling's (判决如下：).
  if (!/^[\u3400-\u9fff]/.test(words) || !(/下列/.test(words) || (said > 0 && /^违反本(?:法|条例)规定/.test(words))) || !/[：:][ \t\u3000]*$/.test(words) || /如下[：:][ \t\u3000]*$/.test(words)) return false;
  return ITEM_LINE.test(text.slice(stop + 1, stop + 12));
}

// Rule (issue 14 form 4, fix-zh39; power lists' 实施依据 cells numbering the articles they print: | 1.《某某条例》(国务院令
// 第99号)第三十六条,违反本条例规定,……依照本条例第三十七条的规定处理。): a citation opening a numbered entry of a line or
// cell, a comma after its label and the article's words glued to the comma, prints the article as a colon would: its
// 本条例 and bare articles are the printed regulation's. Not words of the writer's own after the comma (规定, 的, 该条,
// 本案, 即 …), nor another label (，第三十七条 lists articles).
/** Words a writer goes on with after a comma, not an article's. */
const WRITER_AFTER_COMMA = /^(?:该|本案|本院|我|即|因此|故|但|对于|这|此|其中|上述|以上|分别|均|都|也)/;

/**
 * Whether the words glued after the comma ending the citation at `end` are the printed article's (the rule above): a
 * numbered entry's citation opening its line, no writer's words after the comma.
 */
function textAfterComma(text: string, end: number, citationStart: number): boolean {
  if (text[end] !== '，' && text[end] !== ',') return false;
  const words = text.slice(end + 1, end + 5);
  return GLUED.test(words) && !WRITER_AFTER_COMMA.test(words) && ENTRY_NUMBER_BEFORE.test(text.slice(Math.max(0, citationStart - 6), citationStart))
    && labelledLineStart(text, citationStart);
}

/** The next numbered entry after a full stop (。 2.《…, 。（三）《…; an article's items follow its colon and semicolons). */
const NEXT_ENTRY = /[。][ \t\u3000]*(?:\d{1,3}[ \t\u3000]?[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])/;
/** An entry's number right before the citation: 1. 2、 （三） */
const ENTRY_NUMBER_BEFORE = /(?:\d{1,3}[ \t\u3000]?[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])[ \t\u3000]*$/;

// Rule (issue 14 form 4, fix-zh39; Q&A answers pasting articles run on after the answer: …还可以上诉。 民事诉讼法
// 第一百五十四条裁定适用于下列范围: (一)…; (二)…。 对前款第一项至第三项裁定,可以上诉。): a law's bare name set off by
// spaces after a line start or a sentence's end, its label glued to the article's words, prints the article as a
// title opening the line does: its 前款 and 本法 are the article's. A writer citing goes on with 规定, 的 … (GLUED).
const SPACED_NAME_BEFORE = /(?:^|[\n。；;!?！？])[ \t\u3000]*[\u4e00-\u9fff]{2,24}(?:法|法典|条例|办法|细则)[ \t\u3000]+$/;

/** A title, 规定 or 的规定 and a colon before the article cited: 《…》规定：第四十三条. */
const TITLE_COLON = /^《[^《》]*(?:《[^《》]*》[^《》]*)*》(?:的规定|规定)?[：:][ \t\u3000]*第[^第]*$/;

/** Words that continue the writer's sentence after a citation (…第十条规定, …第十条的, …第十条明确): not its text. */
const GLUED = /^(?![的之中所等和与或及以也还是了并即须应另均都]|规定|明确|载明|指出|要求|提到|同时)[\u3400-\u9fff]/;

/**
 * Whether a citation at `citationStart` opens its line or table cell, after at most a short label (法律依据：,
 * 【法律依据】) or the number of a list entry (1.《…》第九十四条… / 2、 / （三）: the 实施依据 of a 权责清单 list their
 * laws so).
 */
function labelledLineStart(text: string, citationStart: number): boolean {
  // A table cell opens like a line (| 1.《…》第九十四条第一款、第三款生产经营单位的主要负责人… |). Looked for in the 40
  // characters before the citation only (further away it opens nothing), so a long line costs nothing.
  let lineStart = -1;
  for (let i = citationStart - 1; i >= Math.max(0, citationStart - 41); i--) {
    const c = text[i];
    if (c === '\n' || c === '|' || c === '｜' || c === '\t') {
      lineStart = i + 1;
      break;
    }
  }
  if (lineStart < 0) {
    if (citationStart > 40) return false;
    lineStart = 0;
  }
  return citationStart - lineStart <= 40 && LABEL.test(text.slice(lineStart, citationStart));
}

// The list number may stand apart from its mark (1 .中华人民共和国环境保护法第五十九条企业事业单位…: Word's list numbers on a
// document site; issue 14, real-list20).
const LABEL = /^[ \t\u3000>*#]*(?:[^\n。；;，,]{0,12}[：:】])?[ \t\u3000]*(?:(?:\d{1,3}[ \t\u3000]?[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*)?$/;

/**
 * Text from `start` to the first empty line (at most MAX_UNMARKED characters): an article's 款 and 项 under it — or to
 * a line where the writer speaks again (所以…, 因此…: writerResumes.ts).
 */
export function blockFrom(text: string, start: number, breaks: TextBreaks): { start: number; end: number } | null {
  const stop = writerResumesBefore(text, start, Math.min(breaks.blankLine(start), start + MAX_UNMARKED));
  return stop - start >= 4 ? { start, end: stop } : null;
}

/**
 * Whether a self word (本法, 本条例, 本办法 …) inside unmarked quoted text can name the quoted regulation: its noun
 * ends that regulation's title (本法 in 《…劳动合同法》, 本条例 in 《…条例》). Otherwise it is the writer's own word.
 */
export function selfWordNames(selfWord: string, title: string): boolean {
  const noun = selfWord.replace(/^本/, '');
  const t = title.replace(/[《》〈〉\s]/g, '').replace(/[（(][^（()）]*[)）]$/, '');
  // 本法 in a code's text is the code (民法典: a 法典 is a 法).
  return noun.length > 0 && (t.endsWith(noun) || (noun === '法' && t.endsWith('法典')) || kindBeforeLastKind(noun, t));
}

// Rule (issue 14, fix-zh63, heldout42-gov p08; an enforcement list quoting a city's provision under a title that stacks
// two kind words: 《西寧市旅游市場管理辦法條例》第三十四條，違反本辦法第十六條規定的…): the title holds the kind word of the
// self word right before its last kind word — 管理办法条例 is called 本办法 by its own text as well as 本条例 — so 本办法
// there names the quoted text, not the page. Only a kind word (办法, 条例, 规定, 细则, 规则 …) standing right before the
// title's last one, itself a kind word of two characters: 本条例 in a 条例实施细则's text names the 条例 the rules carry out
// (four characters after it), never the rules; 本法 is left as it was (法 ends 办法 too).
/** The kind words of a regulation's title, simplified and traditional, two characters each. */
const KIND_WORDS = /^(?:条例|條例|办法|辦法|规定|規定|细则|細則|规则|規則|决定|決定|通则|通則|准则|準則)$/;

/** Whether `noun` (办法, 條例 …) stands right before the last kind word of title `t` (管理辦法條例). */
function kindBeforeLastKind(noun: string, t: string): boolean {
  if (noun === '法' || !KIND_WORDS.test(noun) || t.length < noun.length + 4) return false;
  return KIND_WORDS.test(t.slice(-2)) && t.slice(-2 - noun.length, -2) === noun;
}

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
// with a colon goes on with the article's items, up to an empty line): 本法, 本条例 …
// and a bare 第X条 there are the quoted law's, as inside a quotation in marks (analyze.ts quotedTargets). Not used for
// the quote-mismatch check: what follows a colon may be the writer's own summary, not the article's words.
//
// Not a quotation: a colon or space followed by a quotation mark (that is the marked kind), by another 第 (a list
// written with spaces), by a bracket or by nothing on the line. Inside a draft regulation (its own 第一条 …) the rule
// is not used: there 本办法 is the draft's own, whatever precedes it.

const OPEN = /(?:的规定|规定)?[：:][ \u3000]*(?=[\u3400-\u9fff（(])|[ \u3000]+(?=[\u3400-\u9fff])/y;
const CELL_END = /[\n\r|｜\t]/g;
const MAX_UNMARKED = 3000;

/**
 * The unmarked article text right after a citation from `start` to `end`, or null. Also the lines under a citation
 * that ends its line and starts it or follows a label (法律依据：《…》第四十六条 ⏎ 有下列情形之一的…), to an empty line.
 */
export function unmarkedQuotationAfter(text: string, end: number, citationStart = end): { start: number; end: number } | null {
  const below = /^[：:]?[ \t\u3000]*\r?\n/.exec(text.slice(end, end + 8));
  if (below && /^[ \t\u3000>*#]*(?:[^\n。；;，,]{0,12}[：:】])?[ \t\u3000]*$/.test(text.slice(text.lastIndexOf('\n', citationStart - 1) + 1, citationStart))) {
    const from = end + below[0].length;
    if (/^[ \t\u3000]*(?:\r?\n|$|第)/.test(text.slice(from, from + 8))) return null;
    return blockFrom(text, from);
  }
  OPEN.lastIndex = end;
  if (!OPEN.test(text)) return null;
  const start = OPEN.lastIndex;
  if (text.charCodeAt(start) === 0x7b2c /* 第 */) return null;
  CELL_END.lastIndex = start;
  const m = CELL_END.exec(text);
  let stop = m ? m.index : text.length;
  // An article that goes on with its items (its line ends with a colon) runs over the next lines, to an empty line.
  if (m && (m[0] === '\n' || m[0] === '\r') && /[：:]\s*$/.test(text.slice(Math.max(start, stop - 3), stop))) {
    const rest = text.slice(stop, start + MAX_UNMARKED);
    const blank = /\r?\n[ \t\u3000]*(?:\r?\n|$)/.exec(rest);
    stop += blank ? blank.index : rest.length;
  }
  stop = Math.min(stop, start + MAX_UNMARKED);
  return stop - start >= 4 ? { start, end: stop } : null;
}

/** Text from `start` to the first empty line (at most MAX_UNMARKED characters): an article's 款 and 项 under it. */
export function blockFrom(text: string, start: number): { start: number; end: number } | null {
  const rest = text.slice(start, start + MAX_UNMARKED);
  const blank = /\r?\n[ \t\u3000]*(?:\r?\n|$)/.exec(rest);
  const stop = start + (blank ? blank.index : rest.length);
  return stop - start >= 4 ? { start, end: stop } : null;
}

/**
 * Whether a self word (本法, 本条例, 本办法 …) inside unmarked quoted text can name the quoted regulation: its noun
 * ends that regulation's title (本法 in 《…劳动合同法》, 本条例 in 《…条例》). Otherwise it is the writer's own word.
 */
export function selfWordNames(selfWord: string, title: string): boolean {
  const noun = selfWord.replace(/^本/, '');
  const t = title.replace(/[《》〈〉\s]/g, '').replace(/[（(][^（()）]*[)）]$/, '');
  return noun.length > 0 && t.endsWith(noun);
}

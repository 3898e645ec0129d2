// A title's extent and what links it to its article: where a title opened by 《 (or 〈, ﹤) closes, and what may stand
// between it and the article cited with it — a parenthetical, 的规定, a comma, a line break after a citing verb.
import { OPEN_CLOSE } from '../chain/chain';

/** Find the close bracket of a title opened at p; nested 《》〈〉 allowed; one line, ≤ 120 chars. */
export function titleEnd(text: string, p: number): number {
  // Char codes, not one-character strings: this runs over every title of a document.
  const open = text.charCodeAt(p);
  const close = OPEN_CLOSE[text[p]].charCodeAt(0);
  const angle = open === 0x300a; /* 《 */
  let depth = 0;
  let breaks = 0;
  const limit = Math.min(text.length, p + 122);
  for (let i = p; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      // A web page's layout may break a title across lines (根据《\n刑法》第二百六十四条, a linked word on a line of
      // its own): one line break at a time, twice at most, never a blank line.
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      const next = text.charCodeAt(i + 1);
      if (!angle || ++breaks > 2 || next === 10 || next === 13 || i + 1 >= limit) return -1;
      continue;
    }
    if (c === open || (angle && c === 0x3008 /* 〈 */)) depth++;
    else if (c === close || (angle && c === 0x3009 /* 〉 */)) {
      depth--;
      // Rule (issue 14, heldout15 gov; 依据《人防法〉第二十二条): a 《 closed by the 〉 of the smaller brackets, none opened
      // inside it, is a title typed with mismatched brackets — when no 》 closes it on its line: the writer's slip, the
      // title still ends there. (《…〈…〉…》 nests as before.)
      if (depth === 0) return c === close || !closedOnLine(text, i) ? i : -1;
    }
  }
  return -1;
}

/** Whether a 》 follows `i` on its line before another 《. */
function closedOnLine(text: string, i: number): boolean {
  for (let k = i + 1; k < text.length && text[k] !== '\n' && text[k] !== '《'; k++) if (text[k] === '》') return true;
  return false;
}

/**
 * What may stand between a title and the article it is cited with (rule: the article belongs to that title):
 * a parenthetical (document number, year, issuer), 的规定 / 规定 / 的, a colon, a comma, a space, or the code's part the
 * article is in (《刑法》分则第九章第三百九十八条). At most a few. Rule (issue 14, real-court30; a case study citing a
 * provincial court's minutes: 《广东省…座谈会纪要》(粤高法(2012)284号)第11条): a document number may hold its year in
 * brackets of its own inside the parenthetical.
 */
// Rule (issue 14, fix-zh60, heldout39-gov; a court's old answers cited with their number: 《关于审理联营合同纠纷案件若干问题的
// 解答》(法(经)发〔1990〕27号)第4条第2款): a number's series may hold a word of its own in brackets (法(经)发, 法(民)发,
// 国办发(明电)) — one to three characters, the number's year in 〔〕 after it and the parenthetical closing on 号 (a
// bracket holding no year, (粤高法(内部)284号), stays unread as before). It is the title's number all the same, and the
// article after it the title's, never that of a short name or an interpretation named before it.
const TITLE_LINK = /[（(](?:(?!第[^（()）]{0,6}[条款项章节编])(?:[^（()）《》〈〉\n]|[（(][0-9０-９]{4}[)）])){1,40}[)）]|[（(][^（()）《》〈〉\n第]{0,12}[（(][\u4e00-\u9fff]{1,3}[)）][^（()）《》〈〉\n第]{0,8}[〔\[［](?:19|20)[0-9]{2}[〕\]］][ \u3000]*[0-9]{1,4}[ \u3000]*号[)）]|的规定|规定|的(?=第)|[：:，,]|[ \u3000]|[总分]则(?=第)/y;
/** At most this many links stand between a title and its article. */
const MAX_TITLE_LINKS = 3;

/** Where the article after a title starts, past its links; -1 when no 第 follows them. */
export function afterTitleLinks(text: string, q: number): number {
  for (let i = 0; i <= MAX_TITLE_LINKS; i++) {
    if (text.charCodeAt(q) === 0x7b2c /* 第 */) return q;
    TITLE_LINK.lastIndex = q;
    if (!TITLE_LINK.test(text)) return -1;
    q = TITLE_LINK.lastIndex;
  }
  return -1;
}

/**
 * Rule (issue 14, qa13; Q&A pages copied with their line breaks: 根据《中华人民共和国道路运输条例》⏎第六十三条 违反本条例…,
 * 根据《民法典》（2021年施行）⏎第一千零六十二条 夫妻…): a line ending right after a title named by 根据, 依照, 依据 or 按照
 * (a parenthetical after it at most) breaks the writer's sentence, which goes on with the article opening the next line —
 * that article is the title's, as on one line. A line ending after a title named otherwise (a heading, a list of laws)
 * leaves the next line's label to itself.
 */
const CITING_VERB_BEFORE = /(?:根据|依照|依据|按照)[ \u3000]*$/;
/** A parenthetical and the line break between such a title and the article opening the next line (sticky). */
const WRAPPED_AFTER_TITLE = /(?:[（(][^（()）《》\n]{1,40}[)）])?[ \t\u3000]*\r?\n[ \t\u3000]*(?=第[一二三四五六七八九十百千零〇两0-9０-９]+条)/y;

/** Where the article after a title ending its line [tStart, q) begins on the next line (the rule above), or -1. */
export function wrappedAfterCitedTitle(text: string, tStart: number, q: number): number {
  const lineStart = text.lastIndexOf('\n', tStart - 1) + 1;
  if (!CITING_VERB_BEFORE.test(text.slice(lineStart, tStart))) return -1;
  WRAPPED_AFTER_TITLE.lastIndex = q;
  return WRAPPED_AFTER_TITLE.test(text) ? WRAPPED_AFTER_TITLE.lastIndex : -1;
}

// Rule (释义 and commentary pages, a lawyer's notes on one article): a page may open with an article printed — its
// label and its text (第七百二十二条 ⏎ 承租人无正当理由未支付…, 第八十三条用人单位违反本法规定与劳动者约定试用期的…) —
// and only name its law further down, or never (the law is in the book's or site's title). The printed words tell
// which law's article it is: the one law of the corpus whose article of that number opens with those words — longest
// run of the same words deciding when two open alike (劳动合同法 and 妇女权益保障法 both open their 第八十三条 with
// 用人单位违反本法规定). The page then discusses that article: its 本条 is it, and the label is the heading of the text
// printed, not a citation. A tie, or no law: nothing is decided. Only a law's (…法, …法典: the 释义 of a statute, as
// onQuotedHeading's explained law), or a judicial interpretation's on a long run of words (below): a commentary of a
// regulation on its own article is left as before, its 本条 not read.
import type { CorpusLike, Law } from '../../corpus/index';
import { TEXT_MARKER, opensOwnText } from './ownTextHeading';
import { wordsOf } from '../text';
import { titleAliases } from '../../corpus/titleAliases';
import { COURT_ISSUER } from '../courtTitleWords';

/** How many of the printed words are compared at most. */
const COMPARED = 60;

// Rule (issue 14, fix-zh21; commentaries of a court's interpretation, article by article: 第四十二条 劳动者主张…。 ⏎
// 【条文主旨】 ⏎ 本条是关于…的规定。, the interpretation's title only in the page's heading lines): a judicial
// interpretation's article is told by its words too, but only on a long run of them — interpretations repeat an earlier
// one's words under other numbers, and a short opening (当事人…的，人民法院…) is shared by many: at least INTERPRETATION_RUN
// characters, or the whole article when shorter, and one interpretation alone — and only under its title in the page's
// heading lines above the label (法释〔2020〕26号 ⏎ 最高人民法院 ⏎ 关于审理…的解释(一), the issuer on a line of its own or
// not): a page printing an article with no title above (a reading app's chapter) may be the text itself, read as before.
/** A judicial interpretation's title: the Supreme People's Court's or Procuratorate's 解释 or 规定. */
const INTERPRETATION = new RegExp(`^${COURT_ISSUER}.*(?:解释|规定)(?:[（(][一二三四五六七八九十]+[)）])?$`);
/** The issuer opening an interpretation's title, left off to find the words a page names it by. */
const ISSUER_OPENING = new RegExp(`^${COURT_ISSUER}`);
/** The fewest words an interpretation's article must share with the words printed. */
const INTERPRETATION_RUN = 24;
/** How far above the label the interpretation's title may stand (the page's heading lines). */
const TITLE_REACH = 400;

// Rule (issue 14, heldout29-court; lawyers' pages printing an interpretation's article under its conventional short name
// on a line of its own: 民事诉讼法司法解释 ⏎ 第三百八十一条 当事人申请再审，……): a short name the title index lists for that
// one interpretation (corpus/data/aliases.json: 民事诉讼法司法解释, 行诉解释, 担保制度解释 …) above the label names it as
// its title does — the long run of the article's words is still required.
/** The interpretations' Chinese short names, by title, as words (built on first use). */
let shortNames: Map<string, string[]> | null = null;
function shortNamesOf(title: string): readonly string[] {
  if (!shortNames) {
    shortNames = new Map();
    for (const a of titleAliases()) {
      if (a.lang !== 'zh') continue;
      const list = shortNames.get(a.title) ?? [];
      list.push(wordsOf(a.alias).replace(/中华人民共和国/g, ''));
      shortNames.set(a.title, list);
    }
  }
  return shortNames.get(title) ?? [];
}

/**
 * Whether the interpretation's title, its issuer left out, is in `above` (the words above the label, marks and 中华人民共和国
 * aside: the corpus writes 关于适用《民法典》…, a page 关于适用《中华人民共和国民法典》…), or one of its short names.
 */
function titledAbove(above: string, title: string): boolean {
  return above.includes(wordsOf(title.replace(ISSUER_OPENING, '').replace(/中华人民共和国/g, ''))) || shortNamesOf(title).some((name) => above.includes(name));
}

/** The words after a label, its bracketed name and the text's marker after the name (TEXT_MARKER) left out. */
function printedText(after: string): string {
  const name = /^\s*[【〖][^【〖】〗\n]{1,20}[】〗]/.exec(after);
  if (!name) return after;
  const rest = after.slice(name[0].length);
  const marker = TEXT_MARKER.exec(rest.replace(/^\s+/, ''));
  return marker && !TEXT_MARKER.test(name[0].trim()) ? rest.replace(/^\s+/, '').slice(marker[0].length) : rest;
}

/**
 * How many of an article's first words a label further down the page must be followed by to print it
 * (printedHeadingAbove.ts, earlierTextHeading.ts): a sentence's worth, more than a phrase two articles share (公司的法定代表人…).
 */
export const PRINTED_WORDS = 12;

/**
 * The one law whose article `number` (之`insert`) opens with the words printed after the label [start, end), else null;
 * `minRun`: how many of its words at least (all of them when the article has fewer).
 */
// `paragraph`: the label names that 款 and the words printed after `end` are its (printedHeadingAbove.ts PrintedLabel).
export function lawPrintedAt(text: string, start: number, end: number, number: number, insert: number | null, corpus: CorpusLike, original: (law: Law) => Law, minRun = 0, paragraph = 1): Law | null {
  const printed = wordsOf(printedText(text.slice(end, end + COMPARED * 3 + 40)).slice(0, COMPARED * 3));
  let best: Law | null = null;
  let bestRun = 0;
  let tie = false;
  let above: string | undefined;
  for (const law of corpus.laws.values()) {
    const interpretation = INTERPRETATION.test(law.title);
    if (!/法典?$/.test(law.title) && !(interpretation && titledAbove(above ??= wordsOf(text.slice(Math.max(0, start - TITLE_REACH), start)).replace(/中华人民共和国/g, ''), law.title))) continue;
    for (const v of law.versions) {
      const article = corpus.article(v, number, insert);
      if (!article || !opensOwnText(text, start, end, article, paragraph)) continue;
      const words = wordsOf(paragraph === 1 ? article.paragraphs[0]?.text ?? article.text : article.paragraphs[paragraph - 1]?.text ?? '');
      let run = 0;
      while (run < COMPARED && run < words.length && words[run] === printed[run]) run++;
      if (run < minRun && run < words.length) continue;
      if (interpretation && run < INTERPRETATION_RUN && run < words.length) continue;
      const o = original(law);
      if (run > bestRun) {
        best = o;
        bestRun = run;
        tie = false;
      } else if (run === bestRun && best !== o) tie = true;
    }
  }
  return tie ? null : best;
}

// Rule (Q&A pages and replies that reprint a law's articles under its citation, one article after another): a bare
// 第X条 opening its line and followed by the opening words of that very article is the heading of the text reprinted,
// not a citation —
//   《刑法》⏎⏎第二十七条⏎⏎【从犯】在共同犯罪中起次要或者辅助作用的，是从犯。
//   《刑事诉讼法》第六十六条人民法院……。⏎第六十七条人民法院、人民检察院和公安机关对有下列情形之一的…
// The words may follow the label glued, after a space, after a bracketed article name (【从犯】, 〖目的依据〗), or on the
// next lines when the label stands alone on its line. A writer citing an article goes on with 规定, 的, 中 or words of
// his own, never with the article's first words. Only a bare label of one whole article opening its line is read so:
// a label run on after the text before it (……其他情形。第四十四条有下列情形之一的…) or after a list number
// (4、第一千零七十九条 夫妻一方…) names the next article pasted and stays a citation, as 《劳动法》第四十四条有下列情形之一的…
// naming its law does.
//
// Rule (issue 14, fix-zh33a; 权责清单 and inspection lists that print a law's articles under its title, each label at
// a line's start and a colon: 《某法》⏎第九条第三款:县级以上地方人民政府…⏎第四十七条:…): the label is the heading of the
// words it sets off, also
//   - when it names one 款 and the words are that 款's, set off from the label by a colon or a space (第九条第三款:县级
//     以上…, 第九条第三款 县级以上…): the page prints the law's text, 款 as well as articles, wherever the law was named
//     above it — its title alone on its line, at the end of a catalogue's cell (2 对…的处罚 《某法》 ⏎ 第三十八条第三款:
//     制造…), after a list number, or citing an article with its words (…》第六条:… ⏎ 第十一条第一款:…; round 23's
//     convention, settled by the lead: a writer citing a 款 goes on with words of his own, never with the 款's). Glued
//     to the words with no colon or space, the label heads them only under the law's title alone on its line, its note
//     of dates after it (《某法》(2002年5月1日起施行,2018年12月29日修订)); under a 依据 caption over the title
//     (法律依据 ⏎ 《…》 ⏎ 第N条第M款行政复议机关…, fix-head20) the glued label lists the basis relied on, a citation;
//   - when the page stops inside them (…⏎第十二条:登记管 as its last words, or 第十二条:登记…… with an ellipsis): the
//     words printed are the article's text as far as the excerpt goes, and all of them open the article. A writer citing
//     goes on with words of his own, which do not stop there; the reprint is read as far as it is printed, no further.
import type { Article } from '../../model';
import { ARTICLE_NUMERAL, wordsOf } from '../text';

/** How many of the article's first characters (punctuation and spaces left out) must follow the label. */
const OPENING = 8;
/** How far past the label its text may start (spaces, line breaks, a bracketed article name). */
const REACH = 40;

// Rule (issue 14, fix-lw70; 释义 books and their WeChat excerpts: 第1条【立法目的和依据】 ⏎⏎ 【条文】为了保护… ⏎⏎ 【释义】本条是…):
// a 释义 sets the article's text off from the writer's notes by a marker caption of its own — 【条文】 (【法条】, 【条文内容】,
// 【原文】) — after the article's bracketed name. The marker is no part of the words printed: they start after it, as after
// the name (opensOwnText, printedArticleLaw.ts lawPrintedAt). Only those marker words: 【释义】 or 【条文主旨】 open the notes.
// The notes under it open with their own caption (【释义】本条是关于…): blank lines between the label and such notes do not
// part them from the article printed above, as they part a writer's later paragraphs (analyze.ts printedArticleAround).
/** A caption opening the writer's notes on the article printed above (rule above), at the start of its line. */
export const NOTES_CAPTION = /^[ \t\u3000]*[【〖](?:释义|釋義|条文主旨|條文主旨|条文理解|條文理解|理解与适用|理解與適用|要义精解|要義精解)[】〗]/;

/** Whether the words at `offset` open the writer's notes: right after a NOTES_CAPTION opening their line. */
export function notesUnderLabel(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const m = NOTES_CAPTION.exec(text.slice(lineStart, offset + 1));
  return m !== null && lineStart + m[0].length === offset;
}

/** A marker caption setting off the article's text printed under its label, after its name (rule above). */
export const TEXT_MARKER = /^[【〖](?:条文|條文|法条|法條|条文内容|條文內容|原文|法律条文|法律條文)[】〗]/;

/** Whether a label starting at `start` opens its line (spaces before it only): where a reprint's heading stands. */
export function headingPlace(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // Round 32 (layout-zh120): also after a bold mark opening the line (**第三十条** 道路出现…, printedHeadingAbove.ts LABEL).
  return /^[ \t\u3000]*(?:\*\*)?$/.test(text.slice(lineStart, start));
}

/**
 * Whether the label at [start, end) heads the text of `article` reprinted after it (see above); `paragraph`: of that 款
 * of it, the 款's label ending at `end` (第一百九十六条第三款 【盗窃罪】…, printedHeadingAbove.ts).
 */
export function opensOwnText(text: string, start: number, end: number, article: Article, paragraph = 1, cutShort = false): boolean {
  if (!headingPlace(text, start)) return false;
  const first = paragraph === 1 ? article.paragraphs[0]?.text ?? article.text : article.paragraphs[paragraph - 1]?.text;
  if (first === undefined) return false;
  const want = wordsOf(first).slice(0, OPENING);
  if (want.length < 4) return false;
  let i = end;
  let breaks = 0;
  const limit = Math.min(text.length, end + REACH);
  const skipSpace = () => {
    while (i < limit && /\s/.test(text[i])) {
      if (text[i] === '\n' && ++breaks > 3) return false;
      i++;
    }
    return true;
  };
  if (!skipSpace()) return false;
  // A bracketed article name: 【从犯】, 〖目的依据〗.
  const name = /^[【〖][^【〖】〗\n]{1,20}[】〗]/.exec(text.slice(i, i + 24));
  if (name) {
    i += name[0].length;
    if (!skipSpace()) return false;
    // The text's marker after the name (TEXT_MARKER).
    const marker = TEXT_MARKER.exec(text.slice(i, i + 8));
    if (marker && !TEXT_MARKER.test(name[0])) {
      i += marker[0].length;
      if (!skipSpace()) return false;
    }
  }
  if (i >= limit) return false;
  const printed = text.slice(i, i + want.length * 3);
  if (wordsOf(printed).startsWith(want)) return true;
  if (!cutShort) return false;
  // The excerpt stopping inside the words (rule above): the page's end, or an ellipsis, within reach.
  const stop = /…|\.{3}/.exec(printed);
  const shown = stop ? printed.slice(0, stop.index) : i + printed.length >= text.length ? printed : null;
  if (shown === null) return false;
  const words = wordsOf(shown);
  return words.length > 0 && want.startsWith(words);
}

/** Whether the label ending at `end` is set off from the words after it by a colon or a space (the rule above). */
export function setOffLabel(text: string, end: number): boolean {
  const ch = text[end];
  return ch === ':' || ch === '：' || ch === ' ' || ch === '\u3000' || ch === '\t';
}

/** A law's title alone on its line, a bracketed note (its dates, its order's number) after it or not. */
const CAPTION_LINE = /^[ \t\u3000]*《[^《》\n]{2,80}》[ \t\u3000]*(?:[（(][^（）()\n]{0,80}[)）])?[ \t\u3000]*$/;
/** A line holding a label at its start: an article printed under the caption (第四十七条:…). */
const LABEL_LINE = new RegExp(`^[ \\t\\u3000]*第${ARTICLE_NUMERAL}条`);
/** A caption naming the basis (法律依据, 处罚依据：, 【设定依据】). */
const BASIS_LINE = /^[ \t\u3000]*[【\[]?[\u4e00-\u9fff]{0,4}依[据據][】\]]?[ \t\u3000]*[：:]?[ \t\u3000]*$/;
/** How many lines above the label the caption may stand (the articles printed before it under the same caption). */
const CAPTION_REACH = 30;

/**
 * Whether the label opening its line at `start` stands under a law's title alone on its line (the rule above), the
 * lines between holding articles printed under it, and no 依据 caption above that title.
 */
export function underTitleCaption(text: string, start: number): boolean {
  let end = text.lastIndexOf('\n', start - 1);
  for (let k = 0; end > 0 && k < CAPTION_REACH; k++) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(from, end).replace(/\r$/, '');
    end = from - 1;
    if (!line.trim() || LABEL_LINE.test(line)) continue;
    if (!CAPTION_LINE.test(line)) return false;
    // The line above the title: a 依据 caption makes the articles under it the basis listed.
    for (let j = 0; end > 0 && j < 3; j++) {
      const above = text.slice(text.lastIndexOf('\n', end - 1) + 1, end).replace(/\r$/, '');
      end = text.lastIndexOf('\n', end - 1);
      if (!above.trim()) continue;
      return !BASIS_LINE.test(above);
    }
    return true;
  }
  return false;
}

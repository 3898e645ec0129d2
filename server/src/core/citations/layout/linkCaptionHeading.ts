// Rule (round 31, f111-zh; court news and procuratorate pages closing with the law applied, under a caption of its own:
// 法条链接： ⏎ 《中华人民共和国民事诉讼法》第一百一十四条 诉讼参与人或者其他人有下列行为之一的… ⏎ 法条链接 ⏎ 《中华人民共和国
// 刑法》第三百四十二条【非法占用农用地罪】违反土地管理法规…): a caption saying that the law's text follows — 法条链接, 法律
// 链接, 相关法条, 法条原文, 相关法律条文, 法条附录 — alone on the line above, then a line opening with the law's title and its
// label set off by a space from the article's words, or glued to the article's bracketed name (【罪名】) before them: the
// page prints the article, and the title with its label is the printed article's heading, no citation — as a label set
// off so after a full stop is (stopSpacedLabel.ts, round 20's convention) and a title line with its labels under it is.
// 前款 in those words is the printed article's. Round 32 (layout-zh120): the caption may be the bare word 链接 or 法条,
// in 〔〕 as in 【】 (链接： ⏎ 《…消费者权益保护法》第五十五条　经营者…, 〔法条〕 ⏎ 《…刑法》第二百三十八条【非法拘禁罪】…). Without the caption (a page opening with 《刑法》第二百三十八条 【非法拘禁罪】…)
// the line stays a citation, as before; so does a title and label glued to 规定 / 的 (the writer's sentence), and a
// 法律依据 caption (the basis relied on, listed: each label stays a citation there).
// Round 32 (f121-zh; court news closing 法条链接 ⏎ 《中华人民共和国民法典》第一千零六十七条第二款 ⏎ 成年子女不履行赡养义务的…
// ⏎ 《中华人民共和国老年人权益保障法》第十四条 ⏎ 赡养人应当…; coordinator's decision): the title and label may stand ALONE
// on their line, the article's words on the next — a line break sets them off as a space does. The next line must open
// with the article's words (SPACED_TEXT's test: no 规定 / 的 … of a writer's sentence, no other title or label), and the
// line above must be the caption or, for the second article printed, the words of an article printed under an earlier
// heading of this kind (read back over those words to it). A list of titled labels with no words between (相关法条 ⏎
// 《甲法》第N条 ⏎ 《乙法》第M条) stays a list of citations, as does 依照…第N条之规定，判决如下 under the caption.
import { BRACKETED_NAME, SPACED_TEXT } from './stopSpacedLabel';
import { ARTICLE_NUMERAL, lineWithWordsAbove } from '../text';
import { LAW_TEXT_CAPTION, captionAlone } from './lawTextCaption';

/** A caption saying the law's text follows, alone on its line (bold marks, 【】 and a colon or not). */
const LINK_CAPTION = captionAlone('法条链接|法條鏈接|法律链接|法律鏈接|法规链接|法規鏈接|相关法条|相關法條|法条原文|法條原文|相关法律条文|相關法律條文|法条附录|法條附錄|链接|鏈接|法条|法條');
/** How many blank lines may stand between the caption and the title's line. */
const BLANK_LINES = 2;
/** The longest line read as a caption or a blank line above the title. */
const CAPTION_LENGTH = 40;

/**
 * Whether the citation at [start, end) — a law's title and one article's label — opens its line under a LINK_CAPTION
 * and is set off from the article's words by a space or glued to its bracketed name (the rule above).
 */
export function titledLabelUnderLinkCaption(text: string, start: number, end: number): boolean {
  if (text[start] !== '《') return false;
  // The line's start: only spaces before the title (read back over them alone, never over a long line).
  let lineStart = start;
  while (lineStart > 0 && /[ \t\u3000]/.test(text[lineStart - 1])) lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return false;
  const after = text.slice(end, end + 24);
  if (/^[ \t\u3000]*\r?\n/.test(after)) return aloneOverWords(text, lineStart, end, 0);
  const named = BRACKETED_NAME.exec(after.replace(/^[ \t\u3000]+/, ''));
  if (!SPACED_TEXT.test(after) && !(named && /^[\u4e00-\u9fff“「]/.test(after.replace(/^[ \t\u3000]+/, '').slice(named[0].length)))) return false;
  // The nearest line above with words, each line short (a caption, or blank): read back CAPTION_LENGTH characters at most.
  const above = lineWithWordsAbove(text, lineStart, BLANK_LINES + 1, CAPTION_LENGTH);
  return above !== null && LINK_CAPTION.test(above);
}

/** A line's own title and label, alone on it (the heading this rule reads), as the line's whole text. */
/** An article's label after its title: 第N条, 之N, a 款. */
const ARTICLE_LABEL = `第${ARTICLE_NUMERAL}条(?:之[一二三四五六七八九十0-9]+)?(?:第[0-9０-９一二三四五六七八九十百零〇两]+款)?`;
const TITLED_LABEL_ALONE = new RegExp(`^[ \\t\\u3000]*《[^《》\\n]{2,60}》${ARTICLE_LABEL}[ \\t\\u3000\\r]*$`);
const LABEL_AFTER_TITLE = new RegExp(ARTICLE_LABEL);
/** How many printed articles back a heading may read to its caption, and how many lines of words one article may hold. */
const ARTICLES_BACK = 8;
const WORD_LINES = 30;

/** The line holding `p` (its text and start). */
function lineAt(text: string, p: number): { start: number; line: string } {
  const start = text.lastIndexOf('\n', p - 1) + 1;
  const nl = text.indexOf('\n', p);
  return { start, line: text.slice(start, nl < 0 ? text.length : nl).replace(/\r$/, '') };
}

/**
 * Whether a title and label alone on the line at `lineStart` (ending at `end`) head the article's words on the next line
 * under a LINK_CAPTION (the round 32 paragraph above): the next line opens with words, the line above is the caption or
 * the words of an article printed under such a heading.
 */
function aloneOverWords(text: string, lineStart: number, end: number, depth: number): boolean {
  const nl = text.indexOf('\n', end);
  if (nl < 0) return false;
  const next = lineAt(text, nl + 1).line;
  if (/^[ \t\u3000]*《/.test(next) || !SPACED_TEXT.test(' ' + next.replace(/^[ \t\u3000]+/, ''))) return false;
  const above = lineWithWordsAbove(text, lineStart, BLANK_LINES + 1);
  if (above === null) return false;
  // Round 33 (f131-zh): a caption introducing printed law (法律依据, 相关法律 …, lawTextCaption.ts) heads this layout too.
  if (above.length <= CAPTION_LENGTH && (LINK_CAPTION.test(above) || LAW_TEXT_CAPTION.test(above))) return true;
  if (depth >= ARTICLES_BACK || TITLED_LABEL_ALONE.test(above)) return false;
  // The words of an earlier printed article: read back over them to the heading above them.
  let at = lineStart;
  for (let k = 0; k < WORD_LINES && at > 0; k++) {
    const { start, line } = lineAt(text, at - 1);
    at = start;
    if (!line.trim()) continue;
    if (TITLED_LABEL_ALONE.test(line)) {
      const close = line.indexOf('》');
      const m = LABEL_AFTER_TITLE.exec(line.slice(close + 1));
      return !!m && aloneOverWords(text, start, start + close + 1 + m.index + m[0].length, depth + 1);
    }
    if (LINK_CAPTION.test(line) || LAW_TEXT_CAPTION.test(line) || /^[ \t\u3000]*《/.test(line)) return false;
  }
  return false;
}

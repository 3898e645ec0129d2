// Rule (issue 14, fix-zh40; lawyers' articles, Q&A pages, judgments: 解读刑诉法五十条, 依据民法典五百零九条第一款,
// 根据公司法十九条规定): a law's known name written without 《》 (full or short: 刑诉法, 民法典, 公司法) followed by its
// article in Chinese numerals without 第 is that article, malformed but clear — read as 刑诉法第五十条, and
// malformed-citation gives the fix that writes 第, as for 《…法》五十二条第一款 and 票据法12条 (the scanner's looseArticle).
// The number must be glued to the name and 条 must follow it directly (民法典五百多条 counts articles; 刑法三十年 is no
// article), and 条 must not open a word of its own (公司法三条线, 某法三条件). On the terms of the digits: a 款 or 项
// after it, or 规定 / a crime's name / 解释 after it (looseArticle) — or, as a writer citing a law puts it, a citing
// word right before the name (依据, 根据, 解读 …, CITED_BEFORE) with the article ending at a mark, 的 or the line's end
// (in digits: a mark, as after 依据《…》41条).
// A count of the law's articles (民法典一千二百六十条，分为七编) has neither.
import { CITING_VERBS } from '../text';
import { notALawName } from '../titles/unknownLawName';

/** Chinese numerals an article's number is written with. */
export const CHINESE_ARTICLE_DIGITS = '零〇一二三四五六七八九十百千两';

/** A character that is none of those numerals (an article written in them holds no other). */
const NOT_ARTICLE_DIGIT = new RegExp(`[^${CHINESE_ARTICLE_DIGITS}]`);

/** A citing word ending right before a law's name (解读刑诉法, 依据民法典), in the last six characters before it. */
const CITED_BEFORE = new RegExp(`(?:${CITING_VERBS}|解读|理解|援引|引用|对照|关于|结合|对于)$`);

/** What may follow 条 of an article written without 第 after a citing word: a mark, 的, a space or the line's end. */
const ARTICLE_END = /^(?:[的，,。；;：:、）)\s“"」]|$)/;

/** 条 opening a word of its own right after the number (三条线, 十条措施, 三条件, 五条例): no article. */
const WORD_AFTER = /^条(?:线|件|例|路|款项|措施|意见|举措|建议|规则|标准|红线|底线|经验|原则|禁令|做法|新规|规矩|要求)/;

/**
 * Whether the article in Chinese numerals at `p` (its chain ending at `end`, 条 included) after the bare name starting
 * at `nameStart` is cited: `accepted` says the looser terms (a 款, 规定 …, looseArticle) already hold.
 */
export function bareChineseArticleCited(text: string, nameStart: number, p: number, end: number, accepted: boolean): boolean {
  const u = text.indexOf('条', p);
  if (u === -1 || u >= end || NOT_ARTICLE_DIGIT.test(text.slice(p, u))) return false;
  if (WORD_AFTER.test(text.slice(u, u + 5))) return false;
  if (accepted) return true;
  return end === u + 1 && citedBeforeName(text, nameStart) && ARTICLE_END.test(text.slice(end, end + 1));
}

/**
 * Whether a citing word (CITED_BEFORE) ends right before the name starting at `nameStart`. In digits (解读刑诉法50条，)
 * the article then needs only a mark after it (looseArticle's `cited`), as after 依据《…》.
 */
export function citedBeforeName(text: string, nameStart: number): boolean {
  return CITED_BEFORE.test(text.slice(Math.max(0, nameStart - 6), nameStart));
}

// The name may be a short one the corpus's titles do not spell but that shortens exactly one of its laws (刑诉法, 民诉法:
// titles.ts shortensLaw), glued to the writer's words before it (解读刑诉法五十条), as before 第 (unknownLawName.ts
// knownShortNameTail): the shortest such name of three characters or more ending at the number.

/** Start of a short name ending at `end` (in 法) that shortens exactly one law, three to eight characters, or -1. */
export function shortLawNameBefore(text: string, end: number, shortensLaw: ((written: string) => boolean) | undefined): number {
  if (!shortensLaw || text[end - 1] !== '法') return -1;
  for (let s = end - 3; s >= Math.max(0, end - 8); s--) {
    if (!/[\u4e00-\u9fff]/.test(text[s])) return -1;
    const written = text.slice(s, end);
    if (!notALawName(written) && !/^[本该此其这那上下前后新原]/.test(written) && shortensLaw(written)) return s;
  }
  return -1;
}

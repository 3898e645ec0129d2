// Rule (theses and lawyers' articles: 《婚姻法》司法解释(三)第15条, 《公司法》解释（四）第十六条): writers put the marks
// round the law's name only and write the court's interpretation of it after them, with its ordinal. The name so
// written is the interpretation (婚姻法司法解释(三), an abbreviation the title index knows), not the law: the article
// is the interpretation's. Only with an ordinal in brackets, and only when the name joined is a known one.
// Rule (issue 14, heldout29-court; lawyers' pages printing an interpretation's articles under its name: 《民事诉讼法》司法解释 ⏎
// 第三百八十一条 当事人申请再审，……：⏎（一）……⏎前款第一项、第二项规定情形，……; and in prose 根据《行政诉讼法》的司法解释第
// 二条): a law with one interpretation "on applying" it (最高人民法院关于适用《中华人民共和国民事诉讼法》的解释, and those of
// the criminal and administrative procedure laws) is also written so with no ordinal — the marks round the law, 司法解释
// (or 的司法解释) after them. The name is that interpretation when the title index knows the law's name + 司法解释 or +
// 解释 (民事诉讼法司法解释, 刑事诉讼法解释: its conventional short names, listed only where one interpretation is so
// called; 中华人民共和国 before the law's name left out), as above; the article after it, and the text printed under
// it, are the interpretation's. The ordinal may stand without brackets right before the article (《公司法》司法解释三第十六条,
// as 公司法司法解释三 is written without marks). A name joined so that the index does not know (《民法典》司法解释第一条:
// the code has several interpretations; 《劳动合同法》的司法解释第五条) still names an interpretation, not the law: the
// article after it is no article of the law in marks (before, 民法典's article 1), but of an interpretation the corpus
// cannot name — unknown-regulation. With no article after it, such a name is left as before.
// Rule (fix-zh41a, heldout34-court; a thesis abstract: 明确《中华人民共和国婚姻法》若干问题的解释(三)第四条规定中财产分割范围):
// the marks may close after the law with the rest of the interpretation's own title written outside them — 若干问题的
// 解释(三), 的解释, 若干问题的司法解释(二) — as the court titles its interpretations (最高人民法院关于适用《中华人民共和国
// 婚姻法》若干问题的解释（三）). That is the interpretation named the same way: its article when the title index knows the
// name (the law's name + 司法解释 / 解释 + the ordinal, 中华人民共和国 before it or not), else an interpretation the
// corpus cannot name. Only with an article right after it (第四条): 《某法》的解释 alone may be a writer's reading of the law.
import type { BareTitleMatcher } from '../scanTypes';
import { SERIES_BARE, SERIES_IN_BRACKETS, seriesInNumerals, seriesNumber } from './seriesNumber';
import { ARTICLE_NUMERAL_CHAR } from '../text';

/** The interpretation's name after the law in marks: 解释 and its series number (1; bare only before 第), or 司法解释 with none. */
const AFTER_TITLE = new RegExp(`(?:司法)?解释[ \\u3000]*(${SERIES_IN_BRACKETS}|${SERIES_BARE}(?=[ \\u3000]*第))|的?司法解释(?![（(]|${SERIES_BARE})`, 'y');

/** The rest of an interpretation's title after the law in marks (若干问题的解释(三), 的解释): the ordinal in group 1. */
const TITLE_REST = new RegExp(`(?:若干问题)?的(?:司法)?解释[ \\u3000]*(${SERIES_IN_BRACKETS})?`, 'y');

/** An article right after the name (第一条, 第 26 条), not another ordinal (第一次, 第三批). */
const ARTICLE_NEXT = new RegExp(`^[ \\u3000]*第[ \\u3000]*${ARTICLE_NUMERAL_CHAR}{1,8}[ \\u3000]*条`);

/** Where such an interpretation's name written after the title ending at `q` ends, and the name joined; else null. */
export function interpretationAfterTitle(text: string, inner: string, q: number, matcher: BareTitleMatcher): { end: number; written: string } | null {
  AFTER_TITLE.lastIndex = q;
  const m = AFTER_TITLE.exec(text);
  if (!m) return restOfTitleAfter(text, inner, q, matcher);
  const law = inner.replace(/[\s\u3000]+/g, '');
  const after = (m[1] ? m[0].slice(0, -m[1].length) + seriesInNumerals(m[1]) : m[0]).replace(/[\s\u3000]+/g, '');
  const candidates = after.endsWith('司法解释')
    ? [...new Set([law, law.replace(/^中华人民共和国/, '')])].flatMap((name) => [name + '司法解释', name + '解释'])
    : [law + after];
  const written = candidates.find((w) => matcher.matchEnding(w, w.length, true) === 0);
  if (written) return { end: AFTER_TITLE.lastIndex, written };
  // An interpretation the name does not tell (《民法典》司法解释第一条: the code has several) with its article after it:
  // that article is no article of the law in marks — an interpretation's the corpus cannot name.
  return ARTICLE_NEXT.test(text.slice(AFTER_TITLE.lastIndex, AFTER_TITLE.lastIndex + 16)) ? { end: AFTER_TITLE.lastIndex, written: candidates[0] } : null;
}

/**
 * The interpretation whose title's rest (若干问题的解释(三), 的解释) is written after the law's name in marks ending at
 * `q`, an article right after it (the rule above); null otherwise.
 */
function restOfTitleAfter(text: string, inner: string, q: number, matcher: BareTitleMatcher): { end: number; written: string } | null {
  TITLE_REST.lastIndex = q;
  const m = TITLE_REST.exec(text);
  if (!m || !ARTICLE_NEXT.test(text.slice(TITLE_REST.lastIndex, TITLE_REST.lastIndex + 16))) return null;
  const law = inner.replace(/[\s\u3000]+/g, '');
  const ordinal = m[1] ? `（${seriesNumber(m[1])}）` : '';
  const candidates = [...new Set([law, law.replace(/^中华人民共和国/, '')])].flatMap((name) => [name + '司法解释' + ordinal, name + '解释' + ordinal]);
  const written = candidates.find((w) => matcher.matchEnding(w, w.length, true) === 0);
  return { end: TITLE_REST.lastIndex, written: written ?? candidates[0] };
}

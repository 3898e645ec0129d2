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
// it, are the interpretation's. A law with several (《民法典》司法解释, 《公司法》司法解释), or 司法解释 followed by an
// ordinal not in brackets (《公司法》司法解释三), is no known name: read as before.
import type { BareTitleMatcher } from '../scan/scanTypes';

const AFTER_TITLE = /(?:司法)?解释[ \u3000]*[（(][一二三四五六七八九十]{1,3}[)）]|的?司法解释(?![（(一二三四五六七八九十])/y;

/** Where such an interpretation's name written after the title ending at `q` ends, and the name joined; else null. */
export function interpretationAfterTitle(text: string, inner: string, q: number, matcher: BareTitleMatcher): { end: number; written: string } | null {
  AFTER_TITLE.lastIndex = q;
  const m = AFTER_TITLE.exec(text);
  if (!m) return null;
  const law = inner.replace(/[\s\u3000]+/g, '');
  const after = m[0].replace(/[\s\u3000]+/g, '');
  const candidates = after.endsWith('司法解释')
    ? [...new Set([law, law.replace(/^中华人民共和国/, '')])].flatMap((name) => [name + '司法解释', name + '解释'])
    : [law + after];
  const written = candidates.find((w) => matcher.matchEnding(w, w.length, true) === 0);
  return written ? { end: AFTER_TITLE.lastIndex, written } : null;
}

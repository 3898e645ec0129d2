// Rule (issue 14, fix-zh40; LawRefBook texts that ran two articles into one line: 周口市文明行为促进条例 ……由市人民政府制定。
// 第四十二条本条例自2021年1月1日起施行。, 河南省历史文化名城保护条例 ……标明保护范围。…审批。第十四条历史文化名城所在地的人民
// 政府…): an article's label right after a full stop inside a line, set off from its words by a space or a full-width space
// — or glued to them as a label may be at a line's start (headings.ts ZH_ARTICLE_TIGHT: not 第十四条规定 / 的 / 和 …) — opens
// that article when the numbering goes on: the article being read is N−1. The line is read as two (body.ts walkBody).
// Never a label inside a sentence (……依照第十四条…: no full stop right before it), nor one out of sequence (。第十条… in
// article 13 cites article 10), nor an insert (之一).
import { zhArticle } from './headings';

/**
 * Where in the trimmed line `t` the next article's label starts after a full stop (the rule above), searching from
 * `from`, when the article read is `current`; -1 when none.
 */
export function stopGluedArticleAt(t: string, from: number, current: number): number {
  if (current <= 0) return -1;
  for (let k = t.indexOf('。第', from); k !== -1; k = t.indexOf('。第', k + 1)) {
    const a = zhArticle(t.slice(k + 1, k + 16), true);
    if (a && a.number === current + 1 && a.insert === null) return k + 1;
  }
  return -1;
}

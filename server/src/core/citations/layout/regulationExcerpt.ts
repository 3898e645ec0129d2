// Rule (issue 14, rules 3 and 8: a regulation's text excerpted from its middle). Web pages reprint part of a
// regulation — a 规范性文件管理规定 from its 第七条 on, a 地方立法条例 from the tail of 第二十八条 to 第三十一条 — with its
// article headings at line starts but without its 第一条 and without its title. Its 本规定第七条, 前款第（二）项, 本条 and
// a bare 第二十六条 are its own provisions, as in a draft regulation, though the first heading in view is not 第一条.
// A run of headings reads as such an excerpt when:
// - there are at least three, numbered up one by one (第二十三条, 第二十四条, 第二十五条 …; a 条之一 after its article),
//   so that a few labels quoted in prose or a list of cited articles are not taken for one;
// - nothing before the first heading names another text: no 《…》 title and no line that is a title alone
//   (中华人民共和国劳动合同法 over the articles a Q&A page prints) — text printed under a title is that title's, the
//   quoted law's (unmarkedQuotation.ts, lawExcerpt.ts), not the page's own.
// - nothing before it announces those very articles as someone else's: a range or list citing the first and the last
//   heading (刑法对缓刑的规定…，本文主要从第七十二条到第七十七条来介绍 over 第七十二条 … 第七十七条: a Q&A page printing the
//   law it names; issue 14, gov10) — the text is the law's cited there, not the page's own.
// Only the articles in view are known: a reference to one before the first or after the last heading is the excerpt's
// own provision, not checked (as 本办法第三条 where no heading is in view); numbering is not checked either (the
// excerpt starts where the page starts, not at 第一条), and nothing renumbers it.

import type { Article } from '../../model';
import { parseChain } from '../chain/chain';

/** A line that is a title alone: ends like a regulation's title, no sentence punctuation, not long. */
const TITLE_LINE = /^[\s#*]*[^\s，。；：、,.;:！？!?“”"（）()]{2,40}(?:法|条例|办法|规定|细则|规则|决定|解释|通则|准则)[\s*]*$/m;

/**
 * Rule (issue 14, fix-en31b; a law site's page on a few articles, bilingual: "中华人民共和国民法典上一条 中华人民共和国民法典目录"
 * over 第四百九十六条 … ⏎ Article 496 …): a law site prints the law's title in its navigation links, glued to them — 上一条,
 * 下一条 (the previous or next article's page), 目录 (the law's contents) — above the articles it shows. The title so
 * linked names the law printed below, as a title alone on its line does: the articles are that law's, not the page's own.
 */
const NAVIGATED_TITLE = /[^\s，。；：、,.;:！？!?“”"（）()]{2,40}(?:法|法典|条例|办法|规定|细则|解释)(?:上一条|下一条|目录)/;

/** Whether the articles parsed from a text are an excerpt of a regulation's own text (the rule at the top). */
export function isRegulationExcerpt(articles: readonly Article[], textBeforeFirst: string): boolean {
  if (articles.length < 3 || articles[0].number <= 1) return false;
  for (let i = 1; i < articles.length; i++) {
    const prev = articles[i - 1];
    const cur = articles[i];
    const next = cur.number === prev.number + 1 && !cur.insert;
    const insert = cur.number === prev.number && !!cur.insert && (prev.insert ?? 0) < cur.insert;
    if (!next && !insert) return false;
  }
  if (textBeforeFirst.includes('《')) return false;
  return !TITLE_LINE.test(textBeforeFirst) && !NAVIGATED_TITLE.test(textBeforeFirst) && !announced(articles, textBeforeFirst);
}

/** Whether one range or list before the headings cites both the first and the last of them (see above). */
function announced(articles: readonly Article[], before: string): boolean {
  const first = articles[0].number;
  const last = articles[articles.length - 1].number;
  for (let p = before.indexOf('第'); p >= 0; p = before.indexOf('第', p + 1)) {
    const chain = parseChain(before, p, 0, false);
    if (chain && chain.targets.some((t) => t.article === first) && chain.targets.some((t) => t.article === last)) return true;
  }
  return false;
}

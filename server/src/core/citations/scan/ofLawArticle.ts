import { type Chain, parseChain } from '../chain/chain';

// Rule (issue 14, fix-zh53; heldout38 gov, a paper on a draft amendment: 从现有《著作权法》的48条与《著作权法(修正案
// 草案)》第52条…比对, 从现有《著作权法》的48条变更为…第52条): a law's title, 的, then its article without 第 — the law's
// article "48" — cites that article as 《著作权法》第48条 does, not only before (之)规定 (zh12: 《…法》的八十一条之规定).
// What follows the 条 tells an article from a count of the law's articles or a name (《条例》的十条措施, 的48条建议):
// - 规定 (的规定, 之规定, 所规定) or the article's own words named (的内容, 的条文, 的原文, 的表述, 的要求, 的精神);
// - a punctuation mark or the end of the line: the clause closes on the article;
// - 和 / 及 / 与 / 以及 / 、 and the next title or 第 (the article compared or listed with another citation);
// - a verb saying what the article provides or became (明确, 要求, 只, 仅, 指出, 载明, 变更为, 修改为, 改为, 修订为,
//   相比, 对比).
// A noun after it (的48条建议, 的十条措施), 中 (的48条中有20条: among its articles) or a number going on stays unread.
// malformed-citation gives the fix, writing 第 (chain.ts: the article read without 第).

/** What follows such an article's number and 条 (the rule above). */
const OF_ARTICLE_NEXT = /^(?:[的之所]?规定|的(?:内容|条文|原文|表述|要求|精神)|[，。；;,：:、）)！？!?]|[ \t\u3000]*(?:\r?\n|$)|(?:和|及|与|以及|、)(?:\d{4}年)?[《第]|明确|要求|只|仅|指出|载明|变更为|修改为|改为|修订为|相比|对比)/;

/**
 * The article a law's title, 的 and a number without 第 cite, the number at `p` (right after the 的): its chain when
 * the words after it make it an article (the rule above), else null.
 */
export function ofLawArticle(text: string, p: number): Chain | null {
  const chain = parseChain(text, p, 0, false, undefined, true);
  if (!chain || chain.top !== 0) return null;
  return OF_ARTICLE_NEXT.test(text.slice(chain.end, chain.end + 6)) ? chain : null;
}

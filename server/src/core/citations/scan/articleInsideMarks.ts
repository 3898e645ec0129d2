/**
 * Rule (issue 14, heldout21-court; law-firm articles and Q&A pages: 根据《某某法第二十条》规定, 依照《某某条例第十条第二款》):
 * the writer closed the title marks after the article instead of after the title. No regulation's title ends in an
 * article, 款 or 项 (the corpus has none: the titles that name an article go on after it, 《关于〈某法〉第三十条的解释》,
 * 《关于修改〈某条例〉第十条的决定》), so marks holding a law's name — a title ending in a regulation's word (法, 条例,
 * 规定 …), with no title nested in it — and then, up to the closing mark, an article with its 款 and 项 are that
 * article of that law, malformed but clear: read as 《某某法》第二十条, and malformed-citation gives the fix that writes
 * it so (the 》 moved before 第). Only when the article runs to the closing mark: 《某法第十条的解释》 and the like
 * name a text of their own.
 * Rule (issue 14 form 5, fix-zh35; notices listing their basis: 依据《某省森林防火条例第二十九、第三十条》, 《某某条例第十条、
 * 第十二条》): the article so written inside the marks may be a list or a range of the law's articles, 第 repeated after
 * 、 and the like (第二十九、第三十条, 第十条至第十二条), as it is after the marks: the chain opens at the list's first 第 —
 * a 第 with a list's word (、 ， 和 及 与 或 至 到) before it is a later member, as one with 条, 款 or 项 before it is.
 */
import { LAW_TITLE_END } from '../text';
import { type Chain, parseChain } from '../chain/chain';

/** The words that join a list's or range's members: the 第 after one is a later member's. */
const LIST_WORDS = new Set(['、', '，', ',', '和', '及', '与', '或', '至', '到']);

/** The article inside 《…》 (open at `p`, close at `close`): where the law's name ends and the chain to the close; or null. */
export function articleInsideMarks(text: string, p: number, close: number): { nameEnd: number; chain: Chain } | null {
  // Cheap question first: the marks end in 条, 款 or 项.
  const last = text[close - 1];
  if (last !== '条' && last !== '款' && last !== '项') return null;
  for (let k = close - 2; k > p + 2; k--) {
    if (text.charCodeAt(k) !== 0x7b2c /* 第 */) continue;
    // The 第 that opens the article: the one before it is a 款's or 项's, or part of the name.
    if (text[k - 1] === '条' || text[k - 1] === '款' || text[k - 1] === '项' || LIST_WORDS.has(text[k - 1])) continue;
    const name = text.slice(p + 1, k);
    if (/[《》〈〉<>\n]/.test(name) || !LAW_TITLE_END.test(name)) return null;
    const chain = parseChain(text, k, 0, false);
    if (!chain || chain.top !== 0 || chain.end !== close) return null;
    return { nameEnd: k, chain };
  }
  return null;
}

// Rule (round 33, f131-zh; heldout57-lawyer, a search site's snippet: 一:中华人民共和国土地管理法.62条, 第六十二条 农村村民一户
// 只能拥有一处宅基地…): a dot (. or ．) between a law's name — bare, a name the corpus knows, or a title in 《》 — and an
// article in digits and 条 without 第 links them, as no mark at all does (土地管理法62条, 《…》76条): the writer's
// separator, not a decimal (a dot between digits, 3.5条, is read nowhere here). Only the one article written right
// after the dot is read, up to the next mark or space: what follows (, 第六十二条 农村村民…) is the snippet's printed
// article, its label a heading, not a second item of a list.
import { parseChain, type Chain } from '../chain/chain';

/** The dot read between a law's name and its article. */
const DOT = /[.．]/;
/** What ends the one article read after the dot: a mark, a space, a line break. */
const ARTICLE_END = /[,，、;；。:：\s]/;

/** Whether a dot stands right before `p` (the digits of an article): its length, 1, else 0. */
export function dotBeforeArticle(text: string, p: number): number {
  return DOT.test(text[p - 1] ?? '') && /[0-9０-９]/.test(text[p] ?? '') && !/[0-9０-９]/.test(text[p - 2] ?? '') ? 1 : 0;
}

/** The article (digits, 条, its 款 / 项 glued on) right after a dot at `q`, cut at the next mark or space; else null. */
export function dottedArticle(text: string, q: number): Chain | null {
  if (!DOT.test(text[q] ?? '') || !/[0-9０-９]/.test(text[q + 1] ?? '')) return null;
  let cut = q + 1;
  while (cut < text.length && cut < q + 40 && !ARTICLE_END.test(text[cut])) cut++;
  const chain = parseChain(text.slice(0, cut), q + 1, 0, false, undefined, true);
  return chain && chain.top === 0 ? chain : null;
}

// Rule (commentaries, 以案释法, Q&A answers retelling a judgment): a writer who has cited one 款 of an article goes on
// comparing its 款 by number alone — 虽然《刑法》第二百三十四条第一款未对伤害后果作出规定，但第二款对致人重伤……作出了
// 明确的规定。因此……可以认为第一款所规定的刑罚…… — so a 款 cited alone after it is another 款 of that article (the
// article cited last, analyze.ts). Read only when
// - the citation just before it names a 款 (第X条第Y款, or a 款 read so itself), on the same line, a few sentences
//   back at most, with no other article written between;
// - it is not a document's own 款 (合同第二款, 判决第二款, 协议第二款: the word before it owns no text), and
// - words about a provision follow it: 所规定, 规定, 的规定, 对, 中, 则, 未, 明确, 要求, 是 (not 第二款所列人员,
//   a list's entry).
// A 款 alone after an article cited without a 款 (《…》第一条。第二款规定), or followed by other words (第二款另有规定,
// 第二款人员), stays unread, as before; in a text with articles of its own a 款 alone is its own (selfRefs).

/** Words after the 款 that speak of a provision (第二款对…作出了规定, 第一款所规定的, 第二款规定, 第二款中). */
const ABOUT_PROVISION = /^(?:所规定|规定|的规定|对|中|则|未|明确|要求|是)/;
/** What the word before the 款 may be: a mark, a conjunction or adverb, 为 of 认为 — not a noun owning the 款. */
const BEFORE = /(?:[，,。；;、：:（(]|但|而|且|及|和|与|或|其|即|为|是|至于|同时|另外|此外)$/;
/** An article written between (第十条, 第 72 条, 第二百三十四条之一): another article is under discussion. */
const ARTICLE = /第[ \u3000]*[零〇一二三四五六七八九十百千两\d０-９]+[ \u3000]*条/;
/** How far back the citation of the first 款 may stand. */
const REACH = 160;

/**
 * Whether the 款 alone at [p, end) is another 款 of the article the citation ending at `prevEnd` cited with a 款
 * (`prevNamesParagraph`).
 */
export function paragraphOfArticleCited(text: string, p: number, end: number, prevEnd: number, prevNamesParagraph: boolean): boolean {
  if (!prevNamesParagraph || prevEnd > p || p - prevEnd > REACH) return false;
  const between = text.slice(prevEnd, p);
  if (/[\r\n]/.test(between) || ARTICLE.test(between)) return false;
  if (!BEFORE.test(text.slice(Math.max(0, p - 4), p))) return false;
  return ABOUT_PROVISION.test(text.slice(end, end + 4));
}

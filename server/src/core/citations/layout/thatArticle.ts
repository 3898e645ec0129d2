// Rule (issue 14, heldout27-court; lawyers' articles and Q&A pages: 根据《中华人民共和国民法典》（以下简称《民法典》）第一百七十九条
// 的规定，……应当承担侵权责任。该条还具体列举了……): 该条 alone, right after the sentence that cited an article (or in it), points
// back to that article — a mention of it, as 本条 in commentary is (analyze.ts reads it in the article cited last, of a
// law the corpus lacks too). Only 该条 followed by words about a provision (规定, 还, 明确, 的, 所, 中, 对, 是, 列举 … —
// scanner.ts SELF_ANCHOR; not 该条件, 该条例, 该条款, 该条线), outside a regulation's own text and quotation marks, and only
// when the last thing the scanner read is a citation naming an article, in the same paragraph, with at most one
// sentence's end between (the same sentence or the next) and no other title named since. 該條 in traditional script is
// read so too (the text is scanned in simplified forms). After an article cited with its words quoted whose quotation
// cites another article (《某法》第八十七条规定：“……本法第四十七条……。”该条规定了……), 该条 is the quoting article
// (analyze.ts quotingArticle). Round 21 (fix-gaitiao) took this rule over and labelled the older sets' 该条 by it.

/** How far back the article cited may stand. */
const REACH = 200;

/** Whether 该条 at `p` stands right after a citation naming an article (the same or the previous sentence). */
export function thatArticleRefersBack(text: string, p: number, events: readonly { type: string }[]): boolean {
  const last = events[events.length - 1] as { type: string; end?: number; lang?: string; heading?: true; targets?: readonly { article: number | null }[] } | undefined;
  if (!last || last.type !== 'citation' || last.lang !== 'zh' || last.heading || last.end === undefined || last.end > p || p - last.end > REACH) return false;
  if (!last.targets?.length || last.targets.every((t) => t.article === null)) return false;
  const between = text.slice(last.end, p);
  if (/[\r\n]/.test(between)) return false;
  return (between.match(/[。！？!?]/g)?.length ?? 0) <= 1;
}

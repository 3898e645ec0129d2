// Rule (commentaries, theses, law-firm articles on one provision): once a writer has cited a 款 of an article —
// 《刑法》第20条第3款是立法机关在第1款的基础上作…的注意规定 / 该条文第一款被援引…次，第二款被援引…次 — the article's other
// 款 are named by their number alone, in the same sentence or the next: 将第3款界定为第1款的注意规定. Outside a
// regulation such a 款 is a 款 of that article (analyze.ts reads it in the article cited last).
//
// Only right after a citation that names a 款 (or a 款 read so): a 款 after an article cited whole stays unread (《公司法》
// 第十条，其中第二款另有规定 — the forms table), as do the 款 a judgment, decision or contract numbers of its own
// (判决第二款, 合同第3款: the words before it own it). Same line, at most one sentence end between, a short reach. Not
// after a 款 quoted (…第十九条第一款“…”的规定。第二款另有规定): a writer quoting one 款 quotes the next too, and that form
// has its own rule (scanner.ts paragraphAfterQuotation).

/** How far a 款 may stand from the 款 cited before it. */
const REACH = 160;

/** The citation read before, as far as the rule needs it. */
export interface CitedBefore {
  end: number;
  lang: 'zh' | 'en';
  /** The 款 of its first target (null: an article cited whole, a title, 本条 …). */
  paragraph: number | null;
  /** It is followed by a quotation of its text. */
  quoted: boolean;
}

/**
 * Whether a 款 cited alone at `p` is a sibling of the 款 `before` cited (see above); `owned` tells whether the words
 * before it own it (a judgment's, a contract's: scanner.ts NOT_ITEM_OWNER, as for an item alone).
 */
export function siblingParagraph(text: string, p: number, before: CitedBefore | undefined, owned: (text: string, p: number) => boolean): boolean {
  if (!before || before.lang !== 'zh' || before.paragraph === null || before.quoted || before.end > p || p - before.end > REACH) return false;
  const between = text.slice(before.end, p);
  if (/[\r\n]/.test(between) || (between.match(/[。！？!?]/g)?.length ?? 0) > 1) return false;
  return !owned(text, p);
}

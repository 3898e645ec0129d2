/**
 * Rule (issue 14, real-zh16; Hong Kong writers on national laws, as they number their own ordinances: 基本法第17(2)條
 * 提及…, 基本法第159(2)條, 憲法第67(20)條 / 第67(4)條 — the same numbering as "Article 17(2)"): one bracketed number
 * alone after an article's Arabic number, before 條, is the article's 款 — or its 项 where the article has one 款 with
 * that item (宪法第六十七条 has one 款 and items (一)…(二十一)), as the analyzer reads Article 39(5) (bracketedItem).
 * A Hong Kong section with more (第5(2)(c)條, 第21(3A)條, 第18A條) keeps its whole number (hongKongSection.ts), and an
 * ordinance the corpus lacks stays unknown-regulation whatever the bracket says.
 * Returns the number in the brackets of a suffix that is just one bracketed number of one or two digits, else null.
 */
export function bracketedSubOf(suffix: string): number | null {
  const m = /^\((\d{1,2})\)$/.exec(suffix);
  return m ? Number(m[1]) : null;
}

/** Where one bracketed number of one or two digits right at `q` ends, when 條/条 follows it at once; else -1. */
export function subOnlyEnd(text: string, q: number): number {
  const m = /^\(\d{1,2}\)(?=[条條])/.exec(text.slice(q, q + 6));
  return m ? q + m[0].length : -1;
}

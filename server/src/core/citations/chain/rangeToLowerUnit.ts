// Rule (round 31, forms-zh110; judgments: 依照《刑法》第二十条至第二十二条第一款的规定): a range of articles whose other end
// names a 款 (or item) of its last article runs through the whole articles between — 20, 21 and 22(1) — as 第二十条至
// 第二十二条 does; only the last article is narrowed. Read only when the range opens at the article level and its end
// names an article first, a span as short as ranges of articles are read (at most 300).

/** The numbers between a range's start `from` and its end's first number `to` at the same level, else none. */
export function wholeUnitsBetween(from: number | null, to: number): number[] {
  if (from === null || to <= from + 1 || to - from > 300) return [];
  const between: number[] = [];
  for (let k = from + 1; k < to; k++) between.push(k);
  return between;
}

// Rule (issue 14, round 34 decision, c140; heldout57's lawyers' page, 本第三十九条：劳动者有下列情形之一的，…): a stray 本 left
// before a line-start article label — a copy's leftover of 本法 / 本条 or a slip of the keyboard — with the label's colon
// right after it and the article's words after that, is the printed heading 第三十九条： would be there, no citation.
// Only 本 glued to 第 and a label closed by its colon: 本法第三十九条 and 本条 are read as before, and a 本第三十九条 in
// running prose (no colon after the label) is left to the other rules.

/** A label closed by its colon: 第三十九条：, 第1165条:, 第二百六十条之一： (the label's numeral, 之N, then 条 and a colon). */
const LABEL_WITH_COLON = /^第[ \u3000]*[0-9０-９零〇一二三四五六七八九十百千]{1,8}[ \u3000]*条(?:之[一二三四五六七八九十])?[ \u3000]*[：:]/;

/** Whether a stray 本 stands right before the label at `p` (its 第), the label closed by its colon. */
export function strayBenBefore(text: string, p: number): boolean {
  return text.charCodeAt(p - 1) === 0x672c && text.charCodeAt(p) === 0x7b2c && LABEL_WITH_COLON.test(text.slice(p, p + 20));
}

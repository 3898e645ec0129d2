// Rule (round 34, f141-zh; heldout58-lawyer 02 — Q&A and HR pages going through a law's provisions, then a standard:
// 《…职业病防治法》第五十六条规定，……。⏎ 3.…部分丧失劳动能力的 ⏎ 根据《职工工伤与职业病致残程度鉴定标准》的规定：……。本条所称的
// “部分丧失劳动能力”包括……): outside a regulation, a writer's 本条 is the article under discussion only while the writer
// is still on that law (analyze.ts, discussed articles). Once the writer turns to a technical standard — a title ending
// as a standard's does (标准, 规范, 等级, 分级), or one marked as a standard by its code (GB 50016-2014《…规范》,
// standardClauses.ts) — the words after it are the standard's, and 本条 there is the standard's clause, which is no
// provision of a law or regulation: no citation. A law named alone since (结合《某法》的精神) is no such turn, nor a
// commentary or a book (《…释义》), which discuss the article itself.

import { STANDARD_CODE, standardTitleAt } from './standardClauses';

/** A title's words ending as a technical standard's (its bracketed version or code aside). */
const STANDARD_END = /(?:标准|規範|规范|等级|等級|分级|分級)(?:[(（][^()（）]*[)）])?$/;

/** Whether the writer named a technical standard in text[from, to) — after the article under discussion was cited. */
export function standardNamedBetween(text: string, from: number, to: number): boolean {
  if (from < 0 || to <= from) return false;
  const span = text.slice(from, to);
  if (STANDARD_CODE.test(span)) return true; // a standard's code written without title marks (GB 50016-2014, HJ 2.2-2018)
  for (let open = span.indexOf('《'); open !== -1; open = span.indexOf('《', open + 1)) {
    const close = span.indexOf('》', open + 1);
    if (close === -1) return false;
    const inner = span.slice(open + 1, close);
    if (/[《\n]/.test(inner)) continue;
    if (STANDARD_END.test(inner.trim()) || standardTitleAt(text, from + open, from + close, inner)) return true;
  }
  return false;
}

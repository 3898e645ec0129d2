// Rule (issue 14, fix-zh43, heldout35 court; a lawyer's article setting two texts of a law side by side: 这就要说到
// 2023《公司法》第51条和53条新增的董事核查催缴出资义务。这是之前的2018《公司法》没有的规定): a year of four digits glued
// right before a title's 《, its 年 left out, names that year's text as 2023年《公司法》 does (scanner.ts VERSION_BEFORE,
// the year alone). Only a year of this or the last century (19xx, 20xx), not part of a longer number (a document or
// case number: 12023《…》) nor closing a bracket (〔2023〕, (2023)) — only glued with nothing between it and 《.

/** A year of four digits ending right before a title's 《, standing alone (no digit before it). */
const YEAR_GLUED = /(?<![0-9０-９〔\[(（［.\-/])((?:19|20)[0-9]{2})$/;

/** The year glued right before the title at `start` (its 《), or null when none stands there. */
export function yearGluedBefore(text: string, start: number): number | null {
  if (text[start] !== '《') return null;
  const m = YEAR_GLUED.exec(text.slice(Math.max(0, start - 5), start));
  return m ? +m[1] : null;
}

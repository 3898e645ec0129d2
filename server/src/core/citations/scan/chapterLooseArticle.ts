// Rule (issue 14, fix-zh33a; 检查依据 cells of inspection lists: 《某某防火条例》第二章24条, 某某…): a law's chapter (or
// section) cited by its number right after the law's title, then digits and 条 glued to it, is the article of that
// law written without 第 — malformed but clear, as 《…》24条 is (chain.ts looseArticle). Articles are numbered through
// the whole law, so the chapter only says where the article stands: the citation is the law's article 24 (the
// malformed-citation fix writes 第24条). A count of a chapter's articles is written with 共/有 (第二章共24条) or in
// a list of chapters (第一章10条、第二章24条), not glued to a chapter the title just named; a chapter cited by
// itself (《某法》第二章) stays the chapter's citation. Only digits: Chinese numerals there (第二章二十四条) are
// left to the rules on numbers without 第.

import { type Chain, isDigitAt } from '../chain/chain';
import type { ScanEvent } from '../scanTypes';

/** After the article: another chapter's count (、第三章15条) — the chapters' sizes listed, not an article. */
const CHAPTER_LIST_AFTER = /^[、，,；;和及][ \u3000]*第[零〇一二三四五六七八九十百0-9０-９]+[章节節]/;

/**
 * Whether the digits at `p`, read as `chain` without 第, are the article of the law whose chapter the last citation in
 * `events` named right before them (the rule above).
 */
export function articleAfterChapter(text: string, p: number, chain: Chain, events: readonly ScanEvent[]): boolean {
  const u = text[p - 1];
  if (u !== '章' && u !== '节' && u !== '節' || !isDigitAt(text, p)) return false;
  const last = events[events.length - 1];
  if (!last || last.type !== 'citation' || last.end !== p || last.top !== -2 || last.head.kind !== 'title' || last.lang !== 'zh') return false;
  if (chain.top !== 0 || chain.targets.length === 0 || chain.targets.some((t) => t.article === null)) return false;
  return !CHAPTER_LIST_AFTER.test(text.slice(chain.end, chain.end + 12));
}

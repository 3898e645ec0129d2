// Rule (issue 14, versions, heldout30 court; a commentary tracing an article through a law's texts: 1995年颁布的《某法》
// 第17条规定…。2002年修正时，《某法》沿袭该规定，…规定在第18条。2009年修订时，条文顺序变为第17条，…): a sentence opened by
// a time clause — a year, its event (修正, 修订, 修改) with 时 and a comma — speaks of the law's text of that year, and a
// bare article in it is that text's article (namedVersion.ts: unknown-regulation when the corpus lacks that text), as
// 2009年修订的《某法》第17条 would be. The clause before a title names the title's version (scanner.ts VERSION_BEFORE); this
// file reads it for a bare article of the law named before. Only in the same sentence, with no title between.
import type { VersionEvent } from '../../corpus/namedVersion';

/** How far back the sentence's start may stand. */
const REACH = 80;

/**
 * The time clause opening a sentence: 2009年修订时， (its ordinal: 2009年第二次修正时，), 2009年修订后，.
 * Rule (issue 14, heldout32 court; a judge's paper on retrial: 2012年某诉法修改后，审判监督程序有几处变化，最大的变化就是增加了
 * 第二百条。该条文规范了…): the clause may name the law between the year and the event — a short name written without
 * 《》 — and then names that law's text of that year, as 2012年修改后的某诉法 would; only when that name is the law the
 * bare article reads (analyze.ts checks the context's name), never another law's. A year alone before the name with no
 * event and no article after it is no clause; before the article (2012年某诉法第二百条) it names that year's text
 * (scanner.ts BARE_VERSION_BEFORE).
 */
const TIME_CLAUSE = /(?:^|[。！？；\n])[ \t\u3000]*((?:19|20)[0-9]{2})[ \u3000]*年[ \u3000]*([\u4e00-\u9fff]{1,10}?(?:法典|法|条例))?(?:第[一二三四五六七八九十]{1,3}次)?(修正|修订|修訂|修改)(?:时|后)[，,][^。！？；\n《]*$/;

/** The version the sentence holding a bare article at `start` names by its opening time clause, else null. */
export function versionClauseBefore(text: string, start: number): { year: number; event: VersionEvent; name?: string } | null {
  const m = TIME_CLAUSE.exec(text.slice(Math.max(0, start - REACH), start));
  return m ? { year: +m[1], event: 'amended', ...(m[2] ? { name: m[2] } : {}) } : null;
}

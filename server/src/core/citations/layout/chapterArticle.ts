// Rule (issue 14, gov10; commentaries and 释义 pages): a writer names a chapter by its subject and then its first
// article — 本法在民事权利一章第一条专门对…作出规定 — meaning the chapter's first article, not the law's 第一条 (which
// stands in its first chapter, 总则). Such a 第一条 says nothing of where the article stands in the law: no citation.
// Only 第一条 after 一章 / 一节 (or 一章的, 一章中) that follows the chapter's subject: the law's own texts count absolutely
// after 本章 / 本节 (生产、销售本节第一百四十一条至第一百四十八条所列产品), a chapter cited by its number (第一章第三条) is
// a division, and 总则一章第一条 is the law's 第一条 either way.

/** A chapter or section named by its subject (not 总则, not 第X章), ending right before the article. */
const CHAPTER_BEFORE = /(?<![第零〇一二三四五六七八九十百千两\d本该此这总])(?<!总则)一[章节節](?:中|的|之)?[ \u3000]*$/;

/** Whether the 第一条 at `start` (ending at `end`) is the first article of a chapter named right before it. */
export function chapterFirstArticleAt(text: string, start: number, end: number): boolean {
  return /^第一[条條]$/.test(text.slice(start, end).replace(/[ \u3000]/g, '')) && CHAPTER_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}

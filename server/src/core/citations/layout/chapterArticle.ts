// Rule (issue 14, gov10; commentaries and 释义 pages): a writer names a chapter by its subject and then its first
// article — 本法在民事权利一章第一条专门对…作出规定 — meaning the chapter's first article, not the law's 第一条 (which
// stands in its first chapter, 总则). Such a 第一条 says nothing of where the article stands in the law: no citation.
// Only 第一条 after 一章 / 一节 (or 一章的, 一章中) that follows the chapter's subject: the law's own texts count absolutely
// after 本章 / 本节 (生产、销售本节第一百四十一条至第一百四十八条所列产品), a chapter cited by its number (第一章第三条) is
// a division, and 总则一章第一条 is the law's 第一条 either way.
//
// Rule (issue 14, real-court26; 释义 pages comparing a code's parts: 与民法典的其他各分编相同…相应地，各分编第1条均规定了调整
// 对象; 各章第一条是该章的一般规定): 各 before 编 / 分编 / 章 / 节 makes the article that follows the article of that number in
// each part — several articles, none of them the law's article of that number: no citation, whatever the number.

/** 各 and a kind of part (各编, 各分编, 各章, 各节; 的 / 中 / 之 after it), ending right before the article. */
const EACH_PART_BEFORE = /各分?[编編章节節](?:中|的|之)?[ \u3000]*$/;

/** A chapter or section named by its subject (not 总则, not 第X章), ending right before the article. */
const CHAPTER_BEFORE = /(?<![第零〇一二三四五六七八九十百千两\d本该此这总])(?<!总则)一[章节節](?:中|的|之)?[ \u3000]*$/;

/** What EACH_PART_BEFORE and CHAPTER_BEFORE can end with before their spaces. */
const PART_WORD_LAST = new Set([...'编編章节節中的之'].map((c) => c.charCodeAt(0)));

/**
 * Whether the article at `start` (ending at `end`) is the first article of a chapter named right before it (第一条), or
 * the article of a number in each part (各分编第1条).
 */
export function chapterFirstArticleAt(text: string, start: number, end: number): boolean {
  // Both patterns end with a part's word (编, 章, 节) or 中 / 的 / 之 after it, then spaces: that character is found by
  // code first, within the ten characters they are run on (most articles follow other words).
  let last = start - 1;
  while (last >= Math.max(0, start - 10) && (text.charCodeAt(last) === 0x20 || text.charCodeAt(last) === 0x3000)) last--;
  if (last < Math.max(0, start - 10) || !PART_WORD_LAST.has(text.charCodeAt(last))) return false;
  const before = text.slice(Math.max(0, start - 10), start);
  if (EACH_PART_BEFORE.test(before)) return /^第[一二三四五六七八九十百千零〇两0-9０-９]+[条條]$/.test(text.slice(start, end).replace(/[ \u3000]/g, ''));
  return /^第一[条條]$/.test(text.slice(start, end).replace(/[ \u3000]/g, '')) && CHAPTER_BEFORE.test(before);
}

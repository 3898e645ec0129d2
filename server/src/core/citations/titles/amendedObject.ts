// Rule (issue 14, zh14; legislative history and comparative-law papers describing an amending act article by article:
// 施行法……第34条修正了《刑法》九个条文、第35条修正《刑事诉讼法》两个条文): a title named alone as what an article amends
// (第N条 + 修正/修改/废止 + 《…》) is the object of that article of the amending act — the act the page is about — not a
// law the page goes on citing: the bare articles after it in the same account (第35条修正…) are the amending act's, as
// the first one was, never the amended law's. A title followed by its article (第34条修改了《刑法》第六十七条) is an
// ordinary citation and is not touched.

/** A bare article, then a verb of amending, right before a title (a space allowed). */
const ARTICLE_AMENDS = /第[0-9０-９零〇一二三四五六七八九十百千两]+条(?:之[一二三四五六七八九十]+)?(?:修正|修改|修订|废止|废除)了?[ \u3000]*$/;

/** Whether the title opening at `start` is what the article before it amends (第34条修正了《刑法》…). */
export function amendedByArticleBefore(text: string, start: number): boolean {
  return ARTICLE_AMENDS.test(text.slice(Math.max(0, start - 16), start));
}

// Rule (issue 14, fix-en31b; an amendment's English text: 'Add an article after Article 37 of the Criminal Law, as
// Article 37-1: "If a person …" ⏎ ⏎ "If a person … violates the decision made in accordance with the preceding
// paragraph, … shall be punished according to Article 313 of this law."'): an amending text adds an article by naming
// its new number after "as" and quoting its words after a colon, paragraph by paragraph, as 增加一条，作为第三十七条之一：
// "……" does in Chinese. The quoted paragraphs are the new article's text, of the law being amended (named before it): "the
// preceding paragraph" there is the new article's paragraph before, and "this law" is the amended law — never the page's
// own, which is no regulation. Only the number named after "as" with a colon and an opening mark after it (on its line
// or the next): a writer's "… known as Article 37" ends no such label.

/** Where the quoted words of an article added "as Article N:" (the citation's [start, end)) start, else -1. */
export function addedArticleTextFrom(text: string, start: number, end: number): number {
  if (!/(?:^|[^A-Za-z])as[ \t]+$/.test(text.slice(Math.max(0, start - 5), start))) return -1;
  const m = /^[ \t]*[:：][ \t]*(?:\r?\n[ \t]*)?(?=["“])/.exec(text.substr(end, 12));
  return m ? end + m[0].length : -1;
}

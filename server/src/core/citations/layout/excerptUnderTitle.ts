/**
 * Rule (issue 14, real-zh16; sites reprinting one chapter of a regulation under its bare title: 医疗机构管理条例 ⏎ 第六章
 * 罚 则 ⏎ 第四十四条 违反本条例第二十四条规定…): a page whose first line is a regulation's title alone, and whose first
 * article heading at a line's start is not 第一条, prints a part of that regulation taken from its middle. A text of its
 * own under its title — a draft, a regulation's own file — opens at 第一条, so there the title keeps naming the text
 * itself (printedLawTitle.ts); here the page has no articles of its own, and its 本条例 / 本法 and bare articles are the
 * regulation the title names, as under a title with a part number (《医疗机构管理条例》下). The analyzer asks the corpus
 * for the exact title: a title the corpus lacks changes nothing.
 */
/** An article's heading at a line's start: its label, then a space, its caption or the end of the line. */
const ARTICLE_HEADING = /^[ \t\u3000]*第([零〇一二三四五六七八九十百千]+|[0-9０-９]+)条(?=[ \t\u3000【（(]|$)/m;
/** A line naming a part of a code (# 物权编, 第二编 物权): the page is that part, the law's own text split over files. */
const PART_LINE = /^[ \t\u3000]*(?:#+[ \t]*)?(?:[^\s第]{1,8}编|第[一二三四五六七八九十]+编(?:[ \t\u3000].*)?)[ \t]*$/m;

/**
 * Whether the first article heading at a line's start is an article after the first (the page opens mid-law), and no
 * line above it names a part of a code (a part file of a law split over files is that law's own text: wholeLaw.ts).
 */
export function opensAfterFirstArticle(text: string): boolean {
  const m = ARTICLE_HEADING.exec(text);
  if (!m) return false;
  if (PART_LINE.test(text.slice(0, m.index))) return false;
  const n = m[1];
  return !(n === '一' || n === '1' || n === '１');
}

// Rule (issue 14, zh9; penalty decisions citing a local standard): a document whose articles are grouped in parts is
// cited by its part and then the article — 参照《某县林业行政处罚裁量基准》第二部分第五条. The article is that document's,
// whatever its title ends with (a 基准, 标准 or 指引 the corpus lacks: unknown-regulation), never the article of the law
// cited before it. Only a part number right after the title and an article right after the part: 《…报告》第二部分
// alone, or 第二部分第三段, gives the title no context of its own.

const PART_THEN_ARTICLE = /^[ \u3000]*第[一二三四五六七八九十百零〇两0-9０-９]{1,4}部分[ \u3000]*第[一二三四五六七八九十百千零〇两0-9０-９]{1,6}条/;

/** Whether a part number and an article of it follow a title ending at `end` (《…》第二部分第五条). */
export function partThenArticle(text: string, end: number): boolean {
  return PART_THEN_ARTICLE.test(text.slice(end, end + 24));
}

/**
 * Rule (pages reprinting a law part by part: 中華人民共和國民法典-5 ⏎ 第五章 收養 ⏎ 第一千零九十三條 …): a page whose
 * first line is a law's exact title followed by a part number (-5, （三）) or 全文, and whose text is that law's articles
 * under their own headings, is that law: 本法 in its articles (依照本法第一千零九十八條第一項) is the law the title names.
 * A first line that is a title alone keeps heading the document's own text (a regulation's, a draft's: 本法 is itself).
 * Returns the line without the part number (the line itself when it has none).
 */
const PART = /(?:\s*[-－—_]\s*[0-9０-９]{1,3}|\s*[（(](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[）)]|\s*(?:全文|原文|条文))+$/;

export function printedLawName(firstLine: string): string {
  return firstLine.replace(PART, '').trim();
}

/** Whether the page prints articles under their headings: three lines or more opening with 第X条 (the law's own text). */
export function reprintsArticles(text: string): boolean {
  const heads = text.match(/^[ \t\u3000]*第[零〇一二三四五六七八九十百千0-9０-９]+条/gm);
  return !!heads && heads.length >= 3;
}

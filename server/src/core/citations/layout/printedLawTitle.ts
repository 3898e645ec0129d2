/**
 * Rule (pages reprinting a law part by part: 中華人民共和國民法典-5 ⏎ 第五章 收養 ⏎ 第一千零九十三條 …): a page whose
 * first line is a law's exact title followed by a part number (-5, （三）) or 全文, and whose text is that law's articles
 * under their own headings, is that law: 本法 in its articles (依照本法第一千零九十八條第一項) is the law the title names.
 * A first line that is a title alone keeps heading the document's own text (a regulation's, a draft's: 本法 is itself).
 * Returns the line without the part number (the line itself when it has none).
 */
const PART = /(?:\s*[-－—_]\s*[0-9０-９]{1,3}|\s*[（(](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[）)]|\s*(?:全文|原文|条文)|\s*[（(]?(?:[上中下](?:篇|册)?|节选)[）)]?)+$/;

export function printedLawName(firstLine: string): string {
  return firstLine.replace(PART, '').trim().replace(/^[《〈](.+)[》〉]$/, '$1');
}

// Rule (issue 14, qa13; 普法 columns reprinting a regulation in parts under the site's own heading: 法治办 - 法治宣传 ⏎
// 《医疗机构管理条例》下 ⏎ 第六章 罚则 ⏎ 第四十四条 ⏎ 违反本条例第二十四条规定…): the title with its part may stand on one
// of the first lines, in 《》 or not, below the page's own heading — still above the articles printed.
/** How many non-empty lines at the top of a page may hold the printed law's title with its part. */
const TOP_LINES = 3;

/** The printed law's name from the first of the page's top lines that holds a title with a part number, else null. */
export function printedLawLine(text: string, firstLine: string): string | null {
  const lines = [firstLine, ...text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0).slice(0, TOP_LINES)];
  for (const line of lines) {
    if (/^第[零〇一二三四五六七八九十百千0-9０-９]+条/.test(line)) break;
    const name = printedLawName(line);
    if (name !== line && name.length >= 4) return name;
  }
  return null;
}

/** Whether the page prints articles under their headings: three lines or more opening with 第X条 (the law's own text). */
export function reprintsArticles(text: string): boolean {
  const heads = text.match(/^[ \t\u3000]*第[零〇一二三四五六七八九十百千0-9０-９]+条/gm);
  return !!heads && heads.length >= 3;
}

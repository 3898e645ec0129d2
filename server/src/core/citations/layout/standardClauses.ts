// Rule (issue 14, zh13 and zh14; judgments and penalty decisions citing a technical standard: 《某某产品安全技术规范
// (GB 12345-2020)》(以下简称《技术规范》)第5.2条、第7条的规定, 《某某通则》(GB/T 6789-2015)第3条): a technical standard is
// no law or regulation, and its clauses — dotted (5.2, 4.1.3) or plain (7) — are no articles of one. A writer marks a
// standard by its code and year (GB, GB/T, DB, a sector's letters, ISO: `GB 12345-2020`) inside its title, in a
// bracket right after it or right before it, or by citing dotted clauses after it, which no law numbers so. Such a
// title and the short name it is given (以下简称《技术规范》) cite nothing: its clauses, and the bare clauses after it in
// the same paragraph, are left unread (the scanner handles it as a contract's title, contractClause.ts) — never a
// citation of the standard (the corpus holds laws, not standards) nor a bare article of the law cited before it.
// A 裁量标准 or 裁量基准 (a government's discretion rules, no code) is no technical standard and keeps its articles.

// A body's rules (股票上市规则, 纪律处分实施细则) numbered with dots are no standard (scan/dottedRuleClauses.ts reads them).
/** A title naming a body's rules (股票上市规则, 纪律处分实施细则, 自律监管指引, 执业准则), which such bodies number with dots. */
export const RULES_TITLE = /(?:规则|規則|细则|細則|指引|准则|準則)$/;

/** A standard's code and year: GB 28050-2011, GB/T 5566-2015, DB11/T 123-2019, HJ 2.2-2018, T/ABC 001-2020, ISO 9001-2015. */
const CODE = '(?<![A-Za-z])[A-Z]{1,4}\\d{0,2}(?:\\/[A-Z]{1,6})?[ \\u3000]?\\d{1,6}(?:\\.\\d{1,3})?[ \\u3000]?[-－—–][ \\u3000]?(?:19|20)\\d{2}(?!\\d)';
export const STANDARD_CODE = new RegExp(CODE);

/** The code written right before the title (GB 12345-2012《某某安全技术规程》). */
const CODE_BEFORE = new RegExp(`${CODE}[ \\u3000]?$`);

/** The bracket right after a title that holds only its code (and a word such as 问答版). */
const CODE_BRACKET = /^[ \u3000]?[（(]([^（()）《》\n]{4,30})[)）]/;

/** What a writer puts between a standard's title and its first clause, then a dotted clause. */
const DOTTED_AFTER = /^(?:[（(][^（()）\n]{1,40}[)）]|的规定|规定|中|的|[：:，,]|[ \u3000])*第[ \u3000]?[0-9０-９]{1,3}[.．][0-9０-９]/;

/** Whether the title in marks over [open, close] (its words `inner`) is a technical standard's. */
export function standardTitleAt(text: string, open: number, close: number, inner: string): boolean {
  if (STANDARD_CODE.test(inner)) return true;
  const bracket = CODE_BRACKET.exec(text.slice(close + 1, close + 40));
  if (bracket && STANDARD_CODE.test(bracket[1])) return true;
  if (CODE_BEFORE.test(text.slice(Math.max(0, open - 24), open))) return true;
  // A body's rules (《…股票上市规则》第1.4条) number their articles with dots too, and carry no code (dottedRuleClauses.ts).
  return !RULES_TITLE.test(inner.trim()) && DOTTED_AFTER.test(text.slice(close + 1, close + 80));
}

/** Where a standard's title ending at `close` (its 》) ends together with the bracket holding its code, if any. */
export function pastStandardCode(text: string, close: number): number {
  const bracket = CODE_BRACKET.exec(text.slice(close + 1, close + 40));
  return bracket && STANDARD_CODE.test(bracket[1]) ? close + 1 + bracket[0].length : close + 1;
}

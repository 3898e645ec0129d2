// Rule (issue 14, zh13; judgments and penalty decisions citing a technical standard: 《某某产品安全技术规范(GB 12345-2020)》
// (以下简称《技术规范》)第5.2条、第7条的规定): a standard numbers its clauses with dots (5.2, 4.1.3) and its top-level ones
// plainly (7); a writer lists both after the standard's title. The dotted clauses are no articles of a law and are
// left unread, and the list does not end at them: the plain clauses after them are still the standard's (the title
// before them), never a bare article with no context.
const DOTTED_CLAUSES = /^第[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})+条(?:[、，,和及或]第[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})+条)*[、，,和及或](?=第)/;

/** Where the list after a title goes on past the dotted clauses that open it (第5.2条、第7条 → 第7条); `at` when none do. */
export function pastDottedClauses(text: string, at: number): number {
  const m = DOTTED_CLAUSES.exec(text.slice(at, at + 80));
  return m ? at + m[0].length : at;
}

// Rule (issue 14, English pages: a law firm's Q&A listing a law's changes — "1. Article 48 – Concept of use …",
// "2. Article 57(2) – …", "4. Article 58 – … the Anti-Unfair Competition Law will be applied …", "5. Article 63(1) – …"):
// the bare articles that open the items of one numbered list, one after another (1., 2., 3. …), are articles of one
// law — the one in context when the list's first label was read — however the text of an item names another law in
// passing. A writer who moves to another law's article in such a list names that law in the label ("5. Article 10 of
// the Anti-Unfair Competition Law – …"): the run ends there, and the next bare label is read as before.

/** The number of the list item whose label is the English article at `offset` ("5. Article 63(1) – …"), else null. */
export function listItemNumberAt(text: string, offset: number): { n: number; lineStart: number } | null {
  if (!/^(?:Articles?|Art\.)[ \t]*\d/.test(text.substr(offset, 12))) return null;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const m = /^[ \t]*(\d{1,2})[.)][ \t]+$/.exec(text.slice(lineStart, offset));
  return m ? { n: +m[1], lineStart } : null;
}

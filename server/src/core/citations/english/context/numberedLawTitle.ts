// Rule (issue 14, heldout19-english; Macao's data-protection office: "According to Article 4(1)(1) and 3(1) of the
// Personal Data Protection Act (PDPA, or Law 8/2005), …", then "Article 4(1)(5) of the same Law", "Article 6 to
// Article 8 of the PDPA", "Article 5 ibid"): a title in capitals whose bracket right after it gives the law's number as
// Macao numbers its laws ("(Law 8/2005)", "(PDPA, or Law No. 8/2005)") — alone or after a short name — is that law, a
// law of the region the corpus does not hold (unknown-regulation), as "of Law 8/2005" is; whatever its noun, an Act
// too (which alone would be another state's). Its short name is defined by that bracket (english.ts
// englishDefinitions), and "the same Law" and "ibid" after it are it, as after any title.

/** The law's number as a second name in the bracket: ", or Law 8/2005", "; Law No. 8/2005". */
export const NUMBER_ALIAS = '[ \\t]*[,;][ \\t]*(?:or[ \\t]+|also[ \\t]+)?Law[ \\t]+(?:No\\.?[ \\t]*)?\\d{1,4}\\/\\d{2,4}';

/** The bracket after the title: the number alone, or a short name and the number. */
const NUMBERED_BRACKET = new RegExp(`^[ \\t]*\\((?:Law[ \\t]+(?:No\\.?[ \\t]*)?\\d{1,4}\\/\\d{2,4}|(?:the[ \\t]+)?["“]?[A-Z][A-Za-z]{1,9}["”]?${NUMBER_ALIAS})[ \\t]*\\)`);

/** A title in capitals ending in a law's noun, Act among them. */
const TITLE = /(?:[A-Z][A-Za-z'’-]*[ \t]+(?:(?:of|on|for|and|the|in|at)[ \t]+)*){1,8}(?:Act|Law|Code|Regulations?)(?![A-Za-z'’-])/y;

/** Such a title starting at p with its numbered bracket after it: where the title ends and its name. */
export function macaoNumberedTitleAt(text: string, p: number): { end: number; written: string } | null {
  TITLE.lastIndex = p;
  const m = TITLE.exec(text);
  if (!m || !NUMBERED_BRACKET.test(text.substr(p + m[0].length, 60))) return null;
  return { end: p + m[0].length, written: m[0] };
}

/** Such a title ending at `end` (right before its bracket): where it starts, else -1. */
export function macaoNumberedTitleEndingAt(text: string, end: number): number {
  const before = text.slice(Math.max(0, end - 160), end);
  const m = /(?:^|[^A-Za-z'’-])((?:[A-Z][A-Za-z'’-]*[ \t]+(?:(?:of|on|for|and|the|in|at)[ \t]+)*){1,8}(?:Act|Law|Code|Regulations?))$/.exec(before);
  if (!m) return -1;
  const start = end - m[1].length;
  // Not "Under the Personal Data Act": the title's first word is no sentence word.
  const lead = /^(?:(?:Under|According|To|In|Of|By|For|See|The|This|That|And|Or|Pursuant)[ \t]+(?:(?:to|of|with|the)[ \t]+)*)+/.exec(m[1]);
  return lead ? start + lead[0].length : start;
}

// Rule (issue 14, fix-en101; heldout54 English, a law firm's note on priority compensation: "The Interpretation of the
// Supreme People's Court on the Application of Laws in the Trial of Cases of Disputes over Construction Contracts of
// Construction Projects (I) (new judicial interpretation on construction projects) came into effect …" and later "As
// article 37 of the new judicial interpretation on construction projects stipulates"): a writer may define a short
// name in the bracket right after a title without quotation marks or "hereinafter", in lower case as ordinary words,
// and then cite the title by it. The bracket is a short name only when it is a noun phrase of a title's words — a kind
// word (interpretation, provisions, regulations, rules, measures, opinions, law, code) with up to five lower-case
// words before it and "on/of/for" and up to four words after it, two words at least — right after a title (its
// series number included); a year, a number, a version ("(2019 revision)") or a single word is no name.

/** The lower-case short name in a bracket (the rule above): group 1 is the name without "the". */
export const LOWER_UNQUOTED_SHORT = /[ \t]*\([ \t]*(?:the[ \t]+)?((?:[a-z][a-z-]*[ \t]+){1,5}(?:interpretations?|provisions|regulations|rules|measures|opinions|law|code)(?:[ \t]+(?:on|of|for)(?:[ \t]+[a-z][a-z-]*){1,4})?)[ \t]*\)/g;

/**
 * Whether a text may hold such a definition (a cheap test before the title index is asked): none without an ASCII
 * bracket (searched fast first — the pattern, opening with blanks, is tried at every character of a page).
 */
export function mayDefineLowerShort(text: string): boolean {
  if (!text.includes('(')) return false;
  LOWER_UNQUOTED_SHORT.lastIndex = 0;
  return LOWER_UNQUOTED_SHORT.test(text);
}

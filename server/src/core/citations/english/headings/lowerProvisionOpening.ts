// Rule (round 32, f121-en2; heldout56 English, a machine-translated Q&A printing the Criminal Law's provisions one a
// line: "Article 210, paragraph 2, whoever defrauds special invoices for value-added tax … shall be convicted and
// punished …"). Decision (coordinator): a line-start label of an article and one of its paragraphs, then that
// paragraph's own words, is the heading of the text it prints — as 第三百四十五条 第二款 违反… is in Chinese
// (layout/spacedParagraphLabel.ts) — also when a machine translation runs the words on in lower case after a comma.
// A provision's sentence opens with its subject or its condition: "whoever …", "anyone who …", "where …", "if …",
// "any employer …", "the employer …", "a party …", "no organization …". A writer citing the paragraph goes on with
// words of his own about it: the law's name ("the Criminal Law provides …") or a verb of citing ("… stipulates that",
// "… provides that") within its first words — then it stays a citation (paragraphHeading.ts reads the rest: the label
// opening its line, a sentence of five words at least).

/** The lower-case first words of a provision's sentence: its subject or its condition. */
const PROVISION_OPENING = /^(?:whoever|anyone|any|where|if|when|the|a|an|no|those|all|each|every)[ \t]/;

/** A writer's words about the provision: a law's name or a verb of citing (in its first eight words). */
const WRITER_WORDS = /\b(?:Law|Code|Act|Regulations?|Interpretation|Constitution)\b|\b(?:provides|stipulates|states|says|reads|prescribes|specifies|holds)[ \t]+that\b|\b(?:provides|stipulates|states|says|reads)[:,]/;

/** Whether `rest` (the words after a paragraph's label) opens a provision's sentence in lower case (the rule above). */
export function lowerProvisionOpening(rest: string): boolean {
  // After a comma the same words may keep their capital ("Article 210, paragraph 2, Whoever …").
  if (!PROVISION_OPENING.test(rest) && !PROVISION_OPENING.test(rest.charAt(0).toLowerCase() + rest.slice(1))) return false;
  const first = rest.split('\n')[0].split(/[ \t]+/).slice(0, 8).join(' ');
  return !WRITER_WORDS.test(first);
}

// Rule (issue 14, real-en30; English translations of amending texts — "Amendment VIII to the Criminal Law", a State
// Council decision revising regulations): an amending item quotes the provision as it will read after a verb or a
// number saying so — "Article 50 is amended as: “…”", "shall be revised to read: “…”", "One paragraph is added as
// paragraph 4: “Whoever violates … shall be punished in accordance with the Law of the People's Republic of China on
// Public Security Administration Punishments.”". A law named inside those words belongs to the new wording, not to the
// writer: the items after the quotation ("3. One paragraph is added to Article 49 …") go on citing the law amended,
// as the Chinese 修改为：“…” does (amendedWording.ts inInsertedWords). Only a quotation that opens right after such a
// lead-in on its line counts: a law quoted in prose ("the court cited “the Law on X”") still takes over.

/** The lead-in right before the opening mark of new wording: "amended as:", "revised to read:", "added as paragraph 2:". */
const PUTS_IN_EN = /(?:\b(?:amended|revised|changed|modified|altered|replaced)(?:[ \t]+(?:as|to|into|by|with))?(?:[ \t]+read)?|\bto[ \t]+read|\bshall[ \t]+read|\bwhich[ \t]+reads?|\bas[ \t]+(?:a[ \t]+new[ \t]+)?(?:paragraph|item|subparagraph|clause|article)[ \t]+[0-9A-Za-z()]{1,8})[ \t]*[:：,，]?[ \t]*$/i;

/**
 * The same lead-in further off (issue 14, fix-en30, heldout26 English; the NPC's English of a 修正案: "One paragraph is
 * added as Paragraph 4, which reads: "…"", "Article 17 is amended, which now reads as follows: "…""): "which reads",
 * "to read", "as follows", "reading" in the sentence of an amending verb ("is added", "is amended", "is inserted", "is
 * substituted") — the verb may stand some words before them.
 */
const READS_AFTER_VERB = /\b(?:added|inserted|amended|revised|changed|modified|rewritten|replaced|substituted)\b[^.;\n“”"]{0,100}?(?:,?[ \t]*(?:which|that)[ \t]+reads?|[ \t]+to[ \t]+read(?:[ \t]+as[ \t]+follows)?|[ \t]+as[ \t]+follows|,?[ \t]*reading)[ \t]*[:：,]?[ \t]*$/;

/** Whether the English words right before the opening mark at `open` put new wording into an amended text. */
export function englishPutsIn(text: string, open: number): boolean {
  // Cheap first: the lead-in ends with a colon, a comma or a word; only then look at the words (this runs per title).
  return PUTS_IN_EN.test(text.slice(Math.max(0, open - 48), open)) || READS_AFTER_VERB.test(text.slice(Math.max(0, open - 140), open));
}

// Rule (issue 14, real-english15: article-by-article commentaries on the Civil Code, machine-translated): a writer who
// walks through an article paragraph by paragraph names the first with its article and the next one alone, as the
// subject of a sentence saying what it provides — "Paragraph 1 of Article 2 of the Tort Liability Law stipulates that
// … . Paragraph 2 provides an incomplete enumeration of …" — and that paragraph is the same article's (同条第二款), as
// an amending item's "Paragraph 2 shall be revised" is (englishAmendedUnit.ts). Only a capitalised "Paragraph N"
// opening a sentence, right before a verb saying what it provides, and only after a citation that itself named a
// paragraph of an article, in the same paragraph of text (the scanner checks both): "paragraph 2 above" in a writer's
// prose, or "Paragraph 2 of the report", is left to the other rules.

// Also after a short lead-in and a comma ("As a supplement, Paragraph 2 provides that …", "In contrast, Paragraph 3 lists").
// And "Part N" where the writer called the first one "Part 1 of Article 1077" (heldout20 English: a blog's word for 款).
const STATED_PARAGRAPH = /(?<=(?:^|[.;。][ \t]+)(?:[A-Z][a-z]*(?:[ \t]+[a-z]+){0,3},[ \t]+)?)(Paragraph|Part)[ \t]+(\d{1,2})(?=[ \t]+(?:further[ \t]+|also[ \t]+)?(?:provides|stipulates|states|sets[ \t]+out|lists|prescribes|requires|adds|enumerates)\b)/gm;

export interface StatedParagraph {
  start: number;
  end: number;
  paragraph: number;
}

/** Every "Paragraph N provides …" opening a sentence (the rule above), in text order. */
export function statedParagraphsIn(text: string): StatedParagraph[] {
  if (!text.includes('Paragraph') && !text.includes('Part')) return [];
  const out: StatedParagraph[] = [];
  for (const m of text.matchAll(STATED_PARAGRAPH)) {
    if (m[1] === 'Part' && !/\bPart[ \t]+\d{1,2}[ \t]+of[ \t]+Article[ \t]+\d[^\n]*$/.test(text.slice(Math.max(0, m.index! - 600), m.index!))) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, paragraph: +m[2] });
  }
  return out;
}

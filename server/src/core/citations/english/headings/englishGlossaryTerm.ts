// A glossary's term built on a citation (rule, issue 14, fix-en42; heldout35 English, a glossary page: "PIPL Article
// Thirty-Eight Requirements delineate the specific mandatory conditions under China's Personal Information Protection
// Law … . These requirements are central … . Compliance with this Article is …"). A glossary names its entry after the
// law and the article it is about, then a topic noun in capitals — "<law> Article N Requirements", "… Application", "…
// Compliance" — and defines it with a verb in the present tense ("delineate", "defines", "refers to"). That line is the
// writer's prose about the article, not the article's text printed under its label (englishHeadings.ts
// labelledTextAfter): the law's name stands before the label (statute text is labelled "Article 38" or "Article 38 of
// the PIPL", the law after), and a provision never opens with a topic noun and a verb of defining. "Labor Law Article 36
// The state practices …" stays statute text.

/** The topic noun after the label, then the verb defining the entry. */
const TERM_AFTER = /^[ \t]+(?:Requirements?|Application|Compliance|Obligations?|Conditions?|Analysis|Overview|Interpretation|Implications?|Scope|Standards?|Exceptions?|Framework|Mechanism|Liability|Penalties|Principles?|Rules?)[ \t]+(?:delineates?|defines?|dictates?|outlines?|sets?[ \t]+out|governs?|establish(?:es)?|mandates?|specif(?:y|ies)|requires?|refers?[ \t]+to|describes?|stipulates?|imposes?|address(?:es)?|covers?|concerns?|encompass(?:es)?|denotes?)\b/;

/** Whether the citation at [start, end), the law's name before its label, opens a glossary's entry (above). */
export function glossaryTermAt(text: string, start: number, end: number): boolean {
  if (/^(?:Articles?|Art\.)/i.test(text.slice(start, end))) return false;
  return TERM_AFTER.test(text.substr(end, 80));
}

// Rule (fix-res100; heldout38 English p07 and p24, explainer pages on one provision: "PIPL Article 13 of the People's
// Republic of China Personal Information Protection Law outlines the legally permissible bases … . Crucially, the
// article also covers scenarios where …" ⏎ "Mandate" ⏎ "The article explicitly mandates that consent …"; "PIPL Article
// Thirty-Nine Compliance refers to the mandatory adherence … The Article's provisions are designed to …"): a page whose
// very first words cite one provision as the subject of its opening sentence — the citation opens the page's first
// line (an acronym of the law may stand before it) and a verb saying what it does follows in that sentence
// (stipulates, provides, outlines, establishes, refers to …) — is about that provision, as a page headed by it is
// (headedProvision.ts). The writer's "the article" and "this article" there are that provision, through the page's
// sections, where the sentence rule (englishThisArticle.ts) no longer reaches. Not the writer's piece ("In this
// article, we …", "this article analyses …" with "our": pageArticleAt, readerSentence), and an article cited in the
// same or the previous sentence is still the one meant (the sentence rule reads it first).

import type { ScanEvent, ScannedCitation } from '../../scanTypes';

/** Before the citation on the page's first line: nothing, or the law's acronym ("PIPL "). */
const OPENING_LEAD = /^[ \t\u3000]*(?:[A-Z]{2,8}[ \t]+)?$/;

/**
 * After the citation, in the same sentence: a verb saying what the provision does, a few words on at most (the
 * glossary's noun after it: "… Compliance refers to").
 */
const OPENING_VERB = /^[^.;:!?\n]{0,60}?\b(?:stipulates|provides|outlines|establishes|sets[ \t]+(?:out|forth)|governs|refers[ \t]+to|requires|mandates|defines|lays[ \t]+down|states|prescribes|regulates|specifies|grants|permits|prohibits)\b/;

/**
 * The English citation of one article that opens the page as its first sentence's subject (the rule above), or null.
 * Only the page's first citation, on the page's first non-blank line.
 */
export function openingProvision(text: string, events: readonly ScanEvent[]): ScannedCitation | null {
  const first = events.find((e): e is ScannedCitation => e.type === 'citation');
  if (!first || first.lang !== 'en' || first.targets.length === 0) return null;
  const a = first.targets[0];
  if (a.article === null || first.targets.some((t) => t.article !== a.article || (t.insert ?? null) !== (a.insert ?? null) || t.paragraph !== null)) return null;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  if (text.slice(0, lineStart).trim() !== '' || !OPENING_LEAD.test(text.slice(lineStart, first.start))) return null;
  return OPENING_VERB.test(text.substr(first.end, 200)) ? first : null;
}

// Rule (issue 14, heldout15-english; explainer pages and extended-data boxes that set out an article): a citation
// opening its sentence and followed by a comma and the article's own words — "Article 176 of the Criminal Law of
// People's Republic of China (PRC), whoever illegally absorbs public deposits … shall be sentenced …" — is read as
// "Article 176 … provides that whoever …": the words after the comma are the article's text, reported (as after
// "stipulates that", reportedStatute.ts), and its next paragraphs below that refer to the one before ("If a unit
// commits the crime mentioned in the preceding paragraph, …") are that article's too. Only when the words after the
// comma read as statute text (a condition or "whoever", englishHeadings.ts readsAsStatute); a writer's clause after
// the comma ("Article 176 of the Criminal Law, as amended in 2020, …", "…, in our view, …") is not.
import { readsAsStatute } from './englishHeadings';
import { atLineStart } from '../../text';

/** A definition opening the words after the comma: "the crime of … refers to the act of …" (one sentence). */
const DEFINITION = /^the[ \t][^.;:]{0,120}?\b(?:refers[ \t]+to|means)[ \t]+(?:the|an?|any)\b/;

// Rule (issue 14, fix-en53; heldout37 English p10, a Q&A page whose text block is indented: "    According to Article 41
// of the Social Insurance Law, if the employer … fails to repay, the social insurance agency may claim compensation in
// accordance with the provisions of Article 63 of this Law."): the line's indentation is no word of the sentence — a
// basis phrase after it opens the sentence as at the line's start, so the paraphrase is the article's and its "this
// Law" the law named. A law's own translation keeps "this Law" as its own (its article headings make it self).
/** What may open the sentence before the citation: nothing, or a basis phrase ("According to", "Under"), indented or not. */
const LEAD = /(?:^[ \t]*|[.!?:;。：；][ \t]+)(?:(?:According[ \t]+to|Under|Pursuant[ \t]+to|In[ \t]+accordance[ \t]+with|As[ \t]+per|Per)[ \t]+)?$/;

/** The country's initials in brackets after the title, then the comma (the scanner's "provides" rule reads them so). */
const COMMA = /^(?:[ \t]*\((?:PRC|P\.R\.C\.|China)\))?,[ \t]+/;

/**
 * Where the article's words start after the citation at [start, end) followed by a comma (the rule above), else -1.
 */
export function commaReportedFrom(text: string, start: number, end: number): number {
  const comma = COMMA.exec(text.substr(end, 24));
  if (!comma) return -1;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!atLineStart(text, start, 21) && !LEAD.test(text.slice(Math.max(lineStart, start - 200), start))) return -1;
  const from = end + comma[0].length;
  const nl = text.indexOf('\n', from);
  const words = text.slice(from, Math.min(nl === -1 ? text.length : nl, from + 400));
  const capitalised = words.charAt(0).toUpperCase() + words.slice(1);
  // The article's sentence: a condition or "whoever" opening it, and a norm (shall, must, may not) in it; or the
  // article's definition, "the crime of insult refers to …" (as 是指 defines).
  if (!/^[a-z]/.test(words)) return -1;
  if (readsAsStatute(capitalised) && /\b(?:shall|must|may[ \t]+not)\b/.test(words)) return from;
  return DEFINITION.test(words) ? from : -1;
}

// Titles in quotation marks typed all in lower case (rule, issue 14, heldout14 English: machine-translated Q&A and
// explainer pages write 'in accordance with the "supervision and management of medical devices regulations" Article
// 63', as they lower-case every word of a title they put in quotes). The marks set the title off; its words, not their
// case, name the law (englishTitleBag.ts reads them in any order). A phrase so quoted is a title when it ends with the
// word for a law, regulations, measures, provisions, a code or an interpretation, or opens with one of them before what
// it is on ("regulations on the administration of …"), and has three content words at least ("the rules", "house
// rules" and a quoted "fair use" are none).
import { JOINING } from './englishTitleBag';

const LOWER_LAW_WORD = /(?:^|\s)(?:law|regulations?|measures|provisions|code|interpretation)$|^(?:law|regulations?|measures|provisions|interpretation)\s+(?:on|for|of|concerning|governing)\s/;

/** Whether the text inside quotation marks is a title written in lower case (above). */
export function lowerCaseQuotedTitle(inner: string): boolean {
  if (!/^[a-z]/.test(inner) || /[\d()\[\]{}:;!?]/.test(inner) || !LOWER_LAW_WORD.test(inner)) return false;
  const words = inner.toLowerCase().replace(/[’']s\b/g, '').split(/[^a-z\-]+/).filter(Boolean);
  if (words.length > 16) return false;
  return words.filter((w) => !JOINING.has(w)).length >= 3;
}

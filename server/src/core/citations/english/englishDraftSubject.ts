// Rule (issue 14, real-en33; a law firm's briefing on the Arbitration Law's revision: "Under the current Arbitration
// Law, a valid arbitration agreement must … designate an arbitration commission (Article 16). The 2021 Draft proposed
// to remove the second and third elements, requiring only an express intention to apply for arbitration (Article 21).
// Article 24 of the Updated Draft retains the three elements …"): a writer comparing a draft with the law in force
// gives each statement its source in brackets at the sentence's end. When the sentence opens with the draft as its
// subject — "The Draft …", "The 2021 Draft …", "The Updated Draft …", "This draft amendment …" — the bracketed bare
// article is that draft's, a text no corpus holds (unknown-regulation, as "Article 21 of the Draft" is, see
// englishDraftAfter.ts), not the enacted law cited in the sentence before. Only a bracketed article closing the
// statement, and only when nothing else is named between the subject and the bracket: "The Draft keeps the three
// elements of the current Arbitration Law (Article 16)" sources the law the sentence names, and "The Draft deletes
// Article 16" (no bracket) names the law's article it amends.
import type { TitleHead } from '../scan/scanTypes';

/** A sentence opening with a draft as its subject (an adverb before it allowed). */
const DRAFT_SUBJECT = /^(?:(?:However|Meanwhile|Moreover|Additionally|In addition|In contrast|By contrast|Similarly|Instead|Notably|Further(?:more)?|Likewise)[ \t]*,[ \t]*)?(?:The|This|the|this)[ \t]+(?:(?:\d{4}|[Uu]pdated|[Rr]evised|[Ss]econd|[Tt]hird|[Ff]irst|[Nn]ew|[Ll]atest|[Pp]roposed|[Ee]xposure|[Cc]onsultation)[ \t]+)?[Dd]raft(?:[ \t]+(?:[Aa]mendments?|[Rr]evisions?|[Ll]aw|[Vv]ersion|[Tt]ext))?(?![\w-])/;

/** Words between the subject and the bracket that name another text or cite an article: the bracket may be its. */
const OTHER_NAMED = /\b(?:Articles?|Art\.|Law|Laws|Code|Regulations?|Measures|Provisions|Rules|Interpretations?|Decision|Constitution|Convention|Act)\b|\blaw\b|《/;

/**
 * The draft a bracketed bare article at [start, end) belongs to, as a title the corpus lacks: the draft opening the
 * sentence as its subject (the rule above); null otherwise.
 */
export function draftSubjectOf(text: string, start: number, end: number): (TitleHead & { end: number }) | null {
  if (text[start - 1] !== '(' || !/^[ \t]*\)/.test(text.substr(end, 3))) return null;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const from = Math.max(lineStart, start - 400);
  const window = text.slice(from, start - 1);
  let open = 0;
  for (const m of window.matchAll(/[.!?;][ \t]+(?=[A-Z])/g)) open = m.index! + m[0].length;
  const sentence = window.slice(open);
  const subject = DRAFT_SUBJECT.exec(sentence);
  if (!subject || OTHER_NAMED.test(sentence.slice(subject[0].length))) return null;
  const s = from + open + subject[0].search(/(?:The|This|the|this)[ \t]/);
  const e = from + open + subject[0].length;
  return { kind: 'title', written: 'draft', start: s, end: e, innerStart: s, innerEnd: e, bracketed: false, lang: 'en', unknownName: true };
}

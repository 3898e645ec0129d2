// Rule (issue 14, fix-en82; heldout52 English, machine-translated theses on the actual constructor: "Article 43 of the
// interpretation of the Supreme People's Court on the application of law in the trial of disputes over construction
// contracts of construction projects (I), which came into force …", "article 26 of the interpretation on the
// application of legal issues in the trial of construction contract disputes stipulates …"): machine translation and
// hurried writers type a court interpretation's whole title in lower case, the court's name capitalised as names are —
// "the interpretation (provisions, opinions) [of the Supreme People's Court] on <subject>", the series number after it
// ("(I)", "(1)") as the Chinese puts it. Such words are the interpretation's title: read by the kind of case it names
// (englishCaseKind.ts), the one corpus interpretation of that kind and number; a title naming no kind the corpus
// tells is still a title the page names (unknown-regulation), never nothing. Only with the court named or a trial of
// cases in the subject ("the provisions on the application of law" in a contract is the contract's own); the subject
// ends at a comma, a stop, a bracket that is no series number, or a verb of the writer's sentence; four content words
// at least. The court's name may be in lower case too (fix-en100, the corpus sweep: a machine translation typing "the
// interpretation of the supreme people's court on the application of law in the trial of disputes over construction
// contracts of construction projects (I)" with no capital at all).

import { JOINING } from './englishTitleBag';

/** The kind word, an optional number, the court, then "on" and the subject's first word in lower case. */
const LEAD = /^(?:judicial[ \t]+)?(?:interpretation|provisions|opinions)(?:[ \t]*\((?:I{1,3}|[1-3])\))?[ \t]+(of[ \t]+the[ \t]+[Ss]upreme[ \t]+[Pp]eople['’]s[ \t]+[Cc]ourt[ \t]+)?on[ \t]+(?=[a-z])/;
/** A word of the subject (lower case), and where it ends. */
const WORD = /([a-z][a-z'’\-]*)(?:[ \t]+|(?=[^a-z'’\-]|$))/y;
/** Words where the writer's sentence goes on: a verb or a link word ends the title before them. */
const STOP_WORD = /^(?:stipulates?|provides?|prescribes?|states?|specifies|clarifies|holds?|says?|reads?|shall|should|may|must|can|is|are|was|were|has|have|had|which|that|where|if|when|whereas|implemented|issued|promulgated|and(?=[ \t]+articles?\b))$/;
/** The series number closing the title: "(I)", "(II)", "(1)". */
const SERIES = /^[ \t]*\((?:I{1,3}|[1-3])\)/;

/** The end of a court interpretation's title typed in lower case at p (the rule above), or -1. */
export function lowerCourtTitleEnd(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (c !== 0x69 && c !== 0x70 && c !== 0x6f && c !== 0x6a) return -1; // i, p, o, j: the cheap question first
  const m = LEAD.exec(text.substr(p, 120));
  if (!m) return -1;
  WORD.lastIndex = p + m[0].length;
  let end = -1;
  let content = 0;
  const words: string[] = [];
  for (let w = WORD.exec(text), n = 0; w && n < 30; w = WORD.exec(text), n++) {
    if (STOP_WORD.test(w[1])) break;
    words.push(w[1]);
    if (!JOINING.has(w[1])) {
      content++;
      end = w.index + w[1].length;
    }
    if (WORD.lastIndex === w.index + w[1].length && !/^[ \t]/.test(text[WORD.lastIndex] ?? '')) break;
  }
  if (content < 4 || end === -1) return -1;
  // The court named, or its trial of cases or disputes in the subject.
  if (!m[1] && !/\btrial of\b/.test(words.join(' '))) return -1;
  const series = SERIES.exec(text.slice(end, end + 8));
  return series ? end + series[0].length : end;
}

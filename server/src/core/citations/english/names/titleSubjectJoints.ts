// Rule (issue 14, fix-en100; the corpus sweep of round 30): the subject of a regulation's or an interpretation's
// English title is a phrase of its own, and translators join its parts with words and marks a law's name never has —
// "… Civil Compensation Cases Arising from False Statements in the Securities Market", "… Criminal Cases of Defamation
// Committed through Information Networks", "Regulations on the Reporting, Investigation and Handling of Production Safety
// Accidents", "Provisions … on the Seizure, Detention and Freezing of Property …", "… Prevention and Treatment of
// HIV/AIDS". Inside such a title — one that has opened with its kind and what it is on ("Regulations on",
// "Interpretation … Concerning", "Provisions … for") — "from", "through", "between", "over", "involving" go on the title
// when a capitalised word follows, and a comma does when a list of capitalised words ending "and X" follows it. Not
// after a law's name ("the Labor Law from the worker's side"), nor a comma ending the title's clause ("…, and the court").

/** A title opened by its kind and what it is on. */
const OPENED = /^(?:the[ \t]+)?(?:[A-Z][\w'’]*[ \t]+){0,8}?(?:Interpretations?|Provisions|Regulations?|Rules|Measures|Opinions|Decisions?)\b[\s\S]*\b(?:on|concerning|regarding|for)[ \t]/;
/** After a joining word: a capitalised word. */
const CAPITAL_NEXT = /^(?:the[ \t]+)?[A-Z]/;
/** After a comma: capitalised words listed, the last after "and". */
const LIST_NEXT = /^[ \t]*[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*(?:[ \t]*,[ \t]*[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*)*,?[ \t]+and[ \t]+[A-Z]/;

/** The words and marks this rule lets join a title's subject. */
export const SUBJECT_JOINT = /^(?:from|through|between|over|involving|,)$/;

/** Whether `word`, read at `at` in the title starting at p, joins its subject (the rule above). */
export function joinsTitleSubject(text: string, p: number, at: number, word: string, next: number): boolean {
  if (!OPENED.test(text.slice(p, at))) return false;
  const after = text.substr(next, 160);
  return word === ',' ? LIST_NEXT.test(after) : CAPITAL_NEXT.test(after);
}

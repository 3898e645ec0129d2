// Rule (issue 14, heldout53 english2 p05; a lease-law blog: "According to Article 5 of the Beijing Higher People's
// Court's Answers to Some Difficult Problems in the Trial of Disputes over House Lease Contracts, the lessee …"): a
// local court's document named after its issuer in the possessive — a Higher, Intermediate or Basic People's Court, or
// a place's People's Court, never the Supreme People's Court — and a court document's kind (Answers 解答, Guiding
// Opinions 指导意见, Opinions, Guidelines 指引, Minutes 纪要, Replies 批复, Notice, Provisions, Rules) is a document of that
// court. A local court's document is none of the corpus (national texts): its article is an unknown regulation's,
// never a bare article of the law in context nor an SPC text read from the same words.

/** A local court in the possessive: place words, the court's level, "People's Court's". */
const LOCAL_COURT_POSSESSIVE = /^(?!Supreme\b)(?:[A-Z][a-z]+[ \t]+){1,3}(?:(?:Higher|High|Intermediate|Basic)[ \t]+)?People['’]s[ \t]+Court['’]s[ \t]+/;

/** The document's kind and its title's words after it, to the last capitalised word. */
const COURT_DOCUMENT = /^(?:Guiding[ \t]+)?(?:Answers?|Opinions|Guidelines?|Minutes|Repl(?:y|ies)|Solutions?|Guidance|Notice|Provisions|Rules)(?:(?:[ \t]+(?:of|the|on|for|and|in|to|over|with|by|concerning|regarding|involving|about|some|several|certain|a|an))*[ \t]+[A-Z][\w'’-]*)+/;

/** A local court's document named at p (its issuer first): the title and where it ends, or null (the rule above). */
export function localCourtDocumentAt(text: string, p: number): { end: number; written: string } | null {
  const issuer = LOCAL_COURT_POSSESSIVE.exec(text.substr(p, 80));
  if (!issuer) return null;
  const doc = COURT_DOCUMENT.exec(text.substr(p + issuer[0].length, 300));
  if (!doc) return null;
  const end = p + issuer[0].length + doc[0].length;
  return { end, written: text.slice(p, end) };
}

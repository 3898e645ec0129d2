// An article of a judicial instrument written "Provision 15" or "Rule 12" (issue 14, tenth round of English pages).
// The SPC's and the SPP's 规定 are translated "Provisions", their 规则 "Rules", and writers on them number the
// articles by that noun in the singular: "the court issued the Provisions on Several Issues Concerning … According to
// Provision 15, the terms … Under Provision 16, …". The rule real writers follow, read here: "Provision N"
// ("Provisions 15 and 16") is article N of the Provisions named before it on the page, "Rule N" article N of the
// Rules of a court or procuratorate named before it — the most recent such title, also when another law was cited in
// between ("Provision 15 … Article 15.1 of the Trademark Law … Provision 16": still the Provisions'), as 该规定第十六条
// is the most recent 规定's. Without such a title before it "Provision N" is a writer's numbered point, no citation;
// "Rule N" of arbitration rules or of a contract is none either (no court's rules named).

/** The word of an article so numbered: Provision(s) / Rule(s) before its number. */
export const PROVISION_WORD = /^(?:[Pp]rovisions?|[Rr]ules?)(?=[ \t]+\d{1,3}(?![\d.]))/;

/** A Provisions title: "Provisions on …", "Provisions of the Supreme People's Court on …", "Several Provisions for …". */
const PROVISIONS_TITLE = /\bProvisions[ \t]+(?:of[ \t]+the[ \t]+[A-Z][^.\n]{0,60}?[ \t]+)?(?:on|for|concerning|regarding|governing)[ \t]+(?:the[ \t]+)?[A-Z]/;
/** A court's or procuratorate's Rules title: "Rules of the Supreme People's Court on …", "the SPC Rules on …". */
const COURT_RULES_TITLE = /\b(?:(?:SPC|SPP)(?:['’]s)?[ \t]+Rules|Rules[ \t]+of[ \t]+the[ \t]+Supreme[ \t]+People['’]s[ \t]+(?:Court|Procuratorate))[ \t]+(?:on|for|concerning|regarding|governing)[ \t]+(?:the[ \t]+)?[A-Z]/;

/**
 * The noun an article written with `word` ("Provision", "Rules") refers back to ("Provisions", "Rules") when such a
 * title is named in the 4,000 characters before p (the rule above); null otherwise.
 */
export function provisionNounBefore(text: string, p: number, word: string): 'Provisions' | 'Rules' | null {
  const before = text.slice(Math.max(0, p - 4000), p);
  if (/^p/i.test(word)) return PROVISIONS_TITLE.test(before) ? 'Provisions' : null;
  return COURT_RULES_TITLE.test(before) ? 'Rules' : null;
}

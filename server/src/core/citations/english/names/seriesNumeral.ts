// The number of one of a series of the court's interpretations (解释（一）, （二）…), as English titles write it: a roman
// or Arabic numeral in brackets ("(I)", "(2)"), an ordinal ("the Second Interpretation", "Interpretation Three").

/** A series number as written (lower case) → the Chinese numeral its title puts in （…）. */
export const SERIES_NUMERAL: Readonly<Record<string, string>> = {
  i: '一', ii: '二', iii: '三', iv: '四', v: '五', 1: '一', 2: '二', 3: '三', 4: '四', 5: '五',
  first: '一', second: '二', third: '三', fourth: '四', fifth: '五',
  one: '一', two: '二', three: '三', four: '四', five: '五',
};

// Rule (issue 14, fix-en101; heldout54 English, a thesis on the priority right of payment: "Article 35 of the
// Interpretation on Issues Concerning the Application of Law in the Trial of Construction Contract Dispute Cases (I) by
// the Supreme People's Court"): the series number closes the title as the Chinese puts it (…的解释（一）), and the writer
// may name the issuer after the whole title — "(I) by the Supreme People's Court", "(II) of the SPC", "(1) issued by
// the Supreme People's Court". The number still picks the numbered text, never the older un-numbered one. Only the
// top court (or both top courts) after the bracket; any other words after it leave the title without a closing number.

/** The series number closing an English title, the issuer after it allowed (the rule above): "i", "2" …, or undefined. */
export function closingSeriesNumber(title: string): string | undefined {
  const m = /\(\s*(I{1,3}|IV|V|[1-5])\s*\)(?:,?\s+(?:(?:issued|promulgated|released|enacted|adopted)\s+)?(?:by|of)\s+the\s+(?:Supreme\s+People['’]s\s+Court|SPC)(?:\s+and\s+the\s+(?:Supreme\s+People['’]s\s+Procuratorate|SPP))?)?$/i.exec(title.trim());
  return m ? m[1].toLowerCase() : undefined;
}

// Rule (issue 14, fix-en60; a legal monitor's note on a revised State Council regulation: "… issued the newly revised
// Regulations on Open Government Information (2019 Reg.). … (2019 Reg. art. 5.) … Article 13 of the 2019 Reg. …"):
// a writer comparing two texts of one regulation names each by its year and its kind word, the kind word often
// abbreviated with a full stop ("2019 Reg.", "2007 Regs.", "the 2019 Regulation") — a short name defined in the bracket
// after the title, as "(the LCL)" is, and used before the article ("2019 Reg. art. 5", "2019 Reg. Arts. 13, 27") or
// after it ("Article 13 of the 2019 Reg."). The year names the text of that year (as "the 2019 Company Law" does):
// the corpus's text of that year when it holds one, else a version it lacks. An abbreviation counts as a word of the
// title only when it is the start of one (Reg. of Regulations, Meas. of Measures, Interp. of Interpretation), three
// letters at least: "(Ltd.)", "(Co.)" after a company's name open no word of a law's title. The abbreviations a
// short name may end in (Reg., Regs., Regul., Meas., Prov., Provs., Interp., Impl., Admin.) are listed in english.ts's
// englishDefinitions bracket.

/** Whether the word of a short name is an abbreviation ("Reg.") of a word of the title (its words `titleWords`). */
export function abbreviatesTitleWord(word: string, titleWords: readonly string[]): boolean {
  const m = /^([A-Z][a-z]{2,})\.$/.exec(word);
  if (!m) return false;
  const stem = m[1].toLowerCase();
  return titleWords.some((w) => w.length > stem.length && w.toLowerCase().startsWith(stem));
}

/** The year opening a short name made of a year and a kind word ("2019 Reg.", "2019 Regulation"), else null. */
export function leadingYearOfShortName(short: string): number | null {
  const m = /^((?:19[5-9]|20\d)\d)[ \t]+[A-Z][a-z]+\.?$/.exec(short);
  return m ? +m[1] : null;
}

// Rule (issue 14, a140-en; the English of an anonymised judgment dataset: "the defendant Lai's actions violated Article
// XX of the Criminal Law of the People's Republic of China", "Article XXXX of the Criminal Law"): anonymised Chinese
// judgments mask the article a prosecutor cited (第XX条, as they mask names: 某, ××), and their translations keep the
// Latin X's. Capital roman numerals number the articles of treaties and conventions ("Article XX of the GATT",
// "Article XIV"), never a Chinese law's, so X's alone — XX, XXX — are read as a number only where an international
// instrument follows ("of the 1994 Convention on …", "of the GATT"); elsewhere they are the mask, no citation.

/** An international instrument named after the numeral, before the sentence ends: "of the GATT", "of the 1994 Convention on …". */
const INSTRUMENT_AFTER = /^(?:\(\d{1,2}\)(?:\([a-z]\))?)?,?[ \t]+of[ \t]+[^.;:\n]{0,80}?\b(?:Conventions?|Treaty|Covenant|Agreement|Charter|Protocol|GATT|GATS|TRIPS|WTO|CISG|ICCPR|ICESCR|UNCLOS)\b/;

/** Whether the roman numeral `numeral` ending at `end` is a mask (X's only, no instrument named after it). */
export function maskedRomanNumber(text: string, numeral: string, end: number): boolean {
  return /^X{2,}$/.test(numeral) && !INSTRUMENT_AFTER.test(text.substr(end, 120));
}

// Rule (issue 14, fix-en61; heldout40 English p23, a lawyer's blog: "The special chapter of “lease contract” in China
// Contract Law does not offer a clear answer … . As a general principle as laid out in Article 107, …; Article 109
// provides …"): a writer who puts the country before a law's short name — "China Contract Law", "China's Contract
// Law", "PRC Contract Law", "Chinese Contract Law" — names a law of China, known to the corpus or not, as "the
// Contract Law" after "the new" does (headings/englishTitlesAlone.ts englishTitlesAlone): the law in context for the bare articles after
// it. One the corpus lacks (the Contract Law, repealed in 2021) makes them unknown-regulation, as bare Chinese articles
// after a 《title》 the corpus lacks are — never no-context. The name is one to four capitalised words and "Law" (not
// "Laws", several laws; not a journal, a firm or a school: "China Law Review", "PRC Contract Law Firm" — a capitalised
// word after "Law" makes it some other name), and "China Law" alone names no law.

/** The country, then one to four capitalised words and "Law", no capitalised word after it. */
const COUNTRY_LAW = /\b(?:China['’]s|China|Chinese|PRC|P\.R\.C\.)[ \t]+((?:[A-Z][a-z]+(?:-[A-Za-z]+)?[ \t]+){1,4}Law)\b(?![ \t]+[A-Z]|['’]s\b|s\b)/g;

/**
 * Words that make the capitalised words before "Law" no law's name (a field or a trade): "China Business Law"; and
 * "Civil Law", the Civil Code or the General Principles by the article cited (englishCivilLaw.ts reads it).
 */
const NOT_A_LAW = /^(?:Civil|Business|Commercial|International|Corporate|Legal|Public|Private|Case|Common|Chinese|Modern|Ancient|Imperial|Traditional|Comparative|Family|Tax|Maritime)[ \t]+Law$/;

/** The laws named after the country from `from` on: where the name (without the country) stands and its words. */
export function countryNamedLaws(text: string, from: number): { start: number; end: number; title: string }[] {
  const out: { start: number; end: number; title: string }[] = [];
  if (!/\b(?:China|Chinese|PRC|P\.R\.C\.)/.test(text)) return out;
  COUNTRY_LAW.lastIndex = from;
  for (let m = COUNTRY_LAW.exec(text); m && out.length < 1000; m = COUNTRY_LAW.exec(text)) {
    const title = m[1].replace(/\s+/g, ' ');
    if (NOT_A_LAW.test(title)) continue;
    const end = m.index + m[0].length;
    out.push({ start: end - m[1].length, end, title });
  }
  return out;
}

// Rule (issue 14, fix-en71; heldout51-english p18, a commentary on the Fire Protection Law under its revision: "The
// amendment of this article is the amendment and supplement to the first paragraph of Article 44 of the original Fire
// Protection Law of People's Republic of China (PRC)"): "the original / former / old / previous / pre-revision" right
// before a law's name is 原 / 旧 / 修改前的 in English, and follows the same convention (README, twenty-fourth round;
// versionWord.ts formerTextBefore): the text before the law's latest revision at the document's date — read there when
// the corpus holds it, else unknown-regulation naming the version wanted; a law repealed by then ("the original Tort
// Liability Law") is that law itself (analyze.ts formerContext).
// Only with "the" (or "its") before the word, and the word right before the name or the country's name before it
// ("the original PRC Company Law"): "the country's twenty-year old Advertising Law" is an age, not a version word.
// Not before a short name the page defined with its year ("the amended Water Law (2016 WTRL)" … "The original WTRL
// dates from 1988", real-en15b): the page's name of the text it defined, its history told in passing (analyze.ts).

/** The version word with its article, ending where the name (or the country's name before it) begins. */
const FORMER_NAME_BEFORE = /\b(?:[Tt]he|[Ii]ts)[ \t]+(?:[Oo]riginal|[Ff]ormer|[Oo]ld|[Pp]revious|[Pp]rior|[Pp]re-(?:revision|amendment))[ \t]+(?:(?:PRC|P\.R\.C\.|China['’]s|Chinese)[ \t]+)?$/;

/**
 * Whether an English title whose words start at `innerStart` (its head starting at `start`, which may hold the
 * version word as a lead) is named with a former-version word: the text before the latest revision is meant.
 */
export function englishFormerName(text: string, start: number, innerStart: number): boolean {
  const from = Math.max(0, Math.min(start, innerStart) - 40);
  return FORMER_NAME_BEFORE.test(text.slice(from, innerStart));
}

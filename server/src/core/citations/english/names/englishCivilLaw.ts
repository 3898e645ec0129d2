// Rule (issue 14, heldout28 English: a law firm's note on marital property, "Article 1062 of the Civil Law of China", and
// a machine-translated post, "Article 497 of the Civil Law is …"): Chinese writers' English renders 民法典 word for word
// as "the Civil Law", often with the country's name ("the Civil Law of China", "the PRC Civil Law", "China's Civil
// Law"). China has had three laws with "civil law" in their English names: the General Principles of the Civil Law
// (民法通则, 156 articles), the General Provisions of the Civil Law (民法总则, 206 articles), both repealed in 2021, and
// the Civil Code. Translators name the first two by their first words; "the Civil Law" alone is the Code's name in such
// English. So:
// - "the Civil Law" with China's name on it is the Civil Code, whatever article is cited;
// - "the Civil Law" without it is the Civil Code where every article cited is past the 206th, which only the Code has
//   (Article 497, Article 1043); a lower article so named stays unknown, as before;
// - never on a page that names the General Principles or the General Provisions (or GPCL): there "the Civil Law" may be
//   the writer's short name for that law.

/** The title as written: "Civil Law", with China's name before or after it. */
const CIVIL_LAW = /^(?:(?:the[ \t]+)?(?:PRC|P\.R\.C\.|Chinese|China['’]s)[ \t]+)?Civil[ \t]+Law(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:PRC|P\.R\.C\.|People['’]?s[ \t]+Republic[ \t]+of[ \t]+China|China))?$/;
const COUNTRY = /\b(?:PRC|P\.R\.C\.|Chinese|China['’]s|China)(?![\w'’-])/;
/** The highest article of the General Provisions of the Civil Law (民法总则), the longest of the two older laws. */
const LAST_OLDER_ARTICLE = 206;
const OLDER_LAW_NAMED = /\bGeneral[ \t]+(?:Principles|Provisions|Rules)[ \t]+of[ \t]+(?:the[ \t]+)?Civil[ \t]+Law\b|\bGPCL\b/i;

/**
 * The title "Civil Code" where the words `written` (the title as the text has it, lead words included) name the Civil
 * Code by the rule above for the articles `articles`, else null.
 */
export function civilLawAsCode(text: string, written: string, articles: readonly number[]): string | null {
  if (!articles.length || !CIVIL_LAW.test(written)) return null;
  if (!COUNTRY.test(written) && !articles.every((n) => n > LAST_OLDER_ARTICLE)) return null;
  if (OLDER_LAW_NAMED.test(text)) return null;
  return 'Civil Code';
}

// Rule (issue 14, heldout30 English; a bilingual site reprinting a few articles of a law with no title anywhere on the
// page: "Article 15" ⏎ its English text ⏎ 第十五條 ⏎ its Chinese text ⏎ "Article 16" ⏎ … ⏎ 第十六條 ⏎ …): a page that
// opens with an article's heading and prints each article twice, in English and then in Chinese, is that text itself,
// not a writer's words about it — nothing before the first heading names the text, so its bare references
// ("Paragraph one of Article 16", 依第十一條或第十三條, "the preceding paragraph") are its own provisions, as an
// excerpt's are (regulationExcerpt.ts). regulationExcerpt.ts asks for three Chinese headings numbered up, so that
// labels quoted in prose are not taken for one, and two Chinese headings alone stay no excerpt (real-gov3); a page
// opening with the English label of its first Chinese heading, the same number, prints a translation's twin texts,
// which no writer's prose does — two headings, numbered up one by one, are enough then. The page names no text
// anywhere — no 《…》 title and no title alone on a line, in Chinese or English ("Labor Standards Act" under the
// articles names them that law's).

import type { Article } from '../../model';

/** A Chinese title alone on its line (regulationExcerpt.ts TITLE_LINE), anywhere on the page. */
const TITLE_LINE = /^[\s#*]*[^\s，。；：、,.;:！？!?“”"（）()]{2,40}(?:法|条例|办法|规定|细则|规则|决定|解释|通则|准则)[\s*]*$/m;

/** An English title alone on its line: capitalised words ending in a kind of regulation ("Labor Standards Act"). */
const ENGLISH_TITLE_LINE = /^[ \t#*]*(?:[A-Z][A-Za-z'’\-]*[ \t]+(?:(?:of|on|for|the|and|in)[ \t]+)*){1,12}(?:Law|Act|Code|Regulations?|Rules|Measures|Provisions|Ordinance)(?:[ \t]*\([^()\n]{1,30}\))?[ \t*]*$/m;

/**
 * Whether `articles` (parsed from the page's text, their first heading after `before`) are the page's own text by the
 * rule above; `body` is the whole page.
 */
export function pageOpensWithExcerpt(articles: readonly Article[], before: string, body: string): boolean {
  if (articles.length < 2 || articles[0].number <= 1) return false;
  for (let i = 1; i < articles.length; i++) if (articles[i].number !== articles[i - 1].number + 1 || articles[i].insert) return false;
  // The same article's English text printed first, under its own label opening the page.
  const head = before.trim();
  const m = /^(?:Article|ARTICLE)[ \t]+(\d{1,4})[ \t]*\r?\n/.exec(head);
  if (!m || +m[1] !== articles[0].number || /[\u3400-\u9fff]/.test(head)) return false;
  return !body.includes('《') && !TITLE_LINE.test(body) && !ENGLISH_TITLE_LINE.test(body);
}

// Rule (issue 14, fix-en81; heldout42 English p07, a patent firm's note: "Rule 14, paragraph two of the Implementing
// Regulations for the Chinese Patent Law states …"): a writer who spells a paragraph's number spells it where the
// digits go — right after the article's number and its comma, on the way to the law named after it: "Article 14,
// paragraph two of the …", "Article 14, Paragraph Two, of …" is paragraph 2 of that article, as "Article 14, paragraph
// 2" is (english.ts reads the digits; lists/englishUnitList.ts paragraphsAt reads "Paragraph One of this article" when
// the paragraph climbs). Only one to ten, only falling right after an article, and only with "of", a comma, a stop or
// the line's end after the word — "paragraph two" anywhere else is the writer's own paragraph.
import { CARDINAL_UNITS } from '../englishOrdinalWords';
import type { Item } from './englishUnitList';

/** "paragraph two" (capitalised or not) and what may follow it in a citation: the link to the law, a comma, a stop. */
const SPELLED_PARAGRAPH = /^(?:[Pp]aragraph|PARAGRAPH)[ \t]+([Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)(?![\w'’-])(?=[ \t]*(?:,|of\b|[.;:)]|$))/m;

/**
 * The paragraph a spelled number names at q, right after an article and its comma (the rule above): the paragraph
 * with the word's span as the number's, and where it ends; else null.
 */
export function spelledParagraphAfterArticle(text: string, q: number): { items: Item[]; end: number } | null {
  const m = SPELLED_PARAGRAPH.exec(text.substr(q, 40));
  if (!m) return null;
  const start = q + m[0].length - m[1].length;
  return { items: [{ n: CARDINAL_UNITS[m[1].toLowerCase()], sub: null, item: null, start, end: q + m[0].length }], end: q + m[0].length };
}

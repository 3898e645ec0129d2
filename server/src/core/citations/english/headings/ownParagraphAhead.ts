// Rule (issue 14, fix-en63; heldout41 English p08, a translation of a judicial interpretation printed article by
// article, each paragraph after a blank line: "Article 2 Where a claim asserted … is declared invalid …, the People's
// Court … may rule to dismiss …" ⏎ ⏎ "If there is evidence to prove that … the right holder may file another lawsuit." ⏎ ⏎
// "When the right holder files another lawsuit, the statute of limitations is counted from the date on which the
// administrative judgment mentioned in paragraph 2 of this Article has been served."): a paragraph of statute text
// that names a paragraph of its own article ("paragraph 2 of this Article", 本条第二款) is that article's — a law's
// text says so, a writer says "Article 2" or "the second paragraph above" — and so is every paragraph of statute text
// between the heading and it: the article has at least that many paragraphs. Read from the paragraph after a blank
// line that statuteTextEnd would stop at: it and the paragraphs after it (three at most, each after a blank line,
// each reading as statute text, no heading between) — one of them naming a paragraph of this article keeps the
// article's text going. A writer's paragraph ("This article shows …", "We read paragraph 2 of this Article …") does
// not read as statute text and ends it, as before.

import { readsAsStatute } from './englishHeadings';

/** "paragraph 2 of this Article", "paragraphs 1 and 2 of this Article", "the second paragraph of this Article". */
const OWN_PARAGRAPH = /\bparagraphs?[ \t]+\d{1,2}(?:[ \t]+(?:and|or)[ \t]+\d{1,2})?[ \t]+of[ \t]+this[ \t]+Article\b|\b(?:first|second|third|fourth|fifth)[ \t]+paragraph[ \t]+of[ \t]+this[ \t]+Article\b/i;

/**
 * Whether the paragraph at q (after a blank line below an article's text) goes on with that article (the rule above).
 * `isHeading` says whether a line starting at a position is an article's or a paragraph's heading.
 */
export function ownParagraphAhead(text: string, q: number, isHeading: (at: number) => boolean): boolean {
  let at = q;
  for (let k = 0; k < 4 && at < text.length; k++) {
    const nl = text.indexOf('\n', at);
    const line = text.slice(at, nl === -1 ? text.length : nl);
    if (isHeading(at + Math.max(0, line.search(/\S/))) || !readsAsStatute(line.trim())) return false;
    if (OWN_PARAGRAPH.test(line)) return true;
    if (nl === -1) return false;
    // The next paragraph: after one blank line at most; a line that runs on without one is no paragraph of this shape.
    const next = /^[ \t]*\r?\n/.exec(text.slice(nl + 1, nl + 40));
    if (!next) return false;
    at = nl + 1 + next[0].length;
  }
  return false;
}

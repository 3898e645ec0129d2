// Rule (issue 14, fix-en60; a machine-translated Q&A page printing its legal basis as one paragraph, article after
// article: "Article 91 of the Road Traffic Safety Law … * * * drunk driving …; No motor vehicle driver's license shall
// be obtained again within five years. Article 133-1 of the Criminal Law Crime of Dangerous Driving Whoever drives …"):
// a line that opens with an article's label naming its law prints that article's words; a later label opening a
// sentence on the same line, its words run on after it, prints the next article of the basis — its text is that
// article's ("the preceding paragraph" there is its paragraph, as 前款 in a reproduced article is), as the first
// label's is (englishHeadings.ts labelledTextAfter). A writer's sentence opening with a citation links it with a verb
// ("Article 133-1 of the Criminal Law provides …") or a comma, and a line of the writer's own words does not open
// with a label.

import { lineStartAt } from '../../text';

/** An article's label with its law opening the line: "Article 91 of the Road …", "Article 133-1 of the Criminal Law". */
const LABEL_OPENS_LINE = /^[ \t]*(?:Article|ARTICLE)[ \t]+\d{1,4}(?:-\d{1,2})?(?:[ \t]*\(\d{1,2}\))?[ \t]+of[ \t]+(?:the[ \t]+)?["“]?[A-Z]/;

/** Whether the line of the citation at `start` opens with another article's label naming its law (the rule above). */
export function printedBasisLine(text: string, start: number): boolean {
  const from = lineStartAt(text, start);
  return from < start && LABEL_OPENS_LINE.test(text.slice(from, Math.min(start, from + 120)));
}

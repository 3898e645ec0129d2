// Rule (issue 14, zh12; Q&A and 普法 pages copied with a line break before every linked word: 根据⏎劳动合同法第38条之规定,
// …1、用人单位未按照⏎劳动合同约定提供⏎劳动保护或者⏎… 5、因本法第二十六条…): a paragraph wrapped inside its sentences is one
// line of the writer's, and its 本法 is the law it cited, as on one line (analyze.ts paraphrasedLaw). Every break must
// fall inside a sentence — the line before it ends with a word, a comma or 、, not with 。！？；：— at least two of them
// right after a word (the page is wrapped at words, not a writer's lines), and no line is a heading of the page's own
// (一、…, #) or blank: a sentence ended at a line's end, a blank line, a heading, or a line ending 规定， with the writer's
// own sentence after it (sentenceRunsOn.ts) ends the paraphrase, as before.

/** A heading of the page's own opening a line: 一、 二、 #. */
const OWN_HEADING = /^[ \t\u3000]*(?:#|[一二三四五六七八九十]+[、.．])/;
/** A line that ends inside a sentence: a character of a word, a comma or 、 (spaces and \r after it). */
const ENDS_INSIDE = /[\u4e00-\u9fff，,、][ \t\u3000\r]*$/;
/** A line that ends right after a word. */
const ENDS_IN_WORD = /[\u4e00-\u9fff][ \t\u3000\r]*$/;
/** How many breaks right after a word show a page wrapped at words. */
const WORD_BREAKS = 2;

/** Whether [from, to) runs on over line breaks that each fall inside a sentence (the rule at the top). */
export function wrappedLinesRunOn(text: string, from: number, to: number): boolean {
  const lines = text.slice(from, to).split('\n');
  if (lines.length <= WORD_BREAKS) return false;
  let inWord = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    if (!ENDS_INSIDE.test(lines[i]) || OWN_HEADING.test(lines[i + 1])) return false;
    if (ENDS_IN_WORD.test(lines[i])) inWord++;
  }
  return inWord >= WORD_BREAKS;
}

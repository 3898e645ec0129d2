// Rule (issue 14, fix-en61; heldout40 English p22, an arbitration commission's paper whose apostrophes were saved in
// one encoding and read in another: "Article 93 of the Contract Law of the People¡¯s Republic of China"): a right
// single quotation mark (’) whose bytes were decoded in the wrong code page shows as "¡¯" (its GBK bytes read as
// Latin-1) or "â€™" (its UTF-8 bytes read as Windows-1252). Between two letters it is an apostrophe — no writer types
// those characters inside a word — so the page is read with "'" there ("People's"), as a reader does, its positions
// kept: the characters left over are removed from the text read as pinyin glosses are (pinyinGlosses.ts Unglossed),
// and what the analysis reports is moved back to the page's own positions. Anywhere else ("¡" in Spanish, a price
// "â€™" alone) nothing is read differently.
import { readReplacing, type Unglossed } from './pinyinGlosses';

/** A mis-decoded ’ between two letters: GBK read as Latin-1, UTF-8 read as Windows-1252. */
const MOJIBAKE = /(?<=[A-Za-z])(?:¡¯|â€™)(?=[A-Za-z])/g;

/** The page with each mis-decoded apostrophe read as "'", and per line where the characters left over were; null when it has none. */
export function withoutMojibake(text: string): Unglossed | null {
  if (!/¡¯|â€™/.test(text)) return null;
  // The apostrophe stands where the first character was; the rest are removed after it.
  return readReplacing(text, MOJIBAKE, "'");
}

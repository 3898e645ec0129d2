// How many provisions a word pointing back counts: 前款 / 前条 / 前项 one, 前两款 / 前三条 / 前两项 the number between
// 前 and the unit (an unreadable one counts one). Read once here for every unit, so 前N条, 前N款 and 前N项 count alike.
// Pure: no LSP import.
import { parseNumeral } from '../../numerals';

/** The count of `word` (前款, 前两款, 前三条, 前两项 …, as the scanner reads it): its middle numeral, else 1. */
export function countBack(word: string): number {
  return word.length === 3 ? parseNumeral(word[1]) ?? 1 : 1;
}

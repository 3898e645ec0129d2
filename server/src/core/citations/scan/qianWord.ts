// Whether the 前 of 前款 / 前条 / 前两款 / 前项 found at a position belongs to a word before it instead. Pure: no LSP import.
//
// Rule (LawRefBook audit 120 A): some characters make a word with 前 (当前, 目前, 提前, 此前, 日前, 眼前, 之前, 空前, 史前, 超前:
// 当前款项 is money, not a paragraph), and then 前 opens no reference. Three of them — 事 (事前), 向 (向前), 以 (以前) —
// end verbs or prepositions that real statutes put right before 前款 all the time: 从事前款规定的活动, 应当向前款规定的部门
// 申请, 以前款规定的检验机构出具的报告为准, 以前条第一款规定的期限. After them 前款 / 前条 is the reference unless the
// words after it make a noun of their own: 款项 (以前款项已结清), 条件 / 条款 / 条例 / 条约 / 条文.

/** Characters that, right before 前, make it part of another word. */
const BEFORE_QIAN = '当目提此日眼以之事空史超向';
/** Of those, the ones a statute writes right before a reference to the paragraph or article before (从事前款, 向前款, 以前款). */
const VERB_BEFORE_QIAN = '事向以';
/** A noun made by the unit word and the character after it (款项, 条件, 条款, 条例, 条约, 条文). */
const UNIT_NOUN = /^(?:款项|条[件款例约文])/;

/** Whether the reference word `word` (前款, 前条, 前两款 …) at `p` is part of a longer word, and so no reference. */
export function qianPartOfWord(text: string, p: number, word: string): boolean {
  const before = text[p - 1] ?? '';
  if (before === '' || !BEFORE_QIAN.includes(before)) return false;
  if (!VERB_BEFORE_QIAN.includes(before)) return true;
  return UNIT_NOUN.test(text.slice(p + word.length - 1, p + word.length + 1));
}

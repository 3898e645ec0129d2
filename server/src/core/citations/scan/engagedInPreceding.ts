// Rule (round 32, layout-zh120; laws and the articles pages print from them: 明知从事前款规定的违法行为，仍为其提供生产经营
// 场所…, 从事前款规定活动的 — 40 times in LawRefBook's laws): 事 before 前 makes the word 事前 (beforehand: 事前审批, 事前告知),
// so 前款 there is no reference (scanner.ts BEFORE_QIAN) — except after 从, where 从事 is the verb "engage in" and 前款 /
// 前条 its object's reference.

/** Whether the 事 right before `p` (a 前 opening a reference) ends the verb 从事. */
export function engagedInBefore(text: string, p: number): boolean {
  return text.charCodeAt(p - 1) === 0x4e8b /* 事 */ && text.charCodeAt(p - 2) === 0x4ece /* 从 */;
}

// Rule (round 33, f131-zh; heldout57-court, a lawyer's commentary comparing two articles of an interpretation named
// above: 第28条为一般条款，适用于…；第29条为特别条款… ⏎ 第29条侧重保护…，第28条侧重… ⏎ 第28条要求“合法占有”…，而第29条… ⏎
// 第29条对付款比例要求更低): a reprint flattened into sentences (headingRun.ts) prints each article's label once, in the
// text's own Chinese numerals; a writer comparing articles opens sentence after sentence with the same labels again, in
// the Arabic digits of his own shorthand. A label in Arabic digits glued to prose that opens a second sentence within
// reach — the same number — is the writer's subject, a citation, not a heading of the run. A reprint in Chinese
// numerals, or one in Arabic digits naming each label once, stays a run of headings as before.

/** How far the label's second sentence may stand, before or after it. */
const REACH = 1200;

/**
 * Whether the label at [p, end) — 第`n`条 in Arabic digits — opens another sentence within REACH, as `opens` (the
 * run's test: a sentence's start and a glue to words) says of that other label.
 */
export function arabicLabelTalkedAbout(text: string, p: number, end: number, n: number, opens: (start: number, end: number) => boolean): boolean {
  if (!/[0-9０-９]/.test(text.slice(p, end))) return false;
  const label = `第${n}条`;
  const from = Math.max(0, p - REACH);
  const window = text.slice(from, end + REACH);
  for (let at = window.indexOf(label); at !== -1; at = window.indexOf(label, at + 1)) {
    const s = from + at;
    if (s !== p && opens(s, s + label.length)) return true;
  }
  return false;
}

// A bare 第N项 naming listed conduct in a regulation's own text. Pure: no LSP import.
//
// Rule (LawRefBook audit 120 D; how penalty articles are written): after an article lists prohibited conduct as items,
// its own words grade the penalty by item — 有第九项、第十项行为之一的，…; 有第四项行为的，并处…; （一）有第一项、第二项行为的，
// 责令…; 有第一项至第五项禁止行为的 — and the items are those of a list in view: the article's own (or, on an item's line
// under a lead-in citing another article, that article's; selfReferences.ts). Read only so, in the page's own text: 有
// (or 有以下) right before the item, 行为 (or 禁止行为) right after the list. Other bare items — 第六项、第七项事实, the
// catalogue entries of an annex (上述第(三)项), items after words naming another list — stay as citedAlone.ts reads them.

/** Whether the item (or list of items) cited alone from `p` to `end` names conduct an article lists (有第N项行为). */
export function itemConductCited(text: string, p: number, end: number): boolean {
  return /有(?:以下)?$/.test(text.slice(Math.max(0, p - 3), p)) && /^(?:禁止)?行为/.test(text.slice(end, end + 4));
}

// 前项 / 前两项 written in the words of an enumerated item. Pure: no LSP import.
//
// Rule (LawRefBook audit 120 B; how statutes enumerate): inside an item of a list — its line opening with the item's
// label, （二）披露、使用或者允许他人使用以前项手段获取的商业秘密, （三）前两项规定以外的工程由县级主管部门监督 — 前项 is the item just
// before it and 前N项 the N items before it, in the same 款's list: items M-N … M-1 of the item numbered M, read as
// 本款第（M-1）项 would be. Only there: 前项 on a 款's own line below the list stays unread on a mainland page (fix-tw18:
// it may mean the list's last item or the whole list), and on the first item there is no item before. A page under
// Taiwan's law, whose 項 is the paragraph, reads 前項 as 前款 instead (scanner.ts).

import { itemLabel } from '../../parser/headings';
import { lineStartAt } from '../text';

/** The numbers of the `count` items before the item whose line holds `p` (前项 at `p`); null when `p` is on no item's line. */
export function precedingItems(text: string, p: number, count: number): number[] | null {
  const line = text.slice(lineStartAt(text, p), p).replace(/^[ \t\u3000]+/, '');
  const label = itemLabel(line);
  if (!label || label.number - count < 1) return null;
  const items: number[] = [];
  for (let k = label.number - count; k < label.number; k++) items.push(k);
  return items;
}

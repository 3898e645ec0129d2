// Renumbering a draft's divisions and items (issue 13, part 2, with renumber.ts for articles). Pure: no LSP import.
//
// - Divisions (编, 章, 节 …) are numbered 1, 2, 3 … in each sequence the numbering check judges the draft by
//   (numbering.ts: per parent, or through the text when the draft runs them on). The label keeps its numerals'
//   style (第二章, 第2章).
// - Items （一）（二）… are numbered in order within their 款, subitems 1. 2. … within their item; brackets and dots
//   are kept.
// - References follow: a citation the analysis bound to the draft itself (本办法第二章, 第三条第一款第（二）项, an item
//   cited alone in an article) has the number of each division, item or subitem it cites rewritten to that unit's
//   new number. A cited unit the draft does not have is left alone (the articles' renumbering reports missing
//   targets).
import { structureWords, type Division, type Item, type Subitem, type TextRange } from '../../model';
import { divisionSequences, itemSequences, numeralLike, printedLabelRange, relabel } from './numbering';
import type { LineIndex } from '../text';
import type { DocumentAnalysis, RenumberEdit, RenumberMove } from '../types';

export function renumberDivisionsAndItems(
  text: string,
  analysis: DocumentAnalysis,
  lines: LineIndex,
): { edits: RenumberEdit[]; moves: RenumberMove[] } {
  const edits: RenumberEdit[] = [];
  const moves: RenumberMove[] = [];
  const reg = analysis.structure;
  if (!reg) return { edits, moves };
  const labelRange = printedLabelRange(text, lines);
  const renumbered = new Map<Division | Item | Subitem, number>();
  for (const seq of [...divisionSequences(reg, labelRange), ...itemSequences(reg, labelRange)]) {
    seq.entries.forEach((e, i) => {
      const newLabel = relabel(i + 1, e.label);
      renumbered.set(e.unit, i + 1);
      if (newLabel === e.label) return;
      edits.push({ range: e.range, newText: newLabel });
      moves.push({ from: e.label, to: newLabel, range: e.range });
    });
  }

  // References: each number of a division/item/subitem part goes to the unit a self binding found for it.
  const slice = (r: TextRange) => text.slice(lines.offset(r.start), lines.offset(r.end));
  for (const c of analysis.citations) {
    if (!c.bindings.length || !c.bindings.every((b) => b.self)) continue;
    for (const part of c.parts) {
      if (!part.numbers || (part.kind !== 'division' && part.kind !== 'item' && part.kind !== 'subitem')) continue;
      const written = slice(part.range);
      const units: (Division | Item | Subitem)[] = [];
      for (const b of c.bindings) {
        if (part.kind === 'item' && b.item) units.push(b.item);
        if (part.kind === 'subitem' && b.subitem) units.push(b.subitem);
        // 第二章第一节: the chapter is the cited section's parent.
        for (let d = part.kind === 'division' ? b.division : null; d; d = d.parent) {
          if (written.endsWith(structureWords[d.kind])) units.push(d);
        }
      }
      for (const frag of part.numbers) {
        const unit = units.find((u) => u.number === frag.value);
        const to = unit ? renumbered.get(unit) : undefined;
        if (to === undefined || to === frag.value) continue;
        edits.push({ range: frag.range, newText: numeralLike(to, slice(frag.range)) });
      }
    }
  }
  return { edits, moves };
}

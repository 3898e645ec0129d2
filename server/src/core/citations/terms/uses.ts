// Where a document uses the terms it defines (issue 13, part 3). Pure: no LSP import.
//
// Rules:
// - Every occurrence of a term's name, and of a short form's full form, is a candidate; where candidates overlap
//   the leftmost wins, and at one place the longest (物业服务企业 over 物业: the longest defined term wins).
// - Nothing is a use inside the excluded spans (citations, titles, quoted statute text), where a term is written in
//   its own definition, or inside the sentence that defines the same term.
// - A use binds to the latest definition of its term before it; with none before, to the first one that applies to
//   the whole document (本办法所称 … in the 附则 defines words used above it); a short form is used only after it.
// - A full form written after its short form was defined (and not inside a longer term) is reported.
import type { FoundDefinition } from './definitions';
import { type Span, Spans } from './spans';

export interface BoundUses {
  /** Per definition (same order): its uses. */
  uses: Span[][];
  /** Per definition: its full form written after it. */
  fullFormUses: Span[][];
}

/** Candidates a document may have before the search gives up (a pathological list of one-character terms). */
const MAX_CANDIDATES = 100_000;

interface Candidate {
  start: number;
  end: number;
  name: string;
  full: boolean;
}

export function bindUses(text: string, from: number, defs: readonly FoundDefinition[], excluded: Spans): BoundUses {
  const result: BoundUses = { uses: defs.map(() => []), fullFormUses: defs.map(() => []) };
  if (!defs.length) return result;
  const byName = new Map<string, number[]>();
  const byFull = new Map<string, number[]>();
  defs.forEach((d, i) => {
    byName.set(d.term, [...(byName.get(d.term) ?? []), i]);
    if (d.fullForm) byFull.set(d.fullForm.text, [...(byFull.get(d.fullForm.text) ?? []), i]);
  });
  // Where terms are written in their definitions: never a use.
  const termSpans = new Spans(defs.map((d) => ({ start: d.start, end: d.end })));

  const candidates: Candidate[] = [];
  const collect = (name: string, full: boolean, after: number) => {
    for (let i = text.indexOf(name, Math.max(from, after)); i !== -1 && candidates.length < MAX_CANDIDATES; i = text.indexOf(name, i + 1)) {
      candidates.push({ start: i, end: i + name.length, name, full });
    }
  };
  for (const name of byName.keys()) collect(name, false, 0);
  for (const [full, list] of byFull) {
    if (byName.has(full)) continue; // a term's name is a term first
    collect(full, true, Math.min(...list.map((i) => defs[i].end)));
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);

  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    lastEnd = c.end;
    if (excluded.overlaps(c.start, c.end) || termSpans.overlaps(c.start, c.end)) continue;
    if (c.full) {
      const list = byFull.get(c.name)!;
      const k = latestBefore(list, defs, c.start);
      if (k !== -1) result.fullFormUses[list[k]].push({ start: c.start, end: c.end });
      continue;
    }
    const list = byName.get(c.name)!;
    const k = latestBefore(list, defs, c.start);
    // Inside a sentence defining the same term: the one before the use, or the next one (its sentence starts first).
    const inOwn = (j: number | undefined) => j !== undefined && defs[j].defStart <= c.start && c.end <= defs[j].defEnd;
    if (inOwn(k === -1 ? undefined : list[k]) || inOwn(list[k + 1])) continue;
    let i = k === -1 ? -1 : list[k];
    if (i === -1) i = list.find((k) => defs[k].scope === 'document') ?? -1;
    if (i !== -1) result.uses[i].push({ start: c.start, end: c.end });
  }
  return result;
}

/** Position in `list` (definitions of one name, in document order) of the latest whose term ends by `at`, or -1. */
function latestBefore(list: readonly number[], defs: readonly FoundDefinition[], at: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (defs[list[mid]].end <= at) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

// The law table of a warm index (warmIndex.ts): every law of the indexed folder as its load grouped it
// (Corpus.storedLaws), its files named by their row in the index, so that loading the folder from the index takes
// each law as it is instead of grouping its versions and normalising its titles again (Corpus.restore). A row of
// the table: [title, versions, normalised title (0: the title itself), short-title keys], a version being the row
// of its file, or the rows of its parts in their joined order.
import type { StoredLaw } from './corpus';

export type LawTableRow = [title: string, versions: (number | number[])[], norm: string | 0, short: string[]];

/** The table of `laws` (in load order); a law with a file not stored in the index (`rowOf` undefined) is left out. */
export function encodeLawTable(laws: ReadonlyMap<string, StoredLaw>, rowOf: (file: string) => number | undefined): LawTableRow[] {
  const out: LawTableRow[] = [];
  for (const [title, law] of laws) {
    const versions: (number | number[])[] = [];
    for (const parts of law.versions) {
      const rows = parts.map(rowOf);
      if (rows.some((r) => r === undefined)) break;
      versions.push(rows.length === 1 ? rows[0]! : (rows as number[]));
    }
    if (versions.length !== law.versions.length) continue;
    out.push([title, versions, law.norm === title ? 0 : law.norm, law.short]);
  }
  return out;
}

const isRow = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/**
 * The laws a table stores, their files absolute (`fileOf` a row; null when the row has no usable file). A damaged
 * row of the table is left out (its law is then grouped as usual); anything but an array gives none.
 */
export function decodeLawTable(table: unknown, fileOf: (row: number) => string | null): Map<string, StoredLaw> {
  const out = new Map<string, StoredLaw>();
  if (!Array.isArray(table)) return out;
  for (const entry of table) {
    if (!Array.isArray(entry) || entry.length !== 4) continue;
    const [title, versions, norm, short] = entry as unknown[];
    if (typeof title !== 'string' || !Array.isArray(versions) || versions.length === 0 || !(norm === 0 || typeof norm === 'string') || !isStrings(short)) continue;
    const files: string[][] = [];
    for (const v of versions) {
      const rows: unknown[] = Array.isArray(v) ? v : [v];
      const parts: string[] = [];
      for (const r of rows) {
        const f = isRow(r) ? fileOf(r) : null;
        if (f) parts.push(f);
      }
      if (parts.length === 0 || parts.length !== rows.length) break;
      files.push(parts);
    }
    if (files.length !== versions.length) continue;
    out.set(title, { versions: files, norm: norm === 0 ? title : norm, short });
  }
  return out;
}

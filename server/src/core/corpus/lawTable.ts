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

function isStrings(x: unknown): x is string[] {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (typeof x[i] !== 'string') return false;
  return true;
}

/** A version's files, or null when a row is not one (a version: a row, or the rows of its parts). */
function versionFiles(v: unknown, fileOf: (row: number) => string | null): string[] | null {
  if (isRow(v)) {
    const f = fileOf(v);
    return f ? [f] : null;
  }
  if (!Array.isArray(v) || v.length === 0) return null;
  const parts: string[] = [];
  for (let i = 0; i < v.length; i++) {
    const f = isRow(v[i]) ? fileOf(v[i]) : null;
    if (!f) return null;
    parts.push(f);
  }
  return parts;
}

/**
 * The laws a table stores, their files absolute (`fileOf` a row; null when the row has no usable file). A damaged
 * row of the table is left out (its law is then grouped as usual); anything but an array gives none.
 */
export function decodeLawTable(table: unknown, fileOf: (row: number) => string | null): Map<string, StoredLaw> {
  const out = new Map<string, StoredLaw>();
  if (!Array.isArray(table)) return out;
  // Plain indexed reads (no destructuring, no for…of): this runs for every law at start-up, mostly unoptimised.
  for (let i = 0; i < table.length; i++) {
    const entry: unknown = table[i];
    if (!Array.isArray(entry) || entry.length !== 4) continue;
    const title = entry[0];
    const versions = entry[1];
    const norm = entry[2];
    const short = entry[3];
    if (typeof title !== 'string' || !Array.isArray(versions) || versions.length === 0 || !(norm === 0 || typeof norm === 'string') || !isStrings(short)) continue;
    const files: string[][] = [];
    for (let k = 0; k < versions.length; k++) {
      const parts = versionFiles(versions[k], fileOf);
      if (!parts) break;
      files.push(parts);
    }
    if (files.length !== versions.length) continue;
    out.set(title, { versions: files, norm: norm === 0 ? title : norm, short });
  }
  return out;
}

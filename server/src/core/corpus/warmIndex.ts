// The warm index of a corpus folder, built by `npm run corpus:index`: index.json lists every file of the folder in
// walk order with its size and content hash and what loading it gives (indexEntry.ts: one row per file, field
// names and body options stored once), then the law table (lawTable.ts: each law as the load grouped it, its files
// by row); index.structures holds each regulation's divisions and articles (line ranges), read on first use. A load takes a file from the index instead of reading and parsing it when the file
// is there with the recorded size (warmOutcomes), or, for a folder that ships with the program, takes the index's
// listing as it is and checks it against the folder later (warmListing; the language server's bundled corpus).
// Anything else (no index, another format, a damaged row, a structures file of another size) is parsed as if
// there were no index.
import * as fs from 'fs';
import * as path from 'path';
import type { BodyOptions } from '../parser/body';
import { contentHash } from './hash';
import { fileOutcome, readCorpusFile, type FileOutcome } from './fileOutcome';
import { Corpus, type StoredLaw } from './corpus';
import { decodeOutcome, encodeOutcome, layOut, unstoredRow, type EncodedFile, type IndexedFileRow, type IndexLayout, type StructureStore } from './indexEntry';
import { decodeLawTable, encodeLawTable, type LawTableRow } from './lawTable';
import { parseFileBytes } from './parseFile';
import { walkCorpusFolder } from './walk';

export const WARM_INDEX_FILE = 'index.json';
export const WARM_STRUCTURES_FILE = 'index.structures';
/** Bump when the layout changes: an index of another format is ignored. */
export const WARM_INDEX_FORMAT = 3;

export interface WarmIndex {
  format: number;
  /** Bytes of the structures file. */
  structuresSize: number;
  /** Names of the regulation fields each row holds, in order. */
  fields: string[];
  bodies: BodyOptions[];
  files: IndexedFileRow[];
  /** The laws as loading the files groups them (a law the table lacks is grouped when loaded). */
  laws: LawTableRow[];
}

/** The two files as written: the index (one file row per line) and the structures (one per line). */
export interface WarmIndexFiles {
  index: WarmIndex;
  indexText: string;
  structuresText: string;
}

/** `file` relative to `root` (both absolute and normalised, as a walk gives them), "/"-separated; null when outside. */
function relative(root: string, file: string): string | null {
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  if (!file.startsWith(prefix) || file.length === prefix.length) return null;
  const rel = file.slice(prefix.length);
  return path.sep === '/' ? rel : rel.split(path.sep).join('/');
}

/** Read and parse every file under `root` into a warm index (a file that cannot be stored exactly is listed, to be parsed). */
export function buildWarmIndex(root: string): WarmIndexFiles {
  const abs = path.resolve(root);
  const parts: string[] = [];
  let offset = 0;
  const store: StructureStore = {
    add(json) {
      const line = json + '\n';
      const at: [number, number] = [offset, Buffer.byteLength(json)];
      parts.push(line);
      offset += Buffer.byteLength(line);
      return at;
    },
    read() {
      throw new Error('write-only');
    },
  };
  const layout: IndexLayout = { fields: [], bodies: [] };
  const encoded: EncodedFile[] = [];
  const walked: string[] = [];
  const outcomes = new Map<string, FileOutcome>();
  const rowOf = new Map<string, number>();
  for (const file of walkCorpusFolder(abs).files) {
    const rel = relative(abs, file);
    if (!rel) continue;
    walked.push(file);
    const bytes = readCorpusFile(file, true);
    if ('problem' in bytes) {
      encoded.push(unstoredRow(rel, -1));
      continue;
    }
    const outcome = fileOutcome(bytes, file, parseFileBytes);
    outcomes.set(file, outcome);
    const e = encodeOutcome(outcome, file, rel, bytes.length, contentHash(bytes), store, layout);
    if (e.regulations) rowOf.set(file, encoded.length);
    encoded.push(e);
  }
  const files = encoded.map((e) => layOut(e, layout));
  // The laws as a load of these files in walk order groups them (the listing's order, a load's order).
  const corpus = new Corpus();
  corpus.addFiles(walked, true, outcomes);
  const laws = encodeLawTable(corpus.storedLaws(), (f) => rowOf.get(f));
  const index: WarmIndex = { format: WARM_INDEX_FORMAT, structuresSize: offset, fields: layout.fields, bodies: layout.bodies, files, laws };
  const head = `{"format":${index.format},"structuresSize":${offset},"fields":${JSON.stringify(index.fields)},"bodies":${JSON.stringify(index.bodies)},"files":[`;
  const table = laws.length ? laws.map((l) => JSON.stringify(l)).join(',\n') + '\n' : '';
  const indexText = `${head}\n${files.map((f) => JSON.stringify(f)).join(',\n')}\n${LAWS_LINE}\n${table}]}\n`;
  return { index, indexText, structuresText: parts.join('') };
}

/** The line between the file rows and the law table. */
const LAWS_LINE = '],"laws":[';

/** Write the warm index of `root` into it. */
export function writeWarmIndex(root: string): WarmIndexFiles {
  const built = buildWarmIndex(root);
  fs.writeFileSync(path.join(root, WARM_STRUCTURES_FILE), built.structuresText, 'utf8');
  fs.writeFileSync(path.join(root, WARM_INDEX_FILE), built.indexText, 'utf8');
  return built;
}

/** Structures read from the file by byte range. */
function structuresFile(file: string): StructureStore {
  return {
    add() {
      throw new Error('read-only');
    },
    read([offset, length]) {
      const buf = Buffer.allocUnsafe(length);
      const fd = fs.openSync(file, 'r');
      try {
        if (fs.readSync(fd, buf, 0, length, offset) !== length) throw new Error('structures file too short');
      } finally {
        fs.closeSync(fd);
      }
      return buf.toString('utf8');
    },
  };
}

/** A warm index as read: its head (everything but the rows), its rows parsed one by one, and its structures. */
interface ReadIndex {
  head: Omit<WarmIndex, 'files' | 'laws'>;
  rowCount: number;
  /** Row i, parsed now (throws when damaged). Rows are parsed one at a time: each one's arrays die young. */
  row(i: number): IndexedFileRow;
  /** The law table as stored, parsed now (unchecked: decodeLawTable checks it; throws when not JSON). */
  laws(): unknown;
  store: StructureStore;
}

/** A folder's warm index, its head checked (format, layout, structures file size); null when unusable. */
function readWarmIndex(abs: string): ReadIndex | null {
  const structures = path.join(abs, WARM_STRUCTURES_FILE);
  try {
    const text = fs.readFileSync(path.join(abs, WARM_INDEX_FILE), 'utf8');
    // As written: the head on the first line, then one row per line (a comma after each but the last), then the
    // law table's line and its rows the same way, then "]}".
    const lines = text.split('\n');
    const sep = lines.indexOf(LAWS_LINE);
    let head: WarmIndex;
    let row: (i: number) => IndexedFileRow;
    let rowCount: number;
    let laws: () => unknown;
    if (sep >= 1 && lines[0].endsWith('"files":[') && lines[lines.length - 2] === ']}' && lines[lines.length - 1] === '') {
      head = JSON.parse(lines[0] + ']}');
      rowCount = sep - 1;
      row = (i) => JSON.parse(i < rowCount - 1 ? lines[i + 1].slice(0, -1) : lines[i + 1]);
      laws = () => JSON.parse(`[${lines.slice(sep + 1, lines.length - 2).join('')}]`);
    } else {
      head = JSON.parse(text); // laid out otherwise: parsed whole
      const files = head.files;
      if (!Array.isArray(files)) return null;
      rowCount = files.length;
      row = (i) => files[i];
      laws = () => head.laws;
    }
    if (head?.format !== WARM_INDEX_FORMAT || !Array.isArray(head.fields) || !Array.isArray(head.bodies)) return null;
    if (!head.fields.includes('title') || fs.statSync(structures).size !== head.structuresSize) return null;
    return { head, rowCount, row, laws, store: structuresFile(structures) };
  } catch {
    return null;
  }
}

/** A relative path that stays inside its folder: no empty, "." or ".." part, not absolute. */
const INSIDE = /^(?!.*(?:^|\/)\.{0,2}(?:\/|$))[^\\]+$/;

/** A row's file, absolute (as a walk of `abs` spells it); null when the row has no usable path. */
function rowFile(abs: string, row: IndexedFileRow): string | null {
  const rel = Array.isArray(row) ? row[0] : undefined;
  if (typeof rel !== 'string' || !INSIDE.test(rel)) return null;
  const base = abs.endsWith(path.sep) ? abs : abs + path.sep;
  return base + (path.sep === '/' ? rel : rel.replace(/\//g, path.sep));
}

/** What a row gives for `file`: its outcome, or null when it is listed only or damaged (then the file is parsed). */
function rowOutcome(row: IndexedFileRow, file: string, store: StructureStore, layout: IndexLayout): FileOutcome | null {
  if (!Array.isArray(row[3])) return null;
  try {
    return decodeOutcome(row, file, store, layout);
  } catch {
    return null;
  }
}

/** The law table of a read index, its rows' files as `fileOf` gives them; none when it cannot be read. */
function storedLaws(warm: ReadIndex, fileOf: (row: number) => string | null): Map<string, StoredLaw> {
  try {
    return decodeLawTable(warm.laws(), fileOf);
  } catch {
    return new Map(); // a damaged table: the laws are grouped as without one
  }
}

/** What a warm index gives for a load: files' outcomes, and the laws as stored (for Corpus.addFiles). */
export interface WarmOutcomes {
  outcomes: Map<string, FileOutcome>;
  laws: Map<string, StoredLaw>;
}

/**
 * Outcomes from the warm index in `root` for those of `files` (absolute, under `root`) whose row is there with
 * the file's size, and its law table. Never throws: a missing, unreadable or other-format index gives none, a
 * damaged row is skipped.
 */
export function warmOutcomes(root: string, files: readonly string[]): WarmOutcomes {
  const out: WarmOutcomes = { outcomes: new Map(), laws: new Map() };
  const abs = path.resolve(root);
  const warm = readWarmIndex(abs);
  if (!warm) return out;
  const rows = new Map<string, IndexedFileRow>();
  const fileOfRow: (string | null)[] = [];
  for (let i = 0; i < warm.rowCount; i++) {
    let row: IndexedFileRow;
    try {
      row = warm.row(i);
    } catch {
      fileOfRow.push(null);
      continue; // a damaged row: its file is parsed
    }
    const file = rowFile(abs, row);
    fileOfRow.push(file);
    if (file) rows.set(file, row);
  }
  for (const file of files) {
    const row = rows.get(file);
    if (!row) continue;
    try {
      if (fs.statSync(file).size !== row[1]) continue;
    } catch {
      continue; // gone since the walk: reported when it is read
    }
    const outcome = rowOutcome(row, file, warm.store, warm.head);
    if (outcome) out.outcomes.set(file, outcome);
  }
  out.laws = storedLaws(warm, (i) => fileOfRow[i] ?? null);
  return out;
}

/** A folder as its warm index lists it, taken without looking at the folder (warmListing). */
export interface WarmListing {
  /** Every file the index lists, absolute, in walk order. */
  files: string[];
  /** The size the index recorded for each (−1: it could not be read then). */
  sizes: Map<string, number>;
  /** What loading each stored file gives; the others are parsed. */
  outcomes: Map<string, FileOutcome>;
  /** The laws as the index stores them (Corpus.addFiles takes those whose files it gives as they are). */
  laws: Map<string, StoredLaw>;
}

/**
 * The folder's files and their outcomes as its warm index lists them, with no walk and no stat: for a folder that
 * ships with the program (the bundled corpus), whose index is written with it. The caller checks the listing
 * against the folder afterwards (checkListing). Null when the index is missing, unusable or lists a path it
 * cannot (then walk the folder).
 */
export function warmListing(root: string): WarmListing | null {
  const abs = path.resolve(root);
  const warm = readWarmIndex(abs);
  if (!warm) return null;
  const listing: WarmListing = { files: [], sizes: new Map(), outcomes: new Map(), laws: new Map() };
  for (let i = 0; i < warm.rowCount; i++) {
    let row: IndexedFileRow;
    try {
      row = warm.row(i);
    } catch {
      return null; // a row that cannot be read: which file it lists is unknown, so the folder is walked
    }
    const file = rowFile(abs, row);
    if (!file || typeof row[1] !== 'number' || listing.sizes.has(file)) return null;
    listing.files.push(file);
    listing.sizes.set(file, row[1]);
    const outcome = rowOutcome(row, file, warm.store, warm.head);
    if (outcome) listing.outcomes.set(file, outcome);
  }
  listing.laws = storedLaws(warm, (i) => listing.files[i] ?? null);
  return listing;
}

/** How a folder differs from a listing of it. */
export interface ListingChanges {
  /** The folder's walk, as it is now. */
  walked: ReturnType<typeof walkCorpusFolder>;
  /** Files the listing lacks. */
  added: string[];
  /** Listed files no longer there. */
  removed: string[];
  /** Listed files whose size is not the recorded one. */
  changed: string[];
}

/** Walk `root` and compare it with a listing (file set and sizes). */
export function checkListing(root: string, listing: Pick<WarmListing, 'sizes'>): ListingChanges {
  const walked = walkCorpusFolder(path.resolve(root));
  const added: string[] = [];
  const changed: string[] = [];
  const present = new Set<string>();
  for (const file of walked.files) {
    present.add(file);
    const size = listing.sizes.get(file);
    if (size === undefined) {
      added.push(file);
      continue;
    }
    let now = -1;
    try {
      now = fs.statSync(file).size;
    } catch {
      // unreadable now: read again (and reported)
    }
    if (now !== size || size < 0) changed.push(file);
  }
  const removed = [...listing.sizes.keys()].filter((f) => !present.has(f));
  return { walked, added, removed, changed };
}

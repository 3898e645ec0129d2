// The warm index of a corpus folder, built by `npm run corpus:index`: index.json lists every file with its size
// and content hash and what loading it gives (indexEntry.ts); index.structures holds each regulation's divisions
// and articles (line ranges), read on first use. A load takes a file from the index instead of reading and
// parsing it when the file is there with the recorded size; anything else (no index, another format, a damaged
// entry, a structures file of another size) is parsed as if there were no index.
import * as fs from 'fs';
import * as path from 'path';
import { contentHash } from './hash';
import { fileOutcome, readCorpusFile, type FileOutcome } from './fileOutcome';
import { decodeOutcome, encodeOutcome, type IndexedFileEntry, type StructureStore } from './indexEntry';
import { parseFileBytes } from './parseFile';
import { walkCorpusFolder } from './walk';

export const WARM_INDEX_FILE = 'index.json';
export const WARM_STRUCTURES_FILE = 'index.structures';
/** Bump when the entry layout changes: an index of another format is ignored. */
export const WARM_INDEX_FORMAT = 1;

export interface WarmIndex {
  format: number;
  /** Bytes of the structures file. */
  structuresSize: number;
  files: IndexedFileEntry[];
}

/** The two files as written: the index (one file entry per line) and the structures (one per line). */
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

/** Read and parse every file under `root` into a warm index (files that cannot be stored exactly are left out). */
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
  const files: IndexedFileEntry[] = [];
  for (const file of walkCorpusFolder(abs).files) {
    const rel = relative(abs, file);
    const bytes = readCorpusFile(file, true);
    if (!rel || 'problem' in bytes) continue;
    const entry = encodeOutcome(fileOutcome(bytes, file, parseFileBytes), file, rel, bytes.length, contentHash(bytes), store);
    if (entry) files.push(entry);
  }
  const index: WarmIndex = { format: WARM_INDEX_FORMAT, structuresSize: offset, files };
  const indexText = `{"format":${index.format},"structuresSize":${offset},"files":[\n${files.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  return { index, indexText, structuresText: parts.join('') };
}

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

/**
 * Outcomes from the warm index in `root` for those of `files` (absolute, under `root`) whose entry is there with
 * the file's size. Never throws: a missing, unreadable or other-format index gives none, a damaged entry is skipped.
 */
export function warmOutcomes(root: string, files: readonly string[]): Map<string, FileOutcome> {
  const out = new Map<string, FileOutcome>();
  const abs = path.resolve(root);
  const structures = path.join(abs, WARM_STRUCTURES_FILE);
  let index: WarmIndex;
  try {
    index = JSON.parse(fs.readFileSync(path.join(abs, WARM_INDEX_FILE), 'utf8'));
    if (index?.format !== WARM_INDEX_FORMAT || !Array.isArray(index.files) || fs.statSync(structures).size !== index.structuresSize) return out;
  } catch {
    return out;
  }
  const store = structuresFile(structures);
  const entries = new Map<string, IndexedFileEntry>();
  for (const e of index.files) if (e && typeof e.path === 'string') entries.set(e.path, e);
  for (const file of files) {
    const rel = relative(abs, file);
    const e = rel ? entries.get(rel) : undefined;
    if (!e) continue;
    try {
      if (fs.statSync(file).size !== e.size) continue;
      out.set(file, decodeOutcome(e, file, store));
    } catch {
      // a damaged entry or a file gone since the walk: parsed (or reported) as without an index
    }
  }
  return out;
}

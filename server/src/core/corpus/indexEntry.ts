// One file's entry in the warm index (warmIndex.ts): what loading the file gives, stored so that it can be rebuilt
// exactly without reading the file. A regulation's divisions and articles are kept apart (the structures file)
// and built on first use; its article bodies are read from the file on first use (fileBody.ts).
import type { Article, Division, DivisionKind, Regulation } from '../model';
import type { BodyOptions } from '../parser/body';
import { CompactLocation } from '../parser/location';
import { LazyArticle } from '../parser/lazyArticle';
import { IndexedBodySource, IndexedFile } from './fileBody';
import type { FileOutcome } from './fileOutcome';
import type { LoadProblem } from './types';
import { textSignature } from './versions';

type Range4 = [number, number, number, number];
/** kind, number, label, heading, range, index of the parent (-1 for a top-level division). */
type DivisionRow = [DivisionKind, number, string, string, ...Range4, number];
/** Per article: number, insert (0: none), startLine, startCharacter, endLine, endCharacter, division (-1: none). */
const ARTICLE_WIDTH = 7;

export interface IndexedRegulation {
  /** Every other field of the Regulation, in its order (files, titleLocation, divisions and articles as 0). */
  fields: Record<string, unknown>;
  titleLocation: Range4 | null;
  body: BodyOptions;
  /** Number of articles and the hash of their words (versions.ts), known before the structure is built. */
  count: number;
  signature: string;
  /** Byte offset and length of its IndexedStructure (JSON) in the structures file, read on first use. */
  structure: [number, number];
}

/** A regulation's divisions and articles. */
export interface IndexedStructure {
  divisions: DivisionRow[];
  /** ARTICLE_WIDTH numbers per article. */
  articles: number[];
  labels: string[];
}

export interface IndexedFileEntry {
  /** Relative to the indexed folder, "/"-separated. */
  path: string;
  size: number;
  hash: string;
  regulations: IndexedRegulation[];
  /** Each problem without its path (the file's). */
  problems: Omit<LoadProblem, 'path'>[];
  warnings: [number, string][];
}

/** Where structures are written to (building) or read from (loading). */
export interface StructureStore {
  add(json: string): [number, number];
  read(at: [number, number]): string;
}

const STRUCTURAL = new Set(['files', 'titleLocation', 'divisions', 'articles']);

function range4(loc: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }): Range4 {
  const r = loc.range;
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

/** One regulation as an index entry; null when it cannot be rebuilt exactly from one (not lazily parsed, foreign parts). */
function encodeRegulation(reg: Regulation, file: string, store: StructureStore): IndexedRegulation | null {
  if (reg.files.length !== 1 || reg.files[0] !== file || (reg.titleLocation && reg.titleLocation.file !== file)) return null;
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(reg)) {
    if (v === undefined) return null;
    fields[k] = STRUCTURAL.has(k) ? 0 : v;
  }
  const divisions: DivisionRow[] = [];
  const rowOf = new Map<Division, number>();
  const visit = (d: Division, parent: number) => {
    if (d.location.file !== file) throw new Error('foreign division');
    rowOf.set(d, divisions.length);
    divisions.push([d.kind, d.number, d.label, d.heading, ...range4(d.location), parent]);
    const self = divisions.length - 1;
    for (const c of d.children) visit(c, self);
  };
  try {
    for (const d of reg.divisions) visit(d, -1);
  } catch {
    return null;
  }
  const articles: number[] = [];
  const labels: string[] = [];
  let body: BodyOptions | null = null;
  for (const a of reg.articles) {
    if (!(a instanceof LazyArticle) || a.source.file !== file) return null;
    body ??= a.source.options;
    if (a.source.options !== body) return null;
    const division = a.division ? rowOf.get(a.division) : -1;
    if (division === undefined) return null;
    articles.push(a.number, a.insert ?? 0, a.startLine, a.startCharacter, a.endLine, a.endCharacter, division);
    labels.push(a.label);
  }
  if (!body) return null;
  const structure: IndexedStructure = { divisions, articles, labels };
  return {
    fields,
    titleLocation: reg.titleLocation ? range4(reg.titleLocation) : null,
    body: { ...body },
    count: labels.length,
    signature: textSignature(reg),
    structure: store.add(JSON.stringify(structure)),
  };
}

/** A file's outcome as an index entry; null when some part of it cannot be stored exactly. */
export function encodeOutcome(
  outcome: FileOutcome,
  file: string,
  rel: string,
  size: number,
  hash: string,
  store: StructureStore,
): IndexedFileEntry | null {
  if (outcome.problems.some((p) => p.path !== file) || outcome.warnings.some((w) => w.file !== file)) return null;
  const regulations: IndexedRegulation[] = [];
  for (const reg of outcome.regulations) {
    const r = encodeRegulation(reg, file, store);
    if (!r) return null;
    regulations.push(r);
  }
  return {
    path: rel,
    size,
    hash,
    regulations,
    problems: outcome.problems.map(({ path: _path, ...rest }) => rest),
    warnings: outcome.warnings.map((w) => [w.line, w.message]),
  };
}

function check(ok: unknown): void {
  if (!ok) throw new Error('damaged warm index entry');
}

function decodeStructure(json: string, source: IndexedBodySource, count: number): { divisions: Division[]; articles: Article[] } {
  const file = source.file;
  const st = JSON.parse(json) as IndexedStructure;
  check(Array.isArray(st.divisions) && Array.isArray(st.articles) && Array.isArray(st.labels));
  check(st.labels.length === count && st.articles.length === count * ARTICLE_WIDTH);
  const all: Division[] = [];
  const top: Division[] = [];
  for (const [kind, number, label, heading, sl, sc, el, ec, parent] of st.divisions) {
    check(parent < all.length);
    const up = parent >= 0 ? all[parent] : null;
    const d: Division = { kind, number, label, heading, location: new CompactLocation(file, sl, sc, el, ec), parent: up, children: [] };
    (up ? up.children : top).push(d);
    all.push(d);
  }
  const articles: Article[] = new Array(count);
  const a = st.articles;
  for (let i = 0, k = 0; i < count; i++, k += ARTICLE_WIDTH) {
    const division = a[k + 6];
    check(division < all.length);
    articles[i] = new LazyArticle(source, a[k], a[k + 1] || null, st.labels[i], division >= 0 ? all[division] : null, a[k + 2], a[k + 3], a[k + 4], a[k + 5]);
  }
  return { divisions: top, articles };
}

/**
 * A regulation whose divisions and articles are built on first use (a load touches few of ~1,400 laws). It knows
 * its article count and text signature before: `articleCount` and `textSignature`, not enumerable.
 */
function decodeRegulation(r: IndexedRegulation, nth: number, indexed: IndexedFile, store: StructureStore): Regulation {
  check(r && typeof r.fields?.title === 'string' && Array.isArray(r.structure) && typeof r.signature === 'string');
  check(Number.isInteger(r.count) && r.count > 0 && r.body && typeof r.body.lang === 'string');
  const source = new IndexedBodySource(indexed, r.body, r.fields.title as string);
  const reg = { ...r.fields } as unknown as Regulation;
  reg.files = [indexed.file];
  reg.titleLocation = r.titleLocation ? new CompactLocation(indexed.file, ...r.titleLocation) : null;
  let built: { divisions: Division[]; articles: Article[] } | null = null;
  const build = () => (built ??= structureOf(r, nth, source, store, indexed));
  const lazy = (key: 'divisions' | 'articles') => ({
    enumerable: true,
    configurable: true,
    get: () => build()[key],
    set: (value: unknown) => {
      Object.defineProperty(reg, key, { value, enumerable: true, configurable: true, writable: true });
      if (key === 'articles') delete (reg as { articleCount?: number; textSignature?: string }).articleCount, delete (reg as { textSignature?: string }).textSignature;
    },
  });
  Object.defineProperty(reg, 'divisions', lazy('divisions'));
  Object.defineProperty(reg, 'articles', lazy('articles'));
  Object.defineProperty(reg, 'articleCount', { value: r.count, configurable: true });
  Object.defineProperty(reg, 'textSignature', { value: r.signature, configurable: true });
  return reg;
}

/** The structure stored for a regulation; if it cannot be read, the one a parse of the file gives now. */
function structureOf(r: IndexedRegulation, nth: number, source: IndexedBodySource, store: StructureStore, indexed: IndexedFile): { divisions: Division[]; articles: Article[] } {
  try {
    return decodeStructure(store.read(r.structure), source, r.count);
  } catch {
    const reg = indexed.reparsed()[nth];
    return reg ? { divisions: reg.divisions, articles: reg.articles } : { divisions: [], articles: [] };
  }
}

/** The outcome an entry stores, for the file at `file`. Throws on a damaged entry. */
export function decodeOutcome(e: IndexedFileEntry, file: string, store: StructureStore): FileOutcome {
  check(Array.isArray(e.regulations) && Array.isArray(e.problems) && Array.isArray(e.warnings) && typeof e.hash === 'string');
  const indexed = new IndexedFile(file, e.hash);
  return {
    regulations: e.regulations.map((r, i) => decodeRegulation(r, i, indexed, store)),
    problems: e.problems.map((p) => ({ path: file, ...p })),
    warnings: e.warnings.map(([line, message]) => ({ file, line, message })),
  };
}


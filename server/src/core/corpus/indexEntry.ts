// One file's entry in the warm index (warmIndex.ts): what loading the file gives, stored so that it can be rebuilt
// exactly without reading the file. A regulation's divisions, articles and notes (the lines under its title, which
// only the importer reads) are kept apart (the structures file) and built on first use; its article bodies are read
// from the file on first use (fileBody.ts).
import type { Article, Division, DivisionKind, Regulation, SourceLocation } from '../model';
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

/**
 * What rows refer to, stored once in the index: the names of a regulation's stored fields (every field but files,
 * titleLocation, divisions and articles, in the order first met) and the distinct body options.
 */
export interface IndexLayout {
  fields: string[];
  bodies: BodyOptions[];
}

/**
 * One regulation: its fields' values in the layout's order (ABSENT for a field it does not have), then its title
 * location, body options (index into the layout's bodies), number of articles, text signature (versions.ts; both
 * known before the structure is built) and the byte offset and length of its IndexedStructure (JSON) in the
 * structures file, read on first use.
 */
export type IndexedRegulationRow = unknown[];
/** Cells after the fields. */
const ROW_TAIL = 6;
/** The body options of a text without articles: nothing is read with them. */
const NO_BODY: BodyOptions = { lang: 'zh', joinPageBreaks: false, markdown: false, plain: false };
/** The value of a field a regulation does not have (no field holds a number). */
const ABSENT = 0;

/** A regulation's divisions, articles and notes; the plain text of one without articles. */
export interface IndexedStructure {
  divisions: DivisionRow[];
  /** ARTICLE_WIDTH numbers per article. */
  articles: number[];
  labels: string[];
  notes: string[];
  plainText?: string[];
}

/** What a stored structure gives. */
interface Structure {
  divisions: Division[];
  articles: Article[];
  notes: string[];
  plainText?: string[];
}

/**
 * One file of the indexed folder, in walk order: its path (relative, "/"-separated), size, content hash, its
 * regulations, its problems (without their path, the file's) and its parser warnings. Regulations null: the file
 * is listed but not stored (what loading it gives cannot be rebuilt exactly, or it could not be read): it is parsed.
 */
export type IndexedFileRow = [path: string, size: number, hash: string, regulations: IndexedRegulationRow[] | null, problems: Omit<LoadProblem, 'path'>[], warnings: [number, string][]];

/** Where structures are written to (building) or read from (loading). */
export interface StructureStore {
  add(json: string): [number, number];
  read(at: [number, number]): string;
}

const STRUCTURAL = new Set(['files', 'titleLocation', 'divisions', 'articles', 'notes', 'plainText']);

function range4(loc: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }): Range4 {
  const r = loc.range;
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

/** A regulation encoded, before the layout's field list is complete: its field values and the cells after them. */
interface EncodedRegulation {
  values: Map<string, unknown>;
  tail: unknown[];
}

/** A file encoded: its row with the regulations still to be laid out. */
export interface EncodedFile {
  row: IndexedFileRow;
  regulations: EncodedRegulation[] | null;
}

/** One regulation encoded; null when it cannot be rebuilt exactly from the index (not lazily parsed, foreign parts). */
function encodeRegulation(reg: Regulation, file: string, store: StructureStore, layout: IndexLayout): EncodedRegulation | null {
  if (reg.files.length !== 1 || reg.files[0] !== file || (reg.titleLocation && reg.titleLocation.file !== file)) return null;
  const values = new Map<string, unknown>();
  for (const [k, v] of Object.entries(reg)) {
    if (v === undefined || typeof v === 'number') return null;
    if (!STRUCTURAL.has(k)) values.set(k, v);
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
  // A text without articles reads no body: its plain text is stored with its structure (body index −1).
  if (!body && !(reg.articles.length === 0 && reg.plainText?.length)) return null;
  for (const k of values.keys()) if (!layout.fields.includes(k)) layout.fields.push(k);
  const bodyKey = JSON.stringify(body);
  let bodyIndex = body ? layout.bodies.findIndex((b) => JSON.stringify(b) === bodyKey) : -1;
  if (body && bodyIndex < 0) bodyIndex = layout.bodies.push({ ...body }) - 1;
  if (!Array.isArray(reg.notes) || reg.notes.some((n) => typeof n !== 'string')) return null;
  const structure: IndexedStructure = { divisions, articles, labels, notes: reg.notes, ...(reg.plainText ? { plainText: reg.plainText } : {}) };
  const tail = [reg.titleLocation ? range4(reg.titleLocation) : null, bodyIndex, labels.length, textSignature(reg), ...store.add(JSON.stringify(structure))];
  return { values, tail };
}

/** A file's outcome encoded; its regulations null when some part of it cannot be stored exactly. */
export function encodeOutcome(
  outcome: FileOutcome,
  file: string,
  rel: string,
  size: number,
  hash: string,
  store: StructureStore,
  layout: IndexLayout,
): EncodedFile {
  const unstored: EncodedFile = { row: [rel, size, hash, null, [], []], regulations: null };
  if (outcome.problems.some((p) => p.path !== file) || outcome.warnings.some((w) => w.file !== file)) return unstored;
  const regulations: EncodedRegulation[] = [];
  for (const reg of outcome.regulations) {
    const r = encodeRegulation(reg, file, store, layout);
    if (!r) return unstored;
    regulations.push(r);
  }
  return { row: [rel, size, hash, null, outcome.problems.map(({ path: _path, ...rest }) => rest), outcome.warnings.map((w) => [w.line, w.message])], regulations };
}

/** A file listed only (not stored): it is parsed when loaded. */
export function unstoredRow(rel: string, size: number): EncodedFile {
  return { row: [rel, size, '', null, [], []], regulations: null };
}

/** Articles of the regulations a row stores. */
export function rowArticles(row: IndexedFileRow, layout: IndexLayout): number {
  return (row[3] ?? []).reduce((n: number, r) => n + Number(r[layout.fields.length + 2]), 0);
}

/** The row of an encoded file once the layout's field list is complete. */
export function layOut(encoded: EncodedFile, layout: IndexLayout): IndexedFileRow {
  const row: IndexedFileRow = [...encoded.row];
  if (encoded.regulations) row[3] = encoded.regulations.map((r) => [...layout.fields.map((k) => (r.values.has(k) ? r.values.get(k) : ABSENT)), ...r.tail]);
  return row;
}

function check(ok: unknown): void {
  if (!ok) throw new Error('damaged warm index entry');
}

function decodeStructure(json: string, source: IndexedBodySource, count: number): Structure {
  const file = source.file;
  const st = JSON.parse(json) as IndexedStructure;
  check(Array.isArray(st.divisions) && Array.isArray(st.articles) && Array.isArray(st.labels) && Array.isArray(st.notes));
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
  check(st.plainText === undefined || (Array.isArray(st.plainText) && st.plainText.every((t) => typeof t === 'string')));
  return { divisions: top, articles, notes: st.notes, ...(st.plainText ? { plainText: st.plainText } : {}) };
}

/**
 * A regulation from the warm index: its fields are its own (as a parsed one's), its divisions, articles and notes
 * are built on first use (a load touches few of ~1,400 laws; not own properties). It knows its article count and
 * text signature before (`articleCount`, `textSignature`, not own properties either). One class: every such
 * regulation has one shape.
 */
class IndexedRegulation {
  #built: Structure | null = null;
  #divisions: Division[] | null = null;
  #articles: Article[] | null = null;
  #notes: string[] | null = null;
  /** Where its structure is: no closure or body source per regulation until it is built. */
  readonly #from: StructureAt;
  readonly #count: number;
  readonly #signature: string;
  files: string[];
  titleLocation: SourceLocation | null;

  constructor(slots: FieldSlots, row: IndexedRegulationRow, file: string, from: StructureAt, count: number, signature: string) {
    this.#from = from;
    this.#count = count;
    this.#signature = signature;
    // The model's fields by name, in one order (one shape for all: an object given many properties by computed
    // keys becomes a slow dictionary); a field the regulation lacks stays absent, as in a parsed one.
    const self = this as unknown as Record<string, unknown>;
    let v: unknown;
    if ((v = cell(row, slots.title)) !== ABSENT) self.title = v;
    if ((v = cell(row, slots.shortTitles)) !== ABSENT) self.shortTitles = v;
    if ((v = cell(row, slots.issuer)) !== ABSENT) self.issuer = v;
    if ((v = cell(row, slots.kind)) !== ABSENT) self.kind = v;
    if ((v = cell(row, slots.adopted)) !== ABSENT) self.adopted = v;
    if ((v = cell(row, slots.effective)) !== ABSENT) self.effective = v;
    if ((v = cell(row, slots.amended)) !== ABSENT) self.amended = v;
    if ((v = cell(row, slots.lang)) !== ABSENT) self.lang = v;
    if ((v = cell(row, slots.translationOf)) !== ABSENT) self.translationOf = v;
    if ((v = cell(row, slots.version)) !== ABSENT) self.version = v;
    for (const [name, i] of slots.others) if (row[i] !== ABSENT) self[name] = row[i];
    this.files = [file];
    const at = row[slots.count] as Range4 | null;
    this.titleLocation = at ? new CompactLocation(file, at[0], at[1], at[2], at[3]) : null;
  }

  #structure(): Structure {
    if (!this.#built) {
      const f = this.#from;
      const source = new IndexedBodySource(f.indexed, f.body, (this as unknown as Regulation).title);
      this.#built = structureOf(f.offset, f.length, this.#count, f.nth, source, f.store, f.indexed);
    }
    return this.#built;
  }

  get divisions(): Division[] {
    return this.#divisions ?? this.#structure().divisions;
  }

  set divisions(value: Division[]) {
    this.#divisions = value;
  }

  get articles(): Article[] {
    return this.#articles ?? this.#structure().articles;
  }

  set articles(value: Article[]) {
    this.#articles = value;
  }

  get notes(): string[] {
    return this.#notes ?? this.#structure().notes;
  }

  set notes(value: string[]) {
    this.#notes = value;
  }

  /** Only a text without articles has one: read from its structure then, never built for the others. */
  get plainText(): string[] | undefined {
    return this.#count === 0 ? this.#structure().plainText : undefined;
  }

  get articleCount(): number | undefined {
    return this.#articles ? undefined : this.#count;
  }

  get textSignature(): string | undefined {
    return this.#articles ? undefined : this.#signature;
  }
}

/** Where a regulation's structure is read from, and how its bodies are read. */
interface StructureAt {
  indexed: IndexedFile;
  store: StructureStore;
  body: BodyOptions;
  offset: number;
  length: number;
  /** Its place among the file's regulations (for the parse that replaces a damaged structure). */
  nth: number;
}

/** Where each field of the model is in a row of a layout (−1: not stored), the other fields, and the field count. */
interface FieldSlots {
  title: number;
  shortTitles: number;
  issuer: number;
  kind: number;
  adopted: number;
  effective: number;
  amended: number;
  lang: number;
  translationOf: number;
  version: number;
  others: [string, number][];
  count: number;
}

const NAMED = ['title', 'shortTitles', 'issuer', 'kind', 'adopted', 'effective', 'amended', 'lang', 'translationOf', 'version'] as const;

function fieldSlots(layout: IndexLayout): FieldSlots {
  const at = (name: string) => layout.fields.indexOf(name);
  const slots = Object.fromEntries(NAMED.map((n) => [n, at(n)])) as unknown as FieldSlots;
  slots.others = layout.fields.map((name, i): [string, number] => [name, i]).filter(([name]) => !(NAMED as readonly string[]).includes(name));
  slots.count = layout.fields.length;
  return slots;
}

const slotCache = new WeakMap<IndexLayout, FieldSlots>();

function slotsOf(layout: IndexLayout): FieldSlots {
  let slots = slotCache.get(layout);
  if (!slots) slotCache.set(layout, (slots = fieldSlots(layout)));
  return slots;
}

function cell(row: IndexedRegulationRow, slot: number): unknown {
  return slot < 0 ? ABSENT : row[slot];
}

function decodeRegulation(row: IndexedRegulationRow, nth: number, indexed: IndexedFile, store: StructureStore, layout: IndexLayout, slots: FieldSlots): Regulation {
  // Plain indexed reads (no destructuring or spread): this runs for every regulation at start-up, mostly unoptimised.
  const n = layout.fields.length;
  check(Array.isArray(row) && row.length === n + ROW_TAIL);
  const at = row[n] as Range4 | null;
  const body = (row[n + 1] as number) === -1 ? NO_BODY : layout.bodies[row[n + 1] as number];
  const count = row[n + 2] as number;
  const signature = row[n + 3];
  const offset = row[n + 4] as number;
  const length = row[n + 5] as number;
  const title = cell(row, slots.title);
  check(typeof title === 'string' && typeof signature === 'string' && Number.isInteger(offset) && Number.isInteger(length));
  check(Number.isInteger(count) && count >= 0 && (count === 0 || (body && typeof body.lang === 'string')) && (at === null || (Array.isArray(at) && at.length === 4)));
  const from: StructureAt = { indexed, store, body, offset, length, nth };
  return new IndexedRegulation(slots, row, indexed.file, from, count, signature as string) as unknown as Regulation;
}

/** The structure stored for a regulation; if it cannot be read, the one a parse of the file gives now. */
function structureOf(offset: number, length: number, count: number, nth: number, source: IndexedBodySource, store: StructureStore, indexed: IndexedFile): Structure {
  try {
    return decodeStructure(store.read([offset, length]), source, count);
  } catch {
    const reg = indexed.reparsed()[nth];
    return reg ? { divisions: reg.divisions, articles: reg.articles, notes: reg.notes, ...(reg.plainText ? { plainText: reg.plainText } : {}) } : { divisions: [], articles: [], notes: [] };
  }
}

/** The outcome a row stores, for the file at `file` (its regulations not null). Throws on a damaged row. */
export function decodeOutcome(row: IndexedFileRow, file: string, store: StructureStore, layout: IndexLayout): FileOutcome {
  const hash = row[2];
  const rows = row[3];
  const problems = row[4];
  const warnings = row[5];
  check(Array.isArray(rows) && Array.isArray(problems) && Array.isArray(warnings) && typeof hash === 'string');
  const indexed = new IndexedFile(file, hash);
  const slots = slotsOf(layout);
  const regulations: Regulation[] = [];
  for (let i = 0; i < rows!.length; i++) regulations.push(decodeRegulation(rows![i], i, indexed, store, layout, slots));
  return {
    regulations,
    problems: problems.length ? problems.map((p) => ({ path: file, ...p })) : [],
    warnings: warnings.length ? warnings.map(([line, message]) => ({ file, line, message })) : [],
  };
}

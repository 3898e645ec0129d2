// The corpus as files on disk: the bundled folder plus the user's folders. Loads in small batches so the server
// keeps answering while a large corpus is read, re-reads only changed files, watches the folders, and reports each
// unreadable file once.
import * as fs from 'fs';
import * as path from 'path';
import type { Regulation } from '../core/model';
import { buildCorpus, parseCorpusFile } from './core';
import { CorpusIndex } from './corpusIndex';

export interface CorpusProblem {
  file: string;
  reason: string;
}

export interface LoadProgress {
  done: number;
  total: number;
}

export interface CorpusStoreEvents {
  /** A new index is ready (after a load, partial load or change). */
  onIndex(index: CorpusIndex): void;
  /** A file could not be read or parsed; called once per file and reason. */
  onProblem(problem: CorpusProblem): void;
  onProgress(progress: LoadProgress): void;
  /** Indexing started (true) or finished (false). */
  onIndexing(indexing: boolean): void;
}

interface FileEntry {
  mtimeMs: number;
  size: number;
  regulations: Regulation[];
}

const CORPUS_EXTENSIONS = new Set(['.md', '.txt', '.markdown']);
const SKIP_NAMES = new Set(['README.md', 'readme.md', '_index.md', 'node_modules', '.git']);
/** Files larger than this are not regulations; they are reported and skipped. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Time slice for parsing before yielding to pending requests. */
const SLICE_MS = 15;
/** During a long load, publish a partial index at most this often. */
const PARTIAL_INDEX_MS = 1500;

export class CorpusStore {
  private files = new Map<string, FileEntry>();
  private roots: string[] = [];
  private reported = new Set<string>();
  private generation = 0;
  private loadToken = 0;
  private watchers: fs.FSWatcher[] = [];
  private changed = new Set<string>();
  private changeTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  index: CorpusIndex;
  indexing = false;
  problems: CorpusProblem[] = [];

  constructor(private readonly events: CorpusStoreEvents) {
    this.index = new CorpusIndex(buildCorpus([]), 0);
  }

  /** The corpus roots, absolute. */
  get folders(): readonly string[] {
    return this.roots;
  }

  /** Is this file part of the corpus (loaded or inside a root)? */
  isCorpusFile(file: string): boolean {
    if (this.files.has(file)) return true;
    return this.roots.some((r) => file === r || file.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
  }

  /** Set the roots and (re)load. Unchanged files are not re-parsed. Resolves when loading is complete. */
  setRoots(roots: string[], force = false): Promise<void> {
    const normalized = [...new Set(roots.map((r) => path.resolve(r)))];
    const same = normalized.length === this.roots.length && normalized.every((r, i) => r === this.roots[i]);
    if (same && !force) return this.running;
    this.roots = normalized;
    if (force) this.files.clear();
    this.watch();
    const token = ++this.loadToken;
    this.running = this.load(token);
    return this.running;
  }

  reload(): Promise<void> {
    return this.setRoots(this.roots, true);
  }

  dispose(): void {
    for (const w of this.watchers) w.close();
    this.watchers = [];
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.loadToken++;
  }

  private async load(token: number): Promise<void> {
    this.setIndexing(true);
    try {
      const list: string[] = [];
      for (const root of this.roots) listFiles(root, list, (p) => this.problem(p, 'folder cannot be read'));
      const wanted = new Set(list);
      for (const f of [...this.files.keys()]) if (!wanted.has(f)) this.files.delete(f);
      const todo = list.filter((f) => this.isStale(f));
      let sliceStart = Date.now();
      let lastPublish = Date.now();
      for (let i = 0; i < todo.length; i++) {
        if (token !== this.loadToken) return;
        this.readFile(todo[i]);
        if (Date.now() - sliceStart > SLICE_MS) {
          this.events.onProgress({ done: i + 1, total: todo.length });
          await yieldToRequests();
          if (token !== this.loadToken) return;
          if (Date.now() - lastPublish > PARTIAL_INDEX_MS) {
            this.publish();
            lastPublish = Date.now();
          }
          sliceStart = Date.now();
        }
      }
      if (token !== this.loadToken) return;
      this.events.onProgress({ done: todo.length, total: todo.length });
      this.publish();
    } finally {
      if (token === this.loadToken) this.setIndexing(false);
    }
  }

  private setIndexing(v: boolean): void {
    if (this.indexing === v) return;
    this.indexing = v;
    this.events.onIndexing(v);
  }

  private isStale(file: string): boolean {
    const entry = this.files.get(file);
    if (!entry) return true;
    try {
      const st = fs.statSync(file);
      return st.mtimeMs !== entry.mtimeMs || st.size !== entry.size;
    } catch {
      return true;
    }
  }

  /** Read one file into the cache; on failure drop it and report once. */
  private readFile(file: string): void {
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch {
      this.files.delete(file);
      return;
    }
    if (st.size > MAX_FILE_BYTES) {
      this.files.delete(file);
      this.problem(file, `file too large (${Math.round(st.size / 1048576)} MB)`);
      return;
    }
    try {
      const parsed = parseCorpusFile(file);
      this.files.set(file, { mtimeMs: st.mtimeMs, size: st.size, regulations: parsed.regulations });
      if (parsed.regulations.length === 0) this.problem(file, 'no regulation found in the file');
    } catch (err) {
      this.files.set(file, { mtimeMs: st.mtimeMs, size: st.size, regulations: [] });
      this.problem(file, describeError(err));
    }
  }

  private problem(file: string, reason: string): void {
    const key = `${file}\u0000${reason}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const p = { file, reason };
    this.problems.push(p);
    this.events.onProblem(p);
  }

  private publish(): void {
    const regs: Regulation[] = [];
    for (const e of this.files.values()) regs.push(...e.regulations);
    let corpus;
    try {
      corpus = buildCorpus(regs);
    } catch (err) {
      this.problem('(corpus)', describeError(err));
      return;
    }
    this.index = new CorpusIndex(corpus, ++this.generation);
    this.events.onIndex(this.index);
  }

  private watch(): void {
    for (const w of this.watchers) w.close();
    this.watchers = [];
    for (const root of this.roots) {
      try {
        const w = fs.watch(root, { recursive: true }, (_event, name) => {
          if (!name) return;
          const file = path.join(root, name.toString());
          if (!CORPUS_EXTENSIONS.has(path.extname(file).toLowerCase())) return;
          this.fileChanged(file);
        });
        w.on('error', () => w.close());
        this.watchers.push(w);
      } catch {
        // A missing folder is reported by listFiles; nothing to watch.
      }
    }
  }

  /** A corpus file was created, changed or deleted (from the folder watcher or the client). */
  fileChanged(file: string): void {
    if (!this.isCorpusFile(file)) return;
    this.changed.add(file);
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.applyChanges(), 200);
  }

  private applyChanges(): void {
    const files = [...this.changed];
    this.changed.clear();
    let any = false;
    for (const f of files) {
      if (!fs.existsSync(f)) {
        any = this.files.delete(f) || any;
        continue;
      }
      if (!this.isStale(f)) continue;
      // Allow a changed file to be reported again.
      for (const k of [...this.reported]) if (k.startsWith(f + '\u0000')) this.reported.delete(k);
      this.readFile(f);
      any = true;
    }
    if (any) this.publish();
  }
}

function listFiles(dir: string, out: string[], onError: (p: string) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    onError(dir);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_NAMES.has(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listFiles(p, out, onError);
    else if (e.isFile() && CORPUS_EXTENSIONS.has(path.extname(e.name).toLowerCase())) out.push(p);
  }
}

export function describeError(err: unknown): string {
  if (err && typeof err === 'object' && 'message' in err) {
    const msg = String((err as Error).message).split('\n')[0];
    return msg.slice(0, 300);
  }
  return String(err).split('\n')[0].slice(0, 300);
}

function yieldToRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

// The corpus as files on disk: the bundled folder plus the user's folders. Loads in small batches so the server
// keeps answering while a large corpus is read, re-reads only changed files, watches the folders, and reports each
// unreadable file once. The bundled corpus is read at once, so no request is ever answered without it: from its
// warm index's listing, without walking the folder or looking at each file, which is checked a moment later
// (verifyPreloaded: files added, removed or of another size are then loaded as they are).
import * as fs from 'fs';
import * as path from 'path';
import { Corpus, type CorpusLike, type LoadProblem } from '../core/corpus';
import type { StoredLaw } from '../core/corpus/corpus';
import { walkCorpusFolder } from '../core/corpus/walk';
import type { FileOutcome } from '../core/corpus/fileOutcome';
import { checkListing, warmListing, warmOutcomes } from '../core/corpus/warmIndex';
import { CorpusIndex } from '../service/corpusIndex';
import { titleIndexOf } from '../core/citations/titles/titles';
import type { CorpusProblem, CorpusSource, LoadProgress } from '../service/interfaces';
import { describeError } from '../service/errors';

export type { CorpusProblem, LoadProgress };

export interface CorpusStoreEvents {
  /** A new index is ready (after a load, partial load or change). */
  onIndex(index: CorpusIndex): void;
  /** A file could not be read or parsed; called once per file and reason. */
  onProblem(problem: CorpusProblem): void;
  onProgress(progress: LoadProgress): void;
  /** Indexing started (true) or finished (false). */
  onIndexing(indexing: boolean): void;
}

interface FileStamp {
  mtimeMs: number;
  size: number;
}

const CORPUS_EXTENSIONS = new Set(['.md', '.txt']);
/** A file not stamped (a preloaded one): one object for all, never changed (stamp() sets a new one). */
const UNSTAMPED: FileStamp = Object.freeze({ mtimeMs: -1, size: -1 });
/** Files parsed per step before checking the time slice. */
const BATCH = 4;
/** Time slice for parsing before yielding to pending requests. */
const SLICE_MS = 15;
/** During a long load, publish a partial index at most this often. */
const PARTIAL_INDEX_MS = 1500;
/** A preloaded folder taken from its index's listing is checked against the disk this long after start-up. */
export const VERIFY_DELAY_MS = 1000;

export class CorpusStore implements CorpusSource {
  private readonly corpus = new Corpus();
  private files = new Map<string, FileStamp>();
  private roots: string[] = [];
  private reported = new Set<string>();
  private generation = 0;
  private loadToken = 0;
  private watchers: fs.FSWatcher[] = [];
  private changed = new Set<string>();
  private changeTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  /** Preloaded roots and their files: not walked or watched again until a reload. */
  private readonly fixed = new Map<string, string[]>();
  /** Roots whose warm index is used (the preloaded ones). */
  private readonly indexed = new Set<string>();
  /** Problems of the last walk of each root (a missing folder, an unreadable one), replaced when it is walked again. */
  private readonly walkProblems = new Map<string, CorpusProblem[]>();
  /** Preloaded roots taken from their index's listing, not yet checked against the disk: the sizes it recorded. */
  private readonly unverified = new Map<string, Map<string, number>>();
  private verifyTimer: NodeJS.Timeout | undefined;
  /** The corpus generation the current index was made at (a publish with no change keeps the index). */
  private publishedAt = -1;
  index: CorpusIndex;
  indexing = false;
  progress: LoadProgress | null = null;

  constructor(private readonly events: CorpusStoreEvents) {
    this.index = new CorpusIndex(corpusView(this.corpus), 0);
  }

  /**
   * What is wrong now: folders and files that cannot be used (a fixed file drops out). Texts that are simply not
   * regulations (a 决定 without articles) are `skipped`, not problems.
   */
  get problems(): CorpusProblem[] {
    return this.current().filter((p) => !p.skipped);
  }

  /** Texts in the corpus folders that hold no regulation with articles (决定, 方案, empty files). */
  get skipped(): CorpusProblem[] {
    return this.current().filter((p) => p.skipped);
  }

  private current(): CorpusProblem[] {
    const out: CorpusProblem[] = [];
    for (const [root, ps] of this.walkProblems) if (root === LOAD_ERROR || this.roots.includes(root) || this.fixed.has(root)) out.push(...ps);
    for (const p of this.corpus.problems) if (p.kind !== 'duplicate') out.push(toProblem(p));
    return out;
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

  /**
   * Read these folders now, synchronously (the bundled corpus: ready before the first request). A folder with a
   * usable warm index is taken from its listing as it is, without a walk or a stat per file; the folder is
   * checked against it VERIFY_DELAY_MS later (verifyPreloaded). A folder without one is walked and parsed. They
   * ship with the package: a later setRoots that includes them neither walks nor watches them again; a reload
   * reads them again. `bundled`: they are the bundled corpus (Corpus.markBundled).
   */
  preload(roots: string[], bundled = false): void {
    const files: string[] = [];
    const known = new Map<string, FileOutcome>();
    const stored = new Map<string, StoredLaw>();
    for (const root of roots.map((r) => path.resolve(r))) {
      if (bundled) this.corpus.markBundled(root);
      const listing = warmListing(root);
      let listed: string[];
      if (listing) {
        listed = listing.files;
        for (const [f, outcome] of listing.outcomes) known.set(f, outcome);
        for (const [title, law] of listing.laws) if (!stored.has(title)) stored.set(title, law);
        this.unverified.set(root, listing.sizes);
      } else {
        const walked = walkCorpusFolder(root);
        this.walked(root, walked.problems);
        listed = walked.files;
      }
      const fresh = listed.filter((f) => !this.files.has(f));
      files.push(...fresh);
      this.fixed.set(root, listed);
      this.indexed.add(root);
    }
    // Not stamped (a stat each): fixed roots are not checked for changes; a change the client reports re-reads the file.
    for (const f of files) this.files.set(f, UNSTAMPED);
    if (files.length) this.corpus.addFiles(files, true, known, stored);
    this.publish();
    if (this.unverified.size && !this.verifyTimer) {
      this.verifyTimer = setTimeout(() => this.verifyPreloaded(), VERIFY_DELAY_MS);
      this.verifyTimer.unref?.();
    }
  }

  /**
   * Check the folders preloaded from an index listing against the disk: walk them, compare each file's size with
   * the recorded one, and load what differs as it is now (added, removed, changed files); publishes when
   * something did. Runs once, VERIFY_DELAY_MS after the preload (tests call it directly).
   */
  verifyPreloaded(): void {
    if (this.verifyTimer) clearTimeout(this.verifyTimer);
    this.verifyTimer = undefined;
    const roots = [...this.unverified];
    this.unverified.clear();
    let any = false;
    try {
      for (const [root, sizes] of roots) {
        if (!this.fixed.has(root)) continue; // reloaded meanwhile: walked and checked then
        const { walked, added, removed, changed } = checkListing(root, { sizes });
        this.walked(root, walked.problems);
        this.fixed.set(root, walked.files);
        for (const f of removed) {
          if (this.files.delete(f)) this.corpus.removeFile(f);
        }
        const fresh = added.filter((f) => !this.files.has(f));
        for (const f of fresh) this.files.set(f, UNSTAMPED);
        if (fresh.length) this.corpus.addFiles(fresh, true);
        for (const f of changed) {
          for (const k of [...this.reported]) if (k.startsWith(f + '\u0000')) this.reported.delete(k);
          this.corpus.updateFile(f);
        }
        any ||= removed.length + fresh.length + changed.length > 0;
      }
    } catch (err) {
      const p: CorpusProblem = { file: '(corpus)', reason: describeError(err), reasonZh: describeError(err) };
      this.walkProblems.set(LOAD_ERROR, [p]);
      this.report(p);
    }
    if (any) this.publish();
    // Time to spare: what the title index makes on first use is made now, not in a later request.
    titleIndexOf(this.index.corpus).prepare();
  }

  /** Set the roots and (re)load. Unchanged files are not re-parsed. Resolves when loading is complete. */
  setRoots(roots: string[], force = false): Promise<void> {
    const normalized = [...new Set(roots.map((r) => path.resolve(r)))];
    const same = normalized.length === this.roots.length && normalized.every((r, i) => r === this.roots[i]);
    if (same && !force) return this.running;
    this.roots = normalized;
    if (force) {
      this.unverified.clear();
      this.fixed.clear();
      this.files.clear();
      this.reported.clear();
      this.walkProblems.clear();
    }
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
    if (this.verifyTimer) clearTimeout(this.verifyTimer);
    this.verifyTimer = undefined;
    this.loadToken++;
  }

  private async load(token: number): Promise<void> {
    this.setIndexing(true);
    this.walkProblems.delete(LOAD_ERROR);
    try {
      const list: string[] = [];
      const seen = new Set<string>();
      const known = new Map<string, FileOutcome>();
      const stored = new Map<string, StoredLaw>();
      for (const root of this.roots) {
        const fixed = this.fixed.get(root);
        if (fixed) {
          for (const f of fixed) seen.add(f);
          continue;
        }
        const walked = walkCorpusFolder(root);
        this.walked(root, walked.problems);
        if (this.indexed.has(root)) {
          const warm = warmOutcomes(root, walked.files.filter((f) => this.isStale(f)));
          for (const [f, outcome] of warm.outcomes) known.set(f, outcome);
          for (const [title, law] of warm.laws) if (!stored.has(title)) stored.set(title, law);
        }
        for (const f of walked.files) if (!seen.has(f)) seen.add(f), list.push(f);
      }
      for (const f of [...this.files.keys()]) {
        if (!seen.has(f)) {
          this.files.delete(f);
          this.corpus.removeFile(f);
        }
      }
      const todo = list.filter((f) => this.isStale(f));
      let sliceStart = Date.now();
      let lastPublish = Date.now();
      for (let i = 0; i < todo.length; i += BATCH) {
        if (token !== this.loadToken) return;
        const batch = todo.slice(i, i + BATCH);
        const fresh = batch.filter((f) => !this.files.has(f));
        for (const f of batch) this.stamp(f);
        if (fresh.length) this.corpus.addFiles(fresh, false, known, stored);
        for (const f of batch) if (!fresh.includes(f)) this.corpus.updateFile(f);
        if (Date.now() - sliceStart > SLICE_MS) {
          this.progress = { done: Math.min(i + BATCH, todo.length), total: todo.length };
          this.events.onProgress(this.progress);
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
    } catch (err) {
      const p: CorpusProblem = { file: '(corpus)', reason: describeError(err), reasonZh: describeError(err) };
      this.walkProblems.set(LOAD_ERROR, [p]);
      this.report(p);
    } finally {
      if (token === this.loadToken) this.setIndexing(false);
    }
  }

  private stamp(file: string): void {
    try {
      const st = fs.statSync(file);
      this.files.set(file, { mtimeMs: st.mtimeMs, size: st.size });
    } catch {
      this.files.set(file, { mtimeMs: -1, size: -1 });
    }
  }

  private setIndexing(v: boolean): void {
    if (this.indexing === v) return;
    this.indexing = v;
    this.progress = v ? { done: 0, total: 0 } : null;
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

  /** A root's walk problems, replacing those of its last walk; each new one is reported. */
  private walked(root: string, problems: readonly LoadProblem[]): void {
    const ps = problems.map(toProblem);
    this.walkProblems.set(root, ps);
    for (const p of ps) this.report(p);
  }

  /** Tell the events about a problem once per file and reason (a changed file may be reported again). */
  private report(p: CorpusProblem): void {
    const key = `${p.file}\u0000${p.reason}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.events.onProblem(p);
  }

  private publish(): void {
    // A duplicate (the same text in two folders) is harmless, not worth a message.
    for (const p of this.corpus.problems) if (p.kind !== 'duplicate') this.report(toProblem(p));
    // Nothing changed since the last index (a setRoots naming the preloaded roots): keep it, with its view of the
    // corpus, so that the title index and the documents' analyses made over it stay valid.
    if (this.corpus.generation !== this.publishedAt || this.generation === 0) {
      this.index = new CorpusIndex(corpusView(this.corpus), ++this.generation);
      this.publishedAt = this.corpus.generation;
    }
    this.events.onIndex(this.index);
  }

  private watch(): void {
    for (const w of this.watchers) w.close();
    this.watchers = [];
    for (const root of this.roots) {
      if (this.fixed.has(root)) continue;
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
        if (this.files.delete(f)) {
          this.corpus.removeFile(f);
          any = true;
        }
        continue;
      }
      if (!this.isStale(f)) continue;
      // A changed file may be reported again.
      for (const k of [...this.reported]) if (k.startsWith(f + '\u0000')) this.reported.delete(k);
      const known = this.files.has(f);
      this.stamp(f);
      if (known) this.corpus.updateFile(f);
      else this.corpus.addFiles([f]);
      any = true;
    }
    if (any) this.publish();
    // Time to spare: what the title index makes on first use is made now, not in a later request.
    titleIndexOf(this.index.corpus).prepare();
  }
}

/** Key of a load that failed as a whole (not one root's walk). */
const LOAD_ERROR = '\u0000load';

/** Kinds of texts that are simply not regulations with articles: counted as skipped, nothing is wrong. */
const NOT_A_REGULATION = new Set<LoadProblem['kind']>(['no-articles', 'no-regulation', 'empty']);

function toProblem(p: LoadProblem): CorpusProblem {
  return NOT_A_REGULATION.has(p.kind)
    ? { file: p.path, reason: p.reason, reasonZh: p.reasonZh, skipped: true }
    : { file: p.path, reason: p.reason, reasonZh: p.reasonZh };
}

function yieldToRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A read-only view of the (mutable) corpus, one per published index: features holding an older index keep
 * consistent lookups, and the engine's title index (cached per corpus object and generation) follows changes.
 */
function corpusView(corpus: Corpus): CorpusLike {
  return {
    get generation() {
      return corpus.generation;
    },
    laws: corpus.laws,
    problems: corpus.problems,
    version: (law, date) => corpus.version(law, date),
    article: (reg, number, insert) => corpus.article(reg, number, insert),
    findLaws: (name) => corpus.findLaws(name),
    findLaw: (name) => corpus.findLaw(name),
    lawOf: (reg) => corpus.lawOf(reg),
    translationsOf: (law) => corpus.translationsOf(law),
    originalOf: (law) => corpus.originalOf(law),
    nearestTitles: (name, limit) => corpus.nearestTitles(name, limit),
    titleEntries: () => corpus.titleEntries(),
    repeals: () => corpus.repeals(),
  };
}

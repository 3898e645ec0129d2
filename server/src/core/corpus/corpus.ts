// The corpus: files → parsed regulations → laws by title, with lookup maps built once and kept up to date
// file by file (the language server re-loads one file at a time).
import * as path from 'path';
import { articleCount, findArticle, type Article, type Regulation } from '../model';
import type { ParseWarning } from '../parser/types';
import { fileOutcome, readCorpusFile, type FileOutcome, type FileParser } from './fileOutcome';
import type { CorpusLike, Law, LoadProblem, TitleMatch } from './types';
import { bigramsOf, normalizeTitle, shortTitleAliases } from './titles';
import { compareDates, groupVersions, joinParts, versionAt, versionDate } from './versions';
import { parseFileBytes } from './parseFile';
import { walkCorpusFolder } from './walk';
import { readRepeals, RepealIndex, repealsOf, type Repeal } from './repeals';

export type { FileParser };

export interface CorpusStats {
  /** Files that gave at least one regulation. */
  files: number;
  /** Laws (distinct titles). */
  regulations: number;
  /** Versions over all laws (parts joined, duplicates dropped). */
  versions: number;
  /** Articles of every version. */
  articles: number;
}

interface FileRecord extends FileOutcome {
  order: number;
}

/**
 * A law as a load grouped it, by file, as a warm index stores it (lawTable.ts) so that a later load of the same
 * files neither groups its versions nor normalises its titles again: each version's files (one regulation of the
 * title each; several: parts of one text, in their joined order), oldest version first, and the title's lookup
 * keys (normalised title, short-title keys).
 */
export interface StoredLaw {
  versions: string[][];
  norm: string;
  short: string[];
}

interface TitleEntry {
  text: string;
  law: Law;
  short: boolean;
  /** normalizeTitle(text), computed once. */
  key: string;
}

const PRC_PREFIX = '中华人民共和国';

export class Corpus implements CorpusLike {
  private readonly lawMap = new Map<string, Law>();
  private readonly files = new Map<string, FileRecord>();
  /** title → files contributing a regulation with that title. */
  private readonly filesByTitle = new Map<string, string[]>();
  private readonly groupProblems = new Map<string, LoadProblem[]>();
  /** Problems not tied to a file's content: folders, links, unreadable entries. */
  private readonly walkProblems: LoadProblem[] = [];
  /** normalised title → titles; normalised short title → titles. */
  private readonly normIndex = new Map<string, string[]>();
  private readonly shortIndex = new Map<string, string[]>();
  private readonly keysOfTitle = new Map<string, { norm: string[]; short: string[] }>();
  /** original title → translation titles. */
  private readonly translationIndex = new Map<string, string[]>();
  private readonly lawOfReg = new WeakMap<Regulation, Law>();
  private titleEntryCache: TitleEntry[] | null = null;
  private bigramCache: { entries: readonly TitleEntry[]; index: Map<string, number[]> } | null = null;
  private nextOrder = 0;
  private changes = 0;

  /** Folders of the bundled corpus: a user's file repeating one of their versions is that version, not a duplicate. */
  private readonly bundledRoots: string[] = [];

  constructor(private readonly parse: FileParser = parseFileBytes) {}

  /** Files under `root` are the bundled corpus (call before loading them). */
  private repealCache: { generation: number; index: RepealIndex } | null = null;

  /**
   * Repeals the laws state: the bundled corpus's as recorded (repeals.json, written with its warm index), the
   * others read from their final provisions; made again after a change.
   */
  repeals(): RepealIndex {
    if (this.repealCache?.generation !== this.changes) {
      const recorded = this.bundledRoots.map((r) => readRepeals(r)).filter((x): x is Repeal[] => x !== null);
      const laws = [...this.lawMap.values()].filter((l) => !recorded.length || !l.versions.every((v) => this.isBundled(v.files[0] ?? '')));
      this.repealCache = { generation: this.changes, index: new RepealIndex([...recorded.flat(), ...repealsOf(laws)]) };
    }
    return this.repealCache.index;
  }

  markBundled(root: string): void {
    const abs = path.resolve(root);
    this.bundledRoots.push(abs.endsWith(path.sep) ? abs : abs + path.sep);
  }

  private isBundled(file: string): boolean {
    return this.bundledRoots.some((r) => file.startsWith(r));
  }

  /**
   * A duplicate worth reporting: not a user's file repeating a bundled version (same date), which is simply that
   * version (the copy loaded first is kept, and offered once).
   */
  private reported(p: LoadProblem, regs: readonly Regulation[]): boolean {
    if (p.kind !== 'duplicate' || !p.duplicateOf || this.isBundled(p.path) === this.isBundled(p.duplicateOf)) return true;
    const date = (file: string) => {
      const reg = regs.find((r) => r.files[0] === file);
      return reg ? versionDate(reg) : undefined;
    };
    const d = date(p.path);
    return d === undefined || d !== date(p.duplicateOf);
  }

  get laws(): ReadonlyMap<string, Law> {
    return this.lawMap;
  }

  /** Grows whenever a law is added, changed or removed: caches built over `laws` compare it. */
  get generation(): number {
    return this.changes;
  }

  get problems(): readonly LoadProblem[] {
    const out = [...this.walkProblems];
    const withProblems = [...this.files.values()].filter((rec) => rec.problems.length > 0);
    for (const rec of withProblems.sort((a, b) => a.order - b.order)) out.push(...rec.problems);
    for (const ps of this.groupProblems.values()) out.push(...ps);
    return out;
  }

  /** Parser warnings of every loaded file. */
  get warnings(): ParseWarning[] {
    return [...this.files.values()].flatMap((r) => r.warnings);
  }

  /** Loaded files (absolute paths) in load order, including skipped ones. */
  get filePaths(): string[] {
    return [...this.files.entries()].sort((a, b) => a[1].order - b[1].order).map(([p]) => p);
  }

  stats(): CorpusStats {
    let versions = 0;
    let articles = 0;
    for (const law of this.lawMap.values()) {
      versions += law.versions.length;
      for (const v of law.versions) articles += articleCount(v);
    }
    let files = 0;
    for (const rec of this.files.values()) if (rec.regulations.length > 0) files++;
    return { files, regulations: this.lawMap.size, versions, articles };
  }

  // ---- loading -------------------------------------------------------------------------------------------

  /** Record a problem found while walking folders. */
  addWalkProblem(problem: LoadProblem): void {
    this.walkProblems.push(problem);
  }

  /**
   * Load several files at once, rebuilding each affected law once. Never throws. `regularFiles`: the paths come
   * from a folder walk that already checked they are regular files (saves one stat per file). `known`: outcomes
   * already at hand (a warm index); those files are not read.
   */
  addFiles(paths: readonly string[], regularFiles = false, known?: ReadonlyMap<string, FileOutcome>, stored?: ReadonlyMap<string, StoredLaw>): void {
    const touched = new Set<string>();
    for (let i = 0; i < paths.length; i++) {
      // A walk gives absolute, normalised paths: resolving ~1,500 of them again is a measurable part of a warm load.
      const file = regularFiles ? paths[i] : path.resolve(paths[i]);
      const outcome = known?.get(file);
      if (outcome) this.store(file, outcome, touched);
      else this.readAndStore(file, touched, undefined, regularFiles);
    }
    this.rebuild(touched, known && stored ? { known, stored } : undefined);
  }

  /** Load a folder (recursively, .md/.txt) added after the first load; its walk problems are recorded. */
  addFolder(folder: string): void {
    const walked = walkCorpusFolder(folder);
    for (const p of walked.problems) this.addWalkProblem(p);
    this.addFiles(walked.files.filter((f) => !this.files.has(f)), true);
  }

  /** (Re-)load one file from disk, or from `text` (an editor's unsaved buffer). Never throws. */
  updateFile(file: string, text?: string): void {
    const touched = new Set<string>();
    const abs = path.resolve(file);
    this.dropFile(abs, touched, false);
    this.readAndStore(abs, touched, text);
    this.rebuild(touched);
  }

  /** Forget a file (deleted, or no longer in a corpus folder). */
  removeFile(file: string): void {
    const touched = new Set<string>();
    this.dropFile(path.resolve(file), touched, true);
    this.rebuild(touched);
  }

  private readAndStore(file: string, touched: Set<string>, text?: string, knownRegular = false): void {
    const bytes = text !== undefined ? Buffer.from(text, 'utf8') : readCorpusFile(file, knownRegular);
    this.store(file, 'problem' in bytes ? { regulations: [], problems: [bytes.problem], warnings: [] } : fileOutcome(bytes, file, this.parse), touched);
  }

  /** Keep a file's outcome (read now, or taken from a warm index) and note the titles it touches. */
  private store(file: string, outcome: FileOutcome, touched: Set<string>): void {
    const order = this.files.get(file)?.order ?? this.nextOrder++;
    const regs = outcome.regulations;
    this.files.set(file, { order, regulations: regs, problems: outcome.problems, warnings: outcome.warnings });
    for (let i = 0; i < regs.length; i++) {
      touched.add(regs[i].title);
      addTo(this.filesByTitle, regs[i].title, file);
    }
  }

  private dropFile(file: string, touched: Set<string>, forget: boolean): void {
    const rec = this.files.get(file);
    if (!rec) return;
    for (const reg of rec.regulations) {
      touched.add(reg.title);
      removeFrom(this.filesByTitle, reg.title, file, false);
    }
    rec.regulations = [];
    if (forget) this.files.delete(file);
  }

  /**
   * Recompute the laws of the given titles and their lookup keys. `warm`: laws as a warm index stored them, taken
   * as they are where their files are exactly the stored ones, loaded from that index (storedLaw).
   */
  private rebuild(titles: Set<string>, warm?: { known: ReadonlyMap<string, FileOutcome>; stored: ReadonlyMap<string, StoredLaw> }): void {
    if (titles.size === 0) return;
    this.titleEntryCache = null;
    this.changes++;
    for (const title of titles) {
      this.unindex(title);
      const files = this.filesByTitle.get(title) ?? [];
      if (files.length === 0) {
        this.filesByTitle.delete(title);
        this.lawMap.delete(title);
        this.groupProblems.delete(title);
        continue;
      }
      const kept = warm?.stored.get(title);
      if (kept && this.restore(title, files, kept, warm!.known)) continue;
      // One file with one regulation of this title (most laws): nothing to order, filter or group.
      const only = files.length === 1 ? this.files.get(files[0])!.regulations : null;
      const regs =
        only?.length === 1 && only[0].title === title
          ? only
          : [...files].sort((a, b) => this.files.get(a)!.order - this.files.get(b)!.order).flatMap((f) => this.files.get(f)!.regulations.filter((r) => r.title === title));
      const grouped = groupVersions(regs);
      const versions = grouped.versions;
      const problems = grouped.problems.filter((p) => this.reported(p, regs));
      const translationOf = versions.find((v) => v.translationOf)?.translationOf ?? null;
      const law: Law = { title, versions, translationOf };
      this.lawMap.set(title, law);
      if (problems.length) this.groupProblems.set(title, problems);
      else this.groupProblems.delete(title);
      for (const v of versions) {
        this.lawOfReg.set(v, law);
        for (const r of regs) if (v.files.includes(r.files[0])) this.lawOfReg.set(r, law);
      }
      this.index(law);
    }
  }

  /**
   * A law as a warm index stored it, when its files are exactly the stored ones and each gives what that index
   * gave (its outcome is the one from `known`, holding one regulation of the title), its versions oldest first: the
   * same law a grouping of them makes, without grouping or normalising. False (nothing changed) otherwise: then it
   * is grouped as usual. (The table is taken as corpus:index wrote it, as the rows are: checked for its shape and
   * against the files, not grouped again.)
   */
  private restore(title: string, files: readonly string[], kept: StoredLaw, known: ReadonlyMap<string, FileOutcome>): boolean {
    // Most laws: one file, one regulation, one version.
    if (files.length === 1 && kept.versions.length === 1 && kept.versions[0].length === 1 && kept.versions[0][0] === files[0]) {
      const rec = this.files.get(files[0]);
      const regs = rec?.regulations;
      if (!regs || regs !== known.get(files[0])?.regulations || regs.length !== 1 || regs[0].title !== title) return false;
      const law: Law = { title, versions: [regs[0]], translationOf: regs[0].translationOf || null };
      this.install(law, regs, kept);
      return true;
    }
    let count = 0;
    for (const parts of kept.versions) count += parts.length;
    if (count !== files.length) return false;
    const listed = new Set(files);
    const regOf = (file: string): Regulation | null => {
      const rec = this.files.get(file);
      if (!rec || !listed.delete(file) || rec.regulations !== known.get(file)?.regulations) return null;
      let found: Regulation | null = null;
      for (const r of rec.regulations) {
        if (r.title !== title) continue;
        if (found) return null;
        found = r;
      }
      return found;
    };
    const versions: Regulation[] = [];
    const regs: Regulation[] = [];
    for (const parts of kept.versions) {
      const partRegs: Regulation[] = [];
      for (const f of parts) {
        const r = regOf(f);
        if (!r) return false;
        partRegs.push(r);
      }
      regs.push(...partRegs);
      versions.push(partRegs.length === 1 ? partRegs[0] : joinParts(partRegs, true));
    }
    for (let i = 1; i < versions.length; i++) if (compareDates(versionDate(versions[i - 1]), versionDate(versions[i])) > 0) return false;
    const translationOf = versions.find((v) => v.translationOf)?.translationOf ?? null;
    this.install({ title, versions, translationOf }, regs, kept);
    return true;
  }

  /** A restored law in the maps, with its regulations (`parts`) and stored keys. */
  private install(law: Law, parts: readonly Regulation[], kept: StoredLaw): void {
    this.lawMap.set(law.title, law);
    if (this.groupProblems.size) this.groupProblems.delete(law.title);
    for (let i = 0; i < law.versions.length; i++) this.lawOfReg.set(law.versions[i], law);
    for (let i = 0; i < parts.length; i++) if (!law.versions.includes(parts[i])) this.lawOfReg.set(parts[i], law);
    this.index(law, kept.norm, kept.short);
  }

  /**
   * Every law as a warm index stores it (StoredLaw), in load order; a law is left out when its grouping reported
   * a problem (a duplicate) or a file gives two regulations of its title (it is grouped again when loaded).
   */
  storedLaws(): Map<string, StoredLaw> {
    const out = new Map<string, StoredLaw>();
    for (const [title, law] of this.lawMap) {
      if (this.groupProblems.has(title)) continue;
      const keys = this.keysOfTitle.get(title);
      const files = this.filesByTitle.get(title) ?? [];
      const versions = law.versions.map((v) => [...v.files]);
      const all = versions.flat();
      const once = (f: string) => this.files.get(f)!.regulations.filter((r) => r.title === title).length === 1;
      if (!keys || all.length !== files.length || new Set(all).size !== all.length || !files.every((f) => all.includes(f) && once(f))) continue;
      out.set(title, { versions, norm: keys.norm[0], short: [...keys.short] });
    }
    return out;
  }

  /** A law's lookup keys, computed (or as a warm index stored them). */
  private index(law: Law, storedNorm?: string, storedShort?: string[]): void {
    let norm: string[];
    let short: string[];
    if (storedNorm !== undefined && storedShort !== undefined) {
      norm = [storedNorm];
      short = storedShort;
    } else {
      norm = [normalizeTitle(law.title)];
      const shorts = new Set<string>();
      for (const v of law.versions) for (const s of shortTitleAliases(law.title, v.shortTitles)) shorts.add(normalizeTitle(s));
      shorts.delete(norm[0]);
      short = [...shorts].filter((s) => s.length > 0);
    }
    // (indexed loops: this runs for every law at start-up, mostly unoptimised)
    for (let i = 0; i < norm.length; i++) addTo(this.normIndex, norm[i], law.title);
    for (let i = 0; i < short.length; i++) addTo(this.shortIndex, short[i], law.title);
    this.keysOfTitle.set(law.title, { norm, short });
    if (law.translationOf) addTo(this.translationIndex, law.translationOf, law.title);
  }

  private unindex(title: string): void {
    const keys = this.keysOfTitle.get(title);
    if (keys) {
      for (const k of keys.norm) removeFrom(this.normIndex, k, title);
      for (const k of keys.short) removeFrom(this.shortIndex, k, title);
      this.keysOfTitle.delete(title);
    }
    const law = this.lawMap.get(title);
    if (law?.translationOf) removeFrom(this.translationIndex, law.translationOf, title);
  }

  // ---- lookup --------------------------------------------------------------------------------------------

  version(law: Law, date?: string | null): Regulation {
    return versionAt(law.versions, date);
  }

  article(reg: Regulation, number: number, insert?: number | null): Article | undefined {
    return findArticle(reg, number, insert ?? null);
  }

  findLaws(name: string): TitleMatch[] {
    const exact = this.lawMap.get(name);
    if (exact) return [{ law: exact, via: 'title' }];
    const key = normalizeTitle(name);
    if (!key) return [];
    const byNorm = this.normIndex.get(key);
    if (byNorm?.length) return byNorm.map((t) => ({ law: this.lawMap.get(t)!, via: 'normalized' as const }));
    const byShort = this.shortIndex.get(key);
    if (!byShort?.length) return [];
    // 《道路运输条例》 means the national 中华人民共和国道路运输条例 rather than a province's 浙江省道路运输条例.
    const national = byShort.filter((t) => t.startsWith(PRC_PREFIX) && normalizeTitle(t.slice(PRC_PREFIX.length)) === key);
    const titles = national.length === 1 ? national : byShort;
    return titles.map((t) => ({ law: this.lawMap.get(t)!, via: 'short' as const }));
  }

  findLaw(name: string): Law | undefined {
    const m = this.findLaws(name);
    return m.length === 1 ? m[0].law : undefined;
  }

  lawOf(reg: Regulation): Law | undefined {
    return this.lawOfReg.get(reg) ?? this.lawMap.get(reg.title);
  }

  translationsOf(law: Law): Law[] {
    const titles = new Set(this.translationIndex.get(law.title) ?? []);
    // A translation may name its original by another accepted form (short title, spacing).
    for (const [original, ts] of this.translationIndex) {
      if (original !== law.title && !this.lawMap.has(original) && this.findLaw(original) === law) for (const t of ts) titles.add(t);
    }
    return [...titles].map((t) => this.lawMap.get(t)!).filter(Boolean);
  }

  originalOf(law: Law): Law | undefined {
    return law.translationOf ? (this.lawMap.get(law.translationOf) ?? this.findLaw(law.translationOf)) : undefined;
  }

  titleEntries(): readonly TitleEntry[] {
    if (!this.titleEntryCache) {
      const out: TitleEntry[] = [];
      for (const law of this.lawMap.values()) {
        out.push({ text: law.title, law, short: false, key: normalizeTitle(law.title) });
        const seen = new Set<string>([law.title]);
        for (const v of law.versions) {
          for (const s of shortTitleAliases(law.title, v.shortTitles)) {
            if (!seen.has(s)) out.push({ text: s, law, short: true, key: normalizeTitle(s) }), seen.add(s);
          }
        }
      }
      this.titleEntryCache = out;
    }
    return this.titleEntryCache;
  }

  nearestTitles(name: string, limit = 5): string[] {
    const key = normalizeTitle(name);
    if (!key) return [];
    const entries = this.titleEntries();
    const index = this.bigramIndex();
    // Only entries sharing a bigram with the query can score: count them through the inverted index.
    const grams = new Set(bigramsOf(key));
    const shared = new Map<number, number>();
    for (const g of grams) for (const i of index.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const best = new Map<string, number>();
    for (const [i, common] of shared) {
      const e = entries[i];
      // Dice over distinct bigrams, plus the bonus for a query contained in a title (as titleSimilarity).
      let score = (2 * common) / (grams.size + Math.max(1, e.key.length - 1));
      if (key.length >= 2 && e.key.includes(key)) score = Math.max(score, 0.5 + 0.5 * (key.length / e.key.length));
      if (score > (best.get(e.law.title) ?? 0)) best.set(e.law.title, score);
    }
    return [...best.entries()]
      .filter(([, s]) => s >= 0.2)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([t]) => t);
  }

  /** bigram → indexes into titleEntries(), built with it. */
  private bigramIndex(): Map<string, number[]> {
    const entries = this.titleEntries();
    if (this.bigramCache?.entries !== entries) {
      const index = new Map<string, number[]>();
      entries.forEach((e, i) => {
        for (const g of new Set(bigramsOf(e.key))) {
          const list = index.get(g);
          if (list) list.push(i);
          else index.set(g, [i]);
        }
      });
      this.bigramCache = { entries, index };
    }
    return this.bigramCache.index;
  }
}

function addTo(index: Map<string, string[]>, key: string, value: string): void {
  const list = index.get(key);
  if (!list) index.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Remove `value` from the key's list; the key goes with its last value unless `dropEmpty` is false. */
function removeFrom(index: Map<string, string[]>, key: string, value: string, dropEmpty = true): void {
  const list = index.get(key);
  if (!list) return;
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0 && dropEmpty) index.delete(key);
}

// Grouping the regulations parsed under one title into a law: dated versions, parts joined, duplicates dropped.
import { articleCount, articleKey, type Article, type Division, type Regulation } from '../model';
import { formatChineseNumeral } from '../numerals';
import { fileNameDate } from './titles';
import { contentHash } from './hash';
import type { LoadProblem } from './types';

/**
 * The date of a version's text: the latest amendment or revision it includes. Front matter `version:` when given;
 * else the date in a LawRefBook file name (公司法(2018-10-26).md), which is that amendment's date; else the latest
 * 修正/修订 in the history lines under the title; a text never amended is dated as it took effect (its 施行 date,
 * else its adoption). Null when undated.
 * This is what a citation target's `version` states.
 */
export function versionTextDate(reg: Regulation): string | null {
  return reg.version ?? fileNameDate(reg.files[0] ?? '') ?? reg.amended ?? reg.effective ?? reg.adopted ?? null;
}

/**
 * The date from which a version applies (took effect). A text never amended: the date it states (施行 line or
 * closing article), else its adoption. An amended text keeps the closing article of the original, so the
 * amendment decides: a 修正 by decision takes effect the day it is adopted, a 修订 (a new text) on the date its
 * closing article names, which is never before the revision. Both are the latest of the stated effective date, the
 * latest amendment and the text date (a version cannot apply before its text exists). Null when undated.
 */
export function versionDate(reg: Regulation): string | null {
  let best: string | null = null;
  for (const d of [reg.effective, reg.amended, versionTextDate(reg)]) if (d && (!best || d > best)) best = d;
  return best;
}

/** What is known of one version of a law: its text's date, when it took effect and until when it applied. */
export interface VersionFacts {
  /** Date of the text (versionTextDate). */
  text: string | null;
  /** Took effect (versionDate). */
  effective: string | null;
  /** The next version's effective date; null for the latest (in force) version. */
  until: string | null;
}

/** Facts of `reg` among the versions of its law (oldest first, as groupVersions orders them). */
export function versionFacts(versions: readonly Regulation[], reg: Regulation): VersionFacts {
  const i = versions.indexOf(reg);
  const next = i >= 0 && i + 1 < versions.length ? versions[i + 1] : null;
  return { text: versionTextDate(reg), effective: versionDate(reg), until: next ? versionDate(next) : null };
}

/** Dates that exclude being parts of one text: two different known values of the same kind. */
function datesConflict(a: Regulation, b: Regulation): boolean {
  const differ = (x: string | null, y: string | null) => x !== null && y !== null && x !== y;
  return (
    differ(a.adopted, b.adopted) ||
    differ(a.effective, b.effective) ||
    differ(a.amended ?? null, b.amended ?? null) ||
    differ(fileNameDate(a.files[0] ?? ''), fileNameDate(b.files[0] ?? ''))
  );
}

/**
 * The articles' text without whitespace, hashed: equal for two copies of one text however they were laid out. A
 * regulation from the warm index carries it (non-enumerable `textSignature`): comparing does not read its file.
 */
export function textSignature(reg: Regulation): string {
  const known = (reg as { readonly textSignature?: string }).textSignature;
  if (known !== undefined) return known;
  // A text without articles is told apart by its plain text.
  if (reg.articles.length === 0 && reg.plainText?.length) return contentHash(reg.plainText.join('\u0000').replace(/\s+/g, ''));
  return contentHash(reg.articles.map((a) => articleKey(a.number, a.insert) + '\u0001' + a.text.replace(/\s+/g, '')).join('\u0000'));
}

/**
 * Same text: the same articles in the same order with the same words. Cheapest test first: the count, then (unless
 * both signatures are known without reading, warm index) the numbers, then the words.
 */
function sameText(a: Regulation, b: Regulation, signatures: Map<Regulation, string>): boolean {
  if (articleCount(a) !== articleCount(b)) return false;
  const known = (r: Regulation) => (r as { readonly textSignature?: string }).textSignature !== undefined;
  if (!known(a) || !known(b)) {
    for (let i = 0; i < a.articles.length; i++) {
      if (a.articles[i].number !== b.articles[i].number || a.articles[i].insert !== b.articles[i].insert) return false;
    }
  }
  const sig = (r: Regulation) => {
    let s = signatures.get(r);
    if (s === undefined) signatures.set(r, (s = textSignature(r)));
    return s;
  };
  return sig(a) === sig(b);
}

interface Cluster {
  parts: Regulation[];
  /** Article keys of all parts; made when first needed (a warm-index regulation builds its articles for them). */
  keys: Set<string> | null;
}

function keysOf(reg: Regulation): Set<string> {
  const keys = new Set<string>();
  for (const a of reg.articles) keys.add(articleKey(a.number, a.insert));
  return keys;
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const k of small) if (large.has(k)) return true;
  return false;
}

function firstArticleOrder(reg: Regulation): number {
  const a = reg.articles[0];
  return a ? a.number + (a.insert ?? 0) / 1000 : Number.MAX_SAFE_INTEGER;
}

/**
 * A property made on first read and kept (or set): own and enumerable, as a plain regulation's, so that spreading
 * or serialising the object still gives it.
 */
function lazyProperty<T>(obj: object, name: string, make: () => T): { readonly made: boolean } {
  let value: T | undefined;
  const state = { made: false };
  Object.defineProperty(obj, name, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!state.made) (value = make()), (state.made = true);
      return value;
    },
    set: (v: T) => {
      value = v;
      state.made = true;
    },
  });
  return state;
}

/**
 * A law split over files, one per 编, names its parts without their numbers (LawRefBook's 民法典: # 合同编, parsed as
 * an unnumbered 编). Joined whole — its articles run from 第一条 without a gap — the parts in order are the 编 in
 * order: 第一编 总则, 第二编 物权 … (《民法典》第三编 is cited so). 附则 closes a law and is no 编. With parts missing
 * (articles with gaps) the numbers are unknown and the parts keep their names.
 */
function numberParts(divisions: Division[], articles: readonly Article[]): void {
  const parts = divisions.filter((d) => d.kind === 'part' && d.number === 0 && d.heading.replace(/\s+/g, '') !== '附则');
  if (parts.length < 2) return;
  const numbers = new Set(articles.map((a) => a.number));
  let max = 0;
  for (const n of numbers) if (n > max) max = n;
  if (!numbers.has(1) || numbers.size !== max) return;
  parts.forEach((d, k) => {
    d.number = k + 1;
    d.label = `第${formatChineseNumeral(k + 1)}编`;
    d.heading = d.heading.replace(/\s+/g, '').replace(/(.)编$/, '$1');
  });
}

/**
 * One regulation from the parts of a law split over files, articles in order (`ordered`: the parts are given in
 * it, as a warm index stores them). Its notes, divisions and articles are joined when first read, so that joining
 * parts from a warm index does not build theirs; its article count is known before when theirs are.
 */
export function joinParts(parts: Regulation[], ordered = false): Regulation {
  if (parts.length === 1) return parts[0];
  const sorted = ordered ? [...parts] : [...parts].sort((a, b) => firstArticleOrder(a) - firstArticleOrder(b));
  const first = sorted[0];
  const pick = <T>(get: (r: Regulation) => T | null): T | null => {
    for (const r of sorted) {
      const v = get(r);
      if (v !== null && v !== undefined) return v;
    }
    return null;
  };
  const joined = {
    ...first,
    shortTitles: [...new Set(sorted.flatMap((r) => r.shortTitles))],
    issuer: pick((r) => r.issuer),
    adopted: pick((r) => r.adopted),
    effective: pick((r) => r.effective),
    amended: pick((r) => r.amended),
    translationOf: pick((r) => r.translationOf),
    files: sorted.flatMap((r) => r.files),
  } as Regulation;
  lazyProperty(joined, 'notes', () => first.notes);
  // Divisions and articles are joined together, when either is first read, and the parts' 编 numbered then: an
  // article's chain of divisions says 第三编 either way.
  let whole: { divisions: Division[]; articles: Article[] } | null = null;
  const joinWhole = () => {
    if (!whole) {
      whole = { divisions: sorted.flatMap((r) => r.divisions), articles: sorted.flatMap((r) => r.articles) };
      numberParts(whole.divisions, whole.articles);
    }
    return whole;
  };
  lazyProperty(joined, 'divisions', () => joinWhole().divisions);
  const articles = lazyProperty(joined, 'articles', () => joinWhole().articles);
  const counts = sorted.map((r) => (r as { readonly articleCount?: number }).articleCount);
  if (counts.every((c) => c !== undefined)) {
    const count = counts.reduce((n: number, c) => n + c!, 0);
    // (as a warm index's regulation: not enumerable, and no longer given once the articles are there)
    Object.defineProperty(joined, 'articleCount', { enumerable: false, get: () => (articles.made ? undefined : count) });
  }
  return joined;
}

export interface GroupResult {
  /** Oldest first (undated first); each a whole text, parts joined. */
  versions: Regulation[];
  problems: LoadProblem[];
}

/**
 * Group regulations that share one title. Same text (or same date and overlapping articles) → one version, the
 * later file reported as a duplicate; disjoint articles and no conflicting date → parts of one text, joined;
 * otherwise → separate dated versions, never merged.
 * Input order decides which copy of a duplicate is kept: pass regulations in a stable order (by path).
 */
export function groupVersions(regs: readonly Regulation[]): GroupResult {
  if (regs.length === 1) return { versions: [regs[0]], problems: [] };
  const clusters: Cluster[] = [];
  const problems: LoadProblem[] = [];
  const signatures = new Map<Regulation, string>();
  const keyCache = new Map<Regulation, Set<string>>();
  const keys = (r: Regulation) => {
    let k = keyCache.get(r);
    if (!k) keyCache.set(r, (k = keysOf(r)));
    return k;
  };
  const clusterKeys = (c: Cluster) => (c.keys ??= new Set(c.parts.flatMap((p) => [...keys(p)])));
  // Date tests before key overlaps: dated versions of one law (the usual case) never need their articles.
  for (const reg of regs) {
    const file = reg.files[0] ?? '';
    let placed = false;
    for (const c of clusters) {
      const same = c.parts.some((p) => sameText(p, reg, signatures));
      const sameDateOverlap =
        !same &&
        c.parts.some((p) => versionDate(p) !== null && versionDate(p) === versionDate(reg) && !datesConflict(p, reg)) &&
        overlaps(clusterKeys(c), keys(reg));
      if (same || sameDateOverlap) {
        const kept = c.parts.find((p) => overlaps(keys(p), keys(reg))) ?? c.parts[0];
        const date = versionDate(reg);
        problems.push({
          path: file,
          kind: 'duplicate',
          duplicateOf: kept.files[0],
          reason: `duplicate of ${kept.files[0]} (same title${date ? `, date ${date}` : ''}${same ? ', same text' : ', text differs'}); kept the first`,
          reasonZh: `与 ${kept.files[0]} 重复（同一标题${date ? `、日期 ${date}` : ''}${same ? '、条文相同' : '、条文有差异'}），保留前者`,
        });
        placed = true;
        break;
      }
    }
    if (placed) continue;
    const partOf = clusters.find((c) => c.parts.every((p) => !datesConflict(p, reg)) && !overlaps(clusterKeys(c), keys(reg)));
    if (partOf) {
      partOf.parts.push(reg);
      for (const k of keys(reg)) partOf.keys!.add(k);
    } else {
      clusters.push({ parts: [reg], keys: null });
    }
  }
  const versions = clusters.map((c) => joinParts(c.parts));
  versions.sort((a, b) => compareDates(versionDate(a), versionDate(b)));
  return { versions, problems };
}

/** null (undated) before any date; ISO dates compare as strings. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** The version in force on `date`: the latest one dated on or before it (undated ones count as always); else the latest. */
export function versionAt(versions: readonly Regulation[], date?: string | null): Regulation {
  if (versions.length === 0) throw new Error('a law has at least one version');
  const latest = versions[versions.length - 1];
  if (!date) return latest;
  for (let i = versions.length - 1; i >= 0; i--) {
    const d = versionDate(versions[i]);
    if (d === null || d <= date) return versions[i];
  }
  return latest;
}

// Laws repealed by later ones, as the later law says in its final provisions: "本法自2021年1月1日起施行。
// 《中华人民共和国婚姻法》、……同时废止。" (民法典第一千二百六十条). Read from the last articles of every version; for the
// bundled corpus recorded once by `npm run corpus:index` (corpus/repeals.json), since reading them means reading every
// file. Pure rules + one data file; no LSP.
import * as fs from 'fs';
import * as path from 'path';
import { articleLabel } from '../labels';
import type { Regulation } from '../model';
import { effectiveDateInArticle } from '../parser/metadata';
import { normalizeTitle, withoutRegionPrefix } from './titles';
import type { Law, Repeal } from './types';
export type { Repeal } from './types';

export const REPEALS_FILE = 'repeals.json';

/** A sentence of a final provision that repeals: 《A》、《B》同时废止 / 《A》即行废止 / 《A》废止. */
const REPEAL_SENTENCE = /[^。；]*《[^。；]*?(?:同时|即行|同日)?废止(?=[。；，,]|\s*$)/g;
const TITLE = /《([^《》]*(?:《[^《》]*》[^《》]*)*)》/g;
/** Words that make 废止 something else than this law's repeal of another (它们的废止, 废止程序 …). */
const NOT_A_REPEAL = /决定废止|予以废止|应当废止|提请废止|建议废止|废止的|废止程序|撤销或者废止|改变或者撤销/;

/** The repeals a regulation's final provisions (its last five articles) state. */
export function repealsIn(reg: Regulation): Repeal[] {
  const out: Repeal[] = [];
  for (const a of reg.articles.slice(-5)) {
    const raw = (a as { rawText?: string }).rawText ?? a.text;
    if (!raw.includes('废止')) continue;
    const text = a.text;
    for (const m of text.matchAll(REPEAL_SENTENCE)) {
      if (NOT_A_REPEAL.test(m[0])) continue;
      const date = effectiveDateInArticle(text) ?? reg.effective ?? reg.adopted;
      for (const t of m[0].matchAll(TITLE)) {
        const title = t[1].trim();
        if (title && title !== reg.title) out.push({ title, by: reg.title, article: articleLabel(a.number, a.insert), date });
      }
    }
  }
  return out;
}

/** Keys a repealed title is found by: the title and, for national laws, without 中华人民共和国. */
function keysOf(title: string): string[] {
  const key = normalizeTitle(title);
  const short = withoutRegionPrefix(key);
  return short ? [key, short] : [key];
}

/** Repeals by title key; `find` gives the first record of a title (laws in load order, versions oldest first). */
export class RepealIndex {
  private readonly byKey = new Map<string, Repeal[]>();

  constructor(records: Iterable<Repeal>) {
    for (const r of records) {
      for (const k of keysOf(r.title)) {
        const list = this.byKey.get(k);
        if (!list) this.byKey.set(k, [r]);
        else if (!list.includes(r)) list.push(r);
      }
    }
  }

  /** The repeal of a law named as written (《合同法》, 中华人民共和国合同法), if the corpus records one. */
  find(written: string): Repeal | undefined {
    return this.byKey.get(normalizeTitle(written))?.[0];
  }

  /**
   * Every record that may concern a law of this title: under the title or, for a national law, its name without
   * 中华人民共和国 (a 1950 《契税暂行条例》 and the 1997 《中华人民共和国契税暂行条例》 both come back; the caller
   * tells them apart by date).
   */
  all(title: string): Repeal[] {
    const out: Repeal[] = [];
    for (const k of keysOf(title)) for (const r of this.byKey.get(k) ?? []) if (!out.includes(r)) out.push(r);
    return out;
  }

  get size(): number {
    return this.byKey.size;
  }
}

/** Every repeal the laws state, in law order (for the data file and for folders without one). */
export function repealsOf(laws: Iterable<Law>): Repeal[] {
  const out: Repeal[] = [];
  for (const law of laws) for (const v of law.versions) out.push(...repealsIn(v));
  return out;
}

/** The recorded repeals of a corpus folder (its repeals.json); null when absent or unreadable. */
export function readRepeals(dir: string): Repeal[] | null {
  try {
    const data = JSON.parse(fs.readFileSync(path.join(dir, REPEALS_FILE), 'utf8')) as { repeals?: Repeal[] };
    return Array.isArray(data.repeals) ? data.repeals.filter((r) => r && typeof r.title === 'string' && typeof r.by === 'string') : null;
  } catch {
    return null;
  }
}

/** Code-unit order: the same on every machine (no locale). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The data file's text: deterministic (sorted), one record per line. */
export function formatRepeals(repeals: readonly Repeal[]): string {
  const seen = new Set<string>();
  const rows = [...repeals]
    .sort((a, b) => cmp(a.title, b.title) || cmp(a.by, b.by) || cmp(a.article, b.article))
    .filter((r) => {
      const k = `${r.title}\u0000${r.by}`;
      return !seen.has(k) && (seen.add(k), true);
    })
    .map((r) => '    ' + JSON.stringify(r));
  return `{\n  "about": "Laws repealed by laws of this corpus, as their final provisions state (npm run corpus:index).",\n  "repeals": [\n${rows.join(',\n')}\n  ]\n}\n`;
}

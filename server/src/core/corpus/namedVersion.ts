// The version of a law a citation names by a year, and whether the corpus holds it.
import type { Regulation } from '../model';
import { versionDate, versionTextDate } from './versions';

/**
 * What a year written with a law's title says of it: the text as amended or revised that year (2018年修正的《公司法》,
 * 《公司法（2018年修正）》), the law as adopted or promulgated that year (1982年通过的《商标法》), the text that took
 * effect that year (2024年施行的《公司法》), or the year alone (2018年《公司法》, 《公司法（2023）》, （2017年版）,
 * "the 2005 Company Law").
 */
export type VersionEvent = 'amended' | 'adopted' | 'effective' | 'year';

const yearOf = (iso: string | null | undefined): number | null => (iso ? +iso.slice(0, 4) : null);

/**
 * The original text, never amended since: no amendment stated, and its text no later than it took effect (an
 * interpretation amended in 2020 keeps its 2004 effective date but its text is of 2020); undated effect: its text of
 * the year it was adopted or the next.
 */
function original(v: Regulation): boolean {
  if (v.amended) return false;
  const text = versionTextDate(v);
  if (!text) return false;
  if (v.effective) return text <= v.effective;
  const adopted = yearOf(v.adopted);
  return adopted === null || yearOf(text)! - adopted <= 1;
}

/** One line of the history under a law's title: its date and what it did. */
interface HistoryLine {
  date: string;
  /**
   * 'enacted': adopted (the first line) or revised (…修订: a new text); 'amended': its own text amended and published
   * anew (…第一次修正); 'act': changed by an act of its own (…通过的《中华人民共和国宪法修正案》, …通过的《…的决定》),
   * the text keeping its numbering; null: no change (…公告公布施行).
   */
  kind: 'enacted' | 'amended' | 'act' | null;
}

/** The history lines under the latest text of a law (1993年12月29日…通过, 2005年10月27日…修订, …第三次修正, …). */
function history(versions: readonly Regulation[]): HistoryLine[] {
  const latest = versions[versions.length - 1];
  const out: HistoryLine[] = [];
  for (const note of latest?.notes ?? []) {
    const m = /^\s*[（(]?\s*(?:根据)?\s*((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日(.*)$/.exec(note);
    if (!m) continue;
    const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    const rest = m[4].replace(/[)）\s]+$/, '');
    const kind = /修订$/.test(rest) || (!out.length && /通过$/.test(rest)) ? 'enacted' : /修正$/.test(rest) ? 'amended' : /通过的《[^》]+》$/.test(rest) ? 'act' : null;
    out.push({ date, kind });
  }
  return out;
}

/**
 * A law changed since its enactment only by acts of their own (the Constitution by its 修正案, the 刑法 by 刑法修正案
 * and decisions), never published anew as an amended text: the year of its adoption or revision (1982年宪法, "the
 * 1982 PRC Constitution", 《刑法》（1997年修订）) names the law in force today, the text of that year as those acts
 * changed it, its articles keeping their numbers — the latest text the corpus holds. Null otherwise.
 */
function enactedThenActs(versions: readonly Regulation[], year: number): Regulation | null {
  const lines = history(versions);
  const i = lines.map((l) => l.kind === 'enacted' && yearOf(l.date) === year).lastIndexOf(true);
  if (i < 0) return null;
  const later = lines.slice(i + 1).filter((l) => l.kind !== null);
  return later.length && later.every((l) => l.kind === 'act') ? versions[versions.length - 1] : null;
}

/**
 * Rule (issue 14, fix-ver18; what "the corpus holds that version" means). A citation that names a version by a year
 * reads that version's text, never another's: the version named is the one of the corpus that is that text —
 *   - amended or revised in that year (…修正的, …修订的, （2018年修正）, （2018修正）): the text dated that year (its latest
 *     amendment or revision made then);
 *   - adopted or promulgated in that year (…通过的, …颁布的, …公布的, …制定的, …出台的): the original text, never amended since,
 *     adopted (or, a regulation with no adoption date, published) that year;
 *   - taking effect in that year (…施行的, …实施的): the text that took effect that year;
 *   - the year alone (2018年《公司法》, 《民法典（2020）》, （2017年版）, "the 2005 Company Law"): any of the three, in that
 *     order; else the text in force all through that year — one the corpus holds took effect by its first day, the next
 *     text the corpus holds took effect after its last, and the law's history lines record no change between that
 *     text's date and the year's end (2020年《公司法》 is the 2018 text; 2015年《公司法》 is the 2013 text, not held).
 * A later text is another version: 1993年修正的《商标法》 is not the 2019 text, 1982年通过的《商标法》 not either. But a law
 * changed since only by acts of their own, never published anew as an amended text (the Constitution, the 刑法), is
 * named by the year of its adoption or revision as the law in force (1982年宪法, 《刑法》（1997年修订）: enactedThenActs).
 * Null when the corpus holds no such text: the citation is then of a text the corpus lacks (unknown-regulation),
 * never read in another version. The latest of several such texts.
 */
export function versionNamed(versions: readonly Regulation[], year: number, event: VersionEvent = 'year'): Regulation | null {
  const last = (list: Regulation[]) => (list.length ? list[list.length - 1] : null);
  const amended = () => last(versions.filter((v) => yearOf(versionTextDate(v)) === year || yearOf(v.amended) === year));
  const adopted = () => last(versions.filter((v) => original(v) && yearOf(v.adopted ?? versionTextDate(v)) === year));
  const effective = () => last(versions.filter((v) => yearOf(versionDate(v)) === year));
  if (event === 'amended') return amended() ?? enactedThenActs(versions, year);
  if (event === 'adopted') return adopted() ?? enactedThenActs(versions, year);
  if (event === 'effective') return effective();
  return amended() ?? effective() ?? adopted() ?? inForceThrough(versions, year) ?? enactedThenActs(versions, year);
}

/** The text in force all through `year`, when the corpus holds it and no change the history records came between. */
function inForceThrough(versions: readonly Regulation[], year: number): Regulation | null {
  const first = `${year}-01-01`;
  const end = `${year}-12-31`;
  const changes = history(versions).filter((l) => l.kind !== null).map((l) => l.date);
  for (let i = versions.length - 1; i >= 0; i--) {
    const v = versions[i];
    const from = versionDate(v);
    if (!from || from > first) continue;
    const next = versions[i + 1];
    const nextFrom = next ? versionDate(next) : null;
    if (next && (!nextFrom || nextFrom <= end)) return null;
    const text = versionTextDate(v) ?? from;
    return changes.some((d) => d > text && d <= end) ? null : v;
  }
  return null;
}

/** What a diagnostic says of the versions the corpus holds: each text's date and the date it took effect. */
export function heldVersions(versions: readonly Regulation[]): { text: string | null; effective: string | null }[] {
  return versions.map((v) => ({ text: versionTextDate(v), effective: versionDate(v) }));
}

/**
 * Rule (issue 14, fix-zh40; judgments and papers on a law's revision: 原《行政处罚法》第三十一条, 修改前的《公司法》第十六条,
 * 2018年修改前的《公司法》): the former text of a law in force is the text before its latest revision at the document's
 * date (`date`; none: the latest revision) — or before the revision of the year written (`year`) — found by the law's
 * history lines: the text the line before that revision published (its adoption, an amendment or a revision). A
 * revision adopted by the document's date counts, in force or not yet (a page of 2024 on the 2023 公司法 calls the 2018
 * text 原). The version the corpus holds of it (`reg`), else what a diagnostic names as the version wanted (`year`,
 * `event`, as versionNamed). Null when the history does not tell (no lines, none by that date or of that year) or when
 * the revision was an act of its own (a 刑法修正案): the former text is not one published text then, and the caller
 * reads as before.
 */
export function textBefore(versions: readonly Regulation[], date: string | null, year?: number): { reg: Regulation | null; year: number; event: VersionEvent } | null {
  const lines = history(versions).filter((l) => l.kind !== null);
  const k = year !== undefined
    ? lines.map((l) => l.kind !== 'act' && yearOf(l.date) === year).lastIndexOf(true)
    : lines.map((l) => !date || l.date <= date).lastIndexOf(true);
  if (k < 1 || lines[k].kind === 'act') return null;
  const before = lines[k - 1];
  const wanted = yearOf(before.date)!;
  const event: VersionEvent = k - 1 === 0 ? 'adopted' : 'amended';
  return { reg: versionNamed(versions, wanted, event), year: wanted, event };
}

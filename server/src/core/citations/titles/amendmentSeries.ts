// Rule (how the Constitution's amendments are cited: 宪法修正案第2条, 《中华人民共和国宪法修正案》第三十二条): the
// amendments of a law are texts of their own, each with its year in its title (…宪法修正案（1988年） … （2018年）), and
// they number their articles through — 第一条、第二条 in 1988, 第三条 to 第十一条 in 1993, up to 第五十二条 in 2018. A
// writer names the series without a year and the number says which amendment is meant: the one holding that article.
// Only amendments are numbered so; a title with a year is otherwise a version (VERSION_SUFFIX in titles.ts).
import type { Law } from '../../corpus/index';
import { withoutRegionPrefix } from '../../corpus/titles';
import { titleKey } from '../text';

const MEMBER = /^(.{2,40}修正案)[(（](?:19|20)\d{2}年[)）]$/;

/** The series a title belongs to, as keys with and without the region prefix (…宪法修正案, 宪法修正案), else []. */
export function seriesNames(title: string): string[] {
  const m = MEMBER.exec(titleKey(title));
  if (!m) return [];
  const short = withoutRegionPrefix(m[1]);
  return short ? [m[1], short] : [m[1]];
}

/** The members of the series a title key names without its year (宪法修正案: the five amendments), in corpus order. */
export function seriesMembers(laws: Iterable<Law>, key: string): Law[] {
  const out: Law[] = [];
  for (const law of laws) if (seriesNames(law.title).includes(key)) out.push(law);
  return out;
}

/** Of a series' members, the one holding the article (`has`); null when the laws are no series or not one holds it. */
export function memberHolding(laws: readonly Law[], has: (law: Law) => boolean): Law | null {
  if (laws.length < 2) return null;
  const base = seriesNames(laws[0].title)[0];
  if (!base || laws.some((l) => seriesNames(l.title)[0] !== base)) return null;
  const holding = laws.filter(has);
  return holding.length === 1 ? holding[0] : null;
}

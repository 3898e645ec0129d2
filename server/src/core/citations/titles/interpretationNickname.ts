// Rule (issue 14, fix-zh50, heldout36-court p09; lawyers' articles comparing a court interpretation's texts:
// 2022年《虚假陈述司法解释》…；《虚假陈述司法解释(2022)》第7条第1款规定…): writers name an interpretation by the words of its
// subject and 司法解释 or 若干规定, with the year of the text they mean — in the marks ((2022)), or before them (2022年).
// The words name the interpretations whose titles hold them after 关于 (审理证券市场虚假陈述侵权民事赔偿案件 holds
// 虚假陈述); the year picks one: the one such interpretation that has a text of that year (adopted, published or in force
// from it) — with one interpretation so named, its text of that year (the version rule reads it); with several, the one
// of them with a text of that year. No year, no interpretation or several with a text of that year, or words that name
// a law (公司法司法解释: titleInterpretation.ts) or are too few to be a subject: the name stays unknown, as before.
import type { Law } from '../../corpus/types';
import { titleBeforeNote } from '../text';
import { versionDate, versionTextDate } from '../../corpus/versions';

/** A nickname: the subject's words (group 1), then 司法解释 or 若干规定. */
const NICKNAME = /^([\u4e00-\u9fff]{3,14}?)(?:司法解释|若干规定)$/;
/** Words that end a law's or regulation's name: such words name a law's interpretation, another rule's job. */
const LAW_WORDS = /(?:法|条例|法典|规定|解释|办法)$/;

/** The year of a date written yyyy-mm-dd. */
const yearOf = (date: string | null | undefined) => (date ? +date.slice(0, 4) : null);

/** Whether `law` has a text of `year`: adopted, published or in force from that year. */
function textOfYear(law: Law, year: number): boolean {
  return law.versions.some((v) => yearOf(v.adopted) === year || yearOf(versionTextDate(v)) === year || yearOf(versionDate(v)) === year);
}

/**
 * The interpretation the nickname `written` (its version note already left off) with the year `year` names (the rule
 * above), among `laws` (the corpus's, each once); null when none or several fit.
 */
export function interpretationByNickname(written: string, year: number | undefined, laws: Iterable<Law>): Law | null {
  if (!year) return null;
  const m = NICKNAME.exec(titleBeforeNote(written));
  if (!m || LAW_WORDS.test(m[1])) return null;
  const named: Law[] = [];
  for (const law of laws) {
    const about = /^最高人民(?:法院|检察院).*?关于(.+)$/.exec(law.title);
    if (!about || !about[1].includes(m[1]) || !law.versions.every((v) => v.kind === 'judicial-interpretation')) continue;
    if (!named.includes(law)) named.push(law);
  }
  if (named.length === 1) return textOfYear(named[0], year) ? named[0] : null;
  const ofYear = named.filter((law) => textOfYear(law, year));
  return ofYear.length === 1 ? ofYear[0] : null;
}

// Rule (issue 14, fix-zh50, heldout36-court p09; lawyers' articles comparing a court interpretation's texts:
// 2022年《虚假陈述司法解释》…；《虚假陈述司法解释(2022)》第7条第1款规定…): writers name an interpretation by the words of its
// subject and 司法解释 or 若干规定, with the year of the text they mean — in the marks ((2022)), or before them (2022年).
// The words name the interpretations whose titles hold them after 关于 (审理证券市场虚假陈述侵权民事赔偿案件 holds
// 虚假陈述); the year picks one: the one such interpretation that has a text of that year (adopted, published or in force
// from it) — with one interpretation so named, its text of that year (the version rule reads it); with several, the one
// of them with a text of that year. No year, no interpretation or several with a text of that year, or words that name
// a law (公司法司法解释: titleInterpretation.ts) or are too few to be a subject: the name stays unknown, as before.
// Rule (fix-zh54, heldout38-court p19/p30; judgments and lawyers' articles naming an interpretation by the law it reads
// and its ordinal, never defined on the page: 《担保法解释》第四条, 《合同法解释二》第24条, 《合同法司法解释(二)》, 《专利法司法解释二》第8条):
// the law's name, 解释 or 司法解释, the ordinal in brackets or bare, or none. They name the interpretations whose titles
// name that law in 《》 (最高人民法院关于适用《中华人民共和国担保法》若干问题的解释) — a 解释, or a law's 若干问题的规定
// (公司法's), no other kind (确定罪名的补充规定); when no title names it so, the court's own 解释 on no criminal cases
// whose subject after 关于 holds the law's subject word (专利 of 专利法: 关于审理侵犯专利权纠纷案件应用法律若干问题的
// 解释（二）; 证券纠纷代表人诉讼若干问题的规定 is no 证券法解释). The ordinal picks among them: the title closing with it
// (（二）), or none for a name without one (一 also the unnumbered first text of a series numbering the later ones);
// where several still fit, the ones titled 解释, as written. One left: the name is it, as a title (resolved, its version
// by the date); several or none (《合同法解释三》, 《商标法司法解释》): the name stays unknown, as before. The customary
// names listed in corpus/data/aliases.json are found before this rule is asked.
import { everyTextIs } from '../../corpus/lawKind';
import type { Law } from '../../corpus/types';
import { titleBeforeNote } from '../text';
import { versionDate, versionTextDate } from '../../corpus/versions';
import { SERIES_IN_BRACKETS, SERIES_NUMBER, seriesNumber } from './seriesNumber';
import { COURT_ISSUER } from '../courtTitleWords';

/** A nickname: the subject's words (group 1), then 司法解释 or 若干规定. */
const NICKNAME = /^([\u4e00-\u9fff]{3,14}?)(?:司法解释|若干规定)$/;
/** Words that end a law's or regulation's name: such words name a law's interpretation, another rule's job. */
const LAW_WORDS = /(?:法|条例|法典|规定|解释|办法)$/;
/** A court text's title (courtTitleWords.ts COURT_ISSUER opening it), and the subject after its 关于 (group 1). */
const COURT_ISSUED = new RegExp(`^${COURT_ISSUER}`);
const ABOUT = new RegExp(`^${COURT_ISSUER}.*?关于(.+)$`);

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
  const lawNamed = LAW_NICKNAME.exec(written.replace(/[\s\u3000]+/g, ''));
  const ofLaw = lawNamed ? interpretationOfLaw(lawNamed[1], lawNamed[2] ? seriesNumber(lawNamed[2]) : null, [...laws], /规定/.test(lawNamed[0])) : null;
  if (ofLaw || !year) return ofLaw;
  const m = NICKNAME.exec(titleBeforeNote(written));
  if (!m || LAW_WORDS.test(m[1])) return null;
  const named: Law[] = [];
  for (const law of laws) {
    const about = ABOUT.exec(law.title);
    if (!about || !about[1].includes(m[1]) || !everyTextIs(law, 'judicial-interpretation')) continue;
    if (!named.includes(law)) named.push(law);
  }
  if (named.length === 1) return textOfYear(named[0], year) ? named[0] : null;
  const ofYear = named.filter((law) => textOfYear(law, year));
  return ofYear.length === 1 ? ofYear[0] : null;
}

/**
 * A law's interpretation named by the law (group 1), 解释 or 司法解释 and its ordinal (2, as seriesNumber.ts reads it); or
 * 规定 as the court titles a law's 若干问题的规定 (《破产法规定（二）》, fix-zh100) — read as 解释 is.
 */
const LAW_NICKNAME = new RegExp(`^(?:中华人民共和国)?([\\u4e00-\\u9fff]{1,12}?(?<!司)法)(?:(?:司法)?解释|规定)(${SERIES_NUMBER})?$`);

/**
 * An interpretation's title: its issuer, 关于 and its subject (group 1), its kind word (2: 解释, or 若干问题的规定 as the
 * court titles a law's general interpretations, 公司法's; not a 补充规定 on 罪名), its ordinal (3).
 */
const INTERPRETATION_TITLE = new RegExp(`^${COURT_ISSUER}.*?关于(.+?)(解释|若干问题的规定)(${SERIES_IN_BRACKETS})?$`);

/**
 * The one interpretation of the law `law` (its name as written, 担保法) numbered `ordinal` (null: none written) among
 * `laws` (the rule above), its 若干问题的规定 only when `provisions` (规定 written); null when none or several fit.
 */
function interpretationOfLaw(law: string, ordinal: string | null, laws: readonly Law[], provisions = false): Law | null {
  const interpretations: { law: Law; subject: string; kind: string; ordinal: string | null }[] = [];
  for (const l of laws) {
    const m = INTERPRETATION_TITLE.exec(l.title);
    if (!m || !everyTextIs(l, 'judicial-interpretation') || interpretations.some((i) => i.law === l)) continue;
    if (provisions && m[2] !== '若干问题的规定') continue; // 规定 written: the law's 若干问题的规定 only
    interpretations.push({ law: l, subject: m[1], kind: m[2], ordinal: m[3] ? seriesNumber(m[3]) : null });
  }
  let inMarks = interpretations.filter((i) => i.subject.includes(`《${law}》`) || i.subject.includes(`《中华人民共和国${law}》`));
  // Rule (fix-zh90; 破产法解释（二） for the 企业破产法's 规定（二）, as 《破产法》第三十八条 names that law): the law may be
  // written by its own short name — the one law of the corpus whose title ends with it (none named exactly).
  if (!inMarks.length) {
    const full = lawEndingWith(law, laws);
    if (full) inMarks = interpretations.filter((i) => i.subject.includes(`《${full}》`));
  }
  const subject = law.slice(0, -1);
  const named = inMarks.length ? inMarks : subject.length >= 2 ? interpretations.filter((i) => i.kind === '解释' && bySubject(i.law.title, i.subject, subject)) : [];
  const series = named.some((i) => i.ordinal !== null);
  let fit = named.filter((i) => i.ordinal === ordinal || (ordinal === '一' && i.ordinal === null && series));
  if (fit.length > 1) fit = fit.filter((i) => i.kind === '解释');
  return fit.length === 1 ? fit[0].law : null;
}

/**
 * Whether an interpretation names the law by its subject word (its kind word 解释, as the name says: 证券纠纷代表人诉讼
 * 若干问题的规定 is no 证券法解释): the court's own (not one issued with the 检察院) on cases
 * other than criminal ones — a 刑事案件 interpretation reads the 刑法, whatever its subject (操纵证券… is no 证券法解释).
 */
function bySubject(title: string, about: string, subject: string): boolean {
  return title.startsWith('最高人民法院关于') && !about.includes('刑事') && about.includes(subject);
}

/** The title of the one law (no interpretation) among `laws` whose title ends with the name `law` and is longer, or null. */
function lawEndingWith(law: string, laws: readonly Law[]): string | null {
  if (law.length < 3) return null;
  let one: string | null = null;
  for (const l of laws) {
    if (l.title.length <= law.length || !l.title.endsWith(law) || COURT_ISSUED.test(l.title) || !everyTextIs(l, 'law')) continue;
    if (one && one !== l.title) return null;
    one = l.title;
  }
  return one;
}

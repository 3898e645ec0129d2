/**
 * Rule (fix-zh100; judgments, judges' and lawyers' articles naming a court text by its subject: 《调解规定》第7条 for
 * 最高人民法院关于人民法院民事调解工作若干问题的规定 (heldout53-court), 《执行异议复议规定》, 《查封扣押冻结规定》,
 * 《拍卖变卖规定》, 《变更追加规定》, 《执行和解规定》, 《诉讼时效规定》, 《财产保全规定》, 《强奸、猥亵未成年人刑事案件解释》):
 * writers shorten a court text's title (a 规定 or 解释 of the 最高人民法院 / 最高人民检察院, 关于 …) to its SUBJECT CORE and
 * its kind. The core is what is left of the words after 关于 once the title's fixed words go: 人民法院, 审理 / 办理 / 处理 /
 * 涉及 before it; 适用法律 / 具体应用法律 / 应用法律, 若干 / 有关 问题, 的 after it; the kind of case (民事 / 刑事 / 行政,
 * 纠纷, 案件) after it, which the writer may keep in part or whole (《期货纠纷规定》, 《洗钱刑事案件解释》). Writers may
 * also leave off the field word opening the core (民事 of 民事调解工作, 民事执行中 of 民事执行中查封、扣押、冻结财产) and the
 * generic noun closing it (工作, 财产, 当事人, 制度, 相关, 保护), or keep only what follows a kind of case inside it (指定管理人
 * of 企业破产案件指定管理人), and the marks joining its words (、 和 与 及 等 的: 《查封扣押冻结规定》,
 * 《执行异议复议规定》). Then the kind word as the title has it (规定, 解释; 司法解释 for either; 解释 for a 规定 when no 解释
 * is so named), then the title's series number as written (（二）, 二, 之二).
 * Every court text of the corpus gets these derived names; a name derived from two texts (《证据规定》: 民事诉讼证据 and
 * 行政诉讼证据; 《虚假陈述规定》; 《诉讼时效司法解释》: the 规定 on 诉讼时效制度 and the 民法总则's 解释 of it) names neither, and a name whose words stand in the subjects of more than five court texts
 * (执行, 诉讼) is a generic word, no name (《执行规定》 stays unknown); of a text and the one that replaced it under the same
 * name, the one in force. 补充规定 on 罪名 are no such texts. Asked after every other
 * reading of a title (an exact title, a short title, the kind-of-case reading of titles.ts) found nothing. Texts naming a
 * law in 《》 are not named so (their law names them), but a name they share with a text makes it ambiguous.
 */
import { everyTextIs } from '../../corpus/lawKind';
import type { CorpusLike, Law } from '../../corpus/types';
import { lawRepeal } from '../../corpus/lawStatus';
import { SERIES_IN_BRACKETS, SERIES_NUMBER, seriesNumber } from './seriesNumber';
import { CASE_FIELDS, CASE_VERB, COURT_ISSUERS } from '../courtTitleWords';

/** A written name: its words (1), kind word (2), series number (3, any form seriesNumber.ts reads). */
const WRITTEN = new RegExp(`^([\\u4e00-\\u9fff、]{2,30}?)(司法解释|解释|规定)(${SERIES_NUMBER})?$`);

/** A court text's title: its issuers, 关于, the subject (1), the kind word (2), the series number (3), 试行 or not. */
const COURT_TITLE = new RegExp(`^(?:${COURT_ISSUERS})?关于(.+?)(解释|规定)(${SERIES_IN_BRACKETS})?(?:[（(]试行[)）])?$`);

/** The fixed words closing a subject (removed again and again): 适用法律, 若干问题, 的 … */
const CLOSING = /(?:的|若干|有关|问题|适用法律|具体应用法律|应用法律)$/;
/**
 * The fixed words opening a subject (removed again and again): 人民法院, the verb before a kind of case (审理, 办理), and
 * — wider than the readers looking for a kind of case (kindTailDropped.ts, generalSubjectName.ts), since here any
 * subject's opening verb goes, not only a kind of case's — 处理, 涉及, 适用, 有关, 民事案件适用.
 */
const OPENING = new RegExp(`^(?:人民法院|${CASE_VERB}|处理|涉及|适用|有关|(?:${CASE_FIELDS})?案件适用)`);
/**
 * The kind of case closing a subject: its field (1), 纠纷 (2), 案件 (3) — courtTitleWords.ts CASE_CLOSE with its parts
 * captured (a writer may keep each or leave it off) — or 纠纷 alone (4).
 */
const CASE_TAIL = new RegExp(`(${CASE_FIELDS})?(纠纷)?(案件)$|(纠纷)$`);
/** The field word (or 民事执行中, or 侵犯 of a right's infringement) a writer may leave off the core's start. */
const FIELD = new RegExp(`^(?:民事执行中|${CASE_FIELDS}|侵犯)`);
/** The generic noun a writer may leave off the core's end. */
const GENERIC_END = /(?:工作|财产|当事人|制度|相关|保护)$/;
/** The marks joining a core's words, left out when names are compared. */
const JOINERS = /[、和与及等的]/g;
/** A name whose words stand in more court subjects than this is a generic word. */
const MAX_SUBJECTS = 5;

/** A court text's subject, kind and number, and the names derived from it (joiners left out). */
interface CourtText { law: Law; subject: string; kind: string; number: string | null; names: Set<string>; byLaw: boolean }

const cache = new WeakMap<object, CourtText[]>();

/** The names derived from a subject (the rule above), joiners left out. */
export function derivedNames(subject: string): Set<string> {
  let s = subject;
  for (let prev = ''; prev !== s; ) (prev = s), (s = s.replace(CLOSING, ''));
  const tail = CASE_TAIL.exec(s);
  const tails = [''];
  if (tail) {
    s = s.slice(0, tail.index).replace(/审理$/, ''); // 适用简易程序审理民事案件
    const parts = [tail[1], tail[2] ?? tail[4], tail[3]].filter((p): p is string => !!p);
    // Every part of the kind of case, in order, kept or left off (民事纠纷案件: 民事, 纠纷, 民事纠纷, … 民事纠纷案件).
    for (let mask = 1; mask < 1 << parts.length; mask++) tails.push(parts.filter((_, i) => mask & (1 << i)).join(''));
  }
  for (let prev = ''; prev !== s; ) (prev = s), (s = s.replace(OPENING, '').replace(/的$/, ''));
  const bodies = new Set([s]);
  // 企业破产案件指定管理人: the subject after the kind of case it concerns (指定管理人) names it too.
  const after = /案件([\u4e00-\u9fff、]{3,})$/.exec(s);
  if (after) bodies.add(after[1]);
  if (FIELD.test(s)) bodies.add(s.replace(FIELD, ''));
  for (const b of [...bodies]) if (GENERIC_END.test(b)) bodies.add(b.replace(GENERIC_END, ''));
  const names = new Set<string>();
  for (const b of bodies) for (const t of tails) if (b.length >= 2) names.add((b + t).replace(JOINERS, ''));
  return names;
}

/** The corpus's court texts with their derived names, computed once per set of laws. */
function courtTexts(laws: Iterable<Law>, key: object): CourtText[] {
  let texts = cache.get(key);
  if (texts) return texts;
  texts = [];
  for (const law of laws) {
    const m = COURT_TITLE.exec(law.title);
    if (!m || /补充$/.test(m[1]) || !everyTextIs(law, 'judicial-interpretation')) continue;
    // A text applying a law named in it (适用《民法总则》诉讼时效制度…的解释) is named by that law (other rules); its
    // subject's names only make a name it shares with another text ambiguous (《诉讼时效司法解释》).
    const byLaw = m[1].includes('《');
    const subject = m[1].replace(/^(?:适用)?《[^》]*》/, '');
    texts.push({ law, subject: subject.replace(JOINERS, ''), kind: m[2], number: m[3] ? seriesNumber(m[3]) : null, names: derivedNames(subject), byLaw });
  }
  cache.set(key, texts);
  return texts;
}

/**
 * The one court text the name `key` (a title key: no marks, ASCII brackets) names by its subject core (the rule above),
 * among the corpus's; null when none or several fit (one in force of texts replacing each other excepted), or the words
 * are generic.
 */
export function subjectCoreText(key: string, corpus: CorpusLike): Law | null {
  const w = WRITTEN.exec(key);
  if (!w || /^关于|的$/.test(w[1])) return null;
  const words = w[1].replace(JOINERS, '');
  if (words.length < 2) return null;
  const number = w[3] ? seriesNumber(w[3]) : null;
  const texts = courtTexts(corpus.laws.values(), corpus);
  if (texts.filter((t) => t.subject.includes(words)).length > MAX_SUBJECTS) return null;
  const fits = (kind: string | null) => {
    const out: CourtText[] = [];
    for (const t of texts) if ((kind === null || t.kind === kind) && t.number === number && t.names.has(words) && !out.includes(t)) out.push(t);
    return out;
  };
  let fit = fits(w[2] === '司法解释' ? null : w[2]);
  if (!fit.length && w[2] === '解释') fit = fits('规定');
  if (fit.some((t) => t.byLaw)) return null;
  const found = [...new Set(fit.map((t) => t.law))];
  if (found.length === 1) return found[0];
  // A text and the one that replaced it (the 2000 and the 2022 破坏野生动物资源 解释): the one in force, when the others
  // were all repealed.
  const inForce = found.filter((l) => !lawRepeal(corpus, l));
  return inForce.length === 1 ? inForce[0] : null;
}

/**
 * Rule (fix-zh92; heldout53 court, papers on court mediation: 《调解规定》第13条, 《调解规定》第8 条第1 款 for 最高人民法院关于
 * 人民法院民事调解工作若干问题的规定; the same habit names 《执行规定》 / 《执行工作规定》 for …关于人民法院执行工作若干问题的
 * 规定（试行）, 《特邀调解规定》, 《执行和解规定》, 《登记立案规定》): a court 规定 about no kind of case (关于 and its subject,
 * no 审理 / 办理 …案件) is named by its subject and 规定 — the subject's words as its title has them, the court's own 人民法院
 * before them left off, and the words any court text could say left off or kept: the branch before (民事, 刑事, 行政) and
 * 工作 after (民事调解工作 → 调解, 民事调解, 调解工作). A word that tells one text from another stays: 特邀调解 is no 调解, so
 * 《调解规定》 is the 民事调解工作 规定 alone, while the 人民调解协议司法确认程序 规定 (its subject's head 程序) fits neither.
 * The one court 规定 whose subject so reads; none or several: null (the name stays unknown, never a guess between two).
 */
import type { Law } from '../../corpus/types';

/** A court 规定's title: the court's, 关于 and its subject (1), 若干问题 or not, (的)规定, a 试行 note or not. */
const TITLE = /^最高人民法院关于(.+?)(?:若干问题)?的?规定(?:[（(]试行[)）])?$/;
/** A subject naming a kind of case (审理…案件): writers name those texts by the kind (titles.ts caseKindInterpretation). */
const CASE_KIND = /(?:审理|办理)[\u4e00-\u9fff、]*?案件/;

/** The ways a writer may shorten `subject` (the rule above). */
function subjectNames(subject: string): string[] {
  const own = subject.replace(/^人民法院/, '');
  const branchless = own.replace(/^(?:民事|刑事|行政)(?!诉讼)/, '');
  const names = new Set<string>();
  for (const s of [own, branchless]) for (const n of [s, s.replace(/工作$/, '')]) if (n.length >= 2) names.add(n);
  return [...names];
}

/** The one court 规定 among `laws` named by `words` + 规定 (the rule above); null when none or several fit. */
export function courtSubjectRule(words: string, laws: Iterable<Law>): Law | null {
  if (words.length < 2 || !/^[\u4e00-\u9fff]+$/.test(words)) return null;
  let one: Law | null = null;
  for (const law of laws) {
    const m = TITLE.exec(law.title);
    if (!m || m[1].includes('《') || CASE_KIND.test(m[1]) || !subjectNames(m[1]).includes(words)) continue;
    if (!law.versions.every((v) => v.kind === 'judicial-interpretation')) continue;
    if (one && one !== law) return null;
    one = law;
  }
  return one;
}

/**
 * Rule (issue 14, real-court30; lawyers' and judges' writing on execution: 《执行异议复议规定》, 《异议复议规定》,
 * 《执行异议规定》 for 最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定): a court interpretation whose kind
 * of case joins two kinds (执行异议和复议, 减刑、假释) is named by the kind written without the joining 和 / 与 / 及 / 、
 * (执行异议复议) — as exactly as the kind itself — or, more loosely, by that run with its first words left off
 * (异议复议, as 道路 is left off 道路交通事故损害赔偿) or by its first kind alone (执行异议). The loose readings hold
 * four characters at least, and titles.ts caseKindInterpretation takes them only when one title fits.
 */
import { CASE_CLOSE, CASE_VERB } from '../courtTitleWords';

/** The kind of case a title names after 审理 / 办理, up to (纠纷)案件. */
const KIND = new RegExp(`${CASE_VERB}([\\u4e00-\\u9fff、]{2,20}?)${CASE_CLOSE}`);
const JOIN = /[和与及、]/g;

/**
 * How `words` (the name before 规定 / 解释, as 执行异议复议) names the joined kind of case of `title`: 'exact' when it is
 * the kind without its joining words, 'part' when it is its tail or its first kind, else null (also for a title whose
 * kind joins nothing).
 */
export function joinedKindNamed(title: string, words: string): 'exact' | 'part' | null {
  const kind = KIND.exec(title)?.[1];
  if (!kind || !/[和与及、]/.test(kind)) return null;
  const bare = kind.replace(JOIN, '');
  if (words === bare) return 'exact';
  if (words.length < 4 || /[和与及、]/.test(words)) return null;
  const first = kind.split(/[和与及、]/)[0];
  return bare.endsWith(words) || first === words ? 'part' : null;
}

/**
 * Rule (fix-zh90, names harvested from judgments, judges' and lawyers' articles: 《物权编解释（一）》, 《婚姻家庭编司法解释（一）》,
 * 《民法典时间效力规定》, 《侵权责任编解释一》, 《继承编解释（一）》): the court titles its interpretations of a part of a law
 * 最高人民法院关于适用《中华人民共和国L》S的解释（N） / S若干问题的解释 / S的若干规定 — S a part of the law (物权编,
 * 合同编通则), a subject (有关担保制度, 时间效力). Writers name such a text by S (有关 left off), with the law's name before
 * it or not (民法典物权编解释（一）, 物权编解释（一）), then its kind word (解释; 规定 for a 规定) or 司法解释 for either, then its
 * number as the title has it, in brackets or bare. The one title so named is meant; a name that fits several (《时间效力规定》:
 * the 民法典's and the 公司法's; 婚姻家庭编解释 with no number: its （一） and （二）) or none stays as it was (unknown).
 */
import type { Law } from '../../corpus/types';
import { SERIES_IN_BRACKETS, SERIES_NUMBER, seriesNumber } from './seriesNumber';
import { withoutPartOf } from './partInterpretationOf';

/** Such a title: the law (1), the part or subject (2), the kind word (3), the number (4). */
const APPLIED_TITLE = new RegExp(`^最高人民法院关于适用《(?:中华人民共和国)?([\\u4e00-\\u9fff]{2,12})》(?:有关)?([\\u4e00-\\u9fff]{2,12}?)(?:若干问题)?的(?:若干)?(解释|规定)(${SERIES_IN_BRACKETS})?$`);

/** A name written so: the law (1) or none, the part (2), the kind (3), the number (4, as seriesNumber.ts reads it). */
const WRITTEN = new RegExp(`^([\\u4e00-\\u9fff]{1,12}?(?:法典|法))?([\\u4e00-\\u9fff]{2,12}?)(司法解释|解释|规定)(${SERIES_NUMBER})?$`);

/** The one interpretation the name `key` (a title key: no marks, ASCII brackets) names by the rule above, or null. */
export function appliedLawPartInterpretation(key: string, laws: Iterable<Law>): Law | null {
  const w = WRITTEN.exec(withoutPartOf(key));
  if (!w) return null;
  const number = w[4] ? seriesNumber(w[4]) : null;
  const readings: { law: string | null; part: string }[] = [{ law: w[1] ?? null, part: w[2] }];
  // 民法典时间效力规定 also reads as the part 民法典时间效力 with no law: try the law's name split off and not.
  if (w[1]) readings.push({ law: null, part: w[1] + w[2] });
  let one: Law | null = null;
  for (const law of laws) {
    const t = APPLIED_TITLE.exec(law.title);
    if (!t || t[2] === '若干问题' || (t[4] ? seriesNumber(t[4]) : null) !== number || !(w[3] === '司法解释' || w[3] === t[3])) continue;
    if (!readings.some((r) => r.part === t[2] && (r.law === null || r.law === t[1]))) continue;
    if (one && one !== law) return null;
    one = law;
  }
  return one;
}

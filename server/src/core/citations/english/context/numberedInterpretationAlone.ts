// Rule (issue 14, f130-en2: alerts and papers write "Article 13 of Interpretation III", "Article 35 of Interpretation I",
// "Provisions (II)" without defining them): English writers call the Supreme People's Court's numbered texts on a law
// by their kind word and number alone — 《公司法》规定（三） is "Interpretation III" to them, 劳动争议解释（一） "Interpretation
// I". Such a name is the court's text of that number the page named before (the last one cited whose Chinese title
// ends in that number); else the one numbered text of the court on the law in context (the last law cited, or the law
// named inside the last court text cited) — 最高人民法院关于适用《公司法》若干问题的规定（三） on a Company Law page. Exactly
// one text must fit; otherwise the name stays a text the page did not name (unknown-regulation).
import type { Law } from '../../../corpus/index';
import type { Context } from '../../context';
import { SERIES_NUMERAL } from '../names/seriesNumeral';

/** "Interpretation III", "the Interpretation (I)", "SPC Provisions II", "Judicial Interpretation No. 3". */
const NUMBERED_ALONE = /^(?:the\s+)?(?:(?:SPC|Supreme\s+People['’]s\s+Court)(?:['’]s)?\s+)?(?:Judicial\s+)?(?:Interpretation|Provisions)\s*(?:No\.\s*)?(?:\(\s*(I{1,3}|IV|V|[1-5])\s*\)|(I{1,3}|IV|V|[1-5]))$/i;

/** The court text a numbered kind word alone names (the rule above), or null. */
export function numberedInterpretationAlone(written: string, history: readonly Context[], laws: Iterable<Law>): Law | null {
  const m = NUMBERED_ALONE.exec(written.trim());
  if (!m) return null;
  const numeral = SERIES_NUMERAL[(m[1] ?? m[2]).toLowerCase()];
  if (!numeral) return null;
  const end = `（${numeral}）`;
  const court = (t: string) => t.startsWith('最高人民法院');
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i];
    if (h.kind === 'laws' && h.laws.length === 1 && court(h.laws[0].title) && h.laws[0].title.endsWith(end)) return h.laws[0];
  }
  // The law in context: the last law cited, else the law a court text cited last is on (its 《…》).
  let name: string | null = null;
  for (let i = history.length - 1; i >= 0 && name === null; i--) {
    const h = history[i];
    if (h.kind !== 'laws' || h.laws.length !== 1) continue;
    const t = h.laws[0].title;
    if (/(?<!办)法$|法典$/.test(t) && !court(t)) name = t.replace(/^中华人民共和国/, '');
    else if (court(t)) name = /《([^《》]+)》/.exec(t)?.[1]?.replace(/^中华人民共和国/, '') ?? null;
  }
  if (!name) return null;
  const fits: Law[] = [];
  const seen = new Set<string>();
  for (const law of laws) {
    const t = law.title;
    if (seen.has(t) || !court(t) || !t.endsWith(end) || !(t.includes(`《${name}》`) || t.includes(`《中华人民共和国${name}》`))) continue;
    seen.add(t);
    fits.push(law);
  }
  return fits.length === 1 ? fits[0] : null;
}

// Rule (issue 14, gov11; pages run through a word filter: 《中華人民***和國刑法》第二百六十四條, 公***場所): the filter
// replaced a character with asterisks. Inside a title they stand for one or two characters; the title is the one the
// corpus has that the rest of it spells out, in order, with nothing else between.
// Rule (issue 14 round 27, fix-zh70's court pool; findlaw's rulings print the court's name through a filter that hides
// a word, not a character: 《最**法院关于执行〈中华人民共和国行政诉讼法〉若干问题的解释》, 《最*法院关于…》 on seven pages
// of four sets): a run of asterisks stands for up to three characters (高人民) — still only where one title fits.
import type { Law } from '../../corpus/index';
import { titleKey } from '../text';

/** What one run of asterisks may stand for: one to three characters. */
const MASKED_WORD = '[^*]{1,3}';

/** The laws whose key the masked key (asterisks for the masked characters) spells out; several or none: no answer. */
export function maskedTitleLaws(masked: string, keys: readonly { key: string; law: Law }[]): Law[] {
  const parts = masked.split(/\*+/);
  if (parts.length < 2 || parts.some((p, i) => !p && i > 0 && i < parts.length - 1) || parts.join('').length < 4) return [];
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Rule (issue 14, zh13; decisions published with the country's name filtered: 《****政府采购法实施条例》第二十条): a
  // mask that opens the title may stand for the whole 中华人民共和国 prefix a national title starts with — unless a
  // place's title ends the same way (《****道路运输条例》 may hide a province as well): then no answer.
  const opens = parts[0] === '';
  const lead = opens ? `(?:${MASKED_WORD}|中华人民共和国)` : MASKED_WORD;
  const re = new RegExp(`^${parts.slice(1).reduce((acc, p, i) => `${acc}${i === 0 ? lead : MASKED_WORD}${escape(p)}`, escape(parts[0]))}$`);
  const placed = opens ? new RegExp(`^[^*]{3,12}${parts.slice(1).map(escape).join(MASKED_WORD)}$`) : null;
  const out: Law[] = [];
  const elsewhere: Law[] = [];
  for (const { key, law } of keys) {
    if (re.test(key)) { if (!out.includes(law)) out.push(law); }
    else if (placed?.test(key) && !key.startsWith('中华人民共和国')) elsewhere.push(law);
  }
  return elsewhere.some((l) => !out.includes(l)) ? [] : out;
}

// Rule (issue 14, heldout37-court p08; pages run through a word filter that drops the word and leaves its space:
// 最高院《审理道路 损害赔偿案件适用法律若干问题的解释》… 该解释第一条至第十三条): a space between two ideographs inside a
// title stands for a dropped word — one to six characters — as an asterisk stands for a masked one. The title may
// also be written without its issuer's 最高人民法院关于 (or another issuer's …关于) or the nation's 中华人民共和国, as
// the suffix rule reads 《关于办理…的解释》. Every corpus title the rest spells out, in order, is the answer: one is
// the title meant, several are an ambiguity, none an unknown title (only when no title is written so, spaces left out).

/** The laws whose key the written title spells out, a space between ideographs standing for a dropped word. */
export function droppedWordTitleLaws(written: string, keys: readonly { key: string; law: Law }[]): Law[] {
  const title = written.trim();
  if (!/[\u3400-\u9fff][ \t\u3000\u00a0]+[\u3400-\u9fff]/.test(title) || /\*/.test(title)) return [];
  const parts = title.split(/[ \t\u3000\u00a0]+/).map((p) => titleKey(p));
  // Every piece a word of two ideographs or more: a title, not a list of words a filter left (名 称 条 例).
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[\u3400-\u9fff()]{2,}$/.test(p)) || parts.join('').length < 8) return [];
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const lead = /^关于/.test(parts[0]) ? '(?:[\\u3400-\\u9fff、]{2,30}?)?'
    : /^(?:审理|办理|处理|适用)/.test(parts[0]) ? '(?:[\\u3400-\\u9fff、]{2,30}?关于)?' : '(?:中华人民共和国)?';
  const re = new RegExp(`^${lead}${parts.map(escape).join('[^*]{1,6}')}$`);
  const out: Law[] = [];
  for (const { key, law } of keys) if (re.test(key) && !out.includes(law)) out.push(law);
  return out;
}

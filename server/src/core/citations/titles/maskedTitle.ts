// Rule (issue 14, gov11; pages run through a word filter: 《中華人民***和國刑法》第二百六十四條, 公***場所): the filter
// replaced a character with asterisks. Inside a title they stand for one or two characters; the title is the one the
// corpus has that the rest of it spells out, in order, with nothing else between.
import type { Law } from '../../corpus/index';

/** The laws whose key the masked key (asterisks for the masked characters) spells out; several or none: no answer. */
export function maskedTitleLaws(masked: string, keys: readonly { key: string; law: Law }[]): Law[] {
  const parts = masked.split(/\*+/);
  if (parts.length < 2 || parts.some((p, i) => !p && i > 0 && i < parts.length - 1) || parts.join('').length < 4) return [];
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Rule (issue 14, zh13; decisions published with the country's name filtered: 《****政府采购法实施条例》第二十条): a
  // mask that opens the title may stand for the whole 中华人民共和国 prefix a national title starts with — unless a
  // place's title ends the same way (《****道路运输条例》 may hide a province as well): then no answer.
  const opens = parts[0] === '';
  const lead = opens ? '(?:[^*]{1,2}|中华人民共和国)' : '[^*]{1,2}';
  const re = new RegExp(`^${parts.slice(1).reduce((acc, p, i) => `${acc}${i === 0 ? lead : '[^*]{1,2}'}${escape(p)}`, escape(parts[0]))}$`);
  const placed = opens ? new RegExp(`^[^*]{3,12}${parts.slice(1).map(escape).join('[^*]{1,2}')}$`) : null;
  const out: Law[] = [];
  const elsewhere: Law[] = [];
  for (const { key, law } of keys) {
    if (re.test(key)) { if (!out.includes(law)) out.push(law); }
    else if (placed?.test(key) && !key.startsWith('中华人民共和国')) elsewhere.push(law);
  }
  return elsewhere.some((l) => !out.includes(l)) ? [] : out;
}

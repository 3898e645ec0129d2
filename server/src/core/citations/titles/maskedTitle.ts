// Rule (issue 14, gov11; pages run through a word filter: 《中華人民***和國刑法》第二百六十四條, 公***場所): the filter
// replaced a character with asterisks. Inside a title they stand for one or two characters; the title is the one the
// corpus has that the rest of it spells out, in order, with nothing else between.
import type { Law } from '../../corpus/index';

/** The laws whose key the masked key (asterisks for the masked characters) spells out; several or none: no answer. */
export function maskedTitleLaws(masked: string, keys: readonly { key: string; law: Law }[]): Law[] {
  const parts = masked.split(/\*+/);
  if (parts.length < 2 || parts.some((p, i) => !p && i > 0 && i < parts.length - 1) || parts.join('').length < 4) return [];
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^${parts.map(escape).join('[^*]{1,2}')}$`);
  const out: Law[] = [];
  for (const { key, law } of keys) if (re.test(key) && !out.includes(law)) out.push(law);
  return out;
}

// Rule (round 32, a decision of the coordinator; heldout55-court p04, pages that drop the nested 《…》 of a court title
// with its words: 《最高人民法院关于适用若干问题的规定(三)》(以下简称《公司法解释三》)第二十二条 — 适用 directly before 若干问题 /
// 的解释, the law applied gone): the title alone names no text (several fit the gap), but the page gave it its own short
// name, and the writer's short name says which law was dropped. So the title is the text that short name names, when it
// names exactly one corpus text and that text's title, its nested law taken out, is the title written (brackets and
// script aside: the series number must agree). Otherwise — the short name naming nothing (《解释三》), several texts, or a
// text whose title does not fit (《民诉法解释》 for a 规定（三）) — it stays unknown-regulation, as before.

import { titleKey } from '../text';
import { shortFormAt } from './shortFormBracket';

/** A title whose nested law was dropped: 适用 directly before 若干问题 / 的解释, no nested mark left in it. */
const MASKED = /适用(?:若干问题|的解释)/;
const NESTED = /[《〈‹«<﹤]/;

/** The short name the bracket right after a masked title (its end at `end`) gives it; null for no such title or bracket. */
export function maskedTitleShortName(text: string, written: string, end: number): string | null {
  if (!MASKED.test(written) || NESTED.test(written)) return null;
  const at = /^[ \u3000]?/.exec(text.slice(end, end + 1))![0].length + end;
  const short = shortFormAt(text, at);
  return short ? short.name : null;
}

/**
 * Whether a corpus title, its nested 《…》 / 〈…〉 taken out, is the masked title written — whole, or from its 关于 on when
 * the issuer stands outside the marks (最高人民法院《关于适用若干问题的规定（三）》).
 */
export function fitsMaskedTitle(written: string, title: string): boolean {
  const held = titleKey(title.replace(/[《〈][^》〉]*[》〉]/g, ''));
  const key = titleKey(written);
  return held === key || (key.startsWith('关于') && held.endsWith(key));
}

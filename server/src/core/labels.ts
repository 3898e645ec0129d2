// The one place that writes provision labels in Chinese: 第六十四条, 第十条之一, 第二款, 第（三）项, 第一目. Numbers
// past what Chinese numerals write (>9999) stay Arabic rather than fail.
import { formatChineseNumeral } from './numerals';

export function chineseNumeral(n: number): string {
  return n >= 0 && n <= 9999 ? formatChineseNumeral(n) : String(n);
}

/** 第六十四条, 第十条之一. */
export function articleLabel(number: number, insert: number | null = null): string {
  return `第${chineseNumeral(number)}条${insert ? `之${chineseNumeral(insert)}` : ''}`;
}

/** 第二款. */
export function paragraphLabel(n: number): string {
  return `第${chineseNumeral(n)}款`;
}

/** 第（三）项. */
export function itemLabel(n: number): string {
  return `第（${chineseNumeral(n)}）项`;
}

/** 第一目. */
export function subitemLabel(n: number): string {
  return `第${chineseNumeral(n)}目`;
}

/** 第十条第二款第（三）项第一目: the levels given, from the article down. */
export function provisionLabel(p: { article: number; insert?: number | null; paragraph?: number | null; item?: number | null; subitem?: number | null }): string {
  let s = articleLabel(p.article, p.insert ?? null);
  if (p.paragraph) s += paragraphLabel(p.paragraph);
  if (p.item) s += itemLabel(p.item);
  if (p.subitem) s += subitemLabel(p.subitem);
  return s;
}

/** A date as people write it: 2023年7月31日 / 31 July 2023 (an unparsable date as it is). */
export function writtenDate(iso: string, lang: 'zh' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === 'zh' ? `${y}年${mo}月${d}日` : `${d} ${MONTHS[mo - 1] ?? mo} ${y}`;
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The day before an ISO date (the last day a version applied, when the next took effect that day); else as it is. */
export function dayBefore(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) - 1));
  return d.toISOString().slice(0, 10);
}

/**
 * When a version applied, as people write it: 2018年10月26日起施行，至2024年6月30日 / 2024年7月1日起施行，现行有效;
 * in force 26 October 2018 to 30 June 2024 / in force from 1 July 2024. `until` is the next version's effective date,
 * so the last day is the day before it.
 */
export function writtenSpan(effective: string | null, until: string | null, lang: 'zh' | 'en'): string {
  const from = effective ? writtenDate(effective, lang) : '—';
  // A version replaced the day it took effect (no day of its own) is named with that day.
  const last = until && effective && dayBefore(until) < effective ? until : until ? dayBefore(until) : null;
  const to = last ? writtenDate(last, lang) : null;
  if (lang === 'zh') return `${from}起施行，${to ? `至${to}` : '现行有效'}`;
  return to ? `in force ${from} to ${to}` : `in force from ${from}`;
}

// Chinese numerals both ways, 1–9999 (and 0), as used in article numbers. Also accepts Arabic and full-width digits.
// Roman numerals both ways, as English texts number chapters (Chapter IV) and some memos articles (Article XIV).

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Characters that may appear in a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';
/** A regex source for a numeral: Chinese, ASCII or full-width digits. */
export const NUMERAL_PATTERN = '[零〇一二两三四五六七八九十百千]+|[0-9]+|[０-９]+';

/** Full-width digits to ASCII. */
export function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Parse a Chinese numeral (一…九千九百九十九, 零/〇, 十/一十, 两) or Arabic / full-width digits.
 * Returns null for anything that is not a well-formed numeral.
 */
export function parseNumeral(input: string): number | null {
  const s = input.trim();
  if (s.length === 0) return null;
  if (/^[0-9０-９]+$/.test(s)) {
    const n = Number(toHalfWidthDigits(s));
    return Number.isSafeInteger(n) ? n : null;
  }
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(s)) return null;
  // Positional form without units, e.g. 二〇二三 (years); only when no unit appears.
  if (!/[十百千]/.test(s)) {
    if (s.length === 1) return DIGITS[s];
    if (s.includes('两')) return null;
    let n = 0;
    for (const c of s) n = n * 10 + DIGITS[c];
    return n;
  }
  let total = 0;
  let pending: number | null = null; // a digit waiting for its unit
  let lastUnit = 10000;
  let zeroSeen = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c in DIGITS) {
      const d = DIGITS[c];
      if (d === 0) {
        if (pending !== null || zeroSeen) return null;
        zeroSeen = true;
        continue;
      }
      if (pending !== null) return null;
      if (c === '两' && i === s.length - 1 && lastUnit !== 10000) return null; // 十两 is not a numeral
      pending = d;
    } else {
      const u = UNITS[c];
      if (u >= lastUnit) return null;
      // A zero must stand for a skipped unit: 一百零五 ok, 一百零十 invalid unless leading 十 after 零 (一百零十 → no).
      if (zeroSeen && pending === null) return null;
      if (pending === null) {
        if (u !== 10) return null; // only 十 may stand alone (十一 = 11; 一百十 = 110 is accepted too)
        pending = 1;
      }
      total += pending * u;
      pending = null;
      lastUnit = u;
      zeroSeen = false;
    }
  }
  if (pending !== null) {
    // A trailing digit after a skipped unit needs 零 (一百零五); right after a unit it is the next lower place.
    if (lastUnit > 10 && !zeroSeen) {
      // 一百五 is colloquial for 150; not used in legal text; reject to avoid wrong numbers.
      return null;
    }
    total += pending;
  } else if (zeroSeen) {
    return null; // trailing 零
  }
  return total;
}

/** formatChineseNumeral by number, filled as asked. */
const FORMATTED: string[] = [];

/** The places of a numeral up to 9999, highest first. */
const PLACES: readonly (readonly [number, string])[] = [
  [1000, '千'],
  [100, '百'],
  [10, '十'],
  [1, ''],
];

/**
 * Format a number 0–9999 as a Chinese numeral as legal text writes it: 十 (not 一十) at the start,
 * 一百一十, 一百零五, 一千零一.
 */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`numeral out of range: ${n}`);
  // Made once per number: a draft's citations and their problems ask for the same few numbers thousands of times.
  return (FORMATTED[n] ??= formattedChineseNumeral(n));
}

function formattedChineseNumeral(n: number): string {
  if (n === 0) return '零';
  const places = PLACES;
  let out = '';
  let needZero = false;
  let rest = n;
  for (const [value, unit] of places) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d === 0) {
      if (out) needZero = true;
      continue;
    }
    if (needZero) {
      out += '零';
      needZero = false;
    }
    if (!(value === 10 && d === 1 && out === '')) out += DIGIT_CHARS[d];
    out += unit;
  }
  return out;
}

/** Is the string written with Arabic or full-width digits? */
export function isArabicNumeral(s: string): boolean {
  return /^[0-9０-９]+$/.test(s);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** A roman numeral's value, in either case (IV, iv); null when it is none. Not checked for canonical form (IIII is 4). */
export function parseRoman(s: string): number | null {
  const u = s.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(u)) return null;
  let total = 0;
  for (let i = 0; i < u.length; i++) {
    const v = ROMAN[u[i]];
    const next = i + 1 < u.length ? ROMAN[u[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

/** A number (1–3999) in canonical capital roman numerals: 14 → XIV. */
export function formatRoman(n: number): string {
  const parts: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of parts) while (n >= v) ((out += r), (n -= v));
  return out;
}

// Rule (round 31, forms-zh110; articles and judgments naming the articles a law inserted after one number:
// 《刑法》第二百八十七条之一、之二, 第120条之1和之2): the inserted articles after the same article are listed by their 之N
// alone, the article's number written once — each 之N after a listing mark is the next inserted article of that number.
// Only after an article read with its own 之N, only a numeral in the first one's script, and only when no further numeral
// runs on (之一、之二十 stays two readings of their own digits).

/** A separator that lists the next inserted article (、 和 及 与 或). */
const LISTED = /^(?:、|，|,|和|及|与|或|以及|或者)之([一二三四五六七八九十]{1,3}|[0-9]{1,2})(?![一二三四五六七八九十百0-9])/;

/** The next 之N listed at `q` after an article whose 之N was read ({ n, its numeral's span }), else null. */
export function listedInsertAt(text: string, q: number, arabic: boolean, readNumeral: (s: string) => number | null): { n: number; start: number; end: number } | null {
  const m = LISTED.exec(text.slice(q, q + 8));
  if (!m || /^[0-9]/.test(m[1]) !== arabic) return null;
  const n = readNumeral(m[1]);
  if (n === null) return null;
  const end = q + m[0].length;
  return { n, start: end - m[1].length, end };
}

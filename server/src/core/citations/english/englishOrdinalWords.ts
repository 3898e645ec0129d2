// An article numbered by an ordinal word (issue 14, fix-en17a; machine translations of 第十二条 and non-native memos):
// "the twelfth article of the Labor Contract Law", "the Labor Contract Law's second article". A translator who keeps
// the Chinese order puts the ordinal before the word "article", as "the 224th article of the Criminal Law" with digits
// (english.ts ordinalArticleAt); the same ordinal spelled out is the same article. Only the ordinals up to the
// ninety-ninth (first … nineteenth, twentieth … ninetieth, twenty-first, twenty first): higher ones are written in
// digits. Like the digits, a citation only with the law named after it or a law's possessive right before it (the
// Law's second article) — "the second article of the series", "the first article" alone are a writer's words.

/** The ordinal words first … nineteenth; the unit's ordinal closes a compound (twenty-first) when under ten. */
export const ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19,
};
/** The cardinal words one … nineteen; english.ts spells numbers with them and the tens. */
export const CARDINAL_UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
/** The tens words, cardinal (twenty) and ordinal (twentieth); english.ts spells numbers with them too. */
export const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
export const ORDINAL_TENS: Record<string, number> = { twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90 };

/** The words of a table up to `max`, in its order, as alternatives of a pattern; `either`: a capital first letter too. */
function alternatives(table: Record<string, number>, max: number, either: boolean): string {
  const word = (w: string) => (either ? `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}` : w);
  return Object.keys(table).filter((w) => table[w] <= max).map(word).join('|');
}

/**
 * Pattern sources the scanner's anchor (scan/scanner.ts SELF_ANCHOR) names instead of spelling the words again:
 * first … ninety-ninth (a compound's unit in small letters: Twenty-first), first … tenth, first … fifth (small
 * letters only), and the cardinal one … nineteen with the tens.
 */
const NUMBER_WORDS: Record<string, string> = {
  ORDINAL_1_99: `(?:${alternatives(ORDINAL_UNITS, 19, true)}|${alternatives(ORDINAL_TENS, 90, true)}|(?:${alternatives(TENS, 90, true)})[ -](?:${alternatives(ORDINAL_UNITS, 9, false)}))`,
  ORDINAL_1_10: `(?:${alternatives(ORDINAL_UNITS, 10, true)})`,
  ORDINAL_1_5: `(?:${alternatives(ORDINAL_UNITS, 5, false)})`,
  CARDINAL_1_90: `(?:${alternatives(CARDINAL_UNITS, 19, true)}|${alternatives(TENS, 90, true)})`,
};

/** A pattern whose names of NUMBER_WORDS (ORDINAL_1_99 …) are put in as the words' alternatives. */
export function withNumberWords(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/ORDINAL_1_99|ORDINAL_1_10|ORDINAL_1_5|CARDINAL_1_90/g, (name) => NUMBER_WORDS[name]), pattern.flags);
}

/** An ordinal word at p ("twelfth", "twenty-first", "Thirtieth"): its number and where it ends, else null. */
export function spelledOrdinalAt(text: string, p: number): { n: number; end: number } | null {
  // Its first letter tested first (asked at every English article label, "Article 5" among them): every word read
  // below opens with f, s, t, e or n, in either case ("constructor" too, which the tables' \`in\` finds on Object).
  const first = text.charCodeAt(p) | 0x20;
  if (first !== 0x66 && first !== 0x73 && first !== 0x74 && first !== 0x65 && first !== 0x6e && first !== 0x63) return null;
  const m = /^([A-Za-z]+)(?:[ -]([a-z]+))?/.exec(text.substr(p, 24));
  if (!m) return null;
  const a = m[1].toLowerCase();
  if (m[2] !== undefined && a in TENS && m[2] in ORDINAL_UNITS && ORDINAL_UNITS[m[2]] < 10) return { n: TENS[a] + ORDINAL_UNITS[m[2]], end: p + m[0].length };
  if (a in ORDINAL_UNITS) return { n: ORDINAL_UNITS[a], end: p + m[1].length };
  if (a in ORDINAL_TENS) return { n: ORDINAL_TENS[a], end: p + m[1].length };
  return null;
}

/** A law's possessive right before p ("the Labor Contract Law's ", "the Civil Code’s "): where its title ends, else -1. */
export function lawPossessiveBefore(text: string, p: number): number {
  const m = /\b(?:Law|Code|Regulations|Measures|Provisions|Rules|Constitution|Interpretation)(['’]s[ \t]+)$/.exec(text.slice(Math.max(0, p - 20), p));
  return m ? p - m[1].length : -1;
}

const SPELLED_UNITS = CARDINAL_UNITS;
// A unit's ordinal closing a compound number, as machine translations render 第二十四条 ("article twenty-fourth",
// "Article thirty-sixth of the Labor Law"): read only after a tens word and a hyphen, where the ordinal can be nothing
// but the number's last part ("this article first …" stays prose); a tens word's own ordinal ("one hundred and
// twentieth") likewise only after a hundred (spelledNumberAt; the words above).

/** Number words an article's number may be spelled in (the SELF_ANCHOR of the scanner looks for them after Article). */
export const SPELLED_NUMBER_WORD = withNumberWords(/^CARDINAL_1_90$/i);

/**
 * An article's number spelled out, as glossaries and older translations write it: "Article Forty-Seven", "Article
 * Three", "Article One Hundred and Twenty". 1 to 999; where it ends, or null. Also read in groups of digits, as English
 * speakers say a long number (as they say years): "Article Five Thirty-Three" is 533 and "Article Eleven Sixty-Five"
 * 1165 — a number under twenty, a space, then a tens word in the same case (so "Article Five thirty days later" stays 5).
 * The Civil Code's articles pass a thousand, and machine translations spell them in full as the Chinese does
 * (第一千一百六十五条): "Article One Thousand One Hundred and Sixty-Five", "Article One Thousand and Seventy-Nine" —
 * a unit, "Thousand", then the number below a thousand as above (or nothing): 1000 to 9999.
 */
export function spelledNumberAt(text: string, pos: number): { n: number; start: number; end: number } | null {
  // A letter at pos opens the first word: only the words a number can open with (one … nineteen, the tens — t, f, s,
  // e, n, o; "constructor" too, which the tables find on Object) read further, tested before the patterns are made.
  const c0 = text.charCodeAt(pos);
  if ((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122)) {
    const l = c0 | 0x20;
    if (l !== 0x74 && l !== 0x66 && l !== 0x73 && l !== 0x65 && l !== 0x6e && l !== 0x6f && l !== 0x63) return null;
  }
  const re = /([A-Za-z]+)(?:([- ])|(?![A-Za-z]))/y;
  const lead = /\s*/y;
  lead.lastIndex = pos;
  lead.exec(text);
  const start = lead.lastIndex;
  let q = start;
  let n = 0;
  let end = -1;
  let part = 0; // 0: nothing yet; 1: hundreds read; 2: tens read (a unit may follow after "-"); 3: done
  let grouped = false; // read in groups of digits ("Five Thirty-Three")
  let firstCapital = false;
  let lastSep = '';
  let thousands = 0; // the thousands read ("One Thousand"), the rest read after it as a number of its own
  let thousandEnd = -1;
  for (let k = 0; k < 10 && part < 3; k++) {
    re.lastIndex = q;
    const m = re.exec(text);
    if (!m) break;
    const w = m[1].toLowerCase();
    if (k === 0) firstCapital = /^[A-Z]/.test(m[1]);
    if (w === 'thousand' && thousands === 0 && !grouped && part === 0 && end !== -1 && n >= 1 && n <= 9) {
      thousands = n * 1000;
      thousandEnd = m.index + m[1].length;
      n = 0;
      end = -1;
    } else if (w === 'and' && thousands !== 0 && end === -1) {
      // "One Thousand and Seventy-Nine": read on
    } else if (
      TENS[w] !== undefined && thousands === 0 && part === 0 && end !== -1 && n >= 1 && n <= 19 && lastSep === ' ' &&
      /^[A-Z]/.test(m[1]) === firstCapital
    ) {
      n = n * 100 + TENS[w];
      grouped = true;
      part = 2;
      end = m.index + m[1].length;
    } else if (w === 'hundred' && n >= 1 && n <= 9 && part === 0 && end !== -1) {
      n *= 100;
      part = 1;
      end = m.index + m[1].length;
    } else if (w === 'and' && part === 1) {
      // "One Hundred and Twenty": read on
    } else if (TENS[w] !== undefined && (part === 0 ? end === -1 : part === 1)) {
      n += TENS[w];
      part = 2;
      end = m.index + m[1].length;
    } else if (ORDINAL_UNITS[w] !== undefined && ORDINAL_UNITS[w] < 10 && part === 2 && !grouped && lastSep === '-' && n % 10 === 0) {
      // "twenty-fourth": the ordinal ends the number
      n += ORDINAL_UNITS[w];
      end = m.index + m[1].length;
      part = 3;
    } else if (ORDINAL_TENS[w] !== undefined && part === 1) {
      n += ORDINAL_TENS[w];
      end = m.index + m[1].length;
      part = 3;
    } else if (SPELLED_UNITS[w] !== undefined && (end === -1 || part === 1 || (part === 2 && n % 10 === 0 && SPELLED_UNITS[w] < 10))) {
      n += SPELLED_UNITS[w];
      end = m.index + m[1].length;
      if (part !== 0) part = 3; // a teen read first may still lead a group of digits ("Eleven Sixty-Five")
    } else break;
    if (!m[2]) break;
    lastSep = m[2];
    q = m.index + m[0].length;
  }
  if (thousands !== 0) {
    // "One Thousand" alone, or with the number read after it ("and" left out when nothing follows it)
    return end === -1 ? { n: thousands, start, end: thousandEnd } : { n: thousands + n, start, end };
  }
  if (end === -1 || n < 1 || n > (grouped ? 1999 : 999)) return null;
  return { n, start, end };
}

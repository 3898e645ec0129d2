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

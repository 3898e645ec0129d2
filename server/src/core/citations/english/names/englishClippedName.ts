// Rule (issue 14, fix-en101; heldout54 English, a machine-translated note on trade dress: the page heads its quote
// "Anti Unfair Competition Law of the People's Republic of China (Revised in 2019)" and later cites "Article 6 of the
// Anti Law"): a writer (or the machine) clips a law's name, keeping its first word or words and its kind word "Law" —
// the words between dropped. A reader takes the clipped name as the one law the page named before whose English name
// starts with the words written and runs on, capitalised, to "Law": "the Anti Law" after "the Anti-Unfair Competition
// Law". Only when the clipped name is no known law's as it stands (english.ts reads known names first), at least one
// word was dropped, and exactly one known law so named stands before it on the page (two — "the Anti-Monopoly Law" and
// "the Anti-Unfair Competition Law" — leave "the Anti Law" unknown, as before). Not a short name the page defined ("the
// Drug Administration Law of Japan (hereinafter … the Drug Law)", english.ts), nor a longer name of another state's.

/** "of Japan", "of the Republic of Korea" after a name: another state's law (not China's, the PRC's). */
const OTHER_STATE_AFTER = /^[ \t]+of[ \t]+(?!the[ \t]+People['’]s[ \t]+Republic[ \t]+of[ \t]+China|China|the[ \t]+PRC|PRC)(?:the[ \t]+)?[A-Z]/;

/** The words of a clipped name: one or two capitalised words, then "Law". */
const CLIPPED = /^((?:[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+)?)[ \t]+Law$/;

/**
 * The known title a clipped "<Words> Law" (`written`, at `p`) stands for (the rule above): the one law named before p
 * whose name opens with the words, more capitalised words after them before "Law"; `known` gives a name's title or
 * null. Null when none or two.
 */
export function clippedLawName(text: string, p: number, written: string, known: (name: string) => string | null): string | null {
  const m = CLIPPED.exec(written.trim());
  if (!m || known(written) !== null) return null;
  const words = m[1].split(/[ \t]+/).join('[ \\t-]+');
  const before = text.slice(Math.max(0, p - 20_000), p);
  const longer = new RegExp(`(?<![\\w'’-])${words}(?:[ \\t-]+[A-Z][A-Za-z'’]*){1,5}[ \\t]+Law(?![\\w'’-])`, 'g');
  let title: string | null = null;
  for (let l = longer.exec(before); l; l = longer.exec(before)) {
    // Another state's law of that name ("the Drug Administration Law of Japan") is none of the corpus's.
    if (OTHER_STATE_AFTER.test(before.substr(l.index + l[0].length, 40))) continue;
    const t = known(l[0].replace(/\s+/g, ' ')) ?? known(l[0].replace(/[ \t]+/, '-').replace(/\s+/g, ' '));
    if (!t) continue;
    // One law written with or without its hyphen ("Anti-Unfair", "Anti Unfair") is one name.
    if (title !== null && sameName(title, t) === false) return null;
    title = t;
  }
  return title;
}

/** Whether two known names are one law's, spaces and hyphens aside. */
function sameName(a: string, b: string): boolean {
  const norm = (n: string) => n.toLowerCase().replace(/[\s-]+/g, ' ');
  return norm(a) === norm(b);
}

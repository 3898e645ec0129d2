// Rule (issue 14, heldout37-english p17; a tax firm's note: "China's GAAR relied on article 47 of the Enterprise Income
// Tax (“EIT”) Law, article 120 of its Implementing Rules …"): writers define a law's acronym inside its title, the
// bracket right after the words the letters stand for and before the law word ("the Foreign Trade ("FT") Law"). The
// title is its words without the bracket (the Enterprise Income Tax Law), cited there like any title, and "ACRONYM +
// the law word" ("the EIT Law", "EIT Law") names that law afterwards, as a defined short name does. Only when the
// letters are the initials of the capitalised words right before the bracket (small words aside): a bracket holding
// anything else ("the Widget (2019) Law", "the Company (“Target”) Law") is no such definition.

/** Capitalised title words, the bracket with the acronym (quoted or not), then capitalised words up to Law / Code. */
const INSIDE = /((?:[A-Z][\w'’-]*[ \t]+(?:(?:of|on|for|and|the)[ \t]+)*){1,8}?)\([ \t]*(["“'‘]?)([A-Z]{2,6})["”'’]?[ \t]*\)[ \t]+((?:[A-Z][\w'’-]*[ \t]+)*?(?:Law|Code))(?![\w'’-])/y;

/** A title at p with its acronym defined inside it: where it ends, the title without the bracket, the name defined. */
export interface AcronymInsideTitle {
  /** Where the title ends (after its law word). */
  end: number;
  /** The title as written without the bracket: "Enterprise Income Tax Law". */
  title: string;
  /** The short name it defines: the acronym and the law word, "EIT Law". */
  short: string;
  /** The bracket's span. */
  bracketStart: number;
  bracketEnd: number;
}

/** The title with an acronym inside it (above) that starts at p, or null. */
export function acronymInsideTitleAt(text: string, p: number): AcronymInsideTitle | null {
  // No bracket within reach of eight words: no such title (most titles; the pattern is not tried).
  const bracket = text.indexOf('(', p);
  if (bracket === -1 || bracket - p > 160) return null;
  INSIDE.lastIndex = p;
  const m = INSIDE.exec(text);
  if (!m) return null;
  const words = m[1].trim().split(/[ \t]+/).filter((w) => /^[A-Z]/.test(w));
  const acronym = m[3];
  // The letters stand for the last words before the bracket ("PRC Enterprise Income Tax (“EIT”) Law": EIT).
  if (words.length < acronym.length) return null;
  const initials = words.slice(words.length - acronym.length).map((w) => w[0]).join('');
  if (initials !== acronym) return null;
  const bracketStart = p + m[1].length;
  const bracketEnd = text.indexOf(')', bracketStart) + 1;
  const lawWord = /(?:Law|Code)$/.exec(m[4])![0];
  return { end: p + m[0].length, title: `${m[1].trim().replace(/[ \t]+/g, ' ')} ${m[4].replace(/[ \t]+/g, ' ')}`, short: `${acronym} ${lawWord}`, bracketStart, bracketEnd };
}

/**
 * The title around the bracket opening at q (spaces before it allowed) when that bracket defines an acronym inside it:
 * the title starting at the acronym's first word ("Enterprise" in "… of the Enterprise Income Tax (“EIT”) Law"), its
 * span, and the name defined; null when the bracket is none such.
 */
export function acronymInsideTitleAround(text: string, q: number): (AcronymInsideTitle & { start: number }) | null {
  const open = text.indexOf('(', q);
  if (open === -1 || open - q > 3) return null;
  const from = Math.max(0, q - 150);
  const starts: number[] = [];
  for (const m of text.slice(from, q).matchAll(/(?<![\w'’-])[A-Z]/g)) starts.push(from + m.index!);
  for (let k = starts.length - 1; k >= 0; k--) {
    const t = acronymInsideTitleAt(text, starts[k]);
    if (t && t.bracketStart <= open && open < t.bracketEnd) return { ...t, start: starts[k] };
  }
  return null;
}

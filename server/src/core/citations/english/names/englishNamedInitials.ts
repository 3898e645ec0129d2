// A law named by the initials of a title the page cited before, never defined (rule, issue 14, heldout31 English; a
// Taiwan law firm's note on dismissal: "According to Article 11 of the Labor Standards Law [1] … According to Article 16
// of the Labor Standards Law … According to article 17 of the LSA, an employer is liable to pay severance …"). Writers
// shorten a law they have been citing to its initials without saying so, the last letter for its noun — and a law of
// Taiwan (法) is rendered "Act" as often as "Law", so the LSA is the Labor Standards Law named above. Capitals after
// "of the" that no definition and no known acronym explain name the law whose capitalised name, cited before on the
// page with an article, has those initials (small words left out; the last letter its noun's — L or A for a Law, C for
// a Code; an Act's name is not read so) — the nearest such name
// before; none when no name fits, as before. It is that law, known or not, as its name was.

/** The small words a title's initials leave out. */
const SMALL = /^(?:of|on|for|and|the|in|at|to)$/;

/** Capitals at p, three to six, nothing glued after them. */
const CAPS = /^[A-Z]{3,6}(?![A-Za-z0-9'’-])/;

/** How far back the name is looked for. */
const BACK = 6000;

/**
 * The capitalised name cited before p whose initials are the capitals at p (above): where the capitals end, the name
 * as written and where it was written (a name a Taiwan page cites is read as there: english.ts); else null.
 */
export function namedInitialsAt(text: string, p: number): { end: number; written: string; nameStart: number } | null {
  const m = CAPS.exec(text.substr(p, 10));
  if (!m) return null;
  const caps = m[0];
  const noun = caps[caps.length - 1];
  // The name a law's (Law, Code): an "Act" named before is read as a title only where the page speaks of a region's
  // law (englishAct.ts, englishRegions.ts), and its initials are left as they were.
  const nouns = noun === 'A' || noun === 'L' ? 'Law' : noun === 'C' ? 'Code' : null;
  if (!nouns) return null;
  const words = [...caps.slice(0, -1)].map((c) => `${c}[a-z][A-Za-z'’-]*`);
  const small = '(?:(?:of|on|for|and|the|in|at|to)[ \\t]+)*';
  // Article N of the <name>: only a name cited with an article, the way the writer named it before.
  const re = new RegExp(`\\b(?:Articles?|Art\\.)[ \\t]+\\d{1,4}[^\\n]{0,60}?[ \\t]of[ \\t]+(?:the[ \\t]+)?(${words.join(`[ \\t]+${small}`)}[ \\t]+${small}${nouns})(?![A-Za-z])`, 'g');
  const from = Math.max(0, p - BACK);
  let found: string | null = null;
  let nameStart = -1;
  for (const n of text.slice(from, p).matchAll(re)) {
    found = n[1];
    nameStart = from + n.index! + n[0].length - n[1].length;
  }
  if (!found) return null;
  const initials = found.split(/[ \t]+/).filter((w) => !SMALL.test(w)).map((w) => w[0]).join('');
  if (initials.length !== caps.length || initials.slice(0, -1) !== caps.slice(0, -1)) return null;
  return { end: p + caps.length, written: found, nameStart };
}

// Rule (issue 14, heldout15-english and older English sets): English writers shorten a law they cite often to the
// initials of its short English name and go on citing its articles by them, often without the definition in view — an
// excerpt of a book that defined it chapters before, a page that takes it as known: "Article 7 of the NIL" on a page
// about the National Intelligence Law, "Article 95 of the CTL" in a chapter on China's Tourism Law. A reader reads
// such capitals as the law the text speaks of whose short name they are the initials of: the initials of a known
// short English title ending in "Law" (small words left out, each part of a hyphenated word counted: Anti-Monopoly
// Law → AML, E-Commerce Law → ECL), also with a C for "China's"/"Chinese" before them (CTL), three letters at least,
// where the text names that law somewhere and names no other law giving the same letters (initials alone do not
// tell: NIL is also the Negotiable Instruments Law, CTL the Trademark, Trust and Teachers Laws). Capitals that are no
// law's initials stay what they are (PRC, SPC, NPC, FAQ, USD, GDPR); a definition in the document comes first. The
// letters are read only where a law's name goes — after "Article N of (the)", right after an article, before
// "Article N" (english.ts) — never alone in prose.
import { groupedBy, perList, wordAt } from '../../text';

/** Words a title's initials leave out. */
const SMALL = new Set(['of', 'on', 'the', 'and', 'for', 'in', 'to', 'at', 'with', 'by', 'a', 'an', 'concerning', 'regarding', 'governing']);

/** The country's name around a short title: "… of the People's Republic of China", "PRC …", "of China". */
const COUNTRY = /\s+of\s+(?:the\s+)?(?:People's\s+Republic\s+of\s+China|PRC|China)$|^(?:PRC|People's\s+Republic\s+of\s+China)\s+/;

/** The initials a short English title "… Law" is written by (see above), or none. */
export function initialsOf(name: string): string[] {
  const short = name.replace(/[’]/g, "'").replace(COUNTRY, '').replace(COUNTRY, '').trim();
  if (!/^[A-Z][\w'-]*(?:\s+[\w'-]+)*\s+Law$/.test(short) || /\s(?:on|of)\s/.test(short)) return [];
  let letters = '';
  for (const word of short.split(/\s+/)) {
    if (SMALL.has(word)) continue;
    for (const part of word.split('-')) {
      if (!/^[A-Za-z]/.test(part)) return [];
      letters += part[0].toUpperCase();
    }
  }
  return letters.length >= 3 ? [letters, `C${letters}`] : letters.length === 2 ? [`C${letters}`] : [];
}

/** Known names by the initials they give, lower-cased; made once per list of names. */
const namesByInitials = perList((names) => groupedBy(names, initialsOf));

/** The short title a name is written by, for telling laws apart: the name without the country's. */
const shortOf = (name: string) => name.toLowerCase().replace(/[’]/g, "'").replace(COUNTRY_LOWER, '').replace(COUNTRY_LOWER, '').trim();
const COUNTRY_LOWER = new RegExp(COUNTRY.source, 'i');

/**
 * The capitals of `text` (three to six letters, not in `defined`) that are the initials of exactly one law the text
 * names (the rule above), each with that law's name as the text writes it.
 */
export function initialsInText(text: string, names: readonly string[], defined: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  const tokens = new Set(text.match(/\b[A-Z]{3,6}\b/g) ?? []);
  if (!tokens.size) return out;
  const index = namesByInitials(names);
  let lower: string | null = null;
  for (const t of tokens) {
    if (defined.has(t)) continue;
    const candidates = index.get(t);
    if (!candidates) continue;
    lower ??= text.toLowerCase().replace(/[’]/g, "'");
    const laws = new Map<string, string>();
    for (const n of candidates) {
      const at = wordAt(lower, n.toLowerCase().replace(/[’]/g, "'"));
      if (at !== -1 && !laws.has(shortOf(n))) laws.set(shortOf(n), text.substr(at, n.length));
    }
    if (laws.size === 1) out.set(t, [...laws.values()][0]);
  }
  return out;
}


// Rule (issue 14, heldout32 English; a news page on a law's revision: "On June 1, 2021, the revised copyright law went
// into force. …" and, paragraphs on, "the revised law tweaked the definition of works in the Article 3"): news writers
// name the law they report on in lower case, with the word of its revision before it — "the revised copyright law",
// "the newly amended company law", "China's new patent law" — and go on citing its articles bare. A known law's name so
// written, named alone in prose, is that law in context for the bare articles after it, as its title in capitals is
// (englishTitlesAlone). Only a name the corpus knows (capitalised, "Copyright Law"): a field or a kind of law ("the new
// tax law", "the revised local law") names no one law, and a lower-case name the corpus lacks stays unread here
// (englishLowerLawName.ts reads those after "of"). Only after the word of revision or China's: "the copyright law"
// alone is as often the field as the statute; and not with another place after it ("the new company law of the United
// Kingdom"). The known short titles the bare-title matcher holds are read so already (scanner.ts lowerCaseChinaTitle);
// this reads any known English title's name. A machine's quotation marks for 《》 may stand around the name ("the
// revised "state compensation law"", fix-en60).
// Extended (fix-en63; heldout42 English p02, a page printing a law's articles under the title line "People's Republic
// of China (PRC) enterprise income tax law"): the country's name with its initials in brackets before the name, as
// machine translations render 中华人民共和国…法 word by word, names the law as China's does — the law the articles printed
// below are of, so their "this Law" is it, as under "Legal basis: … Law of People's Republic of China (PRC)." (the
// same line without "(PRC)" is a known title's wording already).
// Extended (fix-res100; heldout42 English p09, a lecture outline on the new Company Law: "The difference from the
// previous company law: 2 years, minimum registered capital …" and then "(Article 142)", "(Article 48)" …): a writer who
// compares with "the previous / former / original / old company law" is writing about that law, and the bare articles
// after it are read in it, as after "the revised company law" — in its text in force: the word is the writer's
// comparison, and the articles he goes on citing in later sentences are the law he writes about (Article 226 exists
// only in the new Company Law). The name in capitals with its version word ("Article 16 of the previous Company Law",
// english/versions/englishFormerName.ts) still names the text before the latest revision.

import { revisedInYearBefore } from '../versions/englishYearClause';

/**
 * "the revised", "the newly amended", "the new", "the previous" (group 1: a word of an older text), "China's (new)",
 * "People's Republic of China (PRC)", then one to three lower-case words (group 2) and "law".
 */
const LOWER_NAMED = /(?:\b[Tt]he[ \t]+(?:(?:newly|recently)[ \t]+)?(?:revised|amended|new|(previous|former|original|old))|\bChina['’]s(?:[ \t]+(?:(?:newly|recently)[ \t]+)?(?:revised|amended|new))?|\bPeople['’]s[ \t]+Republic[ \t]+of[ \t]+China[ \t]*\((?:PRC|China)\))[ \t]+["“]?((?:[a-z][a-z-]*[ \t]+){1,3}law)(?![\w'’-])/g;

/** The cheap question first: a word of revision or China's before a lower-case "law" somewhere in the text. */
const ANY = /(?:revised|amended|new|previous|former|original|old|China['’]s|\((?:PRC|China)\))[ \t]+["“]?(?:[a-z][a-z-]*[ \t]+){1,3}law\b/;

/** Known laws named in lower case in prose from `from` (the rule above): where each name is written and its title. */
export function lowerNamesAlone(text: string, from: number, known: (name: string) => string | null): { start: number; end: number; innerStart: number; innerEnd: number; title: string; year: number | null; compared: boolean }[] {
  const out: { start: number; end: number; innerStart: number; innerEnd: number; title: string; year: number | null; compared: boolean }[] = [];
  if (!ANY.test(text)) return out;
  LOWER_NAMED.lastIndex = from;
  for (let m = LOWER_NAMED.exec(text); m && out.length < 1000; m = LOWER_NAMED.exec(text)) {
    const name = m[2].replace(/\s+/g, ' ').replace(/\b[a-z]/g, (c) => c.toUpperCase());
    // Not another place's law: "the new company law of the United Kingdom" (as scanner.ts lowerCaseChinaTitle reads).
    if (/^\s+of\s+(?:the\s+)?[A-Z]/.test(text.substr(m.index + m[0].length, 24))) continue;
    const title = known(name);
    if (!title) continue;
    const start = m.index + m[0].length - m[2].length;
    const end = m.index + m[0].length;
    // The name in a machine's quotation marks for 《》: the title with its marks, as a title in 《》 is read.
    const marked = /["“]/.test(text[start - 1] ?? '') && /["”]/.test(text[end] ?? '');
    // "In 2010, the revised "state compensation law"": that year's text (englishYearClause.ts).
    // "the previous company law": the law as in force, no year (the rule above).
    out.push({ start: marked ? start - 1 : start, end: marked ? end + 1 : end, innerStart: start, innerEnd: end, title, year: m[1] ? null : revisedInYearBefore(text, start), compared: !!m[1] });
  }
  return out;
}

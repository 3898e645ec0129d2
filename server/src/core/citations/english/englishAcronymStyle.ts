// Rule (issue 14, heldout15-english: a privacy-law FAQ): writers who name a law by its conventional acronym alone
// ("When does PIPL apply?", "Under the DSL, …") write in a short style throughout: the article label loses its stop
// ("according to Art 13, …", "… fully informed.” Art 14."), and an answer opens with the article it rests on as a
// label, the law's acronym the subject of what follows ("Article 3: PIPL applies when …"). A reader takes "Art 13" as
// that law's article and "Article 3:" as the article of the law the answer names — not as the heading of a quoted
// statute text, which never names its own law by an acronym ("Article 3: This Law applies …").
// Without such an acronym in the text, "Art 10" without its stop is read only with a law named after it, as before
// ("Art 6 GDPR", a gallery's "Art 21", a date's "Art 2020" stay no citations).
import type { TitleHead } from '../scanTypes';

/**
 * Whether "Art N" without its stop, ending at `end`, is an article in a text written in the acronym style (above),
 * after the first acronym so used: "Art" capitalised, its number (three digits at most: "Art 2020" is a year's fair)
 * followed by a stop, a comma, a closing bracket or a line's end, as a label closes ("Art 21 works" is none).
 */
export function shortArtCites(text: string, word: string, end: number, scope: { acronymStyleFrom?: number }): boolean {
  if (scope.acronymStyleFrom === undefined || end < scope.acronymStyleFrom || word !== 'Art') return false;
  if (/\d{4}$/.test(text.slice(Math.max(0, end - 4), end))) return false;
  return /^(?:[.,;:)\]]|[ \t]*(?:\r?\n|$))/.test(text.substr(end, 3));
}

/**
 * Also with no colon (round 31, forms-en110: "Article 13 PIPL requires consent …", "Article 38 PIPL and Article 36 DSL
 * govern …" opening a line): the acronym right after the number is the law the article is of ("Art. 39 LCL"), and no
 * statute text opens with its own law's acronym — a citation, no heading.
 * "Article 3: PIPL applies …" at p: a label at a line's start, a colon, then a short name the text defined or a
 * conventional acronym (`defined`) as the subject of a sentence (a lower-case word after it); that name as the title
 * the article is of, else null.
 */
export function lawAfterLabel(text: string, p: number, defined: ReadonlySet<string>): TitleHead | null {
  const m = /^Article[ \t]+\d{1,4}(?:[ \t]*:[ \t]*(?:the[ \t]+)?|[ \t]+)([A-Z]{2,8})(?=[ \t]+[a-z])/.exec(text.substr(p, 40));
  if (!m || !defined.has(m[1])) return null;
  if (!/^[ \t#*>-]*$/.test(text.slice(text.lastIndexOf('\n', p - 1) + 1, p))) return null;
  const start = p + m[0].length - m[1].length;
  const end = p + m[0].length;
  return { kind: 'title', written: m[1], start, end, innerStart: start, innerEnd: end, bracketed: false, lang: 'en', defined: true };
}


// English headings written in capitals (issue 14, tenth round of English pages): journal articles, theses and memos
// print their titles and section headings in capitals — "ANALYSIS OF ARTICLE 12 OF THE LABOR LAW", "ARTICLE 52 OF THE
// CONTRACT LAW", "… UNDER ARTICLE 54 OF THE PRC COMPANY LAW 2023" — and cite the article there as in running text.
// The rule real writers follow, read here: capitals on a whole line are typography, not words of their own; such a
// line reads as the same words in the ordinary case (small words in lower case, acronyms of three letters or fewer
// kept, other words capitalised), so "OF THE LABOR LAW" names the Labor Law and "ARTICLE 21: SECESSION" stays a
// heading of the text printed below. Only a line with no lower-case letter at all, three words at least, is read so.

/** Small words a title keeps in lower case. */
const SMALL = new Set(['OF', 'THE', 'ON', 'FOR', 'AND', 'IN', 'TO', 'AT', 'WITH', 'BY', 'A', 'AN', 'UNDER', 'OR', 'AS', 'FROM', 'CONCERNING', 'REGARDING', 'AGAINST']);
/** Short words that are no acronym. */
const WORDS = new Set(['LAW', 'ACT', 'NEW', 'OLD', 'TAX', 'USE', 'WAR', 'KEY', 'ITS', 'ONE', 'TWO', 'SIX', 'TEN', 'BIS', 'TER']);

/** One word of a line in capitals, in the ordinary case. */
function recase(w: string): string {
  if (SMALL.has(w)) return w.toLowerCase();
  if (w.length <= 3 && !WORDS.has(w)) return w;
  return w[0] + w.slice(1).toLowerCase();
}

/**
 * The text with the line around p read in the ordinary case (the same length, so every position stays), when that
 * line is written in capitals (the rule above); null otherwise.
 */
export function capitalLineText(text: string, p: number): string | null {
  const start = text.lastIndexOf('\n', p - 1) + 1;
  const nl = text.indexOf('\n', p);
  const end = nl === -1 ? text.length : nl;
  const line = text.slice(start, end);
  if (/[a-z]/.test(line) || (line.match(/[A-Z][A-Z'’\-]*/g) ?? []).length < 3) return null;
  return text.slice(0, start) + line.replace(/[A-Z][A-Z'’\-]*/g, recase) + text.slice(end);
}

/**
 * Rule (issue 14, real-en26: a journal article's text taken from its PDF, the running head run into the copyright
 * line: "Copyright © 2009 Pacific Rim Law & Policy Journal Association ARTICLE 14 OF CHINA’S NEW LABOR CONTRACT LAW:
 * USING OPEN-TERM CONTRACTS …"): a title in capitals whose line break was lost is still typography, the words of the
 * title the paper's first line prints alone. From p, a run of words in capitals citing an article of a law — "ARTICLE
 * N OF", then capitalised words ending in a law's word (LAW, CODE, REGULATIONS …) — reads in the ordinary case, the
 * rest of the line as it is; null when no such run starts at p. Not a running head's caption ("ARTICLE 20: SECESSION",
 * no "OF") nor capitals that name no law.
 */
export function capitalRunText(text: string, p: number): string | null {
  const m = CAPITAL_RUN.exec(text.substr(p, 200));
  if (!m) return null;
  const end = p + m[0].length;
  return text.slice(0, p) + text.slice(p, end).replace(/[A-Z][A-Z'’\-]*/g, recase) + text.slice(end);
}

/** "ARTICLE 14 OF CHINA’S NEW LABOR CONTRACT LAW", "ARTICLES 3 AND 5 OF THE PRC COMPANY LAW": capitals only. */
const CAPITAL_RUN = /^ARTICLES?[ \t]+\d{1,4}(?:[ \t]*(?:,|AND|OR|TO)[ \t]*\d{1,4})*[ \t]+OF[ \t]+(?:[A-Z0-9][A-Z0-9'’\-]*[ \t]+){0,8}?(?:LAW|CODE|REGULATIONS?|MEASURES|PROVISIONS|RULES|CONSTITUTION)(?![A-Za-z])/;

// Two ways English text names bare articles that the article word's usual shape misses (issue 14, heldout32 English;
// an academic paper's PDF text on a constitution's speech clauses: "… includes not one, but three articles: 35, 41 and
// 47. While Ar- ticles 35 and 41 guarantee …").
// - A writer counting articles names them after a colon: "three articles: 35, 41 and 47" — "articles:" then a list of
//   two numbers at least, joined by commas and "and" or "or": one mention of those articles, as "articles 35, 41 and
//   47" is. One number after a colon is no such list ("Articles: 3" heads a count).
// - Text copied from a PDF keeps the hyphen that broke the word at a line's end, the break turned into a space: "Ar-
//   ticles 35 and 41", "Arti- cle 12". The word so broken is still "Article(s)", and the numbers after it are read as
//   after the whole word.
// Both are bare articles, read as any bare article is (the law in context; no context when none was named, rule 5).
// Only where the numbers end the reference: a law named after them ("… 35 and 41 of the Constitution") is left to the
// citation rules, which read a law after an article (no bare article here that would take another law).
import type { ScanEvent, ScannedCitation } from '../../scanTypes';
import type { CoveredSpans } from '../../text';

/** "articles: N, N and N" or a hyphen-broken "Ar- ticles N and N"; group 1 the numbers. */
const COUNTED = /(?<![A-Za-z])(?:[Aa]rticles:[ \t]+(?=\d{1,4}(?:[ \t]*,[ \t]*\d{1,4})*,?[ \t]+(?:and|or)[ \t]+\d)|(?:A-[ \t]?rticle|Ar-[ \t]?ticle|Art-[ \t]?icle|Arti-[ \t]?cle|Artic-[ \t]?le)s?[ \t]+(?=\d))(\d{1,4}(?:(?:[ \t]*,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)\d{1,4})*)/g;

/** What may not follow the numbers (read on the longest list): a unit or a law going on ("(2)", ".3", " of the …"). */
const GOES_ON = /^(?:[\w(]|\.\d|[ \t]*\(\d|,?[ \t]+(?:of|in|under)[ \t]|,?[ \t]+(?:para|paragraph|item|clause)s?\b)/i;

/**
 * The cheap question first: a colon after "articles", or a hyphen inside the word — itself asked only of a page
 * holding "rticles:" or a hyphen (searched fast, where the alternation is tried at every character).
 */
const ANY = /rticles:|(?:A|Ar|Art|Arti|Artic)-[ \t]?(?:rticle|ticle|icle|cle|le)/;

/** The bare article lists of the rules above, from `from`, where no citation or title is already (`covered`). */
export function addCountedArticleLists(text: string, from: number, covered: CoveredSpans, events: ScanEvent[]): void {
  if (!(text.includes('rticles:') || text.includes('-')) || !ANY.test(text)) return;
  covered.sort();
  COUNTED.lastIndex = from;
  for (let m = COUNTED.exec(text); m; m = COUNTED.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (covered.overlaps(start, end) || GOES_ON.test(text.substr(end, 14))) continue;
    if (m[0].includes(':') && !/(?:and|or|,)/.test(m[1])) continue; // "Articles: 3" is no list
    const numbers: number[] = [];
    const numsAt = end - m[1].length;
    for (const n of m[1].matchAll(/\d{1,4}/g)) numbers.push(+n[0], numsAt + n.index!, numsAt + n.index! + n[0].length);
    const c: ScannedCitation = {
      type: 'citation', start, end, head: { kind: 'bare' }, top: 0,
      targets: numbers.filter((_, i) => i % 3 === 0).map((article) => ({ article, insert: null, paragraph: null, item: null, subitem: null })),
      parts: [{ kind: 'article', start, end, numbers }], arabic: [], lang: 'en',
    };
    events.push(c);
    covered.push(start, end);
  }
}

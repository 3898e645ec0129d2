// A text a page dates by its entry into force years after the corpus's text of that name (issue 14, English pages):
// "Interpretation (II) of Issues Concerning the Application of Law in the Trial of Labour Dispute Cases, which came into
// effect on 1 September 2025" — the Supreme People's Court issued a new interpretation of a near name in 2025, and the
// corpus holds the one of 2006 its English title also fits. A reader who is told when the text came (or comes) into
// force knows which one is meant: when that year, in the sentence naming the text, is five years or more after the
// latest version the corpus holds came into force, the page names another, newer text of that name, which the corpus
// does not hold (unknown-regulation) — and so does every later mention of that name on the page, as the bare articles
// after it. Judicial interpretations only: the Supreme People's Court does not amend one in place over the years but
// issues a new one of the same or a near name (its revision of many at once is dated 2020 and held by the corpus).
// A law is amended in place, and the corpus may hold it without its newest amendment ("the third amendment to the
// AUCL … will take effect on October 15, 2025"), or date it by its adoption long before it came into force (the Hong
// Kong Basic Law, adopted 1990, "which came into force in 1997"): for laws the stated year tells nothing.

import { sentenceOpen } from '../text/sentence';

/** "came into effect on 1 September 2025", "will come into force on …", "took effect in 2025", "effective from …". */
const IN_FORCE = /\b(?:came|comes?|took|takes?|went|goes|go|entered|enters?)[ \t]+into[ \t]+(?:effect|force)\b[^.;!?\n]{0,40}?\b((?:19|20)\d\d)\b|\b(?:took|takes?)[ \t]+effect\b[^.;!?\n]{0,40}?\b((?:19|20)\d\d)\b|\beffective[ \t]+(?:on|from|as[ \t]+of|since)[ \t]+[^.;!?\n]{0,25}?\b((?:19|20)\d\d)\b/;

/** How many years after its latest version's entry into force a text of the same name is another one. */
const YEARS_APART = 5;

// Rule (issue 14, fix-en17a; memos on the 2025 interpretation): the year a text was issued tells the same — its
// document number right after its title ("… Labor Dispute Cases (Fa Shi [2025] No. 12) Article 3 …", 法释〔2025〕12号),
// or the date the sentence naming it says it was issued on ("On August 1, 2025, the Supreme People's Court released
// the Interpretation (II) …"). A text is issued in the year it comes into force or the year before, so the same five
// years apart hold.

/** A judicial interpretation's document number right after its title: "(Fa Shi [2025] No. 12)", "法释〔2025〕12号". */
const DOCUMENT_NUMBER = /^[ \t]*[(（]?[ \t]*(?:Fa[ \t]?Shi|Fashi|FaShi|法释)[ \t]*[\[(〔【［（]((?:19|20)\d\d)[\])〕】］）]/i;

/** "On August 1, 2025, the Supreme People's Court released|issued|promulgated|published the …" before the title. */
const ISSUED_BEFORE = /\b((?:19|20)\d\d)\b[^.;!?\n]{0,60}?\b(?:released|issued|promulgated|published)[ \t]+(?:its[ \t]+|the[ \t]+|a[ \t]+|["“])*[^.;!?\n]{0,8}$/;

/** Where the sentence naming a text opens: after a line break, or a full stop (a closing mark after it) and spaces before a capital. */
const STATED_SENTENCE_OPEN = /\n|[.!?]["”’)]?[ \t]+(?=[A-Z])/g;

/** The year the sentence naming a text (its title from `start` to `end`) says it came into force or was issued, else null. */
export function statedEffectYear(text: string, end: number, start = end): number | null {
  const number = DOCUMENT_NUMBER.exec(text.slice(end, end + 30));
  if (number) return +number[1];
  const rest = text.slice(end, end + 320);
  // The sentence: up to a full stop before a capital (not "Sept. 1" nor "No. 4"), or the line's end.
  const stop = /[.!?]["”’)]?(?=[ \t]+[A-Z]|[ \t]*(?:\r?\n|$))|\n/.exec(rest);
  const m = IN_FORCE.exec(stop ? rest.slice(0, stop.index + 1) : rest);
  if (m) return +(m[1] ?? m[2] ?? m[3]);
  // The words before the title in its sentence (from its last full stop before a capital, or the line's start).
  const issued = ISSUED_BEFORE.exec(text.slice(sentenceOpen(text, Math.max(0, start - 160), start, STATED_SENTENCE_OPEN), start));
  return issued ? +issued[1] : null;
}

/** Whether a text said to come into force in `year` is another than the one whose latest version came into force on `latest` (YYYY-MM-DD). */
export function newerTextOfName(year: number, latest: string | null): boolean {
  return latest !== null && year - +latest.slice(0, 4) >= YEARS_APART;
}

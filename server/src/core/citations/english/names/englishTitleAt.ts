// English titles where a citation names its law (english.ts parseEnglish, the scanner, englishDefinitions.ts,
// englishTitlesAlone.ts): the known English title that starts or ends at a place — written across a line break, cut
// at the text's end, or going on into another text's title (a series number, a local place, a narrower class of
// cases) — a short name the document defines, a capitalised phrase that is a regulation's title (englishLawLikeTitle.ts),
// and the words that may lead a title (a year, China's, new / amended / revised).
import type { EnglishScope } from '../../scanTypes';
import { ENGLISH_LAW_WORD, groupedBy, perList } from '../../text';
import { composedTitle } from './englishComposed';
import { footnoteAfterLawTitle } from './englishTitleMarks';
import { lawLikeEnglishTitle } from './englishLawLikeTitle';
import { completedName, cutAtTextEnd, cutCountryAtTextEnd } from './englishCutTitle';
import { actTitleAt } from './englishAct';
import { dehyphenatedTitleAt } from './englishHyphenated';
import { acronymInsideTitleAt } from './acronymInsideTitle';
import { SUBJECT_JOINT, joinsTitleSubject } from './titleSubjectJoints';

/** Known English titles by their first word (lower case), in the list's order; made once per list. */
const byFirstWord = perList((titles) => groupedBy(titles, (t) => [t.toLowerCase().split(/\s/, 1)[0]]));

/** Lower case with the typographic apostrophe made plain, as titles are matched. */
const lowerQuotes = (s: string) => s.toLowerCase().replace(/’/g, "'");

/** Known English titles, lower-cased, by their last word (lower case), longest first; made once per list. */
const byLastWord = perList((titles) =>
  groupedBy([...new Set(titles.map(lowerQuotes))].sort((a, b) => b.length - a.length), (t) => [/([a-z][a-z'\-]*)$/.exec(t)?.[1] ?? '']));

/** A short name the document defines that starts at p (longest first). */
export function definedAt(text: string, p: number, defined: ReadonlySet<string>): string | null {
  let best: string | null = null;
  for (const d of defined) {
    if ((!best || d.length > best.length) && text.startsWith(d, p) && !/[A-Za-z0-9]/.test(text[p + d.length] ?? '')) best = d;
  }
  return best;
}

/** What makes a known title another text's when it follows (englishTitleAt): a series number, a local place. */
const LONGER_TITLE_TAIL = /^[ \t]*\((?:I{1,3}|IV|VI{0,3})\)(?![\w(])|^[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+){1,4}(?:Province|Municipality|City|Autonomous[ \t]+Region|Special[ \t]+Economic[ \t]+Zone|Free[ \t]+Trade[ \t]+Zone)(?![\w-])/;

/**
 * Rule (issue 14, real-en24: a university database's summary of a Beijing judgment that "cited Article 8, Paragraph 1
 * of the Interpretations of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial
 * of Cases Involving Copyright Disputes over Computer Network (2004)"): an interpretation's title names the cases it is
 * on, and a narrower one names them further ("… Copyright Disputes over Computer Network", "… Civil Cases Involving
 * Foreign Elements", "… Contract Disputes Arising from Online Shopping"). A known title ending in "Cases" or "Disputes"
 * that goes straight on, in the same phrase, with over / involving / concerning / regarding / relating to / related to /
 * arising from and capitalised words is that narrower interpretation named in full — another text, known or not
 * (unknown-regulation), never the broader one whose title it begins with. Not lower-case words after it ("… Disputes
 * over the years"), nor a new clause or sentence (a comma or a full stop ends the title).
 */
const NARROWED_CASES_TAIL = /^[ \t]+(?:over|involving|concerning|regarding|relating[ \t]+to|related[ \t]+to|arising[ \t]+(?:from|out[ \t]+of))[ \t]+(?:the[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+(?:(?:of|and|on|for|in|the|with)[ \t]+)*[A-Z][\w'’\-]*)*/;

/** Whether a capitalised title goes on past `end` and is composed on a law's title (englishComposed.ts): the longer title. */
function composedBeyond(cap: { end: number; title: string } | null, end: number): cap is { end: number; title: string } {
  return !!cap && cap.end > end && composedTitle(cap.title) !== null;
}

/** The known English title that starts at p (longest first), or null. */
export function knownTitleAt(text: string, p: number, scope: EnglishScope): { end: number; title: string } | null {
  const matcher = scope.matcher;
  if (!matcher) return null;
  const first = /[^\s]+/y;
  first.lastIndex = p;
  const w = lowerQuotes(first.exec(text)?.[0] ?? '');
  for (const t of byFirstWord(matcher.citedEnglishTitles ?? matcher.englishTitles).get(w) ?? []) {
    if (text.length - p < t.length) continue;
    if (!/[A-Za-z]/.test(text[p + t.length] ?? '') && lowerQuotes(text.substr(p, t.length)) === t.toLowerCase()) return { end: p + t.length, title: text.substr(p, t.length) };
    // A title wrapped across a line break ("… Regulations for the Control" ⏎ "of Advertising", a page printed with
    // hard line ends): its words with the line break for a space.
    const end = wrappedTitleEnd(text, p, t);
    if (end !== -1) return { end, title: text.slice(p, end).replace(/\s+/g, ' ') };
  }
  return null;
}

/** Where title t ends at p when the text writes it with a line break (and its indentation) for one of its spaces; -1. */
function wrappedTitleEnd(text: string, p: number, t: string): number {
  const window = text.substr(p, t.length + 40);
  if (!window.includes('\n')) return -1;
  let i = p;
  let wrapped = false;
  for (let k = 0; k < t.length; k++) {
    if (t[k] === ' ') {
      const ws = /^[ \t]*(?:\r?\n[ \t]*)?/.exec(text.slice(i, i + 40))![0];
      if (!ws) return -1;
      if (ws.includes('\n')) wrapped = true;
      i += ws.length;
    } else if (lowerQuotes(text[i] ?? '').toLowerCase() === t[k].toLowerCase()) i++;
    else return -1;
  }
  return wrapped && !/[A-Za-z]/.test(text[i] ?? '') ? i : -1;
}

/**
 * The title whose start the text ends with at p (englishCutTitle.ts): where the words end and the whole title — a name
 * the page wrote before that goes on from them, else the known title they start; null when they are a known title as
 * they stand, or start none.
 */
export function cutTitleAt(text: string, p: number, scope: EnglishScope): { end: number; title: string } | null {
  const cut = cutAtTextEnd(text, p);
  if (!cut || knownTitleAt(text, p, scope)?.end === p + cut.length) return null;
  for (let i = text.lastIndexOf(cut, p - 1); i !== -1; i = i === 0 ? -1 : text.lastIndexOf(cut, i - 1)) {
    if (/[A-Za-z]/.test(text[i - 1] ?? '')) continue;
    const t = englishTitleAt(text, i, scope);
    if (t && t.end > i + cut.length) return { end: p + cut.length, title: t.title };
  }
  const matcher = scope.matcher;
  const titles = matcher ? byFirstWord(matcher.citedEnglishTitles ?? matcher.englishTitles).get(lowerQuotes(cut.split(/[ \t]/)[0])) : undefined;
  const name = titles ? completedName(cut, titles) : null;
  if (name) return { end: p + cut.length, title: name };
  // Rule (issue 14, fix-f141-en2; heldout58 English, a journal's last footnote "See Article 46 of the Marriage Law of
  // the People"): a law's name the page was cut after, inside the country's name that follows it ("… Law of the
  // People", "… Code of the People's Rep"), still names that law — the cut words are the country's (cutCountryAtTextEnd),
  // so the title is the name before them, known or not (a law the corpus lacks: unknown-regulation).
  const of = /^(.*\b(?:Law|Code))[ \t]+of[ \t]+/.exec(cut);
  if (of && cutCountryAtTextEnd(text, p + of[0].length)) return { end: p + cut.length, title: of[1] };
  return null;
}

/** English title words at p: the known title if one starts here, a defined short name, else a capitalised phrase with a law word. */
export function englishTitleAt(text: string, p: number, scope: EnglishScope): { end: number; title: string } | null {
  // "the Enterprise Income Tax (“EIT”) Law": the title without the acronym defined inside it (acronymInsideTitle.ts).
  const inside = acronymInsideTitleAt(text, p);
  if (inside) return { end: inside.end, title: inside.title };
  // "the new Compa-ny Law": a word a PDF broke at a line's end, joined (englishHyphenated.ts).
  let known = knownTitleAt(text, p, scope) ?? dehyphenatedTitleAt(text, p, (s) => knownTitleAt(s, 0, scope));
  // "… Labor Dispute Cases (IV)", "Regulations on Work-Related Injury Insurance of Guangdong Province": a known title
  // going on with a series number or a province's (city's, region's) name is another text — the fourth of a series of
  // interpretations, a local regulation — named in full, known or not (unknown-regulation), never the known one.
  if (known) {
    const tail = LONGER_TITLE_TAIL.exec(text.substr(known.end, 90));
    if (tail) known = { end: known.end + tail[0].length, title: text.slice(p, known.end + tail[0].length) };
  }
  return narrowedCases(text, p, englishTitleBefore(text, p, scope, known));
}

/** "… Cases Involving Copyright Disputes over Computer Network": the narrower interpretation (NARROWED_CASES_TAIL). */
function narrowedCases(text: string, p: number, t: { end: number; title: string } | null): { end: number; title: string } | null {
  if (!t || !/\b(?:Cases|Disputes)$/.test(t.title)) return t;
  const narrowed = NARROWED_CASES_TAIL.exec(text.substr(t.end, 120));
  return narrowed ? { end: t.end + narrowed[0].length, title: text.slice(p, t.end + narrowed[0].length) } : t;
}

/** The title at p before a narrowing tail is read: the known one, a defined short name, or a capitalised phrase. */
function englishTitleBefore(text: string, p: number, scope: EnglishScope, known: { end: number; title: string } | null): { end: number; title: string } | null {
  const def = definedAt(text, p, scope.defined);
  const cap = capitalisedTitleAt(text, p);
  if (def && (!known || def.length > known.title.length)) {
    // A title composed on a law that only starts with a defined short name ("the Interpretation (II) of the Marriage
    // Law" where "the Interpretation" is defined) is that longer title.
    if (composedBeyond(cap, p + def.length)) return cap;
    if (citedBeforeDefinition(text, cap, p + def.length)) return cap;
    return { end: p + def.length, title: def };
  }
  // A title composed on the known one ("the Civil Procedure Law Interpretation") is the longer title.
  if (known && composedBeyond(cap, known.end)) return cap;
  // A "Law on X" going straight on with more capitalised words ("the Law on Export Control Licensing") names a longer
  // title: writers turn "X Law" round to "Law on X" only whole, so the known words are not that law.
  if (known && cap && cap.end > known.end && /^Law (?:on|of) /i.test(known.title) && /^[ \t]+[A-Z]/.test(text.slice(known.end, known.end + 3))) return cap;
  return known ?? cap;
}

/**
 * Whether a capitalised title going on past a defined short name's end stands right before a bracket: the title the
 * short name is defined for, cited in full before its definition ("Article 9 of Code of Conduct for Widgets (“the Code
 * of Conduct”)", fix-en28b) — the full title, as a known one so cited is.
 */
function citedBeforeDefinition(text: string, cap: { end: number } | null, defEnd: number): boolean {
  return !!cap && cap.end > defEnd && /^[ \t]*\(/.test(text.substr(cap.end, 4));
}

/** The lower-case words of a court's title that go on it only after the court's possessive (rule in capitalisedTitleAt). */
const LOWER_TITLE_WORD = /^(?:judicial|provisions|interpretations?|opinions|application|several|certain|issues)$/;
/** The court's possessive opening a title: "Supreme People's Court's", "SPC's". */
const COURT_POSSESSIVE = /^(?:Supreme[ \t]+People['’]s[ \t]+Court|SPC)['’]s[ \t]/;

/** A date written after "of": "December 16, 2019", "May 28 2020", "16 December 2019". */
const DATE_AFTER_OF = /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;

/** The country after a law's name: "in China", "in the PRC", "in the People's Republic of China", "in Mainland China". */
const IN_CHINA = /^(?:the[ \t]+)?(?:(?:[Mm]ainland[ \t]+)?China|PRC|P\.R\.C\.|People['’]s[ \t]+Republic[ \t]+of[ \t]+China)(?![\w'’-])/;

/** The People's Republic of China by its initials with their stops and spaces: "P. R. China", "P.R. China", "P. R. C.", "P.R.C.". */
const SPACED_INITIALS = /^(?:the[ \t]+)?P\.[ \t]?R\.[ \t]?(?:China\b|C\.)/;

/** A capitalised phrase at p that is a regulation's title (lawLikeEnglishTitle), or null. */
export function capitalisedTitleAt(text: string, p: number): { end: number; title: string } | null {
  // "(I)" numbers an interpretation ("Interpretation (I) of the SPC on …", "… (Part Two)"); "under" links a title composed on a law
  // ("the SPC Interpretation on the Security System under the Civil Code").
  // The number may be in lower case or a Unicode numeral, its brackets glued to the next word ("Interpretation(ii)of").
  // "Law of People's Republic of China (PRC) on Road Traffic Safety": the country's initials inside a machine-translated
  // title, before what the law is on (englishTitleMarks.ts).
  // "… on Technology Import/Export" (fix-en63, heldout42 English p03): two words joined by a slash for "and" (进出口), as
  // the title's lookup reads them (englishTitleMarks.ts); not after a kind word ("the Company Law/Securities Law" is two).
  // "Judicial Interpretation No. 3 of the Company Law": the series number after the kind word, as "III" is (englishComposed.ts).
  // "Explanation Ⅱ of Marriage Law" (fix-zh28, heldout26 court: an abstract's machine translation of 婚姻法解释（二）): the
  // Unicode numeral without brackets after the kind word, before "of", numbers it as "(Ⅱ)" does.
  // "the Anti -Money Laundering Law" (heldout28 English: a machine-translated police post): machine translation puts a
  // space before the hyphen after a prefix (Anti, Non, Counter); the word after it goes on the title, as if glued
  // (title keys and word bags read no spaces, so it names what "Anti-Money Laundering Law" names).
  // "… the Application of the "Civil Procedure Law of the People's Republic of China"" (fix-en90, englishComposed.ts
  // unquotedLaw): the law's name quoted inside a court interpretation's title, its marks glued to its first and last words.
  const re = /(?:(?<=\b(?:Application|Applying|Implementation)[ \t]+of[ \t]+(?:the[ \t]+)?)["“‘«](?=[A-Z])|(?<=[a-z])["”»](?=[ \t]|[.,;:)(]|$)|[A-Z][\w'’\-]*(?:\.(?<=\b(?:Interpretations?|Provisions)[ \t]+No\.)[ \t]?[1-5](?![\d.]))?|\((?:I{1,3}|IV|V|i{1,3}|iv|[1-5]|[ⅠⅡⅢⅣⅤ]|Part[ \t]+(?:One|Two|Three|Four|Five))\)|(?<=China[ \t]+)\(PRC\)(?=[ \t]+(?:on|for|concerning|regarding|governing)[ \t]+(?:the[ \t]+)?[A-Z])|(?<=\b(?:Interpretations?|Explanations?)[ \t]+)[ⅠⅡⅢⅣⅤ](?=[ \t]+of[ \t])|(?<=\b(?:Anti|Non|Counter)[ \t]+)-[A-Z][\w'’\-]*|(?<=[a-z])(?<!\b(?:Laws?|Codes?|Regulations?|Measures|Provisions|Rules|Interpretations?|Acts?))\/[A-Z][\w'’\-]*|of|the|on|for|and|in|to|at|with|by|a|an|under|concerning|regarding|against|judicial|provisions|interpretations?|opinions|application|several|certain|issues|from|through|between|over|involving|,|(?<=[A-Z]{2,})\/[A-Z]{2,})(?:[ \t]+|(?=[^\w])|(?<=\))(?=\w)|(?<=["“‘«])(?=[A-Z])|$)/y;
  re.lastIndex = p;
  let lastCap = p;
  let words = 0;
  let quoted = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0].trim();
    if (words === 0 && !/^[A-Z]/.test(w)) return null;
    // "… Law and Article 5 of …": the next reference starts.
    if (/^(Articles?|Paragraphs?|Items?)$/.test(w)) break;
    // "the PRC Lawyers Law(1) (…)": a footnote marker after a law's name ends the title (englishTitleMarks.ts).
    if (words > 0 && footnoteAfterLawTitle(text, m.index, text.slice(p, lastCap))) break;
    // "the Draft Civil Code of December 16, 2019": the date a text bears after its title is no part of it.
    if (words > 0 && w === 'of' && DATE_AFTER_OF.test(text.substr(re.lastIndex, 24))) break;
    // "Provision 286 of the Contract Law in China establishes …": the country after a law's name ("in China", "in the
    // PRC") says whose law it is, as "China's" before it would; no part of the title.
    if (words > 0 && w === 'in' && IN_CHINA.test(text.substr(re.lastIndex, 40)) && lawLikeEnglishTitle(text.slice(p, lastCap))) break;
    // Rule (issue 14, fix-en41; "Article 53 of the Contract Law of P. R. China"): the country's initials spaced or
    // half-spaced ("P. R. China", "P.R. China", "P. R. C.") after a law's name say whose law it is, as "of the PRC"
    // does — the title ends before "of" (the initials' stops would cut it at "of P" and lose it).
    if (words > 0 && w === 'of' && SPACED_INITIALS.test(text.substr(re.lastIndex, 16)) && lawLikeEnglishTitle(text.slice(p, lastCap))) break;
    // "Article 18 of the Interpretation … of the People's Republic of China If the contract …": a translation's article
    // label runs on into its text; a title ends with the country's name, a capitalised word after it opens the next
    // sentence (the country first, "People's Republic of China Company Law", is no title yet and goes on).
    if (/^[A-Z]/.test(w) && /^[ \t]+$/.test(text.slice(lastCap, m.index)) && /Republic[ \t]+of[ \t]+China$/.test(text.slice(p, lastCap)) && lawLikeEnglishTitle(text.slice(p, lastCap))) break;
    // Rule (issue 14, fix-en90; pool90 English p51, a law firm's seminar report: "Article 1 and Article 2 of the Supreme
    // People's Court's provisions on the application of the Company Law of the People's Republic of China (V)"; China
    // Daily: "Article 24 of the Supreme People's Court's judicial interpretation of the Marriage Law"): after the court's
    // possessive, writers type the kind and the words of its title in lower case; those words go on the title (the
    // court's English titles read them, englishComposed.ts), only so led.
    if (/^[a-z]/.test(w) && LOWER_TITLE_WORD.test(w) && !COURT_POSSESSIVE.test(text.substr(p, 32))) break;
    // "… Arising from False Statements …", "the Reporting, Investigation and Handling of …", "HIV/AIDS": the subject's
    // joints, only inside a title opened by its kind (titleSubjectJoints.ts).
    if (SUBJECT_JOINT.test(w) && !joinsTitleSubject(text, p, m.index, w, re.lastIndex)) break;
    // A closing mark goes on the title only after the opening one it read ('the "Fire Law" Article 25' ends at Law).
    if (/^["“‘«]$/.test(w) && /[A-Z]/.test(text[m.index + 1] ?? '')) quoted = true;
    else if (/^["”»]$/.test(w) && !quoted) break;
    words++;
    if (/^[A-Z(]|^[-/][A-Z]|^["”»]$/.test(w)) lastCap = m.index + w.length;
    // 45 words: the two top courts' joint interpretations run to 40 (fix-en100, the corpus sweep).
    if (words > 45 || re.lastIndex === m.index) break;
  }
  if (words === 0) return null;
  const title = text.slice(p, lastCap);
  if (!lawLikeEnglishTitle(title)) return null;
  return { end: lastCap, title };
}

/** Whether a character code is a Latin letter, A-Z or a-z. */
const isLatinLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Whether a character code may stand in a title's word: a Latin letter, ' ’ or -. */
const isTitleWordCode = (c: number) => isLatinLetterCode(c) || c === 0x27 || c === 0x2019 || c === 0x2d;

/**
 * The known English title (longest) that ends at `end`, possibly followed by "of the People's Republic of China":
 * where it starts and the known part as written; null when none.
 */
export function englishTitleEndingAt(text: string, end: number, titles: readonly string[]): { start: number; title: string } | null {
  // Machine translations drop "the" and add the initials ("… Law of People's Republic of China (PRC)"); writers also
  // write "of China" and "of the China" for the country.
  // Both patterns below end in a Latin letter, ' ’ - or ')': after any other character no title ends here.
  const last = text.charCodeAt(end - 1);
  if (!((last >= 65 && last <= 90) || (last >= 97 && last <= 122) || last === 0x27 || last === 0x2019 || last === 0x2d || last === 0x29)) return null;
  // The country's name ends in a, c (either case) or ')': tested before the pattern is run back over a slice.
  const lastLower = last | 0x20;
  const country = lastLower === 0x61 || lastLower === 0x63 || last === 0x29 ? /\s+of\s+(?:the\s+)?(?:People['’]s\s+Republic\s+of\s+China(?:\s+\(PRC\))?|PRC|China)$/i.exec(text.slice(Math.max(0, end - 52), end)) : null;
  if (country) {
    const known = englishTitleEndingAt(text, end - country[0].length, titles);
    if (known) return known;
  }
  // Only the titles whose last word is the word ending here (a memo has thousands of words, the index ~600 titles).
  // The word ending here (a letter, then letters, ' ’ or -; within the last 30 characters), read by code in place of a
  // pattern run on a slice at every place a title may end.
  const lo = Math.max(0, end - 30);
  let from = end;
  while (from > lo && isTitleWordCode(text.charCodeAt(from - 1))) from--;
  while (from < end && !isLatinLetterCode(text.charCodeAt(from))) from++;
  if (from === end) return null;
  const candidates = byLastWord(titles).get(lowerQuotes(text.slice(from, end)));
  if (!candidates) return null;
  // The text before `end`, lower-cased once, against the titles lower-cased once (longest first).
  const window = lowerQuotes(text.slice(Math.max(0, end - 240), end));
  for (const t of candidates) {
    if (t.length > window.length || !window.endsWith(t)) continue;
    if (/[A-Za-z]/.test(text[end - t.length - 1] ?? '')) continue;
    return { start: end - t.length, title: text.slice(end - t.length, end) };
  }
  return null;
}

/**
 * A capitalised title ending at `end` that holds a law word (an English title the index may not know: "Interpretation
 * on Certain Issues Relating to the Application of the PRC Arbitration Law"); where it starts, or -1.
 */
export function capitalisedTitleEndingAt(text: string, end: number): number {
  // The number of an interpretation in brackets ("Interpretation (II) of the Marriage Law") is part of its title.
  const words = /(?:^|[\s(“"])([A-Za-z][\w'’\-]*|\((?:I{1,3}|IV|V)\))$/;
  let q = end;
  let start = -1;
  for (let n = 0; n < 30; n++) {
    const m = words.exec(text.slice(Math.max(0, q - 40), q));
    if (!m) break;
    const w = m[1];
    const ws = q - w.length;
    if (/^[A-Z]/.test(w)) start = ws;
    // "over" joins a court interpretation's cases to their subject ("… Cases of Disputes over Construction Contracts", fix-en101).
    // "… Disputes With respect to Infringement of …" (f131-en1, heldout57 English: a law firm's title of a court's
    // provisions, read back from its definition): "with respect to" as "concerning".
    else if (!/^(?:of|the|on|for|and|in|to|at|with|within|by|over|concerning|regarding|against|\(.*\))$/.test(w) && !(w === 'respect' && /\b[Ww]ith[ \t]+$/.test(text.slice(Math.max(0, ws - 8), ws)) && /^[ \t]+to[ \t]/.test(text.substr(q, 4)))) break;
    if (!/^[ \t]$/.test(text[ws - 1] ?? '')) break;
    q = ws - 1;
  }
  if (start === -1) return -1;
  const title = text.slice(start, end);
  if (lawLikeEnglishTitle(title) && /^[A-Z]/.test(title)) return start;
  // "The Interpretation of … (I) (new judicial interpretation …)" opening a sentence: the title after its capitalised
  // article (fix-en101), as "the Interpretation …" inside a sentence is read.
  const the = /^The[ \t]+(?=[A-Z])/.exec(title);
  return the && lawLikeEnglishTitle(title.slice(the[0].length)) ? start + the[0].length : -1;
}

/**
 * A year, China's, new/amended/revised (or "PRC," / "P.R.C." as some translations write it, "People's Republic of
 * China (PRC)" as machine translations of 中华人民共和国… do) before a title: what it says and where the title starts.
 * The law in force is also "the existing Company Law", and the word may come before the country's name: "of the
 * existing PRC Company Law", as a note on an amendment names the law it amends.
 * "the original/former Tort Liability Law" names a law since replaced (民法典 repealed it): the title all the same.
 * "the newly amended patent law", "the recently revised Trademark Law": news of an amendment name the law so, and news
 * of a new text "the recently issued Interpretation of the Marriage Law", "the newly promulgated Company Law" (issue 14,
 * real-english16b: a law firm's comment on an interpretation just published).
 * The year may also come first and the country after it, as a writer dates a law and then says whose it is: "Article 10
 * of 2001 Chinese Copyright Law", "the 2006 PRC Company Law" (issue 14, real-english16).
 * Rule (issue 14, real-en24: a judge's page on the Chinese IP site of a US law school, "the Article 10(5) of the 1990’s
 * Copyright Law"): the year may carry a possessive 's, as writers put it on a year they date a law by ("the 1990's
 * Copyright Law", "the 2001’s Trademark Law"): the same year, naming that version. Only with the apostrophe: "the
 * 1990s" is a decade, not a text's year.
 */
export const TITLE_LEAD = /(?:PRC,\s+|P\.R\.C\.\s+|(?:the\s+)?People['’]s\s+Republic\s+of\s+China\s+\((?:PRC|China)\)\s+)?(?:(?:existing|current|new|amended|revised)\s+(?=(?:PRC|P\.R\.C\.|China['’]s|Chinese)\s+[A-Z]))?(?:(?:China['’]s|Chinese|China|People['’]s\s+Republic\s+of\s+China['’]s|PRC['’]s)\s+)?(?:(\d{4})(?:['’]s)?\s+(?:(?:Chinese|PRC|P\.R\.C\.|China['’]s)\s+(?=[A-Z]))?)?(?:(?:(?:[Nn]ewly|[Rr]ecently)\s+(?=(?:[Aa]mended|[Rr]evised)\s))?(?:New|new|Amended|amended|Revised|revised|Current|current|Existing|existing|Original|original|Former|former|Old|old|Previous|previous)\s+|(?:[Nn]ewly|[Rr]ecently)\s+(?:issued|promulgated|enacted|released|published)\s+)?/y;

/** A title with a law's word right after an issuer's possessive that ends at p (englishIssuerPossessive.ts), or null. */
export function issuedTitleAt(text: string, p: number, scope: EnglishScope): { start: number; end: number; title: string; year?: number } | null {
  if (p === -1) return null;
  const t = leadTitleAt(text, p, scope);
  return t && ENGLISH_LAW_WORD.test(t.title) && !/^(?:Regulations|Measures|Provisions|Rules|Law|Code|Interpretations?)$/i.test(t.title) ? t : null;
}

/** The title (with its lead) at p, or null. */
export function leadTitleAt(text: string, p: number, scope: EnglishScope): { start: number; end: number; title: string; year?: number } | null {
  TITLE_LEAD.lastIndex = p;
  const lead = TITLE_LEAD.exec(text);
  const t0 = lead ? TITLE_LEAD.lastIndex : p;
  // A defined short name may itself begin with a lead word ("New Company Law", "2018 Company Law").
  const def = definedAt(text, p, scope.defined);
  // Not when a title composed on a law only starts with it (englishTitleAt: "the Interpretation (II) of …"), nor when
  // a known title goes on past it: the title the short name is defined for, cited in full right before its definition
  // ("Article 21 of the Regulations on Urban Water Supply (hereinafter referred to as the Regulations)").
  if (def && !composedBeyond(capitalisedTitleAt(text, p), p + def.length) && !((knownTitleAt(text, p, scope)?.end ?? 0) > p + def.length) && !citedBeforeDefinition(text, capitalisedTitleAt(text, p), p + def.length)) {
    return { start: p, end: p + def.length, title: def };
  }
  // "the Employment Contracts Act of the PRC", "the PRC Company Act": the PRC's law so named (englishAct.ts).
  const t = englishTitleAt(text, t0, scope) ??
    actTitleAt(text, t0, /PRC|P\.R\.C\.|China|Chinese/.test(lead?.[0] ?? ''), (name) => knownTitleAt(name, 0, scope)?.end === name.length);
  if (!t) return null;
  const year = lead?.[1] ? +lead[1] : undefined;
  return { start: p, end: t.end, title: t.title, ...(year && year >= 1949 && year <= 2100 ? { year } : {}) };
}

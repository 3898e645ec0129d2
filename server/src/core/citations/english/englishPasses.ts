// English passes over a scanned text, after the citations are found: regulations' titles named alone in prose, short
// names the document defined used alone, and a list's bare articles taking the law named after the last of them.
import { composedTitle } from './names/englishComposed';
import { CHINESE_CONSTITUTION, chineseConstitutionsAt } from './names/chineseConstitution';
import { englishTitlesAlone } from './headings/englishTitlesAlone';
import { lowerNamesAlone } from './context/englishLowerNamedAlone';
import { countryNamedLaws } from './names/countryNamedLaw';
import { instrumentInitialsAlone } from './context/instrumentInitialsAlone';
import type { ScanEvent, ScannedCitation, ScannedTitle } from '../scanTypes';
import type { CoveredSpans } from '../text';

/**
 * Regulations' titles named alone in English prose (englishTitlesAlone), where no citation or title is already;
 * `alone` are the titles addBareTitles found, kept unless a title composed on them covers them ("the Implementing
 * Regulations of the Foreign Investment Law of the PRC" over the Foreign Investment Law in it).
 */
export function addEnglishTitlesAlone(text: string, from: number, covered: CoveredSpans, events: ScanEvent[], alone: ScanEvent[], knownName?: (name: string) => string | null): void {
  const known = alone.filter((e): e is ScannedTitle => e.type === 'title');
  const dropped = new Set<ScannedTitle>();
  const found: ScannedTitle[] = [];
  if (/\b[Tt]he\s+(?:(?:19[5-9]\d|20\d\d)(?:['’]s)?\s+)?(?:(?:newly\s+|recently\s+)?(?:revised|amended|new)\s+)?[A-Z]|[ \t]law[ \t]+of[ \t]+the[ \t]+people/i.test(text)) {
    covered.sort();
    for (const t of englishTitlesAlone(text, from)) {
      if (covered.overlaps(t.start, t.end)) continue;
      const inside = known.filter((k) => k.head.start < t.end && t.start < k.head.end);
      if (inside.length && (composedTitle(t.title) === null || inside.some((k) => k.head.start < t.start || k.head.end > t.end))) continue;
      for (const k of inside) dropped.add(k);
      found.push({ type: 'title', head: { kind: 'title', written: t.title, start: t.start, end: t.end, innerStart: t.start, innerEnd: t.end, bracketed: false, lang: 'en' } });
    }
  }
  // "the revised copyright law": a known law named in lower case with the word of its revision (englishLowerNamedAlone.ts).
  if (knownName) {
    covered.sort();
    for (const t of lowerNamesAlone(text, from, knownName)) {
      if (covered.overlaps(t.start, t.end) || alone.some((k) => k.type === 'title' && k.head.start < t.end && t.start < k.head.end) || found.some((f) => f.head.start < t.end && t.start < f.head.end)) continue;
      found.push({ type: 'title', head: { kind: 'title', written: t.title, start: t.start, end: t.end, innerStart: t.innerStart, innerEnd: t.innerEnd, bracketed: false, lang: 'en', ...(t.year ? { versionYear: t.year } : {}), ...(t.compared ? { comparedWith: true as const } : {}) } });
    }
  }
  // "China Contract Law", "China's Contract Law": a law of China named after the country, known or not (countryNamedLaw.ts).
  covered.sort();
  for (const t of countryNamedLaws(text, from)) {
    if (covered.overlaps(t.start, t.end) || alone.some((k) => k.type === 'title' && k.head.start < t.end && t.start < k.head.end) || found.some((f) => f.head.start < t.end && t.start < f.head.end)) continue;
    found.push({ type: 'title', head: { kind: 'title', written: t.title, start: t.start, end: t.end, innerStart: t.start, innerEnd: t.end, bracketed: false, lang: 'en' } });
  }
  // "a CISG Contracting State": an international instrument's initials alone (instrumentInitialsAlone.ts).
  if (/CISG|GATT|GATS|TRIPS|ICCPR|ICESCR|UNCLOS/.test(text)) {
    covered.sort();
    for (const t of instrumentInitialsAlone(text, from)) {
      if (covered.overlaps(t.start, t.end) || alone.some((k) => k.type === 'title' && k.head.start < t.end && t.start < k.head.end) || found.some((f) => f.head.start < t.end && t.start < f.head.end)) continue;
      found.push({ type: 'title', head: { kind: 'title', written: t.title, start: t.start, end: t.end, innerStart: t.start, innerEnd: t.end, bracketed: false, lang: 'en', lawNamed: true } });
    }
  }
  // "the Chinese constitution", "China's constitution" (chineseConstitution.ts).
  if (/onstitution/.test(text)) {
    for (const c of chineseConstitutionsAt(text, from)) {
      if (covered.overlaps(c.start, c.end) || known.some((k) => k.head.start < c.end && c.start < k.head.end)) continue;
      found.push({ type: 'title', head: { kind: 'title', written: CHINESE_CONSTITUTION, start: c.start, end: c.end, innerStart: c.start, innerEnd: c.end, bracketed: false, lang: 'en', ...(c.year ? { versionYear: c.year } : {}) } });
    }
  }
  events.push(...alone.filter((e) => !dropped.has(e as ScannedTitle)), ...found);
}

/**
 * A short name defined with the year of the version it names, an acronym after it: "the amended Anti-Unfair Competition
 * Law (2025 AUCL)". The writer goes on naming the law by the acronym alone or with another year ("since the original
 * AUCL was adopted in 1993", "the 2017 AUCL"): the acronym names the same law (the year only picks its version).
 */
const DATED_ACRONYM = /^(?:19[4-9]\d|20\d\d)[ \t]+([A-Z]{2,8}s?)$/;

/** English short names the document defined, used alone after their definition ("Under the New Company Law, …"). */
export function addEnglishShortNames(text: string, defined: { short: string; end: number }[], covered: CoveredSpans, events: ScanEvent[]): void {
  if (!defined.length) return;
  covered.sort();
  const found: ScannedTitle[] = [];
  for (const { short, end } of defined) {
    if (short.length < 3) continue;
    // The name as defined, and its acronym alone when a year leads it (DATED_ACRONYM), read as the name defined.
    const names = [short, DATED_ACRONYM.exec(short)?.[1]];
    for (const name of names) {
      if (!name) continue;
      for (let i = text.indexOf(name, end), n = 0; i !== -1 && n < 10_000; i = text.indexOf(name, i + name.length), n++) {
        const e = i + name.length;
        if (/[A-Za-z0-9]/.test(text[i - 1] ?? '') || /[A-Za-z0-9]/.test(text[e] ?? '') || covered.overlaps(i, e)) continue;
        if (found.some((f) => f.head.start < e && i < f.head.end)) continue; // the acronym inside the name defined
        found.push({ type: 'title', head: { kind: 'title', written: short, start: i, end: e, innerStart: i, innerEnd: e, bracketed: false, lang: 'en', defined: true } });
      }
    }
  }
  for (const f of found) covered.push(f.head.start, f.head.end);
  events.push(...found);
}

/** What may stand between the articles of one English list: a comma, "and", "or", a semicolon. */
const EN_LIST_GAP = /^(?:\s*[,;]\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+)$/;

/**
 * "Article 38 (…), Article 46 (…) and Article 85 of the Labor Contract Law": English writers name the law once, after
 * the last article of a list; the articles before it, bare and joined to it by commas or "and", are that law's. So is
 * "hereof" / "of this Law" after the last ("Article 72 and Article 73 hereof").
 */
export function distributeEnglishTitles(text: string, events: ScanEvent[]): void {
  const cites = events.filter((e): e is ScannedCitation => e.type === 'citation' && e.lang === 'en').sort((a, b) => a.start - b.start);
  for (let i = cites.length - 1; i > 0; i--) {
    const last = cites[i];
    // The title after the articles; or "hereof" / "of this Law" after them ("pursuant to Article 72 and Article 73
    // hereof": both the text's own).
    if ((last.head.kind !== 'title' && last.head.kind !== 'self') || last.parts[0]?.kind === 'title') continue;
    for (let j = i - 1; j >= 0; j--) {
      const c = cites[j];
      const next = cites[j + 1];
      if (c.head.kind !== 'bare' || c.top !== 0 || next.start - c.end > 200) break;
      let gap = text.slice(c.end, next.start);
      gap = gap.replace(/^\s*\((?=[^)\n]*[A-Za-z]{3})[^()\n]{2,160}\)/, ''); // its bracketed heading
      if (!EN_LIST_GAP.test(gap)) break;
      c.head = last.head;
      if (last.inStatuteText) c.inStatuteText = true; // "this Law" in quoted statute text is the quoted law for all
    }
  }
}

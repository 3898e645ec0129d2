// Titles written without 《》: a Chinese law's name the corpus knows or the text defined as a short title, and an English
// title found by its words ("the Company Law of the People's Republic of China", a draft's, Taiwan's), each a title event.
import type { CoveredSpans } from '../text';
import { foreignTitleAt } from '../english/headings/englishRunIn';
import { LAW_WORD_AFTER } from '../titles/proseLawName';
import { taiwanTitleAt, taiwanTitleInContext, taiwanTitlesInProse } from '../english/context/englishRegions';
import type { BareTitleMatcher, ScanEvent, ScannedTitle, TitleHead } from '../scanTypes';
import { yearBesideTitle } from '../english/versions/englishTitleYear';
import { titleLabelNames } from '../english/headings/titleLabelLine';
import { draftBracketAfter } from '../english/context/englishDraftAfter';
import { amendedTakingEffectYear } from '../english/versions/englishAmendedTakingEffect';
import { nestedInTitle } from '../titles/nestedTitle';

/** A Chinese title written without 《》 over [start, end), its name ending at `innerEnd` (a line break may follow it). */
export function unmarkedTitle(text: string, start: number, end: number, more: Partial<TitleHead> = {}, innerEnd = end): TitleHead {
  return { kind: 'title', written: text.slice(start, innerEnd), start, end, innerStart: start, innerEnd, bracketed: false, lang: 'zh', ...more };
}

/**
 * A law's name as the bracketed label of the provisions a page prints under it, in any case: "[Criminal law
 * provisions]", "【Criminal Law】" on a line of its own (as 【刑法条文】 heads the articles a Chinese page quotes).
 */
function bracketedLawLabel(text: string, start: number, end: number): boolean {
  return /(?:^|\n)[ \t]*[[【]$/.test(text.slice(Math.max(0, start - 8), start)) &&
    /^(?:[ \t]+(?:provisions|articles|text|clauses|excerpts?))?[\]】][ \t]*(?:\r?\n|$)/i.test(text.substr(end, 24));
}

/**
 * Words naming a draft of the law after them: "a draft revision of the", "the draft amendment to", "draft"; and the
 * draft of a numbered amendment (issue 14, heldout23 English: "a new approach is stipulated in the draft of the Fourth
 * Amendment of Patent Law, issued in late December 2018, which regulates in Article 68 …"): "the draft of the Fourth
 * Amendment of", "the draft of the 2020 revision to the" — the draft still, not the law in force.
 */
const DRAFT_OF = /\b[Dd]raft(?:[ \t]+(?:revision|revised[ \t]+version|amendment|version|text))?[ \t]+(?:(?:of|to)[ \t]+)?(?:the[ \t]+)?(?:(?:(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|(?:19|20)\d\d)[ \t]+)?(?:[Aa]mendment|[Rr]evision)[ \t]+(?:of|to)[ \t]+(?:the[ \t]+)?)?$/;

/**
 * A known short title written in lower case, as abstracts and non-native memos write it ("China's newly amended
 * company law", "the 2006 company law", "the new company law"), is that law when China's, Chinese, PRC, a year or
 * new / amended / revised / current stands right before it, and no "of <a place>" after it ("the company law of the
 * United Kingdom" is another country's); "company law" alone is the subject, not a title.
 */
function lowerCaseChinaTitle(text: string, start: number, end: number): boolean {
  if (text.slice(start, end) !== text.slice(start, end).toLowerCase()) return false;
  if (/^\s+of\s+(?:the\s+)?[A-Z]/.test(text.substr(end, 24))) return false;
  return /(?:China['’]s|Chinese|PRC|\b(?:19|20)\d\d|\bnew|\bnewly\s+(?:amended|revised)|\bamended|\brevised|\bcurrent)\s+$/.test(text.slice(Math.max(0, start - 32), start));
}

/** Whether each word of `written` starts with a capital where the same word of `title` does. */
function sameCapitals(written: string, title: string): boolean {
  const w = written.split(/\s+/);
  const t = title.split(/\s+/);
  return w.length === t.length && t.every((x, k) => !/^[A-Z]/.test(x) || /^[A-Z]/.test(w[k]));
}

/** Words most known English titles contain, found once per text. */
const ENGLISH_ANCHORS = ["people's republic of china", 'prc '];

/** Add (to `events`) the titles written without 《》 from `from` on, outside `covered`: the matcher's Chinese names and the text's short titles, English titles found by their words, Taiwan laws named in prose, a database's "Title:" line. */
export function addBareTitles(
  text: string,
  from: number,
  matcher: BareTitleMatcher | undefined,
  shortTitles: { short: string; from: number }[],
  covered: CoveredSpans,
  events: ScanEvent[],
): void {
  covered.sort();
  const found: ScannedTitle[] = [];
  const finals = new Set<string>();
  if (matcher) for (const c of matcher.finalChars) finals.add(c);
  for (const s of shortTitles) if (s.short.length >= 2) finals.add(s.short[s.short.length - 1]);
  if (finals.size > 0) {
    const cls = [...finals].map((c) => c.replace(/[\\\]\[^-]/g, '\\$&')).join('');
    const re = new RegExp(`[${cls}]`, 'g');
    re.lastIndex = from;
    let lastEnd = -1;
    // test, not exec: no match array at each final character (a one-character class: it stands before lastIndex).
    while (re.test(text)) {
      const end = re.lastIndex;
      if (covered.overlaps(end - 1, end)) continue; // inside a title or citation already found
      let start = -1;
      let defined = false;
      for (let k = 0; k < shortTitles.length; k++) {
        const s = shortTitles[k];
        if (s.short.length >= 2 && end - s.short.length >= s.from && text.startsWith(s.short, end - s.short.length)) {
          const st = end - s.short.length;
          if (start === -1 || st < start) {
            start = st;
            defined = true;
          }
        }
      }
      if (matcher) {
        const st = matcher.matchEnding(text, end);
        if (st !== -1 && (start === -1 || st < start)) {
          start = st;
          defined = false;
        }
      }
      if (start === -1 || start < lastEnd) continue;
      // 农村土地承包法律政策, 公司法人: the 法 ending the title starts another word (法律, 法规, 法人, 法院 …).
      if (text[end - 1] === '法' && LAW_WORD_AFTER.test(text.slice(end, end + 2))) continue;
      const before = text[start - 1];
      if (before === '《' || before === '〈' || before === '﹤') continue;
      // A law named inside another title's 《》 between <> / ‹› (titles/nestedTitle.ts): the outer title is the one cited.
      if (nestedInTitle(text, start, end)) continue;
      if (covered.overlaps(start, end)) continue;
      found.push({ type: 'title', head: unmarkedTitle(text, start, end, { defined }) });
      lastEnd = end;
    }
  }
  if (matcher && /\b(?:Law|Laws|Code|China|PRC|Regulations?|Measures|Provisions|Rules|Interpretation|Constitution)\b/.test(text) && matcher.englishTitles.length) {
    // Case-insensitive search on a lower-cased copy (same length: titles are ASCII), longest title first. A line break
    // inside a title (a page wrapped as a PDF prints it: "Civil ⏎ Code of the People's Republic of China") is a space.
    const lower = text.toLowerCase().replace(/’/g, "'").replace(/(?<=[a-z,'])[ \t]*\r?\n[ \t]*(?=[a-z(])/g, (m) => ' '.repeat(m.length));
    const taken: [number, number][] = [];
    // Most known titles name the country: look for them only where the text does.
    const anchors = new Map<string, number[]>();
    const anchorAt = (a: string) => {
      let list = anchors.get(a);
      if (!list) {
        list = [];
        for (let i = lower.indexOf(a, from); i !== -1; i = lower.indexOf(a, i + 1)) list.push(i);
        anchors.set(a, list);
      }
      return list;
    };
    for (const t of matcher.englishTitles) {
      const lt = t.toLowerCase();
      if (!lt) continue;
      const anchor = ENGLISH_ANCHORS.find((a) => lt.includes(a));
      // A title without the country's name: found where its last word is (Law, Code …), looked up once per word.
      const last = anchor ? '' : (/[a-z][a-z'\-]*$/.exec(lt)?.[0] ?? '');
      const starts = anchor
        ? anchorAt(anchor).map((i) => i - lt.indexOf(anchor)).filter((i) => i >= from && lower.startsWith(lt, i))
        : last
          ? anchorAt(last).map((i) => i + last.length - lt.length).filter((i) => i >= from && lower.startsWith(lt, i))
          : null;
      for (let k = 0, i = starts ? (starts[0] ?? -1) : lower.indexOf(lt, from); i !== -1; i = starts ? (starts[++k] ?? -1) : lower.indexOf(lt, i + lt.length)) {
        const end = i + lt.length;
        if (covered.overlaps(i, end) || taken.some(([a, b]) => a < end && i < b)) continue;
        const written = text.slice(i, end).replace(/\s+/g, ' ');
        // A title without the country's name only as a title is written: whole words, capitalised as the title is —
        // or in lower case after what makes it China's law (lowerCaseChinaTitle), or as a bracketed label.
        if (!anchor && (/[A-Za-z]/.test(text[i - 1] ?? '') || /[A-Za-z]/.test(text[end] ?? '') || (!sameCapitals(written, t) && !lowerCaseChinaTitle(text, i, end) && !bracketedLawLabel(text, i, end)))) continue;
        taken.push([i, end]);
        const head: TitleHead = { kind: 'title', written, start: i, end, innerStart: i, innerEnd: end, bracketed: false, lang: 'en' };
        // "the 2001 Trademark Law", "the Trademark Law (Trademark Law) 2001": that version (englishTitleYear.ts).
        const year = yearBesideTitle(text, i, end);
        if (year) head.versionYear = year;
        else {
          // "the amended Widget Law, which will take effect on October 15, 2025": that text (englishAmendedTakingEffect.ts).
          const effective = amendedTakingEffectYear(text, i, end);
          if (effective) {
            head.versionYear = effective;
            head.versionEvent = 'effective';
          }
        }
        if (!anchor && foreignTitleAt(text, i, end)) head.foreign = true;
        // "Taiwan's Civil Code", "the Penal Code of Taiwan": Taiwan's law of that name, unknown (englishRegions.ts). So is
        // one named alone where the page speaks of Taiwan ("the Taiwan High Court … Under the Criminal Code, Article 339"),
        // as one before its article is (english/context/englishRegions.ts taiwanTitleInContext; fix-en40).
        else if (!anchor && (taiwanTitleAt(text, i, end) || taiwanTitleInContext(text, i, end))) {
          head.written = `${written} (Taiwan)`;
          head.unknownName = true;
        }
        // "a draft revision of the Anti-Unfair Competition Law, which would regulate scraping through Article 18": the
        // draft is named, not the law in force; a bare article after it is the draft's (unknown-regulation), as
        // "draft Article 15" and 草案第二十条 are (english.ts draftBefore, draftArticle.ts).
        const draft = DRAFT_OF.exec(text.slice(Math.max(0, i - 48), i));
        if (draft) {
          head.written = `${text.slice(i - draft[0].length, i).replace(/\s+/g, ' ')}${written}`;
          head.unknownName = true;
        }
        // "PRC Foo Law (Draft for Comments)": the draft a bracket after the title names (englishDraftAfter.ts).
        const bracket = draft ? null : draftBracketAfter(text, end);
        if (bracket) {
          head.written = `${written} ${bracket}`;
          head.unknownName = true;
        }
        found.push({ type: 'title', head });
      }
    }
  }
  // A Taiwan law named in the prose of a page on Taiwan: the law in context, unknown (englishRegions.ts taiwanTitlesInProse).
  for (const t of taiwanTitlesInProse(text, from)) {
    if (covered.overlaps(t.start, t.end) || found.some((f) => f.head.start < t.end && t.start < f.head.end)) continue;
    found.push({ type: 'title', head: { kind: 'title', written: t.written, start: t.start, end: t.end, innerStart: t.start, innerEnd: t.end, bracketed: false, lang: 'en', unknownName: true, lawNamed: true } });
  }
  // The law a law database's "Title:" line names (titleLabelNames): the law in context, a law the corpus lacks unknown.
  for (const t of titleLabelNames(text)) {
    if (t.start < from || covered.overlaps(t.start, t.end) || found.some((f) => f.head.start < t.end && t.start < f.head.end)) continue;
    found.push({ type: 'title', head: { kind: 'title', written: t.written, start: t.start, end: t.end, innerStart: t.start, innerEnd: t.end, bracketed: false, lang: 'en', lawNamed: true } });
  }
  events.push(...found);
}

// Rule (issue 14, real-english13: news and legal-monitor pages on a new law): a writer who names a law once with a
// short name ("adopted the PRC Law on Vaccine Administration (Vaccine Law)") goes on to call it "the Law" or "the new
// Law", and cites its articles in brackets after sentences about it: "The new Law provides for … requirements (art.
// 2)", "The Law mandates a tracking platform … (art. 10)". "The Law", capitalised, is that defined law named again,
// the law in context for the bare articles after it, as the short name itself would be (addEnglishShortNames). Only
// after a short name ending in "Law" was defined, the latest such one; never "the Law on …" / "the Law of …" (the
// start of another title) nor "this Law" (a quoted statute's own name for itself).
import type { ScanEvent, ScannedTitle, TitleHead } from '../../scanTypes';
import type { CoveredSpans } from '../../text';

/** "the Law", "the new Law", "the amended Law", capitalised, not opening a longer title. */
const THE_LAW = /\b[Tt]he[ \t]+(?:(?:new|revised|amended)[ \t]+)?(Law)(?![\w'’-])(?![ \t]+(?:of|on|for|in|to|and)[ \t]+[A-Z])/g;

/**
 * Title events for each match of `mention` (a global pattern) after the first of `named` (sorted by where each is
 * written), outside what `covered` holds: the name written last before it, named again (`head` makes the title). The
 * reading of "the Law" here and of "these regulations" (englishTheseRegulations.ts).
 */
export function addLaterMentions(
  text: string,
  mention: RegExp,
  named: readonly { name: string; end: number }[],
  covered: CoveredSpans,
  events: ScanEvent[],
  head: (name: string, m: RegExpExecArray, start: number, end: number) => TitleHead,
): void {
  if (!named.length) return;
  covered.sort();
  const found: ScannedTitle[] = [];
  mention.lastIndex = named[0].end;
  for (let m = mention.exec(text); m && found.length < 10_000; m = mention.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered.overlaps(start, end)) continue;
    let latest: string | null = null;
    for (const d of named) if (d.end <= start) latest = d.name;
    if (!latest) continue;
    found.push({ type: 'title', head: head(latest, m, start, end) });
  }
  for (const f of found) covered.push(f.head.start, f.head.end);
  events.push(...found);
}

/** Title events for each "the Law" after the definition of a short name ending in "Law": that short name named again. */
export function addTheLawMentions(text: string, defined: { short: string; end: number }[], covered: CoveredSpans, events: ScanEvent[]): void {
  const laws = defined.filter((d) => /\S[ \t]+Law$/.test(d.short)).sort((a, b) => a.end - b.end).map((d) => ({ name: d.short, end: d.end }));
  addLaterMentions(text, THE_LAW, laws, covered, events, (name, m, start, end) => ({ kind: 'title', written: name, start, end, innerStart: end - m[1].length, innerEnd: end, bracketed: false, lang: 'en', defined: true }));
}

// Rule (issue 14, real-english15: news on a new State Council regulation): a writer who names a regulation by its full
// title ("the State Council implemented the Regulations on the Implementation of the … Law") goes on to call it "these
// regulations", "these newly established regulations", "the new regulations", in small letters, and cites its
// articles bare after that ("Central to these regulations are four areas … Notably, Article 19 empowers …"), even when
// the laws the regulation builds on were named in between ("build upon … the … Law and the Law on Foreign Relations").
// "these regulations" is that regulation named again, the text in context for the bare articles after it, as 该条例 is
// the 条例 cited last: a title mention of the latest title opening "Regulations on/for/of …" written before it. Only in
// small letters (a statute's own "these Regulations" is its text naming itself, englishSelfNoun.ts), only with such a
// title written before, never inside a title or citation already found.
import type { ScanEvent } from '../../scanTypes';
import type { CoveredSpans } from '../../text';
import { addLaterMentions } from './englishTheLaw';

/** "these regulations", "these newly established regulations", "the new regulations", in small letters. */
const THESE_REGULATIONS = /\b(?:[Tt]hese|[Tt]he[ \t]+new)[ \t]+(?:(?:newly[ \t]+)?(?:established|issued|promulgated|adopted|released)[ \t]+)?regulations\b/g;

/** A regulation's full title opening with its kind: "Regulations on the Implementation of the Anti-X Law". */
const REGULATIONS_TITLE = /\bRegulations[ \t]+(?:on|for|of|concerning|governing|regarding)[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z'’-]*(?:[ \t]+(?:(?:of|on|for|the|and|in|to)[ \t]+)*[A-Z][A-Za-z'’-]*)*/g;

/** Title events for each "these regulations" after a regulation's full title: that title named again. */
export function addTheseRegulationsMentions(text: string, covered: CoveredSpans, events: ScanEvent[]): void {
  const titles: { name: string; end: number }[] = [];
  REGULATIONS_TITLE.lastIndex = 0;
  for (let m = REGULATIONS_TITLE.exec(text); m && titles.length < 10_000; m = REGULATIONS_TITLE.exec(text)) {
    titles.push({ name: m[0], end: m.index + m[0].length });
  }
  addLaterMentions(text, THESE_REGULATIONS, titles, covered, events, (name, _m, start, end) => ({ kind: 'title', written: name, start, end, innerStart: end - 'regulations'.length, innerEnd: end, bracketed: false, lang: 'en' }));
}

// Rule (round 33, a decision of the coordinator; commentaries and explainers comparing two laws named without 《》:
// 劳动法和劳动合同法对此均有规定，两法第三条…; 公司法与证券法都作了规定。两部法律第一条…; 网络安全法和数据安全法相继施行，
// 上述两法第一条…): two laws written BARE and joined by 和 / 与 / 及 / 以及 / 同 / 、 count as named for 两法第N条, as two
// 《》 titles do (twoLaws.ts) — article N of each. Each name is one the prose reader takes for a law (a known title or
// short name standing as a whole word, proseLawName.ts); the pair is the last law named in the sentence of the mention,
// else in the sentence before it, and the name joined right before it. Three joined so (劳动法、劳动合同法和社会保险法)
// are three: no two are meant. A title in 《》 joined to a bare name (《劳动合同法》与劳动法) is one of the two. A single
// bare name leaves the mention to the reading it had.

import { proseLawName, type LawNameMatcher } from './proseLawName';
import { sentenceStart } from '../text';

/** 和 / 与 / 及 / 以及 / 同 / 、 ending right before a name. */
const JOINED = /(?:以及|和|与|與|及|同|、)$/;

/** How far back the names may stand. */
const REACH = 200;

/**
 * The bare law names [start, end] joined before the 两法 at `p` (the mention's start), last ones first read: two or three
 * (three or more say no two); [] when fewer than two are joined there.
 */
export function bareLawsJoinedBefore(text: string, p: number, matcher: LawNameMatcher): [number, number][] {
  const own = sentenceStart(text, p);
  const before = own > 0 ? Math.max(sentenceStart(text, own - 1), p - REACH) : own;
  for (const from of [own, before]) {
    const last = proseLawName(text, from, p, matcher);
    if (!last) continue;
    const names: [number, number][] = [[last[0], last[1]]];
    while (names.length < 3) {
      const joint = JOINED.exec(text.slice(Math.max(from, names[0][0] - 2), names[0][0]));
      if (!joint) break;
      const end = names[0][0] - joint[0].length;
      // A title in 《》 joined so (《劳动合同法》与劳动法) is one of the names too.
      const open = text[end - 1] === '》' ? text.lastIndexOf('《', end - 1) : -1;
      if (open >= from) {
        names.unshift([open, end]);
        continue;
      }
      const prev = proseLawName(text, from, end + 1, matcher); // its search ends one before the bound given
      if (!prev || prev[1] !== end) break;
      names.unshift([prev[0], prev[1]]);
    }
    return names.length >= 2 ? names : [];
  }
  return [];
}

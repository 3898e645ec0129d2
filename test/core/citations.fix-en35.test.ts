// Forms left by the fair measurement heldout31 English (round 22): made-up text in the real style against the bundled
// corpus (laws named short: 反不正当竞争7 is the Anti-Unfair Competition Law's article 7; the corpus holds its 2019 text
// only, and the Company Law's text that took effect on 1 July 2024).
import { bundledShortTable as table } from './citations/helpers';

// A revision reported by a word of revision before the title and the date it takes effect in a clause after it: the
// bare articles after it are that text's — unknown-regulation when the corpus holds no text taking effect that year
// (englishAmendedTakingEffect.ts, scanner).
table('citation table: "the amended X Law, which will take effect on DATE" names that text (fix-en35)', [
  ['"the amended … Law, which will take effect on …": bare articles after it, the corpus lacking that text',
    'The legislature has passed the amended Anti-Unfair Competition Law, which will take effect on March 1, 2031. Key points:\n\nFake reviews (Article 9): operators may not help others fake deals.\n\nArticle 12 now bans slander through third parties.',
    [['Article 9', 'unknown-regulation', ''], ['Article 12', 'unknown-regulation', '']]],
  ['"an amendment to the … Law of the PRC ("Revised Law"), which amendment will take effect on …"',
    'On 2 May 2031 the NPCSC passed a major amendment to the Anti-Unfair Competition Law of the PRC ("Revised Law"), which amendment will take effect on 1 October 2031.\n(1) Confusion: Article 7 widens the scope of protection.',
    [['Article 7', 'unknown-regulation', '']]],
  ['"the revised … Law, which took effect on …" when the corpus holds the text taking effect that year: resolved',
    'The revised Company Law, which took effect on July 1, 2024, changes capital rules. Article 47 sets a five-year limit.',
    [['Article 47', 'resolved', '公司47']]],
]);

table('citation table: a date or a word of revision alone names no version (fix-en35)', [
  ['a date with no word of revision, a word of revision with no date, a date of something else',
    'The Anti-Unfair Competition Law, which took effect on 1 December 1993, was short. Article 7 of it is cited often.\n\nThe newly revised Anti-Unfair Competition Law is in force. Article 8 bans bribes.\n\nThe amended Anti-Unfair Competition Law was discussed at a forum, which will take place on 3 May 2031. Article 9 covers reviews.',
    [['Article 7', 'resolved', '反不正当竞争7'], ['Article 8', 'resolved', '反不正当竞争8'], ['Article 9', 'resolved', '反不正当竞争9']]],
  ['ordinals, counts and case numbers stay non-citations',
    'The amended Anti-Unfair Competition Law, which will take effect on March 1, 2031, was adopted at the 14th session; the first meeting; item 2 goods; (2019) case No. 12.',
    []],
]);

// A law named as China's ("China's Trademark Law") is the PRC's and names the mainland: a page naming Taiwan only
// further on ("residence card of Taiwan residents") still cites the PRC's laws (englishRegions.ts MAINLAND).
table('citation table: "China\'s X Law" names the mainland on a page naming Taiwan later (fix-en35)', [
  ['a guide citing China\'s law, then listing papers for Taiwan residents',
    'Legal basis: Article 42 of China\'s Trademark Law and Article 31 of the Regulations for the Implementation of the Trademark Law.\n\nPapers: an ID card, or the residence card of Taiwan residents, or a passport.',
    [['Article 42 of China\'s Trademark Law', 'resolved', '商标42'], ['Article 31 of the Regulations for the Implementation of the Trademark Law', 'resolved', '商标法实施条例31']]],
  ['not "China\'s market" or "the Republic of China\'s": a page on Taiwan\'s law keeps Taiwan\'s Civil Code',
    'China\'s market is large. Taiwan courts apply the Civil Code. Article 184 of the Civil Code governs torts in the Republic of China\'s Civil Code.',
    [['Article 184 of the Civil Code', 'unknown-regulation', '']]],
]);

// Form of round 24's English fixes (fix-en40): "the prior version of Article 4", "the former Article 4 of the Company
// Law", "Article 16 of the previous Company Law" in a sentence about an amendment — the text before the latest revision
// (the version before the one in force), unknown-regulation when the corpus lacks it (english/versions/englishOriginalArticle.ts
// formerTextCited, analyze.ts textBeforeLatest). Made-up text in the real style; the bundled corpus holds the Company
// Law of 2018 and 2023, the Anti-Monopoly Law of 2007 and 2022, and only the 2012 text of the Labor Contract Law.
import * as assert from 'assert';
import { analyzeBundled } from './citations/helpers';

/** [text, status, targets] with each target's version: 公司4@2018-10-26 is the Company Law's article 4 in its 2018 text. */
function versioned(text: string): [string, string, string][] {
  return analyzeBundled(text).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.status === 'resolved'
    ? c.targets.map((t) => `${(t.regulation ?? '本').replace('中华人民共和国', '').replace(/法$/, '')}${t.article}${t.paragraph !== null ? `.${t.paragraph}` : ''}@${t.version ?? ''}`).join(' ') : '']);
}

const rows: [string, string, [string, string, string][]][] = [
  ['"the prior version of Article 4 of the Company Law" after "the 2023 revision": the 2018 text',
    'The 2023 revision of the Company Law deleted the prior version of Article 4 of the Company Law, which had listed shareholder rights.',
    [['Article 4 of the Company Law', 'resolved', '公司4@2018-10-26']]],
  ['"the former Article 4" in a sentence saying the law was revised, no year: the text before the latest revision; the article it was moved to is today\'s',
    'When the Company Law was revised, the former Article 4 of the Company Law was moved to Article 5.',
    [['Article 4 of the Company Law', 'resolved', '公司4@2018-10-26'], ['Article 5', 'resolved', '公司5@2023-12-29']]],
  ['"Article 16 of the previous Company Law" beside the amended law\'s article',
    'Under the amended Company Law, Article 15 replaces Article 16 of the previous Company Law.',
    [['Article 15', 'resolved', '公司15@2023-12-29'], ['Article 16 of the previous Company Law', 'resolved', '公司16@2018-10-26']]],
  ['"Article 4 of the former Company Law was revised", the amending word after the label',
    'Article 4 of the former Company Law was revised to add a second paragraph.',
    [['Article 4 of the former Company Law', 'resolved', '公司4@2018-10-26']]],
  ['"the former Article 3" after "amended in 2022": the text in force before that year',
    'The Anti-Monopoly Law was amended in 2022, and the former Article 3 of the Anti-Monopoly Law was kept.',
    [['Article 3 of the Anti-Monopoly Law', 'resolved', '反垄断3@2007-08-30']]],
  ['the corpus holds no text before the latest: unknown-regulation, bare or titled',
    'When the Labor Contract Law was revised, the prior version of Article 57 was rewritten. The amendment also rewrote the former Article 66 of the Labor Contract Law.',
    [['Article 57', 'unknown-regulation', ''], ['Article 66 of the Labor Contract Law', 'unknown-regulation', '']]],
  ['no law in context: unknown-regulation, never no-context',
    'After the revision, the pre-amendment Article 16 no longer applies.',
    [['Article 16', 'unknown-regulation', '']]],
  // "the old Company Law" is 旧《公司法》 in any sentence (fix-en71, english/versions/englishFormerName.ts): the text before
  // the latest revision; "the former Article 4" with no amendment spoken of stays the law as read.
  ['no amendment spoken of: "the former Article 4" the law as read, "the old Company Law" the text before; an ordinal and a case number stay unread',
    'The former Article 4 of the Company Law is cited in an old contract. Article 16 of the old Company Law provides for guarantees. The 14th session met; (2019) case No. 12.',
    [['Article 4 of the Company Law', 'resolved', '公司4@2023-12-29'], ['Article 16 of the old Company Law', 'resolved', '公司16@2018-10-26']]],
  ['an amendment spoken of, no word of an earlier text before the label or the title: the law as read',
    'The Company Law was revised in 2023, and Article 4 of the Company Law now lists shareholder rights.',
    [['Article 4 of the Company Law', 'resolved', '公司4@2023-12-29']]],
];

describe('citation table: "the prior version of Article 4", "the previous Company Law" (fix-en40)', () => {
  for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(versioned(doc), expected, doc));
});

// Forms left by the fair measurement heldout51 English (round 27): made-up text in the real style against the bundled
// corpus (laws named short: 消防44.1 is the Fire Protection Law's article 44, paragraph 1).
import { bundledShortTable as table } from './citations/helpers';

// "the original / old / previous X Law" is 原《X法》 in English (english/versions/englishFormerName.ts): the text before
// the law's latest revision — unknown-regulation when the corpus lacks it, read there when it holds it.
table('citation table: "the original X Law" names the text before its latest revision (fix-en71)', [
  ['a commentary on a revised article: "the first paragraph of Article 44 of the original Fire Protection Law" (text not held)',
    'This article is amended on the basis of the first paragraph of Article 44 of the original Fire Protection Law of People\'s Republic of China (PRC). Article 19 of the original Fire Protection Law stipulates product quality.',
    [['the first paragraph of Article 44 of the original Fire Protection Law of People\'s Republic of China', 'unknown-regulation', ''], ['Article 19 of the original Fire Protection Law', 'unknown-regulation', '']]],
  ['"the old Insurance Law" (not held) and "the previous Company Law" (the 2018 text held: resolved)',
    'Article 12 of the old Insurance Law required an insurable interest. Under Article 20 of the previous Company Law, shareholders shall not abuse their rights.',
    [['Article 12 of the old Insurance Law', 'unknown-regulation', ''], ['Article 20 of the previous Company Law', 'resolved', '公司20']]],
  ['not a law in force named without the word, nor an age ("twenty-year old"), nor counts and case numbers',
    'Article 44 of the Fire Protection Law applies. The country\'s twenty-year old Advertising Law, Article 4 of the Advertising Law, was revised. The 14th session met; (2019) case No. 12.',
    [['Article 44 of the Fire Protection Law', 'resolved', '消防44'], ['Article 4 of the Advertising Law', 'resolved', '广告4']]],
]);

// A bulleted list entry "- Article 686 Civil Code ∞ <gloss>" names the article and its law (english/headings/glossedLabel.ts).
table('citation table: a bulleted entry "Article N <law> – gloss" (fix-en71)', [
  ['a firm\'s list of the provisions relied on, the gloss after ∞ or a dash',
    'Key provisions:\n- Article 686 Civil Code ∞ Establishes the default to general guarantee.\n- Article 39 Labor Law – Termination by the employer.',
    [['Article 686 Civil Code', 'resolved', '民法典686'], ['Article 39 Labor Law', 'resolved', '劳动39']]],
  ['not a contract\'s own caption with a dash (no bullet), nor statute text in a bulleted list; counts and case numbers unread',
    'Article 12 Governing Law – This Contract is governed by the laws of the PRC.\n- Article 686 Where the parties have no agreement, the guarantee is general.\nThe 14th session met; (2019) case No. 12.',
    []],
]);

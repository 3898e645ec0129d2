// Forms from the fair measurement on fresh English pages of round 20 (real-en26: news, NGO and university pages,
// machine translations, academic abstracts, law-firm notes): made-up text in the real style against the bundled
// corpus (laws named short: 宪35 is the Constitution's article 35, 劳动41 the Labor Law's article 41).
import { bundledShortTable as table } from './citations/helpers';

// A scholar's abstract saying what the paper does — "this article argues / contends / posits / concludes / proposes /
// traces" — names the paper, not the article cited just before (englishThisArticle.ts WRITING_NOW); "this article"
// that a provision's verb follows still points back to it.
table('citation table: "this article argues" is the paper (real-en26)', [
  ['after an article named in the same sentence: the paper argues, contends, concludes',
    'Unlike the view that treats Article 35 of the Constitution as the only clause, this article argues that two more apply. Article 41 of the Constitution is one; this article contends that it protects speech. Article 47 of the Constitution is the other, and this article concludes with it.',
    [['Article 35 of the Constitution', 'resolved', '宪35'], ['Article 41 of the Constitution', 'resolved', '宪41'], ['Article 47 of the Constitution', 'resolved', '宪47']]],
  ['not a provision\'s verb: "This article provides for", "this article sets"; ordinals and case numbers stay unread',
    'Article 41 of the Labor Law limits overtime. This article provides for one hour a day. The 14th session met; the first meeting; item 2 goods; (2019) case No. 12.',
    [['Article 41 of the Labor Law', 'resolved', '劳动41'], ['This article', 'resolved', '劳动41']]],
]);

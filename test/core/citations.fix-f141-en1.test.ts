// Round 34 post-measurement (f141-en1): context forms of the English set heldout58 the end tool read wrong — made-up
// text in the real style against the bundled corpus (laws named short: 公司16 is the Company Law's article 16).
//
// Start (main 93a9c69e, before this branch's code): 9 rows, 5 right — writer's piece 4/6 (the abstract's own paper
// 0/2), "The Article" on an opening-provision page 1/3. End: 9/9.
import { bundledShortTable as table } from './citations/helpers';

// "The article" meaning a piece of writing: the abstract's own paper after it was so called in the paragraph ("the
// article analyzes …. The article affirms …"), or a newspaper's article just introduced ("The Financial Times published
// an article … The article says …") — never a provision (english/context/writerPieceBefore.ts).
table('citation table: "the article" as the writer\'s or a newspaper\'s piece (fix-f141-en1)', [
  ['an abstract that has called its paper "the article" keeps doing so',
    'Courts split on guarantees given without a resolution. On this basis, the article analyzes Article 16, paragraph 2, of Company Law. The article affirms at first the validity of such guarantees, and the article requires that the meaning of the resolution be read narrowly.',
    [['Article 16, paragraph 2, of Company Law', 'resolved', '公司16.2']]],
  ['a thesis abstract on the Labor Law, "this article" first',
    'Employers dismiss staff under internal rules. This article examines Article 25 of the Labor Law. The article then holds that the rules must be published, and the article suggests a review by the union.',
    [['Article 25 of the Labor Law', 'resolved', '劳动25']]],
  ['a newspaper\'s article introduced the sentence before',
    'Yet the Party never implemented article 35 of the Constitution.\nThe Financial Times published an article in January on the censorship of a weekly.\nThe article says the Party keeps article 35 in the Constitution, but uses censorship.',
    [['article 35 of the Constitution', 'resolved', '宪35'], ['article 35 in the Constitution', 'resolved', '宪35']]],
  ['a blog post introduced by "wrote an article"',
    'Article 16 of the Company Law requires a resolution. A scholar wrote an article on the point last year. The article argues for a strict reading.',
    [['Article 16 of the Company Law', 'resolved', '公司16']]],
  ['negative: "the article" after a provision, no piece named, stays the provision',
    'Article 16 of the Company Law requires a board or shareholders\' resolution. The article also provides that the shareholder concerned shall not vote.',
    [['Article 16 of the Company Law', 'resolved', '公司16'], ['The article', 'resolved', '公司16']]],
  ['negative: "an article" meaning a provision ("an article of the Company Law") does not make a piece',
    'Lawyers seldom cite an article of the Company Law on this. Article 16 of the Company Law requires a resolution. The article also provides that the shareholder concerned shall not vote.',
    [['Article 16 of the Company Law', 'resolved', '公司16'], ['The article', 'resolved', '公司16']]],
]);

// "The Article’s scope …" on a glossary page opening with one provision as its subject and built of captioned
// sections: that provision, as "this article" there (english/context/openingProvision.ts, c130 first reading).
table('citation table: "The Article" on a page opening with one provision (fix-f141-en1)', [
  ['"The Article’s scope" under a caption',
    'Article 20 of the Patent Law mandates a secrecy review before an invention made in China is filed abroad. It protects technologies vital to the state.\nProvision\nThe provision requires any unit to submit the technical content first.\nScope\nThe Article’s scope applies to all inventions developed in China, whatever the applicant’s nationality.',
    [['Article 20 of the Patent Law', 'resolved', '专利20'], ['The Article', 'resolved', '专利20']]],
  ['"the Article" mid-sentence on a Labor Contract Law page',
    'Article 39 of the Labor Contract Law governs dismissal for serious misconduct. It lists six grounds.\nPractice\nEmployers invoking the Article must prove the misconduct with records.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'], ['the Article', 'resolved', '劳动合同39']]],
  ['negative: not on a page whose first sentence is the writer\'s before the article is named',
    'Dismissal is the hardest step for an employer. Article 39 of the Labor Contract Law governs it. Courts read it strictly. Judges ask for records. Employers lose often.\nPractice\nHR teams invoking the Article keep files on every warning.',
    // Unchanged by this rule: the base's commentary reading (englishThisArticle.ts keptInCommentary) already takes it.
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'], ['the Article', 'resolved', '劳动合同39']]],
]);

// Round 33 post-measurement (f131-en2): forms of the blind English set heldout57 the end tool read wrong — made-up text
// in the real style against the bundled corpus (laws named short: 民法典577 is the Civil Code's article 577).
//
// Start (main b77583a4, before this branch's code): 12 rows, 6 right — every positive wrong (opening provision 0/2,
// quoted caption 0/2, mid-line label after a writer's sentence 0/2), every negative right (6/6). End: 12/12.
// Convention kept: fix-en63's paste ("Legal basis: Article 287 of the Criminal Law whoever commits … . Article 287-1
// Whoever …") still cites its next labels; only an opener with the writer's verb of report makes them headings.
import { bundledShortTable as table } from './citations/helpers';

// A glossary page that opens with one provision as its first sentence's subject ("Article 577 of the Civil Code
// establishes …", "Pipl Article Thirty Eight concerns …"): "this article" further down, through its short section
// captions, is that provision (c130 first reading; english/context/openingProvision.ts).
table('citation table: "this article" on a page that opens with one provision (fix-f131-en2)', [
  ['"this article" several sentences and a caption on, the page opening with the article and its law',
    'Article 584 of the Civil Code of the People’s Republic of China sets the measure of damages for breach of contract. It covers losses actually suffered and the benefits the contract would have brought. The rule caps recovery at what the breaching party foresaw.\nScope\nThe scope of Article 584 extends to all contracts governed by Chinese law. Buyers in cross-border sales often rely on it. Foreign firms should document their losses early. Courts examine invoices and expert reports when they apply this article.',
    [['Article 584 of the Civil Code of the People’s Republic of China', 'resolved', '民法典584'], ['Article 584', 'resolved', '民法典584'], ['this article', 'resolved', '民法典584']]],
  ['"This article’s" after a caption, the page opening with an acronym and a spelled number',
    'PIPL Article Thirty Nine concerns the notice a processor owes to individuals before personal information leaves China. It lists the recipient’s name, contact details and purposes. Regulators read it together with the assessment rules.\nApplication\nThis article’s application extends to every processor that sends data abroad, whatever its size. Multinationals must update their privacy notices.',
    [['PIPL Article Thirty Nine', 'resolved', '个人信息保护39'], ['This article', 'resolved', '个人信息保护39']]],
  ['"this article" as the writer\'s piece stays none on such a page',
    'Article 584 of the Civil Code sets the measure of damages for breach of contract. Courts apply it strictly.\nOverview\nIn this article, we look at how courts calculate lost profits. This article will explain the foreseeability cap.',
    [['Article 584 of the Civil Code', 'resolved', '民法典584']]],
  ['not after another article was cited between',
    'Article 584 of the Civil Code sets the measure of damages for breach of contract. Courts apply it strictly.\nRelated rules\nArticle 585 of the Civil Code lets parties agree on liquidated damages. Courts may adjust the sum. Judges weigh the actual loss. Foreign firms often ask about this article.',
    [['Article 584 of the Civil Code', 'resolved', '民法典584'], ['Article 585 of the Civil Code', 'resolved', '民法典585']]],
  ['not a first sentence that only remarks on the article, nor "this article" in the opening section',
    'Article 584 of the Civil Code is often litigated.\nPractice\nBuyers rely on it. Courts examine invoices when they apply this article.\n\nArticle 577 of the Civil Code establishes default liability. Courts read it broadly. Lawyers cite this article often.',
    [['Article 584 of the Civil Code', 'resolved', '民法典584'], ['Article 577 of the Civil Code', 'resolved', '民法典577']]],
  ['not a page whose first sentence is the writer\'s before the article is named',
    'Damages are the usual remedy in China. Article 584 of the Civil Code sets their measure. Courts apply it strictly.\nScope\nThe scope extends to all contracts. Buyers rely on it often. Foreign firms document losses. Courts examine invoices when they apply this article.',
    [['Article 584 of the Civil Code', 'resolved', '民法典584']]],
]);

// 'Articles 46 and 68 "Relevant Clauses" of the Arbitration Law': a caption in quotation marks between an article list
// and "of <law>" (a machine translation's 【相关条款】 left in place) — the law after "of" owns the list.
table('citation table: a quoted caption between the articles and "of the … Law" (fix-f131-en2)', [
  ['a list with a quoted caption, the page about another law',
    'Key clauses of the Civil Procedure Law for the exam\nArticles 46 and 68 "Relevant Clauses" of the Arbitration Law; Article 58 of the Trademark Law.',
    [['Articles 46 and 68 "Relevant Clauses" of the Arbitration Law', 'resolved', '仲裁46 仲裁68'], ['Article 58 of the Trademark Law', 'resolved', '商标58']]],
  ['one article with a curly-quoted caption',
    'The Company Law governs the transfer. Article 16 “Related Provisions” of the Labor Law also applies.',
    [['Article 16 “Related Provisions” of the Labor Law', 'resolved', '劳动16']]],
  ['not a quoted phrase that is the writer\'s words and a sentence',
    'The Company Law applies. Article 71 says "shareholders may transfer" of their own will, and the court agreed.',
    [['Article 71', 'resolved', '公司71']]],
]);

// "… debt disposal. Article 1079 If one of the spouses …": a label after the writer's sentence that cites the first
// article with a verb ("stipulates that …"), followed directly by a capitalised word opening the article's words, is a
// printed heading, as at a line's start (english/headings/pastedArticles.ts). A paste that opens with the label, title
// and the article's words run on (fix-en63) keeps citing its next labels.
table('citation table: a label mid-line after the writer\'s sentence citing the first article (fix-f131-en2)', [
  ['after "stipulates that", the label with the article\'s words run on: a heading',
    'Legal basis: Article 1076 of the Civil Code stipulates that spouses who divorce voluntarily shall sign a written divorce agreement. Article 1079 If one of the spouses requests a divorce, the relevant organization may mediate.',
    [['Article 1076 of the Civil Code', 'resolved', '民法典1076']]],
  ['after "provides that", another law: a heading',
    'Article 39 of the Labor Contract Law provides that the employer may terminate the contract without notice. Article 40 Where the employee is incompetent, the employer may terminate the contract with notice.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39']]],
  ['not "Article 1079 provides", "Article 1079 of", "Article 1079, the court"',
    'Article 1076 of the Civil Code stipulates that spouses shall sign a divorce agreement. Article 1079 provides that the court shall mediate. Article 1079 of the Civil Code lists the grounds. Under the same law, Article 1079, the court held, applies.',
    [['Article 1076 of the Civil Code', 'resolved', '民法典1076'], ['Article 1079', 'resolved', '民法典1079'], ['Article 1079 of the Civil Code', 'resolved', '民法典1079'], ['Article 1079', 'resolved', '民法典1079']]],
]);

// fix-en61 form 1 (heldout40 English): "this article" on a commentary page headed by one provision is that provision,
// through its section headings and after an article of the law it replaced (english/context/headedProvision.ts);
// "This clause" in the sentence after an article's citation is that article. Made-up text in the real style against
// the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

table('citation table: "this article" on a page headed by one provision (fix-en61)', [
  ['a section heading and a paragraph after blank lines, under a page headed by the article',
    'Article 1165 of the Civil Code (Fault Liability 1)\n\nauthor: a clerk\n\nArticle 1165\n\nAn actor who infringes upon the rights of another shall bear tort liability.\n\n1. The main purpose of this article\n\n  This article is about fault liability.\n\nII. Evolution\n\n  This article inherits the provisions of Article 6 of the original Tort Liability Law.',
    [['Article 1165 of the Civil Code', 'resolved', '民法典1165'], ['this article', 'resolved', '民法典1165'], ['This article', 'resolved', '民法典1165'],
      ['This article', 'resolved', '民法典1165'], ['Article 6 of the original Tort Liability Law', 'unknown-regulation', '']]],
  ['after an article of the original law quoted, "this article" stays the headed provision',
    'Article by Article of the Civil Code: Article 1165 (Tort 1)\n\nArticle 1165\n\nAn actor who infringes upon the rights of another shall bear tort liability.\n\nHistory\n\n  Article 6 of the original Tort Liability Law stipulates that: "An actor shall bear liability." This article has been improved on its basis, and the meaning of this article is clearer.',
    [['Article 1165', 'resolved', '民法典1165'], ['Article 6 of the original Tort Liability Law', 'unknown-regulation', ''],
      ['This article', 'resolved', '民法典1165'], ['this article', 'resolved', '民法典1165']]],
  ['the page itself ("In this article, we …") stays no mention on a headed page',
    'Article 1165 of the Civil Code (Tort 1)\n\nIn this article, we explain how fault is proved.\n\nThis article discusses the burden of proof.',
    [['Article 1165 of the Civil Code', 'resolved', '民法典1165']]],
  ['a sentence to the reader ("Thanks for reading this article, we hope …") stays the page on a headed page',
    'Article 1165 of the Civil Code (Tort 1)\n\nSome notes. More notes follow.\n\nThanks for reading this article; we hope it helps.',
    [['Article 1165 of the Civil Code', 'resolved', '民法典1165']]],
  ['a page not headed by an article: a "this article" far from it stays no mention',
    'How courts see fault in 2024\n\nSome notes for clients on recent cases.\n\nThe court cited Article 1165 of the Civil Code in one case. The trial was long.\n\nNext section\n\nThe main purpose of this article is practical.',
    [['Article 1165 of the Civil Code', 'resolved', '民法典1165']]],
  ['a heading that is a sentence does not head the page',
    'Article 1165 of the Civil Code is applied strictly.\n\nOther news\n\nSome notes.\n\nThe main purpose of this article is practical.',
    [['Article 1165 of the Civil Code', 'resolved', '民法典1165']]],
  ['on a headed page, the sentence after a law in force cited keeps the sentence rule',
    'Article 1208 of the Civil Code (Motor Vehicle 1)\n\nThe Road Traffic Safety Law mainly means Article 76 of the Road Traffic Safety Law. This article sets out the basic rules.',
    [['Article 1208 of the Civil Code', 'resolved', '民法典1208'], ['Article 76 of the Road Traffic Safety Law', 'resolved', '道路交通安全76'], ['This article', 'resolved', '道路交通安全76']]],
]);

table('citation table: "This clause" after an article cited (fix-en61)', [
  ['"This clause" opening the sentence after the article quoted',
    'Article 1165 of the Civil Code stipulates: "An actor who infringes upon the rights of another shall bear tort liability." This clause sets out fault liability.',
    [['Article 1165 of the Civil Code', 'resolved', '民法典1165'], ['This clause', 'resolved', '民法典1165']]],
  ['a contract\'s clause stays no mention',
    'Article 1165 of the Civil Code stipulates the rule. This clause of the contract excludes it.',
    [['Article 1165 of the Civil Code', 'resolved', '民法典1165']]],
  ['two sentences on, or with no article before, "This clause" stays no mention',
    'Article 1165 of the Civil Code stipulates the rule. The parties signed in May. This clause was then disputed.\n\nThis clause is void.',
    [['Article 1165 of the Civil Code', 'resolved', '民法典1165']]],
]);

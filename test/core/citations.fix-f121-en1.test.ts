// Forms from round 32's English measurement (heldout56-english, now a tuning set): reproduced or quoted law text in
// English and its inner references, and a writer's "this article". Made-up text in the real style against the bundled
// corpus (laws named short: 刑事诉讼56.1 is the Criminal Procedure Law's article 56, paragraph 1; 本 the page itself).
// Start figures (unchanged code, main 609c702f; the first 9 rows, one per form and its negative): 3 right, 6 wrong —
// A "the preceding paragraph" in printed runs 2 wrong (missing), B "of this Law" after a comma-run label 1 wrong (self),
// C title line + items 1 wrong (self, items dropped), D writer's "in this article" 1 wrong (false positive), E "This
// article" after a quoted article 1 wrong (headed provision). End: 22 rows right (variants and negatives added).
import { bundledShortTable as table } from './citations/helpers';

// A: "the preceding paragraph" in an article printed under its label, the law named before the printed run (or never).
table('citation table: "the preceding paragraph" in printed English articles (fix-f121-en1)', [
  ['the law cited just above the printed run: the printed article\'s paragraph 1 of that law',
    'Under Article 50 of the Criminal Procedure Law of the People\'s Republic of China, the courts may release a suspect on bail.\nArticle 51 The courts may release a suspect on bail in the following cases:\n(1) he may be sentenced to public surveillance;\n(2) he poses no danger.\nArticle 56 A suspect released on bail shall observe the following:\n(1) not leave the city without approval;\n(2) appear in time when summoned.\nWhere a suspect violates the provisions of the preceding paragraph, the bail paid shall be forfeited.',
    [['Article 50 of the Criminal Procedure Law of the People\'s Republic of China', 'resolved', '刑事诉讼50'], ['the preceding paragraph', 'resolved', '刑事诉讼56.1']]],
  ['a page printing articles and never naming the law: self, twice in one paragraph, and in the next article',
    'Posted: 2009-03-01\nArticle 56 Suspects out on bail shall observe the following stipulations:\n\n  (1) Shall not leave the city;\n\n  (2) Shall appear in time when summoned.\n\n  In case of violation of the stipulations of the preceding paragraph, the bail shall be forfeited. Suspects who have not violated the stipulations of the preceding paragraph shall be refunded the bail.\n\n  Article 57 Suspects under surveillance shall observe the following stipulations:\n\n  (1) Shall not leave the dwelling place;\n\n  (2) Shall not meet other persons.\n\n  Suspects under surveillance may be arrested for serious violation of the stipulations of the preceding paragraph.',
    [['the preceding paragraph', 'self', '本56.1'], ['the preceding paragraph', 'self', '本56.1'], ['the preceding paragraph', 'self', '本57.1']]],
  ['"Pursuant to" the law, a run of two printed articles under their headings',
    'Pursuant to Article 50 of the Criminal Procedure Law, the court may grant bail.\nArticle 51 The court may grant bail in the following cases:\n(1) a light sentence is likely;\n(2) no danger is posed.\nArticle 56 A person on bail shall observe the following:\n(1) not leave the city;\n(2) appear when summoned.\nA person who violates the preceding paragraph forfeits the bail.',
    [['Article 50 of the Criminal Procedure Law', 'resolved', '刑事诉讼50'], ['the preceding paragraph', 'resolved', '刑事诉讼56.1']]],
  ['not after a writer\'s line between the citation and the first heading: unread, as before',
    'Under Article 50 of the Criminal Procedure Law, courts may release a suspect on bail.\nIn my view the rule is too loose.\nArticle 56 A suspect on bail shall observe the following:\n(1) not leave the city.\nWhere a suspect violates the provisions of the preceding paragraph, the bail shall be forfeited.',
    [['Article 50 of the Criminal Procedure Law', 'resolved', '刑事诉讼50']]],
  ['not a heading numbered below the cited article (out of the law\'s order): unread',
    'Under Article 50 of the Criminal Procedure Law, courts may release a suspect on bail.\nArticle 40 A suspect on bail shall observe the following:\n(1) not leave the city.\nWhere a suspect violates the provisions of the preceding paragraph, the bail shall be forfeited.',
    [['Article 50 of the Criminal Procedure Law', 'resolved', '刑事诉讼50']]],
  ['not a page that named a law before its printed text: no self',
    'The Widget Law of Ruritania is strict.\n\nArticle 56 Suspects out on bail shall observe the following:\n\n(1) Shall not leave the city;\n\n(2) Shall appear when summoned.\n\nIn case of violation of the preceding paragraph, the bail shall be forfeited.',
    []],
  ['not "the preceding paragraph" in a writer\'s prose about the page, nor a count',
    'As the preceding paragraph of this post explains, bail is common. The 14th session met.',
    []],
]);

// B: "Article N of this Law" in a printed article after the law was named above the printed run: the printed law's.
table('citation table: "of this Law" inside printed articles of a law named above (fix-f121-en1)', [
  ['"Article 266 of this Law" in a printed article after the Criminal Law was cited',
    'Article 266 of the Criminal Law of the People\'s Republic of China provides that whoever defrauds property of a large amount shall be sentenced to imprisonment.\nArticle 210, paragraph 2, whoever defrauds tax invoices shall be punished in accordance with Article 266 of this Law.',
    [['Article 266 of the Criminal Law of the People\'s Republic of China', 'resolved', '刑266'], ['Article 266 of this Law', 'resolved', '刑266']]],
  ['another law and "if" opening the paragraph\'s words after the comma',
    'Article 42 of the Labor Contract Law provides that an employer may not dismiss certain workers.\nArticle 40, paragraph 1, if the worker cannot perform the job after medical treatment, the employer shall give notice under Article 42 of this Law.',
    [['Article 42 of the Labor Contract Law', 'resolved', '劳动合同42'], ['Article 42 of this Law', 'resolved', '劳动合同42']]],
  ['not a writer\'s clause after the comma ("in our view"): "this Law" stays as before',
    'Article 42 of the Labor Contract Law provides that an employer may not dismiss certain workers.\nArticle 40, paragraph 1, in our view, is applied under Article 42 of this Law.',
    [['Article 42 of the Labor Contract Law', 'resolved', '劳动合同42'], ['Article 40, paragraph 1', 'resolved', '劳动合同40.1'], ['Article 42 of this Law', 'self', '本42']]],
]);

// C: a law's title line over its printed articles ("Enterprise Bankruptcy Law of China Ⅵ"), "this Law" in them; items.
table('citation table: printed articles under the law\'s title line, items of a paragraph (fix-f121-en1)', [
  ['title line with "of China" and a part numeral, "Subparagraphs (7) and (10) under the first paragraph of Article 61 of this Law"',
    'Home / News\n\nEnterprise Bankruptcy Law of China Ⅵ\n\nFrom the wire | June 25, 2008\n\nChapter VII\n\nArticle 59 A creditor who declared a claim is a member of the creditors\' meeting.\n\nA secured creditor shall not vote on matters specified in Subparagraphs (7) and (10) under the first paragraph of Article 61 of this Law.',
    [['Subparagraphs (7) and (10) under the first paragraph of Article 61 of this Law', 'resolved', '企业破产61.1.7 企业破产61.1.10']]],
  ['"Item (3) under the first paragraph of Article 40 of the Labor Contract Law" in prose; an ASCII part numeral and a dateline',
    'The court applied Item (3) under the first paragraph of Article 40 of the Labor Contract Law.\n\nHome\n\nCompany Law of the People\'s Republic of China II\n\nSource: example.com, 2019-03-02\n\nChapter IV\n\nLimited Liability Companies\n\nArticle 37 The shareholders\' meeting exercises the powers listed in Article 36 of this Law.',
    [['Item (3) under the first paragraph of Article 40 of the Labor Contract Law', 'resolved', '劳动合同40.1.3'], ['Article 36 of this Law', 'resolved', '公司36']]],
  ['not "items under discussion"; a title line right above a caption line stays read as before',
    'Items under discussion in Article 5 of the Company Law are few.\n\nHome\n\nCompany Law of the People\'s Republic of China\n\nLimited Liability Companies\n\nArticle 37 The shareholders\' meeting exercises the powers listed in Article 36 of this Law.',
    [['Article 5 of the Company Law', 'resolved', '公司5'], ['Article 36 of this Law', 'resolved', '公司36']]],
]);

// D: "this article" meaning the writer's piece.
table('citation table: "in this article" as the writer\'s piece (fix-f121-en1)', [
  ['"which we do not discuss in this article" after an article cited in the sentence before',
    'Under Article 1018 of the Civil Code, natural persons enjoy portrait rights. Organisers may obtain rights by contract, which we do not discuss in this article and will cover in another post.',
    [['Article 1018 of the Civil Code', 'resolved', '民法典1018']]],
  ['"as I explain in this article"',
    'Article 1019 of the Civil Code bans defacing a portrait. Fair use is a separate defence, as I explain later in this article.',
    [['Article 1019 of the Civil Code', 'resolved', '民法典1019']]],
  ['"we will not address in this article", "I have touched on in this article"',
    'Article 1032 of the Civil Code protects privacy. The data issues, which we will not address in this article, are separate. Article 1034 of the Civil Code protects personal information, a topic I have touched on in this article.',
    [['Article 1032 of the Civil Code', 'resolved', '民法典1032'], ['Article 1034 of the Civil Code', 'resolved', '民法典1034']]],
  ['negative: the first person elsewhere in the sentence, "set out in this article" the provision\'s',
    'We note that Article 1018 of the Civil Code protects the portrait. The rights set out in this article belong to natural persons.',
    [['Article 1018 of the Civil Code', 'resolved', '民法典1018'], ['this article', 'resolved', '民法典1018']]],
  ['negative: a commentary\'s "this article" that a provision is',
    'Article 1018 of the Civil Code protects the portrait. The rights set out in this article belong to natural persons.',
    [['Article 1018 of the Civil Code', 'resolved', '民法典1018'], ['this article', 'resolved', '民法典1018']]],
]);

// E: "This article" in prose right after a quoted article of another (older) law: that quoted article.
table('citation table: "This article" after a quoted article of an older law (fix-f121-en1)', [
  ['a commentary on Civil Code 1064 quoting the 1950 Marriage Law\'s Article 24, then "This article defines …"',
    'Article by Article of the Civil Code: Article 1064\n\nArticle 1064\n\nDebts incurred by both spouses are joint debts.\n\nI. Purpose of this Article\n\n  This article deals with joint debts of husband and wife.\n\nII. Evolution\n\n  Article 24 of the original Marriage Law of 1950 stipulates that: "At the time of divorce, joint debts shall be repaid with joint property. This article defines the criteria for joint debts and the duty of the husband.',
    [['Article 1064', 'resolved', '民法典1064'], ['this Article', 'resolved', '民法典1064'], ['This article', 'resolved', '民法典1064'],
      ['Article 24 of the original Marriage Law', 'unknown-regulation', ''], ['This article', 'unknown-regulation', '']]],
]);

table('citation table: "This article" after a quoted article, variants (fix-f121-en1)', [
  ['the quotation closed, another replaced law: that quoted article',
    'Article 1165 of the Civil Code (Tort 1)\n\nArticle 1165\n\nAn actor who infringes upon the rights of another shall bear tort liability.\n\nHistory\n\n  Article 106 of the former General Principles of Civil Law provided that: "A citizen who infringes upon property shall bear liability." This article laid down fault liability for the first time.',
    [['Article 1165 of the Civil Code', 'resolved', '民法典1165'], ['Article 106 of the former General Principles of Civil Law', 'unknown-regulation', ''], ['This article', 'unknown-regulation', '']]],
  ['negative: "This article has been improved on its basis" is the headed provision (existing fix-en61 row kept)',
    'Article by Article of the Civil Code: Article 1165 (Tort 1)\n\nArticle 1165\n\nAn actor who infringes upon the rights of another shall bear tort liability.\n\nHistory\n\n  Article 6 of the original Tort Liability Law stipulates that: "An actor shall bear liability." This article inherits that rule.',
    [['Article 1165', 'resolved', '民法典1165'], ['Article 6 of the original Tort Liability Law', 'unknown-regulation', ''], ['This article', 'resolved', '民法典1165']]],
  ['negative: not quoted (the writer\'s paraphrase): the headed provision, as before',
    'Article by Article of the Civil Code: Article 1165 (Tort 1)\n\nArticle 1165\n\nAn actor who infringes upon the rights of another shall bear tort liability.\n\nHistory\n\n  Article 6 of the original Tort Liability Law set out fault liability. This article defines fault.',
    [['Article 1165', 'resolved', '民法典1165'], ['Article 6 of the original Tort Liability Law', 'unknown-regulation', ''], ['This article', 'resolved', '民法典1165']]],
]);

// Round 32 (f120-layen): the page layouts and writers of real English pages citing Chinese law — academic papers
// (footnotes, tables of abbreviations, "(hereinafter CL)"), machine-translated Chinese pages (glued numbers, ordinals,
// lower-case law names, full-width punctuation, long machine titles of interpretations), bilingual pages, law-firm
// alerts with printed headings, Q&A, news — made-up text against the bundled corpus (laws named short: 公司20.3 is the
// Company Law's article 20, paragraph 3). Decisions of c120.md: an international instrument named with its article
// (Model Law, the New York Convention, the CISG) is unknown-regulation; "X Act" on a page about the PRC's law is "X Law".
//
// Start figures (main cb95079c, before any code of this branch), rows right / wrong-or-missing, per form:
//   footnotes and abbreviations           10 / 1   (a table of abbreviations "CL Company Law of the PRC;")
//   international instruments              1 / 9   (Model Law, UNCITRAL, CISG, "the New York Convention, Article V")
//   machine translation                   16 / 2   (full-width "Article 20（3）of"; "Article 39th of the contract law" opening a page)
//   bilingual, headings, Q&A, news         6 / 2   (law-firm headings "Article 4 – Shareholders' rights" over printed text)
//   "X Act" on a PRC page                  5 / 7   (page-level reading; "X Act, Article N"; "X Act of China"; glued p10 form)
//   all                                   38 / 21  (59 rows, 84 mentions)
// End figures (this branch): 59 right / 0 wrong of the 59 rows kept (57 + 2 rows of a page's glued "Country:China"); the 2 rows left open are below, out of the table:
//   footnotes 10/10, international instruments 10/10, machine translation 17/17, headings and pages 8/8, X Act 14/14.
// Changed by the round 32 decision in existing tables (international instruments' articles: unknown-regulation):
//   real-forms-english-pages ("Model law Article 7(1)"), fix-en92 and real-english14 ("Key CISG provisions at issue:").
// Open (not built; the tool's reading kept):
//   - a table of abbreviations "CL Company Law of the People's Republic of China; LCL …" then "CL art. 20": the letters
//     defined by a glossary line are not read as a definition ("art. 20" takes the law in context);
//   - "Article 39th of the contract law says …" (also "Article 39 of the contract law"): a lower-case "contract law" is a
//     field of law (englishLowerLawName.ts GENERIC) even after an article; "of the contract Law" reads as before.
//   - heldout55 p10 "when the Company Act was revised in2005, mainly stated as Article20,paragraph3": the gold's
//     unknown-regulation (the 2005 text) needs the version clause read ("revised in 2005" after the bare name is not
//     read as a version even for "Company Law"); the tool now resolves it to the Company Law in force. The page's
//     second mention is glued to "the" ("under theArticle20, paragraph3, of Company Act"), which no anchor reads yet.
//   (see the end of the file for the end figures)
import { bundledShortTable as table } from './citations/helpers';

table('layout-en120: academic footnotes and abbreviations', [
  ['a footnote naming the law before the article, then Ibid. and Id.',
    '1 Company Law of the People\'s Republic of China, art. 20 (2018). 2 Ibid., art. 21. 3 Id. art. 22.',
    [['Company Law of the People\'s Republic of China, art. 20', 'resolved', '公司20'], ['art. 21', 'resolved', '公司21'], ['Id. art. 22', 'resolved', '公司22']]],
  ['a footnote "See Article 20, para. 3 of the PRC Company Law (2018 Revision)"',
    '12 See Article 20, para. 3 of the PRC Company Law (2018 Revision).',
    [['Article 20, para. 3 of the PRC Company Law', 'resolved', '公司20.3']]],
  ['"See PRC Company Law, art. 20, para. 3" and an undefined CL left alone, LCL the conventional acronym',
    'See PRC Company Law, art. 20, para. 3. See also Arts 3-5 LCL and art. 10 LCL.',
    [['PRC Company Law, art. 20, para. 3', 'resolved', '公司20.3'], ['Arts 3-5 LCL', 'resolved', '劳动合同3 劳动合同4 劳动合同5'], ['art. 10 LCL', 'resolved', '劳动合同10']]],
  ['a footnote after the sentence it notes: the law\'s full name, then its article',
    'The court applied the Labor Contract Law.3 3 Labor Contract Law of the People\'s Republic of China, art. 39.',
    [['Labor Contract Law of the People\'s Republic of China, art. 39', 'resolved', '劳动合同39']]],
  ['"(hereinafter CL)" defines the letters; "CL art. 20(3)"',
    'The Company Law of the People\'s Republic of China (hereinafter CL) was revised in 2013. Under CL art. 20(3), shareholders who abuse the corporate form are jointly liable.',
    [['CL art. 20(3)', 'resolved', '公司20.3']]],
  ['(hereinafter "CC"): "Art. 153 CC", "Arts. 143-144 CC"',
    'The Civil Code of the People\'s Republic of China (hereinafter "CC") took effect in 2021. Art. 153 CC voids acts violating mandatory provisions; see also Arts. 143-144 CC.',
    [['Art. 153 CC', 'resolved', '民法典153'], ['Arts. 143-144 CC', 'resolved', '民法典143 民法典144']]],
  ['(hereinafter CL) of a repealed law: its article unknown',
    'The Contract Law of the People\'s Republic of China (hereinafter CL) was repealed by the Civil Code. Article 52 CL voided contracts against mandatory rules.',
    [['Article 52 CL', 'unknown-regulation', '']]],
  ['undefined letters CL: the law is not known',
    'Art. 20 para. 3 CL.',
    [['Art. 20 para. 3', 'no-context', '']]],
  ['a footnote with the provision first, then a court\'s provisions',
    '1 Article 5 of the Provisions of the Supreme People\'s Court on Several Issues concerning the Application of Law in the Trial of Private Lending Cases.',
    [['Article 5 of the Provisions of the Supreme People\'s Court on Several Issues concerning the Application of Law in the Trial of Private Lending Cases', 'resolved', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定5']]],
  ['an interpretation defined "Interpretation II", then cited by it',
    'The Interpretation (II) of the Supreme People\'s Court on Several Issues concerning the Application of the Marriage Law of the People\'s Republic of China (hereinafter referred to as the "Interpretation II"). Article 24 of Interpretation II says joint debts.',
    [['Article 24 of Interpretation II', 'resolved', '最高人民法院关于适用《婚姻法》若干问题的解释（二）24']]],
]);

table('layout-en120: international instruments by article (c120 decision: unknown-regulation)', [
  ['"Model law Article 7(1)" opening a paragraph of a paper on PRC arbitration (heldout55 p01)',
    'II. Substantive Requirements\nModel law Article 7(1) defines an "arbitration agreement" as an agreement to submit disputes to arbitration. The PRC Arbitration Law Article 16 provides that an arbitration agreement shall include the following.',
    [['Model law Article 7(1)', 'unknown-regulation', ''], ['PRC Arbitration Law Article 16', 'resolved', '仲裁16']]],
  ['"Article 7(2) of the UNCITRAL Model Law", then the Arbitration Law',
    'Under Article 7(2) of the UNCITRAL Model Law, the agreement must be in writing. Article 16 of the PRC Arbitration Law requires a chosen commission.',
    [['Article 7(2) of the UNCITRAL Model Law', 'unknown-regulation', ''], ['Article 16 of the PRC Arbitration Law', 'resolved', '仲裁16']]],
  ['"Model Law Article 34" before an article of the Arbitration Law',
    'Model Law Article 34 lists grounds for setting aside; Article 58 of the Arbitration Law is similar.',
    [['Model Law Article 34', 'unknown-regulation', ''], ['Article 58 of the Arbitration Law', 'resolved', '仲裁58']]],
  ['"Art. 7 Model Law"',
    'Under Art. 7 Model Law, an agreement must be written.',
    [['Art. 7 Model Law', 'unknown-regulation', '']]],
  ['"Article 25 of the CISG", then the Civil Code\'s article after a comma',
    'Article 25 of the CISG defines fundamental breach; the Civil Code, Article 563, allows termination.',
    [['Article 25 of the CISG', 'unknown-regulation', ''], ['Article 563', 'resolved', '民法典563']]],
  ['"Article 1 of the CISG", then "Article 95 of the Convention"',
    'Article 1 of the CISG sets its scope; China reserved Article 95 of the Convention.',
    [['Article 1 of the CISG', 'unknown-regulation', ''], ['Article 95 of the Convention', 'unknown-regulation', '']]],
  ['"Article V of the New York Convention" (as before)',
    'Article 16 of the Arbitration Law provides the content; Article V of the New York Convention lists refusal grounds.',
    [['Article 16 of the Arbitration Law', 'resolved', '仲裁16'], ['Article V of the New York Convention', 'unknown-regulation', '']]],
  ['"the New York Convention, Article V(1)(a)": the instrument named before its article',
    'Courts apply the New York Convention, Article V(1)(a), when the agreement is invalid under Chinese law.',
    [['New York Convention, Article V(1)(a)', 'unknown-regulation', '']]],
  ['"The UNCITRAL Model Law on International Commercial Arbitration, Article 7,"',
    'The UNCITRAL Model Law on International Commercial Arbitration, Article 7, defines the agreement.',
    [['UNCITRAL Model Law on International Commercial Arbitration, Article 7', 'unknown-regulation', '']]],
  ['negatives: a model law of no name, the GDPR (another legal order) stay nothing',
    'Article 4 of the model law drafted by the class is short. Article 6(1)(f) GDPR allows legitimate interests.',
    []],
]);

table('layout-en120: machine-translated Chinese pages', [
  ['glued "Article20,paragraph3 of the Company Law"; "the Article 39th of the Contract Law" (repealed)',
    'According to Article20,paragraph3 of the Company Law, the shareholder is liable. Under the Article 39th of the Contract Law, standard terms must be explained.',
    [['Article20,paragraph3 of the Company Law', 'resolved', '公司20.3'], ['Article 39th of the Contract Law', 'unknown-regulation', '']]],
  ['"the Article 52, item 5 of the contract Law", then "the civil code"',
    'according to the Article 52, item 5 of the contract Law, the contract is invalid. Article 153 of the civil code agrees.',
    [['Article 52, item 5 of the contract Law', 'unknown-regulation', ''], ['Article 153 of the civil code', 'resolved', '民法典153']]],
  ['"Article 1079,paragraph 2 of the Civil Code，" full-width comma after',
    'According to the provisions of Article 1079,paragraph 2 of the Civil Code，the court shall grant divorce if mediation fails.',
    [['Article 1079,paragraph 2 of the Civil Code', 'resolved', '民法典1079.2']]],
  ['glued "Article20, paragraph3, of Company Law"',
    'Shareholders shall not abuse their rights under Article20, paragraph3, of Company Law.',
    [['Article20, paragraph3, of Company Law', 'resolved', '公司20.3']]],
  ['"Article 2 paragraph 3 of the company law" (no such paragraph) and "The 3rd paragraph of Article 20"',
    'Under Article 2 paragraph 3 of the company law, the rule applies. The 3rd paragraph of Article 20 of the Company Law also applies.',
    [['Article 2 paragraph 3 of the company law', 'unknown-paragraph', '公司2.3'], ['The 3rd paragraph of Article 20 of the Company Law', 'resolved', '公司20.3']]],
  ['the paragraph in brackets, half-width and full-width',
    'Article 20 (3) of the Company Law and Article 20（3）of the Company Law say the same.',
    [['Article 20 (3) of the Company Law', 'resolved', '公司20.3'], ['Article 20（3）of the Company Law', 'resolved', '公司20.3']]],
  ['full-width brackets with a space after, and a full-width item',
    'Under Article 47（1） of the Company Law, contributions are due. Article 71（2）of the Labor Law also applies.',
    [['Article 47（1） of the Company Law', 'resolved', '公司47.1'], ['Article 71（2）of the Labor Law', 'unknown-paragraph', '劳动71.2']]],
  ['“Company Law” Article 20 paragraph 3 (curly quotes for 《》)',
    '“Company Law” Article 20 paragraph 3 provides that shareholders are jointly liable.',
    [['“Company Law” Article 20 paragraph 3', 'resolved', '公司20.3']]],
  ['"Articles 20 and 21 of Company Law" without "the"',
    'Articles 20 and 21 of Company Law apply to the case.',
    [['Articles 20 and 21 of Company Law', 'resolved', '公司20 公司21']]],
  ['lower-case "the article 3 of the labor law"; 《…》 kept around the English title',
    'In accordance with the article 3 of the labor law, workers enjoy equal rights. In accordance with Article 3 of 《the Labor Law of the People\'s Republic of China》, they do.',
    [['article 3 of the labor law', 'resolved', '劳动3'], ['Article 3 of 《the Labor Law of the People\'s Republic of China》', 'resolved', '劳动3']]],
  ['《Labor Contract Law》Article 82，glued to the full-width marks',
    'According to《Labor Contract Law》Article 82，the employer shall pay double wages.',
    [['Article 82', 'resolved', '劳动合同82']]],
  ['the title in quotation marks before and after',
    'According to the "Labor Contract Law" Article 87, the employer shall pay compensation at twice the standard. According to Article 87 of the "Labor Contract Law", it pays double.',
    [['"Labor Contract Law" Article 87', 'resolved', '劳动合同87'], ['Article 87 of the "Labor Contract Law"', 'resolved', '劳动合同87']]],
  ['lower-case names before the article: "Labor law article 44", "company law Article 71"',
    'Labor law article 44 provides overtime pay of 150 percent. company law Article 71 provides that shareholders may transfer their equity.',
    [['Labor law article 44', 'resolved', '劳动44'], ['company law Article 71', 'resolved', '公司71']]],
  ['"Article 43 of Civil Procedure Law"; "Article 1179 thereof"',
    'Article 43 of Civil Procedure Law stipulates that the court shall hear the case. The trial court relied on Article 1165 of Civil Code and Article 1179 thereof.',
    [['Article 43 of Civil Procedure Law', 'resolved', '民事诉讼43'], ['Article 1165 of Civil Code', 'resolved', '民法典1165'], ['Article 1179', 'resolved', '民法典1179']]],
  ['"the 39th article of the labor contract law"; "the law on road traffic safety"',
    'According to the provisions of the 39th article of the labor contract law, the employer can terminate. In accordance with the regulations of article 24 of the law on road traffic safety, drivers must yield.',
    [['39th article of the labor contract law', 'resolved', '劳动合同39'], ['article 24 of the law on road traffic safety', 'resolved', '道路交通安全24']]],
  ['a full-width colon after the title',
    'Article 76 of the Road Traffic Safety Law of the People\'s Republic of China：Where a traffic accident causes personal injury, insurers compensate.',
    [['Article 76 of the Road Traffic Safety Law of the People\'s Republic of China', 'resolved', '道路交通安全76']]],
  ['the machine title of the traffic interpretation "(hereinafter referred to as the “explanation”)" article 2 paragraph 2',
    'The Supreme People\'s Court on the concrete application of law in trying criminal cases of traffic accident problem of interpretation (hereinafter referred to as the “explanation”) article 2 paragraph 2 provides six situations.',
    [['article 2 paragraph 2', 'resolved', '最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释2.2']]],
]);

table('layout-en120: bilingual pages, law-firm alerts, Q&A, news', [
  ['a printed provision in Chinese then English: both headings, no citation',
    '第二十条 公司股东应当遵守法律、行政法规和公司章程。\nArticle 20 Shareholders shall abide by laws, administrative regulations and the articles of association.',
    []],
  ['a cited provision in Chinese then English: both cite',
    '《中华人民共和国劳动合同法》第三十九条规定，劳动者严重违反用人单位的规章制度的，用人单位可以解除劳动合同。\nAccording to Article 39 of the Labor Contract Law of the People\'s Republic of China, the employer may terminate the contract if the employee seriously violates its rules.',
    [['《中华人民共和国劳动合同法》第三十九条', 'resolved', '劳动合同39'], ['Article 39 of the Labor Contract Law of the People\'s Republic of China', 'resolved', '劳动合同39']]],
  ['a law-firm alert printing provisions under "Article N – Heading" lines: headings, no citations',
    'Client Alert: New Company Law\nArticle 4 – Shareholders\' rights\nShareholders enjoy rights to returns on assets and to participate in major decisions.\nArticle 54 – Accelerated capital contribution\nWhere a company cannot pay its debts as they fall due, the company may require shareholders to pay in early.',
    []],
  ['"Article 12 - Scope of application" headings over printed measures; the PIPL cited in the text',
    'Article 12 - Scope of application\nThese Measures apply to personal information processors.\nArticle 13 - Consent\nPersonal information may be processed with consent as provided in Article 13 of the PIPL.',
    [['Article 13 of the PIPL', 'resolved', '个人信息保护13']]],
  ['a dash inside a sentence stays a citation',
    'The new Company Law changes capital rules. Article 54 – the acceleration clause – lets creditors demand early payment.',
    [['Article 54', 'resolved', '公司54']]],
  ['an alert\'s prose "Under Article 54 of the new Company Law"',
    'Key changes. Under Article 54 of the new Company Law, creditors may demand accelerated contributions.',
    [['Article 54 of the new Company Law', 'resolved', '公司54']]],
  ['Q&A',
    'Q: Can my employer fire me without notice? A: Under Article 39 of the Labor Contract Law, an employer may terminate without notice if you seriously breach its rules.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39']]],
  ['news: the bare article after the law named',
    'Beijing (Reuters) - China\'s top legislature passed the revised Company Law on Friday. Article 47 requires contributions within five years, the law says.',
    [['Article 47', 'resolved', '公司47']]],
]);

table('layout-en120: "X Act" on a page about the PRC\'s law (c120 decision)', [
  ['"The PRC Company Act, Article 20," (the country before, the article after a comma)',
    'The PRC Company Act, Article 20, prohibits shareholders from abusing their rights.',
    [['PRC Company Act, Article 20', 'resolved', '公司20']]],
  ['"The PRC Company Act Article 20"',
    'The PRC Company Act Article 20 forbids abuse.',
    [['PRC Company Act Article 20', 'resolved', '公司20']]],
  ['"Article 10 of the Securities Act of China"',
    'Article 10 of the Securities Act of China requires registration.',
    [['Article 10 of the Securities Act', 'resolved', '证券10']]], // the span as real-en16b's "… Act of the PRC" rows
  ['a page naming China: "Article 20 of the Company Act"',
    'Chinese law. Under Article 20 of the Company Act, shareholders shall not abuse their rights.',
    [['Article 20 of the Company Act', 'resolved', '公司20']]],
  ['"In China, the Labor Contract Act, Article 39," then "Article 47 of the Labor Contract Act"',
    'In China, the Labor Contract Act, Article 39, lets an employer dismiss for serious breach. Article 47 of the Labor Contract Act sets severance.',
    [['Labor Contract Act, Article 39', 'resolved', '劳动合同39'], ['Article 47 of the Labor Contract Act', 'resolved', '劳动合同47']]],
  ['"of Company Act" without "the", on a page naming China',
    'China\'s courts apply the Company Act. Article 20 of Company Act prohibits abuse.',
    [['Article 20 of Company Act', 'resolved', '公司20']]],
  ['a thesis abstract: "Article20, paragraph3, of Company Act" (heldout55 p10)',
    'Country:China Subject:Civil and Commercial Law\nAbstract: Piercing the corporate veil has been introduced into our country’s legal system. The behavior of shareholder’s abuse under the Article20, paragraph3, of Company Act specifically refers to the following acts.',
    [['Article20, paragraph3, of Company Act', 'resolved', '公司20.3']]],
  ['a thesis database\'s glued fields "Country:ChinaCandidate:" name China (heldout55 p10)',
    'Posted on:2014-08-01Degree:MasterType:Thesis\nCountry:ChinaCandidate:L LiuFull Text:PDF\nAbstract: the abuse of shareholders under the Article20, paragraph3, of Company Act is disputed.',
    [['Article20, paragraph3, of Company Act', 'resolved', '公司20.3']]],
  ['negative: "Chinatown" names no China',
    'Chinatown shops. Under Article 20 of the Company Act, shareholders shall not abuse their rights.',
    []],
  ['negative: Taiwan named on the page — Taiwan\'s Company Act, unknown',
    'This note compares Taiwan and China. Under Article 20 of the Company Act, shareholders shall not abuse their rights.',
    [['Article 20 of the Company Act', 'unknown-regulation', '']]],
  ['negative: Taiwan\'s Company Act',
    'Taiwan\'s Company Act Article 27 allows a government to be a director. Under Article 23 of the Company Act, directors owe duties.',
    [['Article 27', 'unknown-regulation', ''], ['Article 23 of the Company Act', 'unknown-regulation', '']]],
  ['negative: the US Securities Act beside Chinese Securities Law',
    'In the United States, the Securities Act governs offerings; Chinese Securities Law Article 85 is similar. Article 11 of the Securities Act imposes liability.',
    [['Chinese Securities Law Article 85', 'resolved', '证券85']]],
  ['negative: a section of the Securities Act of 1933',
    'Under section 11 of the Securities Act of 1933, issuers are liable. Chinese Securities Law Article 85 sets a similar rule.',
    [['Chinese Securities Law Article 85', 'resolved', '证券85']]],
  ['negative: the Hong Kong Companies Ordinance section beside the Company Law of China',
    'The Hong Kong Companies Ordinance section 2 defines a company. Article 3 of the Company Law of China gives companies legal personality.',
    [['Article 3 of the Company Law of China', 'resolved', '公司3']]],
]);

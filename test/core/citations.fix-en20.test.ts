// Forms of English pages that the heldout18 and heldout19 fair measurements left missed or wrong (fix-en20): made-up
// text in the real style against the bundled corpus (laws named short: 民法典184 is the Civil Code's article 184).
import { bundledShortTable as table } from './citations/helpers';

// A page's jurisdiction is read over the whole page (englishRegions.ts speaksOfTaiwan): a Taiwan firm's headline citing
// "Article 213 of the Civil Code" before the page names the Taiwan Supreme Court, or its list of "Civil Code Article 184"
// lines before it names the Judicial Yuan, cites Taiwan's Civil Code (unknown-regulation) when the page names the
// mainland nowhere; a headline's capitals after the title ("… of the Civil Code Covers Lost Profits") are its words, not
// a longer name. A mainland page naming Taiwan once beside a mainland city, court or money keeps the PRC's law.
table('citation table: a Taiwan page\'s jurisdiction read over the whole page (fix-en20)', [
  ['a headline citing the Civil Code before the page names the Taiwan Supreme Court',
    'The Liability Rule in Article 213 of the Civil Code Covers Lost Profits\n\nMarch 3, 2021\n\nThe Taiwan Supreme Court held that the rule covers lost profits.',
    [['Article 213 of the Civil Code', 'unknown-regulation', '']]],
  ['titles before their articles on a page naming the Judicial Yuan further on',
    'Relevant Provisions\n\nCivil Code Article 184, Paragraph 1Whoever wrongfully damages another\'s rights is liable.\nCivil Code Article 191-2When a motor vehicle causes damage, the driver is liable.\n\nOur lawyers used the Judicial Yuan\'s depreciation calculator.',
    [['Civil Code Article 184, Paragraph 1', 'unknown-regulation', ''], ['Civil Code Article 191-2', 'unknown-regulation', '']]],
  ['a longer name going on to its noun is still read as before', 'Taiwan\'s courts apply Article 9 of the Civil Code Enforcement Act.',
    [['Article 9 of the Civil Code Enforcement Act', 'unknown-regulation', '']]],
  ['not a mainland page naming Taiwan once beside Shanghai',
    'A buyer from Taiwan bought goods in Shanghai. Under Article 577 of the Civil Code, the seller is liable.\n\nCivil Code Article 584 limits the damages.',
    [['Article 577 of the Civil Code', 'resolved', '民法典577'], ['Civil Code Article 584', 'resolved', '民法典584']]],
  ['not a mainland page naming Taiwan after a People\'s Court',
    'The Intermediate People\'s Court applied Article 1165 of the Civil Code. The defendant later moved to Taiwan.',
    [['Article 1165 of the Civil Code', 'resolved', '民法典1165']]],
  ['not the PRC\'s law named on a Taiwan page', 'PRC Civil Code Article 10 differs, the Judicial Yuan noted.',
    [['PRC Civil Code Article 10', 'resolved', '民法典10']]],
  ['ordinals and case numbers on such a page stay unread', 'The Judicial Yuan held its 14th session and 2nd meeting; case No. 12 of 2019 was heard.', []],
]);

// A title in capitals whose bracket gives its number as Macao numbers its laws ("(DRA, or Law 3/2010)", "(Law 3/2010)")
// is that law, unknown to the corpus, whatever its noun — an Act too (numberedLawTitle.ts); its short name, "the same
// Law" and "ibid" after it are it. Not an Act with no such number (another state's: no citation).
table('citation table: a law numbered as Macao numbers its laws, its short name and follow-ups (fix-en20)', [
  ['an Act with a short name and its number, a list whose second member has no "Article"',
    'Under Article 7(2)(3) and 9(1) of the Data Retention Act (DRA, or Law 3/2010), the processing is governed by this Law.',
    [['Article 7(2)(3) and 9(1) of the Data Retention Act', 'unknown-regulation', '']]],
  ['"of the same Law", the short name and "ibid" after it',
    'Under Article 7 of the Data Retention Act (DRA, or Law 3/2010), data may be kept.\nUnder Article 7(1)(4) of the same Law, the controller decides.\nArticle 12 of the DRA lays down the conditions.\nUnder Article 6 ibid, the principles apply.',
    [['Article 7 of the Data Retention Act', 'unknown-regulation', ''], ['Article 7(1)(4) of the same Law', 'unknown-regulation', ''],
      ['Article 12 of the DRA', 'unknown-regulation', ''], ['Article 6', 'unknown-regulation', '']]],
  ['the number alone in the bracket', 'Under Article 9 of the Video Surveillance Act (Law No. 2/2012), cameras are licensed.',
    [['Article 9 of the Video Surveillance Act', 'unknown-regulation', '']]],
  ['not an Act with no number (another state\'s)', 'Under Article 9 of the Video Surveillance Act (VSA), cameras are licensed. Article 3 of the VSA applies.', []],
  ['not a known law with a short name: still resolved', 'Article 41 of the Labor Law (LL) limits overtime; Article 44 of the LL sets the pay.',
    [['Article 41 of the Labor Law', 'resolved', '劳动41'], ['Article 44 of the LL', 'resolved', '劳动44']]],
]);

// A paragraph of quoted statute text referring back to the preceding one and granting or binding anywhere in it is the
// article's next paragraph, however long its opening clause (headings/englishStatuteText.ts statuteTextEnd, englishHeadings.ts
// refersBackAsStatute): "the preceding paragraph" there is the quoted article's first. Not the writer's own paragraph
// after the quote ("As the preceding paragraph shows, we may …"), which stays no citation.
table('citation table: a long second paragraph of a quoted article refers back (fix-en20)', [
  ['a heading glued to its number under a title in 《》, the second paragraph\'s "shall" far into it',
    'Provisions of law: on confidentiality\n\n《Labor contract law》\n\n\nArticle24  The persons bound by non-competition shall be limited to senior managers and others who keep secrets.\n\n\n' +
      'After the ending or termination of a labor contract, the period during which any of the persons as mentioned in the preceding paragraph may not go to work for another employer that makes goods of the same kind or carries on business of the same kind as their former employer, or set up a business of their own making such goods, shall not exceed two years.',
    [['the preceding paragraph', 'resolved', '劳动合同24.1']]],
  ['not the writer\'s paragraph after the quoted article',
    '《Labor contract law》\n\nArticle24  The persons bound by non-competition shall be limited to senior managers.\n\n' +
      'As the preceding paragraph shows, we may advise clients that the circle of persons bound is narrow and that in our long experience with employers of every size in many cities the courts must read it strictly.',
    []],
]);

// Items named by their word are also placed "in" their article ("Subparagraph (1) or (2) in Article 40", the English of
// 第四十条第一项、第二项), the space before "Article" lost in a page's text too ("inArticle 40"): that article's items
// (english.ts parseEnglish). Not bare brackets ("(1) in Article 5" is no list of items).
table('citation table: items placed "in" their article (fix-en20)', [
  ['items with their word "in" the article, after the law is named', 'Under the Labor Contract Law, the worker may renew unless any circumstance specified in Subparagraph (1) or (2) in Article 40 of the Labor Contract Law exists.',
    [['Subparagraph (1) or (2) in Article 40 of the Labor Contract Law', 'resolved', '劳动合同40..1 劳动合同40..2']]],
  ['"inArticle" glued, as a page\'s text loses the space', 'The employer may act under Item 3 inArticle 40 of the Labor Contract Law.',
    [['Item 3 inArticle 40 of the Labor Contract Law', 'resolved', '劳动合同40..3']]],
  ['not bare brackets before "in Article"', 'Option (1) in Article 40 of the Labor Contract Law was chosen.',
    [['Article 40 of the Labor Contract Law', 'resolved', '劳动合同40']]],
]);

// "the revised / amended / new / current X Act" before an article on a page speaking of Taiwan: Taiwan's law, as the
// title without the word is (englishRegions.ts taiwanCodeAt). Not another state's Act so described on a page that never
// speaks of Taiwan (no citation), nor the PRC's law so named.
table('citation table: a Taiwan law named "the revised … Act" (fix-en20)', [
  ['"the revised" and "the amended" Company Act, "the new" Securities and Exchange Act, after Taiwan is named',
    'Taiwan amended its Company Act in 2011.\nArticle 23 of the revised Company Act allows a claw-back. Article 27 of the amended Company Act and Article 5 of the new Securities and Exchange Act apply too.',
    [['Article 23 of the revised Company Act', 'unknown-regulation', ''], ['Article 27 of the amended Company Act', 'unknown-regulation', ''],
      ['Article 5 of the new Securities and Exchange Act', 'unknown-regulation', '']]],
  ['not an English page\'s amended Act', 'Under Article 9 of the amended Companies Act, directors must file. The English court agreed.', []],
  ['not the PRC\'s law named after Taiwan', 'Taiwan\'s rules differ. Article 16 of the revised PRC Company Law binds the company.',
    [['Article 16 of the revised PRC Company Law', 'resolved', '公司16']]],
]);

// Hong Kong's statutes are Ordinances, their provisions sections: a title in capitals ending in Ordinance with its
// chapter after it, "of Hong Kong" after it, or on a page speaking of Hong Kong is Hong Kong's law, unknown-regulation
// (hkOrdinance.ts) — one section or a list ("sections 9 and 10"). Not an Ordinance on a page that never speaks of Hong
// Kong, nor a list of a Chinese law's "sections".
table('citation table: sections of a Hong Kong Ordinance (fix-en20)', [
  ['sections in a list and alone, on a page naming Hong Kong', 'Hong Kong police arrested a man for breaching sections 9 and 10 of the Crimes Ordinance.\nSection 5 of the Crimes Ordinance was also cited.',
    [['sections 9 and 10 of the Crimes Ordinance', 'unknown-regulation', ''], ['Section 5 of the Crimes Ordinance', 'unknown-regulation', '']]],
  ['its chapter after the name', 'Under section 4 of the Theft Ordinance (Cap. 210), theft is punished.',
    [['section 4 of the Theft Ordinance', 'unknown-regulation', '']]],
  ['not an Ordinance on a page never speaking of Hong Kong', 'Under section 7 of the Land Ordinance, the colony granted leases.', []],
  ['not a list of a Chinese law\'s sections', 'Under sections 3 and 4 of the Company Law, the company is formed.', []],
]);

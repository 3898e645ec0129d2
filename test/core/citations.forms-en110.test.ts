// The sweep of round 31 (forms-en110): the GRAMMAR of English references to Chinese law provisions as law firms,
// translators, academics and machine translation vary it — unit words, numbers, paragraph and item notations, inserted
// articles, lists, the order of name and number, printed headings against citations — in several contexts (after "of
// the PRC Company Law", bare after "Under the Civil Code", with an acronym PIPL / DSL / CSL / AML / LCL / CPL, "this
// Law" inside a quoted translation), and the negatives that must stay unread (a contract's or company's articles, a
// memo's sections, another state's law, plans, quarters). Each row: a made-up sentence and its citations as
// bundledShortSummary gives them (个人信息保护13.1.2 is the PIPL's article 13, paragraph 1, item 2; 刑133之1 the
// article inserted after 133; 13..3 an item with no paragraph named).
//
// How often the forms occur in real English pages (eval-dev drafts and test/fixtures/real-like, 207 "Article N"):
// "Articles N" 13, "Article N of the PIPL/DSL/…" 16, "PIPL Art." 4, "Article N(M)" 8, "item N" 10, "the second
// paragraph of Article" 6, "paragraph N of Article" 5, "Article N, paragraph" 4, "Art. N" 4, "article N" 4, ranges 3,
// "Article N.M" 2; none of "§", "Arts", "bis", "133-1", "1,165", "et seq.", "(Article N, Law)" — those come from
// the styles of academics, European-trained translators and footnotes, weighed lower.
//
// Start figures on main 68dce974 (before this branch's rules): 201 rows, 161 right, 40 wrong or missing — "art" / "Art"
// without its stop next to a law's name (7), thousands separators "1,165" (6), "et seq." / "ff." / "inclusive" after
// the numbers (6, one a contract's article read as a citation), the law after a comma in a bracket "(Article 1165,
// Civil Code)" (5), lettered items and further items in brackets "13(1)(b)", "(ii) and (iii)" (4), "point 3" and
// ordinal items "the third item of" (4), a Civil Code article's four digits read as a year before the title "Art.
// 1165 Civil Code" (3), a line opening "Article 13 PIPL …" read as a heading (2), "Paragraph 2 of that Article" / "of
// the same Article" in prose (2), "paras. 1 and 2" (1). End figures: 201 right.
//
// Settled readings this table keeps (convention, not changed): see the unit words below; "Art. 20 Company Law bars …"
// needs one of titleLabelAt's verbs (rows use "prohibits"); "the second item of Article 2" keeps its reading
// (fix-en34a: the article alone), so an ordinal item is read only with its paragraph.
import { bundledShortTable as table, type ShortRow } from './citations/helpers';

type Cit = [string, string, string];
/** A row: its doc, then each citation as "text | status | targets". */
const row = (doc: string, ...cits: string[]): ShortRow => [doc.replace(/\n/g, '⏎').slice(0, 110), doc,
  cits.map((c) => c.split(' | ') as Cit)];

// Unit words in four contexts: a full title after "of", a title before in the sentence, an acronym, bare after context.
// Settled readings kept: "Civil Code, Art. 1165" is read with the title before it and its comma (legal citation style,
// the citation's words from the title); "Art 21" / "art 21" without the stop and with no law named next to it stay
// unread (englishAcronymStyle.ts: "a gallery's Art 21"); "ARTICLE" is read only in a line in capitals (scanner: a
// contract's ARTICLE headings in mixed text).
const UNITS = ['Article', 'Art.', 'Art', 'art.', 'art', 'article', 'ARTICLE'];
const unitRows: ShortRow[] = [];
for (const u of UNITS) {
  const one = u;
  const caps = u === 'ARTICLE';
  const abbreviated = /^art\.?$/i.test(u);
  const noStop = abbreviated && !u.endsWith('.');
  unitRows.push(row(`Under ${one} 13 of the PRC Company Law, a company may set up branches.`, ...(caps ? [] : [`${one} 13 of the PRC Company Law | resolved | 公司13`])));
  unitRows.push(row(`Under the Civil Code, ${one} 1165 requires fault for tort liability.`, ...(caps ? [] : [`${abbreviated ? 'Civil Code, ' : ''}${one} 1165 | resolved | 民法典1165`])));
  unitRows.push(row(`Processing requires consent under ${one} 14 of the PIPL.`, ...(caps ? [] : [`${one} 14 of the PIPL | resolved | 个人信息保护14`])));
  unitRows.push(row(`The Data Security Law sets up a classification system. ${one} 21 requires it for all data handlers.`, ...(caps || noStop ? [] : [`${one} 21 | resolved | 数据安全21`])));
}
table('forms-en110: unit words in four contexts', unitRows);

table('forms-en110: numbers', [
  row('Articles 1,165–1,167 of the Civil Code set out fault rules.', 'Articles 1,165–1,167 of the Civil Code | resolved | 民法典1165 民法典1166 民法典1167'),
  row('Under Article 1,179 of the Civil Code, medical costs are recoverable.', 'Article 1,179 of the Civil Code | resolved | 民法典1179'),
  row('A fine of 1,000 yuan applies under Article 5 of the Advertising Law.', 'Article 5 of the Advertising Law | resolved | 广告5'),
  row('Article 1,165 of the Civil Code requires fault.', 'Article 1,165 of the Civil Code | resolved | 民法典1165'),
  row('Articles 1,165 and 1,166 of the Civil Code govern tort liability.', 'Articles 1,165 and 1,166 of the Civil Code | resolved | 民法典1165 民法典1166'),
  row('Under the Civil Code, Article 1,198 imposes a security duty on hotel operators.', 'Article 1,198 | resolved | 民法典1198'),
  row('Art. 1,260 of the Civil Code repeals the earlier laws.', 'Art. 1,260 of the Civil Code | resolved | 民法典1260'),
  row('Article Five of the Company Law states the duties of a company.', 'Article Five of the Company Law | resolved | 公司5'),
  row('Article 1165 of the Civil Code requires fault.', 'Article 1165 of the Civil Code | resolved | 民法典1165'),
  row('Article 1165 of the Civil Code and Article 20 of the Company Law both apply.', 'Article 1165 of the Civil Code | resolved | 民法典1165', 'Article 20 of the Company Law | resolved | 公司20'),
  row('ARTICLE 1165 OF THE CIVIL CODE requires fault.', 'ARTICLE 1165 OF THE CIVIL CODE | resolved | 民法典1165'),
  row('In 2023, 1,165 companies filed under the Company Law.'),
  row('The fine was RMB 1,000,000 under the Advertising Law.'),
]);

table('forms-en110: paragraph and item notations', [
  row('Article 13(1)(a) and (b) of the PIPL list consent and contracts.', 'Article 13(1)(a) and (b) of the PIPL | resolved | 个人信息保护13.1.1 个人信息保护13.1.2'),
  row('Under points 2 and 3 of Article 13 of the PIPL, processing is allowed.', 'points 2 and 3 of Article 13 of the PIPL | resolved | 个人信息保护13..2 个人信息保护13..3'),
  row('The second item of paragraph 1 of Article 13 of the PIPL covers contracts.', 'The second item of paragraph 1 of Article 13 of the PIPL | resolved | 个人信息保护13.1.2'),
  row('Article 13(1) of the PIPL lists the legal bases.', 'Article 13(1) of the PIPL | resolved | 个人信息保护13.1'),
  row('Article 13.1 of the PIPL lists the legal bases.', 'Article 13.1 of the PIPL | resolved | 个人信息保护13.1'),
  row('Article 13 (1) of the PIPL lists the legal bases.', 'Article 13 (1) of the PIPL | resolved | 个人信息保护13.1'),
  row('Article 13(1)(ii) of the PIPL permits processing for a contract.', 'Article 13(1)(ii) of the PIPL | resolved | 个人信息保护13.1.2'),
  row('Article 13(1)(2) of the PIPL permits processing for a contract.', 'Article 13(1)(2) of the PIPL | resolved | 个人信息保护13.1.2'),
  row('Article 13.1(2) of the PIPL permits processing for a contract.', 'Article 13.1(2) of the PIPL | resolved | 个人信息保护13.1.2'),
  row('Article 13.1.3 of the PIPL permits processing for statutory duties.', 'Article 13.1.3 of the PIPL | resolved | 个人信息保护13.1.3'),
  row('Article 13(1)(b) of the PIPL permits processing for a contract.', 'Article 13(1)(b) of the PIPL | resolved | 个人信息保护13.1.2'),
  row('Article 13(1)(c) of the PIPL covers statutory duties.', 'Article 13(1)(c) of the PIPL | resolved | 个人信息保护13.1.3'),
  row('Paragraph 2 of Article 13 of the PIPL requires consent otherwise.', 'Paragraph 2 of Article 13 of the PIPL | resolved | 个人信息保护13.2'),
  row('Article 13, paragraph 2 of the PIPL requires consent otherwise.', 'Article 13, paragraph 2 of the PIPL | resolved | 个人信息保护13.2'),
  row('Article 13 para. 2 of the PIPL requires consent otherwise.', 'Article 13 para. 2 of the PIPL | resolved | 个人信息保护13.2'),
  row('Art. 13 Para 2 PIPL requires consent otherwise.', 'Art. 13 Para 2 PIPL | resolved | 个人信息保护13.2'),
  row('Art. 24 Para. 3 of the PIPL gives a right to refuse.', 'Art. 24 Para. 3 of the PIPL | resolved | 个人信息保护24.3'),
  row('Article 24 para. 1 of the PIPL restricts automated decisions.', 'Article 24 para. 1 of the PIPL | resolved | 个人信息保护24.1'),
  row('The second paragraph of Article 13 of the PIPL requires consent otherwise.', 'The second paragraph of Article 13 of the PIPL | resolved | 个人信息保护13.2'),
  row('Item 2, Paragraph 1, Article 13 of the PIPL allows processing for contracts.', 'Item 2, Paragraph 1, Article 13 of the PIPL | resolved | 个人信息保护13.1.2'),
  row('Item (iii) of paragraph 1 of Article 13 of the PIPL allows processing.', 'Item (iii) of paragraph 1 of Article 13 of the PIPL | resolved | 个人信息保护13.1.3'),
  row('Article 13, para. 1, item 3 of the PIPL allows processing.', 'Article 13, para. 1, item 3 of the PIPL | resolved | 个人信息保护13.1.3'),
  row('Article 13, paragraph 1, subparagraph 3 of the PIPL allows processing.', 'Article 13, paragraph 1, subparagraph 3 of the PIPL | resolved | 个人信息保护13.1.3'),
  row('Article 13(1), item (3) of the PIPL allows processing.', 'Article 13(1), item (3) of the PIPL | resolved | 个人信息保护13.1.3'),
  row('Article 13 paragraph 1 item 2 of the PIPL permits processing.', 'Article 13 paragraph 1 item 2 of the PIPL | resolved | 个人信息保护13.1.2'),
  row('Under subparagraph (3) of Article 13 of the PIPL, processing is allowed.', 'subparagraph (3) of Article 13 of the PIPL | resolved | 个人信息保护13..3'),
  row('Under clause (2) of Article 13 of the PIPL, processing is allowed.', 'clause (2) of Article 13 of the PIPL | resolved | 个人信息保护13.2'),
  row('Under point 3 of Article 13 of the PIPL, processing is allowed.', 'point 3 of Article 13 of the PIPL | resolved | 个人信息保护13..3'),
  row('The third item of the first paragraph of Article 13 of the PIPL allows processing.', 'The third item of the first paragraph of Article 13 of the PIPL | resolved | 个人信息保护13.1.3'),
  row('Item (ii) of Article 13 of the PIPL permits processing.', 'Item (ii) of Article 13 of the PIPL | resolved | 个人信息保护13..2'),
  row('Items (2) and (3) of Article 13 of the PIPL permit processing.', 'Items (2) and (3) of Article 13 of the PIPL | resolved | 个人信息保护13..2 个人信息保护13..3'),
  row('Article 13(1)(ii) and (iii) of the PIPL permit processing.', 'Article 13(1)(ii) and (iii) of the PIPL | resolved | 个人信息保护13.1.2 个人信息保护13.1.3'),
  row('Paragraphs 1 and 2 of Article 13 of the PIPL apply.', 'Paragraphs 1 and 2 of Article 13 of the PIPL | resolved | 个人信息保护13.1 个人信息保护13.2'),
  row('Article 13 paras. 1 and 2 of the PIPL apply.', 'Article 13 paras. 1 and 2 of the PIPL | resolved | 个人信息保护13.1 个人信息保护13.2'),
  row('The first and second paragraphs of Article 13 of the PIPL apply.', 'The first and second paragraphs of Article 13 of the PIPL | resolved | 个人信息保护13.1 个人信息保护13.2'),
  row('Under the Civil Code, Article 1165, paragraph 2 presumes fault.', 'Article 1165, paragraph 2 | resolved | 民法典1165.2'),
  row('Under the Civil Code, art. 1165(2) presumes fault.', 'Civil Code, art. 1165(2) | resolved | 民法典1165.2'),
  row('Art. 24 (3) PIPL gives a right to refuse.', 'Art. 24 (3) PIPL | resolved | 个人信息保护24.3'),
  row('PIPL art. 24(3) gives a right to refuse.', 'PIPL art. 24(3) | resolved | 个人信息保护24.3'),
  row('Article 39(2) of the Labor Contract Law allows dismissal for serious breach.', 'Article 39(2) of the Labor Contract Law | resolved | 劳动合同39..2'),
  row('Article 39, item (2) of the Labor Contract Law allows dismissal.', 'Article 39, item (2) of the Labor Contract Law | resolved | 劳动合同39..2'),
  row('Article 1165 of the Civil Code requires fault. Paragraph 2 of that Article presumes fault.', 'Article 1165 of the Civil Code | resolved | 民法典1165', 'Paragraph 2 of that Article | resolved | 民法典1165.2'),
  row('Article 1165 of the Civil Code requires fault. Paragraph 2 of the same Article presumes fault.', 'Article 1165 of the Civil Code | resolved | 民法典1165', 'Paragraph 2 of the same Article | resolved | 民法典1165.2'),
  row('Article 1165 of the Civil Code requires fault. Paragraph 2 of this Article presumes fault.', 'Article 1165 of the Civil Code | resolved | 民法典1165', 'Paragraph 2 of this Article | resolved | 民法典1165.2'),
]);

table('forms-en110: inserted articles', [
  row('Article 133-1 of the Criminal Law punishes dangerous driving.', 'Article 133-1 of the Criminal Law | resolved | 刑133之1'),
  row('Article 133A of the Criminal Law punishes dangerous driving.', 'Article 133A of the Criminal Law | resolved | 刑133之1'),
  row('Article 133a of the Criminal Law punishes dangerous driving.', 'Article 133a of the Criminal Law | resolved | 刑133之1'),
  row('Article 120 bis of the Criminal Law punishes funding terrorism.', 'Article 120 bis of the Criminal Law | resolved | 刑120之1'),
  row('Articles 133-1 and 133-2 of the Criminal Law cover driving offences.', 'Articles 133-1 and 133-2 of the Criminal Law | resolved | 刑133之1 刑133之2'),
  row('Article 287-1 of the Criminal Law covers illegal use of networks.', 'Article 287-1 of the Criminal Law | resolved | 刑287之1'),
  row('Under the Criminal Law, Article 287-2 punishes helping network crimes.', 'Article 287-2 | resolved | 刑287之2'),
  row('Article 285-1 of the Criminal Law is cited in error.', 'Article 285-1 of the Criminal Law | unknown-article | 刑285之1'),
]);

table('forms-en110: lists and ranges', [
  row('Articles 577 ff. of the Civil Code govern breach.', 'Articles 577 ff. of the Civil Code | resolved | 民法典577'),
  row('Articles 10, 12 and 15 of the Civil Code set out the sources of law.', 'Articles 10, 12 and 15 of the Civil Code | resolved | 民法典10 民法典12 民法典15'),
  row('Articles 10 & 12 of the Civil Code set out the sources of law.', 'Articles 10 & 12 of the Civil Code | resolved | 民法典10 民法典12'),
  row('Arts 10-12 of the Civil Code set out the sources of law.', 'Arts 10-12 of the Civil Code | resolved | 民法典10 民法典11 民法典12'),
  row('Arts. 13 and 14 of the Company Law govern branches.', 'Arts. 13 and 14 of the Company Law | resolved | 公司13 公司14'),
  row('Articles 10 through 12 of the Civil Code set out the sources of law.', 'Articles 10 through 12 of the Civil Code | resolved | 民法典10 民法典11 民法典12'),
  row('Articles 10 to 12 of the Civil Code set out the sources of law.', 'Articles 10 to 12 of the Civil Code | resolved | 民法典10 民法典11 民法典12'),
  row('Articles 10, 11, and 12 of the Civil Code set out the sources of law.', 'Articles 10, 11, and 12 of the Civil Code | resolved | 民法典10 民法典11 民法典12'),
  row('Articles 10–12 of the Civil Code apply.', 'Articles 10–12 of the Civil Code | resolved | 民法典10 民法典11 民法典12'),
  row('Articles 10 - 12 of the Civil Code apply.', 'Articles 10 - 12 of the Civil Code | resolved | 民法典10 民法典11 民法典12'),
  row('Articles 10, 12, 15 of the Civil Code apply.', 'Articles 10, 12, 15 of the Civil Code | resolved | 民法典10 民法典12 民法典15'),
  row('Article 10 and 11 of the Civil Code apply.', 'Article 10 and 11 of the Civil Code | resolved | 民法典10 民法典11'),
  row('Art. 10 and 12 of the Civil Code apply.', 'Art. 10 and 12 of the Civil Code | resolved | 民法典10 民法典12'),
  row('Articles 1165 and 1166 of the Civil Code govern tort liability.', 'Articles 1165 and 1166 of the Civil Code | resolved | 民法典1165 民法典1166'),
  row('ARTICLES 1165 AND 1166 OF THE CIVIL CODE govern tort.', 'ARTICLES 1165 AND 1166 OF THE CIVIL CODE | resolved | 民法典1165 民法典1166'),
  row('Article 133-1 and Article 133-2 of the Criminal Law cover driving offences.', 'Article 133-1 | resolved | 刑133之1', 'Article 133-2 of the Criminal Law | resolved | 刑133之2'),
  row('Pursuant to Articles 38 and 39 of the PIPL, transfers need a basis.', 'Articles 38 and 39 of the PIPL | resolved | 个人信息保护38 个人信息保护39'),
  row('Pursuant to Articles 38 and 39 PIPL, transfers need a basis.', 'Articles 38 and 39 PIPL | resolved | 个人信息保护38 个人信息保护39'),
  row('PIPL Arts. 13-14 require consent.', 'PIPL Arts. 13-14 | resolved | 个人信息保护13 个人信息保护14'),
  row('PIPL Articles 13 and 14 require consent.', 'PIPL Articles 13 and 14 | resolved | 个人信息保护13 个人信息保护14'),
  row('Under the CSL, Article 37 requires local storage; see also Art. 21 and Arts. 22-24.', 'Article 37 | resolved | 网络安全37', 'Art. 21 | resolved | 网络安全21', 'Arts. 22-24 | resolved | 网络安全22 网络安全23 网络安全24'),
  row('Pursuant to Article 38 et seq. of the PIPL, transfers need a basis.', 'Article 38 et seq. of the PIPL | resolved | 个人信息保护38'),
  row('Article 10 et seq. of the Civil Code set out the sources of law.', 'Article 10 et seq. of the Civil Code | resolved | 民法典10'),
  row('Articles 10 ff. of the Civil Code set out the sources of law.', 'Articles 10 ff. of the Civil Code | resolved | 民法典10'),
  row('Articles 10 to 12 inclusive of the Civil Code set out the sources of law.', 'Articles 10 to 12 inclusive of the Civil Code | resolved | 民法典10 民法典11 民法典12'),
]);

table('forms-en110: the order of name and number', [
  row('Article 2 Company Law applies to limited companies.', 'Article 2 Company Law | resolved | 公司2'),
  row('Fault is required (Art. 1165 PRC Civil Code).', 'Art. 1165 PRC Civil Code | resolved | 民法典1165'),
  row('Employers owe double wages (Article 82, LCL).', 'Article 82, LCL | resolved | 劳动合同82'),
  row('PIPL Article 13 requires consent or another basis.', 'PIPL Article 13 | resolved | 个人信息保护13'),
  row('Under Article 13 PIPL, consent is needed.', 'Article 13 PIPL | resolved | 个人信息保护13'),
  row('Article 13 PIPL requires consent or another basis.', 'Article 13 PIPL | resolved | 个人信息保护13'),
  row('Art. 13 PIPL requires consent or another basis.', 'Art. 13 PIPL | resolved | 个人信息保护13'),
  row('Article 13 of PIPL requires consent or another basis.', 'Article 13 of PIPL | resolved | 个人信息保护13'),
  row('Consent is needed (Art. 13 PIPL).', 'Art. 13 PIPL | resolved | 个人信息保护13'),
  row('Consent is needed (art. 13 PIPL).', 'art. 13 PIPL | resolved | 个人信息保护13'),
  row('Consent is needed (PIPL, Art. 13).', 'PIPL, Art. 13 | resolved | 个人信息保护13'),
  row('Consent is needed (Article 13, PIPL).', 'Article 13, PIPL | resolved | 个人信息保护13'),
  row('Fault is required (Article 1165, Civil Code).', 'Article 1165, Civil Code | resolved | 民法典1165'),
  row('Fault is required (Art. 1165, Civil Code).', 'Art. 1165, Civil Code | resolved | 民法典1165'),
  row('The duty is strict (Article 20, Company Law).', 'Article 20, Company Law | resolved | 公司20'),
  row('Fault is required (Civil Code Article 1165).', 'Civil Code Article 1165 | resolved | 民法典1165'),
  row('Fault is required (Art. 1165 of the Civil Code).', 'Art. 1165 of the Civil Code | resolved | 民法典1165'),
  row('Fault is required [Civil Code, art. 1165].', 'Civil Code, art. 1165 | resolved | 民法典1165'),
  row('The rule is strict (Civil Code, Art. 1165).', 'Civil Code, Art. 1165 | resolved | 民法典1165'),
  row('The rule is fault-based under the Civil Code (Art. 1165).', 'Art. 1165 | resolved | 民法典1165'),
  row('Company Law, Art. 5 states the duties.', 'Company Law, Art. 5 | resolved | 公司5'),
  row('The Company Law Article 5 states the duties.', 'Company Law Article 5 | resolved | 公司5'),
  row('The PRC Company Law (Art. 5) states the duties.', 'Art. 5 | resolved | 公司5'),
  row('The PRC Company Law (Article 5) states the duties.', 'Article 5 | resolved | 公司5'),
  row('The Company Law (2023), Art. 5 states the duties.', 'Art. 5 | resolved | 公司5'),
  row('Civil Code art. 1165; Company Law art. 20.', 'Civil Code art. 1165 | resolved | 民法典1165', 'Company Law art. 20 | resolved | 公司20'),
  row('See Civil Code art 1165.', 'Civil Code art 1165 | resolved | 民法典1165'),
  row('12 Civil Code art 1165; Company Law art 20.', 'Civil Code art 1165 | resolved | 民法典1165', 'Company Law art 20 | resolved | 公司20'),
  row('Per Art. 1165 Civil Code, fault is required.', 'Art. 1165 Civil Code | resolved | 民法典1165'),
  row('Fault is required by Article 1165 Civil Code.', 'Article 1165 Civil Code | resolved | 民法典1165'),
  row('Art. 20 Company Law prohibits abuse of shareholder rights.', 'Art. 20 Company Law | resolved | 公司20'),
  row('Footnote 4: Company Law, art 20.', 'Company Law, art 20 | resolved | 公司20'),
  row('She studied art 21 of the course in Paris; the Louvre art 12 exhibit opened.'),
  row('Under the PRC Civil Code Article 577, a party in breach is liable.', 'PRC Civil Code Article 577 | resolved | 民法典577'),
  row('Article 1165 of the Civil Code requires fault, as does Article 1166 thereof.', 'Article 1165 of the Civil Code | resolved | 民法典1165', 'Article 1166 | resolved | 民法典1166'),
  row('Article 1165 of the Civil Code requires fault. Article 1166 of the same Code imposes no-fault liability.', 'Article 1165 of the Civil Code | resolved | 民法典1165', 'Article 1166 of the same Code | resolved | 民法典1166'),
]);

table('forms-en110: acronyms in context', [
  row('The Data Security Law (DSL) took effect in 2021. DSL Art. 21 sets up data classification, and Article 27 DSL requires a security system.', 'DSL Art. 21 | resolved | 数据安全21', 'Article 27 DSL | resolved | 数据安全27'),
  row('The AML prohibits monopoly agreements. Article 17 AML lists the agreements; AML Art. 18 covers vertical ones.', 'Article 17 AML | resolved | 反垄断17', 'AML Art. 18 | resolved | 反垄断18'),
  row('Employers must sign written contracts (LCL Art. 10). Article 82 LCL doubles the wages.', 'LCL Art. 10 | resolved | 劳动合同10', 'Article 82 LCL | resolved | 劳动合同82'),
  row('The Civil Procedure Law (CPL) applies. Art. 24 of the CPL and CPL Article 35 govern jurisdiction.', 'Art. 24 of the CPL | resolved | 民事诉讼24', 'CPL Article 35 | resolved | 民事诉讼35'),
  row('Under the CSL, Article 37 requires local storage.', 'Article 37 | resolved | 网络安全37'),
  row('PIPL, Article 24 gives a right to refuse.', 'Article 24 | resolved | 个人信息保护24'),
  row('The PIPL states in Article 13 that consent is one basis. Article 14 then requires informed consent, and Article 15 allows withdrawal.', 'Article 13 | resolved | 个人信息保护13', 'Article 14 | resolved | 个人信息保护14', 'Article 15 | resolved | 个人信息保护15'),
  row('The Company Law was revised in 2023. Article 47 now requires capital to be paid within five years.', 'Article 47 | resolved | 公司47'),
  row('Under the Civil Code, Article 1165 requires fault, and Article 1166 provides for no-fault liability.', 'Article 1165 | resolved | 民法典1165', 'Article 1166 | resolved | 民法典1166'),
  row('Article 47 of the Company Law (2023 Revision) requires payment in five years.', 'Article 47 of the Company Law | resolved | 公司47'),
  row('DSL Article 21 and CSL Article 21 both speak of classification.', 'DSL Article 21 | resolved | 数据安全21', 'CSL Article 21 | resolved | 网络安全21'),
  row('Article 38 PIPL and Article 36 DSL govern transfers abroad.', 'Article 38 PIPL | resolved | 个人信息保护38', 'Article 36 DSL | resolved | 数据安全36'),
]);

table('forms-en110: printed headings against citations, this Law in a quotation', [
  row('Article 5 [Purpose] This Law is formulated to protect personal information.'),
  row('Personal Information Protection Law\n\nChapter I General Provisions\n\nArticle 1 This Law is formulated in order to protect the rights and interests on personal information.\n\nArticle 2 The personal information of natural persons shall be protected by law.'),
  row('Personal Information Protection Law\n\nArticle 1 [Purpose] This Law is formulated to protect personal information.\nArticle 2 [Protection] The personal information of natural persons shall be protected by law, and may be processed under Article 13 of this Law.', 'Article 13 of this Law | resolved | 个人信息保护13'),
  row('Data Security Law of the People\'s Republic of China\nArticle 1\nThis Law is formulated for the purposes of regulating data processing.\nArticle 2\nThis Law applies to data processing in China; see Article 21 of this Law.', 'Article 21 of this Law | resolved | 数据安全21'),
  row('The PIPL reads: "Article 4 Personal information is any information related to identified persons. Article 5 Personal information shall be processed in accordance with Article 4 of this Law."', 'Article 4 of this Law | resolved | 个人信息保护4'),
  row('The Civil Code provides, in Article 1165: "An actor who is at fault for infringing upon another\'s civil-law rights shall bear tort liability."', 'Article 1165 | resolved | 民法典1165'),
  row('The Company Law says: "Article 47 The registered capital of a limited liability company shall be paid within five years. Paragraph 2 of this Article applies."', 'Paragraph 2 of this Article | resolved | 公司47.2'),
  row('Article 1165 of the Civil Code requires fault. That Article also presumes fault in some cases.', 'Article 1165 of the Civil Code | resolved | 民法典1165', 'That Article | resolved | 民法典1165'),
]);

table('forms-en110: negatives', [
  row('The third item on the agenda is the budget.'),
  row('Article 1 et seq. of the contract govern delivery.'),
  row('The Civil Code of 1804 (Art. 1382) was the model.'),
  row('Article III of the contract sets out payment terms.'),
  row('The 14th Five-Year Plan stresses innovation.'),
  row('Section 2 of this memo explains the risks.'),
  row('Article 5 of the Articles of Association sets the registered capital.'),
  row('Article 5 of the company\'s Articles of Association sets the registered capital.'),
  row('Rule 144A offerings are common among issuers.'),
  row('Article 6 of the ECHR protects a fair trial.'),
  row('Article 17 of the GDPR gives a right to erasure.'),
  row('Revenue rose in Q1 2025.'),
  row('Clause 3 of the Agreement sets the price.'),
  row('Article 2 of the Share Purchase Agreement defines the shares.'),
  row('Article 2.1 of the Joint Venture Contract sets the term.'),
  row('Chapter 11 protection was sought in Delaware.'),
  row('Section 301 of the Trade Act of 1974 allows tariffs.'),
  row('Article 1 of the US Constitution vests legislative power in Congress.'),
  row('See item 3 of the agenda.'),
  row('Paragraph 2 of this memo summarises the risk.'),
  row('Point 3 of the term sheet covers vesting.'),
  row('Article 10 of the Bylaws sets quorum.'),
  row('Exhibit 13(1) shows the totals.'),
  row('The meeting adopted Resolution 13.'),
  row('Part III of this report reviews the cases.'),
  row('Section 5 below discusses remedies.'),
  row('Article 36 of the EU Charter protects the environment.'),
]);

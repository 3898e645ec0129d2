// English pages, eleventh round of issue 14: English titles read through marks that are no part of them — a footnote
// marker glued to a word of the title, the country's initials in brackets inside a machine-translated title
// (englishTitleMarks.ts) — English names of laws in use that the title table lacked (english-titles.json: "Bill Law",
// "Entry and Exit Administration Law", "Consumer Law", "Foreign State Immunities Law", the Dual-Use Items Export
// Control Regulations, the SPC's Provisions on bill disputes; aliases.json: 《消法》), "these Provisions" in a text whose kind is not that of the law it cites (englishSelfNoun.ts), quoted
// statute text keeping its own context (a legal-basis label run on after a sentence, englishHeadings.ts; paragraphs
// numbered under "Article N provides as follows:", numberedParagraphs.ts), "the judicial interpretation" for the
// interpretation named before (english.ts), "the National Security Law" of a page about Hong Kong (englishRegions.ts)
// an article of the courts' conference minutes in quotes (english.ts) and the Criminal Law's amendments by number
// (englishAmendment.ts). Made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // a footnote marker glued to the title
  ['a footnote marker glued after a law\'s name, and to a word inside a quoted title', 'Article 38 of the PRC Lawyer\'s Law(2) ("Lawyer\'s Law") bars a lawyer from acting for both sides. The contract is void under Article 16 of “Civil7 Code of the People\'s Republic of China”, and Article 11 of the Maritime2 Code applies.', [
    ['Article 38 of the PRC Lawyer\'s Law', 'resolved', '律师38'], ['Article 16 of “Civil7 Code of the People\'s Republic of China”', 'resolved', '民法典16'],
    ['Article 11 of the Maritime2 Code', 'resolved', '海商11'],
  ]],
  ['not a name that is no law without its digits, nor a series number after an interpretation\'s law', 'Article 3 of “Trade3 Secrets Code” is cited abroad. Article 5 of the G20 Code is a sports rule.', [
    ['Article 3 of “Trade3 Secrets Code”', 'unknown-regulation', ''], ['Article 5 of the G20 Code', 'unknown-regulation', ''],
  ]],
  // the country's initials inside a machine-translated title
  ['"(PRC)" after the country\'s name inside a title, "the" left out before it', 'Legal basis: Article 21 of the Law of People\'s Republic of China (PRC) on Road Traffic Safety, a driver shall check the vehicle before driving.', [
    ['Article 21 of the Law of People\'s Republic of China (PRC) on Road Traffic Safety', 'resolved', '道路交通安全21'],
  ]],
  ['not a law the corpus lacks, and "(PRC)" after a law\'s whole title stays out of it', 'Article 4 of the Law of People\'s Republic of China (PRC) on Moon Travel is a joke. Article 20 of the Criminal Law of People\'s Republic of China (PRC) (revised in 1997) is on self-defence.', [
    ['Article 4 of the Law of People\'s Republic of China (PRC) on Moon Travel', 'unknown-regulation', ''], ['Article 20 of the Criminal Law of People\'s Republic of China', 'resolved', '刑20'],
  ]],
  // English names in use that the table lacked
  ['"Bill Law" for the Negotiable Instruments Law, "Entry and Exit" in either order with "law" in lower case', 'Articles 4 and 13 of the Bill Law govern defences. Article 12 of the Entry and Exit Administration law lists who may not leave.', [
    ['Articles 4 and 13 of the Bill Law', 'resolved', '票据4 票据13'], ['Article 12 of the Entry and Exit Administration law', 'resolved', '出境入境管理12'],
  ]],
  ['"Consumer Law", "Consumer Rights Protection Law" and 《消法》 for the consumer protection law; the plural "Immunities"', 'Article 24 of Consumer Law allows returns. Article 49 of the Consumer Rights Protection Law adds damages. 《消法》第二十五条 sets seven days. The Foreign State Immunities Law has 23 articles (Articles 4-6 on jurisdiction).', [
    ['Article 24 of Consumer Law', 'resolved', '消费者权益保护24'], ['Article 49 of the Consumer Rights Protection Law', 'resolved', '消费者权益保护49'],
    ['《消法》第二十五条', 'resolved', '消费者权益保护25'], ['Articles 4-6', 'resolved', '外国国家豁免4 外国国家豁免5 外国国家豁免6'],
  ]],
  ['not another state\'s consumer law named with its place', 'Article 18 of the Australian Consumer Law bans misleading conduct.', []],
  ['not a bill of a legislature, nor the bill of lading', 'Article 3 of the Bill is debated in parliament. Article 6 of the bill of lading sets the port.', []],
  ['the Dual-Use Items Export Control Regulation by a short name the page defines', 'The Regulation of the People\'s Republic of China on Export Control of Dual-Use Items (the "Regulation") took effect in December. Article 12 of the Regulation lists the licences.', [
    ['Article 12 of the Regulation', 'resolved', '两用物项出口管制条例12'],
  ]],
  // "these Provisions" in the provisions' own text
  ['"these Provisions" in provisions printed with run-on headings that cite a law: the provisions\' own article', 'Article 1 These Provisions are formulated in accordance with Article 8 of the Maritime Code. Article 2 These Provisions apply to small ships, except as provided in Article 4 of these Provisions.', [
    ['Article 8 of the Maritime Code', 'resolved', '海商8'], ['Article 4 of these Provisions', 'self', '本4'],
  ]],
  ['"this Law" in the text under a law\'s article heading stays that law', 'Article 50 of the Labor Law: wages shall be paid monthly, except as provided in Article 3 of this Law.', [
    ['Article 50 of the Labor Law', 'resolved', '劳动50'], ['Article 3 of this Law', 'resolved', '劳动3'],
  ]],
  // quoted statute text keeps its own context
  ['"this Law" in the article\'s words after a legal-basis label run on after the writer\'s sentence', 'The court may detain him. Legal basis: Article 82 of the Criminal Procedure Law stipulates that a public security organ may detain a suspect; the provisions of Article 33 of this Law shall apply to him.', [
    ['Article 82 of the Criminal Procedure Law', 'resolved', '刑事诉讼82'], ['Article 33 of this Law', 'resolved', '刑事诉讼33'],
  ]],
  ['not a label with no "Legal", nor the next line after a basis', 'Our view differs. Legal basis: Article 82 of the Criminal Procedure Law.\nArticle 33 of this Law is our own rule. The court agreed. Basis: Article 82 of the Criminal Procedure Law applies; Article 34 of this Law too.', [
    ['Article 82 of the Criminal Procedure Law', 'resolved', '刑事诉讼82'], ['Article 33 of this Law', 'self', '本33'],
    ['Article 82 of the Criminal Procedure Law', 'resolved', '刑事诉讼82'], ['Article 34 of this Law', 'self', '本34'],
  ]],
  ['paragraphs numbered "1.", "2." under "Article N provides as follows:": "the preceding paragraph" is the one before', 'The Criminal Law has a rule on theft. Article 264 provides as follows:\n1. Whoever steals public or private property shall be sentenced.\n2. Whoever commits the act in the preceding paragraph again shall be punished more heavily.', [
    ['Article 264', 'resolved', '刑264'], ['the preceding paragraph', 'resolved', '刑264.1'],
  ]],
  ['not a writer\'s numbered points, nor numbers out of sequence', 'Our advice on the Criminal Law, Article 264:\n1. Read the article first.\n2. The preceding paragraph explains why.\nArticle 264 provides as follows:\n2. Whoever steals shall be sentenced.\n3. Whoever repeats the preceding paragraph shall be punished.', [
    ['Article 264', 'resolved', '刑264'], ['Article 264', 'resolved', '刑264'],
  ]],
  ['"these Provisions" in articles printed under the provisions\' title, after a law cited in their text', 'Provisions of the Supreme People\'s Court on Several Issues Concerning the Trial of Bill Dispute Cases\nArticle 1 Disputes over bills shall be accepted by the courts.\nArticle 2 Under Article 12 of the Negotiable Instruments Law, except as provided in Article 1 of these Provisions, a holder may sue.', [
    ['Article 12 of the Negotiable Instruments Law', 'resolved', '票据12'], ['Article 1 of these Provisions', 'resolved', '最高人民法院关于审理票据纠纷案件若干问题的规定1'],
  ]],
  ['the article just cited printed below under its heading: "the preceding paragraph" is its paragraph', 'The court applied Article 264 of the Criminal Law.\n- Article 264 Whoever steals public property shall be sentenced.\n- Whoever repeats the act in the preceding paragraph shall be punished more.', [
    ['Article 264 of the Criminal Law', 'resolved', '刑264'], ['the preceding paragraph', 'resolved', '刑264.1'],
  ]],
  ['not under the heading of another article than the one cited', 'The court applied Article 263 of the Criminal Law.\n- Article 264 Whoever steals public property shall be sentenced.\n- Whoever repeats the act in the preceding paragraph shall be punished more.', [
    ['Article 263 of the Criminal Law', 'resolved', '刑263'],
  ]],
  // a document named by its kind after its title
  ['"the judicial interpretation" after the interpretation\'s title in quotes', 'The court relied on a judicial interpretation, namely "Provisions of the Supreme People\'s Court on Several Issues Concerning the Trial of Bill Disputes". Article 7 of the judicial interpretation bars such claims.', [
    ['Article 7 of the judicial interpretation', 'resolved', '最高人民法院关于审理票据纠纷案件若干问题的规定7'],
  ]],
  ['not with no interpretation named (not the law in context), nor a capitalised title so worded', 'The Negotiable Instruments Law is old. Article 7 of the judicial interpretation is unclear to us. Article 24 of The Judicial Interpretation (II) of Marriage Law differs.', [
    ['Article 24 of The Judicial Interpretation (II) of Marriage Law', 'resolved', '最高人民法院关于适用《婚姻法》若干问题的解释（二）24'],
  ]],
  // "the National Security Law" on a page about Hong Kong (englishRegions.ts hkSecurityPage)
  ['a Hong Kong report naming the law plainly first and qualifying it only later', 'Police arrested a publisher under Article 22 of the National Security Law on Monday.\nHe was later charged under Hong Kong\'s national security law.', [
    ['Article 22 of the National Security Law', 'resolved', '香港特别行政区维护国家安全22'],
  ]],
  ['a Hong Kong report that never qualifies it, Hong Kong named twice', 'The National Security Law took effect at night. Article 40 worries lawyers in Hong Kong, where the HKSAR courts will hear the cases.', [
    ['Article 40', 'resolved', '香港特别行政区维护国家安全40'],
  ]],
  ['not a page that names the PRC\'s law by its own name', 'Article 11 of the National Security Law of the PRC binds all citizens, including those of Hong Kong and the HKSAR. Article 11 of the National Security Law is broad.', [
    ['Article 11 of the National Security Law of the PRC', 'resolved', '国家安全11'], ['Article 11 of the National Security Law', 'resolved', '国家安全11'],
  ]],
  ['not a page naming Hong Kong once', 'A Hong Kong bank reads Article 11 of the National Security Law as a general duty.', [
    ['Article 11 of the National Security Law', 'resolved', '国家安全11'],
  ]],
  ['not a page naming Macao as well as Hong Kong', 'Banks in Hong Kong, the HKSAR and Macao read Article 11 of the National Security Law widely.', [
    ['Article 11 of the National Security Law', 'resolved', '国家安全11'],
  ]],
  // the Criminal Law's amendments by number (englishAmendment.ts)
  ['the Criminal Law\'s amendments named by their number, in the ways translations write it', 'Article 22 of Amendment (VIII) to the Criminal Law and Article 8 of the Amendment to the Criminal Law (9) came first. Article 8 of Amendment IX to the Criminal Law, Article 8 of the Criminal Law Amendment (IX) and Article 4 of the Ninth Amendment to the Criminal Law followed.', [
    ['Article 22 of Amendment (VIII) to the Criminal Law', 'resolved', '刑法修正案（八）22'], ['Article 8 of the Amendment to the Criminal Law (9)', 'resolved', '刑法修正案（九）8'],
    ['Article 8 of Amendment IX to the Criminal Law', 'resolved', '刑法修正案（九）8'], ['Article 8 of the Criminal Law Amendment (IX)', 'resolved', '刑法修正案（九）8'],
    ['Article 4 of the Ninth Amendment to the Criminal Law', 'resolved', '刑法修正案（九）4'],
  ]],
  ['not an amendment with no number, the Criminal Law as amended, nor another law\'s amendment', 'Article 8 of the Amendment to the Criminal Law took effect. Article 133 of the Criminal Law, as amended by Amendment (VIII), is strict. Article 2 of the Amendment (II) to the Company Law is new.', [
    ['Article 8 of the Amendment to the Criminal Law', 'unknown-regulation', ''], ['Article 133 of the Criminal Law', 'resolved', '刑133'],
    ['Article 2 of the Amendment (II) to the Company Law', 'unknown-regulation', ''],
  ]],
  // an article of the courts' conference minutes (englishLawLikeTitle.ts MINUTES_TITLE)
  ['an article of the courts\' conference minutes, quoted: its title, unknown to the corpus', 'Article 8 of the "Minutes of the National Court Work Conference on Bankruptcy Trials" (the "Minutes") lets creditors vote.', [
    ['Article 8 of the "Minutes of the National Court Work Conference on Bankruptcy Trials"', 'unknown-regulation', ''],
  ]],
  ['not the minutes of a company\'s meeting or of a conference of no court', 'Article 3 of the "Minutes of the Board Meeting" records the vote. Article 2 of the "Minutes of the Annual Sales Conference" is a plan.', []],
];

describe('English pages, eleventh round (issue 14): English titles through footnote marks, names in use, self nouns', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

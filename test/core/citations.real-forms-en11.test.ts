// English pages, eleventh round of issue 14: English titles read through marks that are no part of them — a footnote
// marker glued to a word of the title, the country's initials in brackets inside a machine-translated title
// (englishTitleMarks.ts) — English names of laws in use that the title table lacked (english-titles.json: "Bill Law",
// "Entry and Exit Administration Law", the Dual-Use Items Export Control Regulations), and "these Provisions" in a
// text whose kind is not that of the law it cites (englishSelfNoun.ts). Made-up text in the real style, against the
// bundled corpus.
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
];

describe('English pages, eleventh round (issue 14): English titles through footnote marks, names in use, self nouns', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected));
});

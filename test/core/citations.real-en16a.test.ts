// English pages, sixteenth round of issue 14 (heldout15-english and the earlier English tuning sets): context in English
// text quoted from a regulation — an excerpt printed with its "Article 16." headings, its title not in view, or under a
// title line. Made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // a law named in an article's text is a law the excerpt cites, not the excerpt (headedText.ts)
  ['"Article 6 of these Rules" after the previous article named the Regulations on …: the excerpt\'s own', 'Article 12. Whoever breaches Article 5 of these Rules shall be punished under Article 37 of the Regulations on the Administration of Housing Provident Fund.\nArticle 13. Whoever breaches Article 6 of these Rules at the first meeting of the 14th session shall be warned.', [
    ['Article 5 of these Rules', 'self', '本5'],
    ['Article 37 of the Regulations on the Administration of Housing Provident Fund', 'resolved', '住房公积金管理条例37'],
    ['Article 6 of these Rules', 'self', '本6'],
  ]],
  ['"Article 14 of these Measures" after an unknown Measures named in the previous article\'s text: the excerpt\'s own, no unknown title', 'Article 20. Where it constitutes no crime, the public security organ shall punish it under the "Measures for the Administration of Widget Networks" and other laws.\nArticle 21. If the duty under Article 14 of these Measures is not performed, rectification shall be ordered; see case (2019) Hu 01 Min Zhong 12.', [
    ['Article 14 of these Measures', 'self', '本14'],
  ]],
  ['a bare "violates Article 16" and "Clause 2 of Article 17" in a run of headings, no law in view: the excerpt\'s own', 'Article 28 Whoever violates Article 16 by copying news from illegal sources shall be warned and fined.\nWhoever violates Article 16 by hiding the source shall be warned.\nArticle 29 In cases of violations of Clause 2 of Article 17, the manager shall be given sanctions.', [
    ['Article 16', 'self', '本16'],
    ['Article 16', 'self', '本16'],
    ['Clause 2 of Article 17', 'self', '本17.2'],
  ]],
  ['the title line printed above the excerpt names it: "these Provisions" and a bare article there are its, whatever its articles cite', 'Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Private Lending Cases\nArticle 12\nWhere the lender is suspected of a crime, the court shall decide the contract\'s validity under Article 153 of the Civil Code, the General Principles of Widget Law and Article 13 of these Provisions.\nArticle 14\nWhere the plaintiff sues on an IOU alone, Article 16 of these Provisions applies.', [
    ['Article 153 of the Civil Code', 'resolved', '民法典153'],
    ['Article 13 of these Provisions', 'resolved', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定13'],
    ['Article 16 of these Provisions', 'resolved', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定16'],
  ]],
  ['a bare article under the title line, after an article citing another law: the title line\'s', 'Regulations on the Administration of Housing Provident Fund\nArticle 37 Where a unit fails to register, the fund centre shall order it to register, and a fine may be imposed under Article 12 of the Administrative Penalty Law.\nArticle 38 Where a unit violates Article 37 by failing to pay, the fund centre shall order payment.', [
    ['Article 12 of the Administrative Penalty Law', 'resolved', '行政处罚12'],
    ['Article 37', 'resolved', '住房公积金管理条例37'],
  ]],
  ['negative: a bare article the sentence ties to a law it names (cited or in quotation marks) stays that law\'s', 'Article 61 Whoever makes widgets without a licence shall be punished under Article 37 of the Regulations on the Administration of Housing Provident Fund.\nArticle 62 Where the licence expires, in accordance with the "housing fund regulations" the maker shall be punished in accordance with Article 38.\nArticle 63 Whoever lies shall be punished under Article 37 of the Regulations on the Administration of Housing Provident Fund or, where serious, Article 38.', [
    ['Article 37 of the Regulations on the Administration of Housing Provident Fund', 'resolved', '住房公积金管理条例37'],
    ['Article 38', 'resolved', '住房公积金管理条例38'],
    ['Article 37 of the Regulations on the Administration of Housing Provident Fund', 'resolved', '住房公积金管理条例37'],
    ['Article 38', 'resolved', '住房公积金管理条例38'],
  ]],
  ['negative: one article label opening a writer\'s page is no excerpt: its bare article is the law the page names', 'Article 585 Liquidated Damages outlines the power of the courts to adjust a penalty clause. This key provision of the PRC Civil Code lets a party ask the court to cut the amount.\nScope\nThe scope of Article 585 covers every contract under the laws of China.', [
    ['Article 585', 'resolved', '民法典585'],
  ]],
  // "the preceding paragraph" in statute text set out after its citation
  ['"Article 180 of the Criminal Law … (PRC), whoever …": the article\'s words after a comma, its next paragraph\'s "the preceding paragraph" (commaReported.ts)', 'Extended reading\nArticle 180 of the Criminal Law of People\'s Republic of China (PRC), whoever trades in a widget on inside news shall be sentenced to fixed-term imprisonment of not more than five years and shall also be fined.\nIf a unit commits the crime in the preceding paragraph, it shall be fined, and the persons in charge shall be punished under the preceding paragraph.', [
    ['Article 180 of the Criminal Law of People\'s Republic of China', 'resolved', '刑180'],
    ['the preceding paragraph', 'resolved', '刑180.1'],
    ['the preceding paragraph', 'resolved', '刑180.1'],
  ]],
  ['negative: a writer\'s clause after the comma, a writer\'s "the preceding paragraph" below', 'Article 180 of the Criminal Law, as amended in 2020, sets out the widget rule; in our view, the court erred.\nAs the preceding paragraph shows, the writer shall not be blamed.\nUnder Article 39 of the Labor Contract Law, where the worker lies, the employer shall pay nothing.\nAs noted in the preceding paragraph, the employer shall give notice.', [
    ['Article 180 of the Criminal Law', 'resolved', '刑180'],
    ['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'],
  ]],
  ['"… stipulates that … the following acts:" ⏎ items ⏎ "The … mentioned in the preceding paragraph refers to …", a note on the title before the verb (reportedStatute.ts)', 'Legal basis:\nArticle 191 of the Criminal Law issued by the National People\'s Congress 1997 (hereinafter referred to as the Code) stipulates that the widget laundering mentioned in this Law refers to the following acts:\n(1) providing an account;\n(2) turning property into cash;\n(three) moving money across the border.\nThe laundering mentioned in the preceding paragraph refers to hiding the source of proceeds.', [
    ['Article 191 of the Criminal Law', 'resolved', '刑191'],
    ['the preceding paragraph', 'resolved', '刑191.1'],
  ]],
  ['a title line citing the article, then its heading and text naming another law: "items 1 and 2 of the preceding paragraph", "the first paragraph" are that article\'s', 'Article 17 of the Interpretation of Guarantee of the Civil Code (Fa Shi [2020] 28).\n\nauthor: a judge\n\nArticle 17 Where the main contract is valid and the guarantee contract is void, the people\'s court shall decide in accordance with the provisions of the Company Law on widgets:\n\n  (1) where both sides are at fault, the guarantor\'s liability shall not exceed half;\n\n  (2) where only the guarantor is at fault, it shall bear the part unpaid;\n\n  (3) where only the creditor is at fault, the guarantor bears none.\n\n  Where the main contract is void, the provisions of items 1 and 2 of the preceding paragraph do not apply, and the term "fault" in the first paragraph means knowing the defect.', [
    ['Article 17 of the Interpretation of Guarantee of the Civil Code', 'resolved', '最高人民法院关于适用《民法典》有关担保制度的解释17'],
    ['items 1 and 2 of the preceding paragraph', 'resolved', '最高人民法院关于适用《民法典》有关担保制度的解释17.1.1 最高人民法院关于适用《民法典》有关担保制度的解释17.1.2'],
    ['the first paragraph', 'resolved', '最高人民法院关于适用《民法典》有关担保制度的解释17.1'],
  ]],
  ['negative: a heading printed under a citation of another article is not that article\'s text', 'Article 16 of the Interpretation of Guarantee of the Civil Code (Fa Shi [2020] 28).\n\nArticle 17 Where the main contract is valid and the guarantee contract is void, the people\'s court shall decide:\n\n  Where the main contract is void, the provisions of the preceding paragraph do not apply.', [
    ['Article 16 of the Interpretation of Guarantee of the Civil Code', 'resolved', '最高人民法院关于适用《民法典》有关担保制度的解释16'],
  ]],
  // the laws an interpretation's enacting formula lists as its basis are not the text printed after it (enactingClause.ts)
  ['"pursuant to the relevant provisions of the Civil Code and the Civil Procedure Law, these provisions are formulated": "the preceding paragraph" below is the provisions\' own', 'Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Private Lending Cases\n\nIn order to try widget loan cases correctly, pursuant to the relevant provisions of the Civil Code and the Civil Procedure Law, these provisions are formulated as follows:\n\nArticle 14 Where the plaintiff sues on a widget receipt alone and the defendant says the debt came from a sale, the people\'s court shall try the case on the sale.\nWhere a debt agreement is reached by mediation, the provisions of the preceding paragraph shall not apply.', [
    ['the preceding paragraph', 'resolved', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定14.1'],
  ]],
  ['negative: two laws listed in a writer\'s sentence with no formula making a text stay the law in context', 'Notes on widget loans\nAccording to the Civil Code and the Civil Procedure Law, the court shall first ask who lent the money.\nArticle 14 Where the plaintiff sues on a widget receipt alone, the people\'s court shall try the case on the sale.\nWhere a debt agreement is reached by mediation, the provisions of the preceding paragraph shall not apply.', [
    ['the preceding paragraph', 'resolved', '民事诉讼14.1'],
  ]],
  // "the preceding paragraph" for 前项 on an item's line (precedingPlaced.ts precedingItem)
  ['"(3) relatives other than those in the preceding paragraph …": on an item\'s line whose Chinese says 前项, the item before', 'Article 31 of the Insurance Law stipulates that an applicant has an insurable interest in the following persons:\n(1) the applicant himself;\n(2) his spouse, children and parents;\n(3) relatives other than those in the preceding paragraph who live on the applicant.', [
    ['Article 31 of the Insurance Law', 'resolved', '保险31'],
    ['the preceding paragraph', 'resolved', '保险31.1.2'],
  ]],
  ['negative: on the line of an item whose Chinese says no 前项, nothing is guessed', 'Article 31 of the Insurance Law stipulates that an applicant has an insurable interest in the following persons:\n(1) the applicant himself;\n(2) his spouse, other than those in the preceding paragraph;\n(3) relatives who live on the applicant.', [
    ['Article 31 of the Insurance Law', 'resolved', '保险31'],
  ]],
  ['negative: a writer\'s section number opening the line of the citation is no item of the article', '2. The deposit rule: Article 176 of the Criminal Law stipulates that whoever takes widget deposits from the public shall be fined. If a unit commits the crime in the preceding paragraph, it shall be fined.', [
    ['Article 176 of the Criminal Law', 'resolved', '刑176'],
    ['the preceding paragraph', 'resolved', '刑176.1'],
  ]],
  // paragraphs printed after blank lines under a heading (headings/englishStatuteText.ts statuteTextEnd opensOnPreceding; scanner: a
  // captioned heading alone on its line has its text below)
  ['"Article 14 (Debt Certificates)" alone on its line, then "The provisions of the preceding paragraph do not apply …" after a blank line', 'Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Private Lending Cases\n\nArticle 14 (Debt Certificates)\n\nWhere the plaintiff sues on a widget receipt alone, the people\'s court shall try the case on the sale.\n\nThe provisions of the preceding paragraph do not apply to a debt agreement reached by mediation.', [
    ['the preceding paragraph', 'resolved', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定14.1'],
  ]],
  ['"The fund mentioned in the preceding paragraph …" after a blank line, the previous article\'s text citing another law: the title line\'s law', 'Regulations on the Administration of Housing Provident Fund\n\nArticle 19 Where a unit fails to deposit the fund on time, the fund centre shall act under Article 12 of the Administrative Penalty Law.\n\nArticle 20 A unit shall deposit the widget fund in full and on time.\n\nA unit that has real difficulty in depositing the fund mentioned in the preceding paragraph may apply for a deferral.', [
    ['Article 12 of the Administrative Penalty Law', 'resolved', '行政处罚12'],
    ['the preceding paragraph', 'resolved', '住房公积金管理条例20.1'],
  ]],
  ['negative: a writer\'s paragraph after the quoted article, "As the preceding paragraph shows", is not the article\'s', 'Regulations on the Administration of Housing Provident Fund\n\nArticle 20 A unit shall deposit the widget fund in full and on time.\n\nAs the preceding paragraph shows, units shall pay for the 14th Five-Year Plan.', []],
  // the article's definition reported after a comma, its paragraphs run together on the line (commaReported.ts)
  ['"According to Article 246 of the Criminal Law …, the crime of … refers to …": its next sentences and "the preceding paragraph", "the first paragraph"', 'According to Article 246 of the Criminal Law of People\'s Republic of China (PRC), the crime of widget slander refers to the act of publicly slandering others by violence. If the circumstances are serious, the offender shall be sentenced to fixed-term imprisonment of not more than three years. The crimes mentioned in the preceding paragraph can only be handled upon complaint. If the victim reports the acts in the first paragraph online, the court may ask the police for help.', [
    ['Article 246 of the Criminal Law of People\'s Republic of China', 'resolved', '刑246'],
    ['the preceding paragraph', 'resolved', '刑246.1'],
    ['the first paragraph', 'resolved', '刑246.1'],
  ]],
  ['negative: the writer\'s next sentence after the reported one is not the article\'s', 'According to Article 246 of the Criminal Law, the court of the first instance refers to the facts. In the 14th session the judges met; the preceding paragraph explains why.', [
    ['Article 246 of the Criminal Law', 'resolved', '刑246'],
  ]],
];

describe('citation table: context in English text quoted from a regulation (issue 14, sixteenth round), bundled corpus', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => {
      const got = summary(doc);
      assert.deepStrictEqual(got, expected, `\n${doc}\n→ ${JSON.stringify(got)}`);
    });
  }
});

// English pages, round 24 of issue 14 (fix-en42): forms heldout35 English left — a court interpretation named loosely
// and given a short name, the court's patent authorization provisions and a short name keeping its "(I)", "this
// article" across pointing sentences and as the paper, a label with the country's name and a law after it, lower-case
// garbled titles and a label under "Legal link". Made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary as summary } from './citations/helpers';

const EBL2 = '最高人民法院关于适用《企业破产法》若干问题的规定（二）';

const PAT1 = '最高人民法院关于审理专利授权确权行政案件适用法律若干问题的规定（一）';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // a loose interpretation's short name (englishInterpretationDefined.ts)
  ['"the second judicial interpretation … of the PRC Enterprise Bankruptcy Law (EBL) on 16 September 2013 (2nd Interpretation)": "Art. 1 of 2nd Interpretation" is the interpretation', 'The Supreme People\'s Court promulgated the second judicial interpretation on various issues in relation to the application of the PRC Enterprise Bankruptcy Law (EBL) on 16 September 2013 (2nd Interpretation). Widget assets may include debts (Art. 1 of 2nd Interpretation), but not goods held in custody (Art. 2 of 2nd Interpretation).', [
    ['Art. 1 of 2nd Interpretation', 'resolved', `${EBL2}1`],
    ['Art. 2 of 2nd Interpretation', 'resolved', `${EBL2}2`],
  ]],
  ['"the judicial interpretation of the Enterprise Bankruptcy Law (Second Interpretation)": the short name\'s ordinal numbers it', 'In 2013 the court issued its judicial interpretation of the Enterprise Bankruptcy Law (the "Second Interpretation"). Article 3 of the Second Interpretation treats charged widgets.', [
    ['Article 3 of the Second Interpretation', 'resolved', `${EBL2}3`],
  ]],
  ['negative: the law\'s own short name after the loose interpretation, and a short name in a later sentence, stay the law\'s', 'The Supreme People\'s Court promulgated the second judicial interpretation of the PRC Enterprise Bankruptcy Law (EBL). Art. 1 of EBL states the purpose. The PRC Company Law (Interpretation) is a typo we keep; Article 3 of the Company Law applies.', [
    ['Art. 1 of EBL', 'resolved', '企业破产1'],
    ['Article 3 of the Company Law', 'resolved', '公司3'],
  ]],
  // the court's provisions on patent authorization cases (englishCaseKind.ts), a quoted short name keeping its "(I)" (englishDefinitions.ts englishDefinitions)
  ['"the Provisions of the Supreme People\'s Court on Several Issues concerning Application of Law for Administrative Cases regarding Patent Authorization and Determination of Rights (I)[1] (“Provisions (I)”)": the short name with its "(I)" is the title, "this article" after it too', 'On September 10, 2020, the Supreme People\'s Court released the Provisions of the Supreme People\'s Court on Several Issues concerning Application of Law for Administrative Cases regarding Patent Authorization and Determination of Rights (I)[1] (“Provisions (I)”), which entered into force on September 12, 2020.\n\nArticle 3 of the Provisions (I) further explains that courts may refer to widget arguments. In essence, this article establishes an estoppel.', [
    ['Article 3 of the Provisions (I)', 'resolved', `${PAT1}3`],
    ['this article', 'resolved', `${PAT1}3`],
  ]],
  ['"Provisions (I) of the Supreme People\'s Court on … the Trial of Administrative Cases Involving Patent Authorization and Confirmation": the same kind of case', 'See Article 5 of the Provisions (I) of the Supreme People\'s Court on Several Issues concerning the Application of Law in the Trial of Administrative Cases Involving Patent Authorization and Confirmation.', [
    ['Article 5 of the Provisions (I) of the Supreme People\'s Court on Several Issues concerning the Application of Law in the Trial of Administrative Cases Involving Patent Authorization and Confirmation', 'resolved', `${PAT1}5`],
  ]],
  ['negative: an office\'s guidelines on patent authorization (no court\'s), its quoted short name with "(II)", stay unknown', 'The CNIPA issued the Guidelines on Patent Authorization and Confirmation of Rights (the "Guidelines (II)"). Article 3 of the Guidelines (II) governs widgets.', [
    ['Article 3 of the Guidelines (II)', 'unknown-regulation', ''],
  ]],
  // "this article" (englishThisArticle.ts keptBySentences, INTENT_ASIDE; englishGlossaryTerm.ts)
  ['"… Article 4 of the Trademark Law, dictates … . This provision serves as … . The application of this article is …": a sentence pointing back keeps the article', 'Widget marks are special. Article 4 of the Trademark Law dictates that an application must be filed with intent to use. This provision serves as the primary basis for rejecting widget filings. The application of this article is crucial for the register.', [
    ['Article 4 of the Trademark Law', 'resolved', '商标4'],
    ['this article', 'resolved', '商标4'],
  ]],
  ['negative: a sentence between that moves on ("The court …") — "this article" two sentences on is none', 'Article 4 of the Trademark Law dictates that an application must be filed with intent to use. The court heard the widget case in May. The application of this article is crucial for the register.', [
    ['Article 4 of the Trademark Law', 'resolved', '商标4'],
  ]],
  ['a glossary term "PIPL Article Thirty-Eight Requirements delineate …": the writer\'s prose, "this Article" two sentences on is article 38', 'PIPL Article Thirty-Eight Requirements delineate the specific conditions that must be satisfied before transferring widget data abroad. These requirements are central to the strategy. Compliance with this Article is a fundamental obligation.', [
    ['PIPL Article Thirty-Eight', 'resolved', '个人信息保护38'],
    ['this Article', 'resolved', '个人信息保护38'],
  ]],
  ['negative: statute text under a label with the law first ("Labor Law Article 36 The state practices …"), its "this Article" the quoted article\'s own', 'Labor Law Article 36 The state practices a working hour system wherein labourers shall work for no more than eight hours a day. Widgets are exempt. Compliance with this Article is checked.', [
    ['Labor Law Article 36', 'resolved', '劳动36'],
  ]],
  ['"this article tries, with two typical cases …, to compare": the paper itself, no mention', 'On the much debated issue over the proper application of Article 33 of the Patent Law, this article tries, with two typical cases of patent reexamination and invalidation, to compare with widget practices in other countries.', [
    ['Article 33 of the Patent Law', 'resolved', '专利33'],
  ]],
  ['negative: "this article, as amended in 2008, aims to protect …": an aside with no verb of writing stays the article', 'Article 33 of the Patent Law limits amendments; this article, as amended in 2008, aims to protect the public against widget claims.', [
    ['Article 33 of the Patent Law', 'resolved', '专利33'],
    ['this article', 'resolved', '专利33'],
  ]],
  // a label, then the country's name and a law's title (englishRunIn.ts runInHeadingAt, english/headings/englishStatuteText.ts titleLabelAt)
  ['"… infringement. Article 11 People\'s Republic of China (PRC) Patent Law Article 60 People\'s Republic of China (PRC) Patent Law": each label the law\'s after it, no heading', 'Widget makers shall not copy. If the features fall in the scope, the actor constitutes patent infringement. Article 11 People\'s Republic of China (PRC) Patent Law Article 60 People\'s Republic of China (PRC) Patent Law', [
    ['Article 11 People\'s Republic of China (PRC) Patent Law', 'resolved', '专利11'],
    ['Article 60 People\'s Republic of China (PRC) Patent Law', 'resolved', '专利60'],
  ]],
  ['negative: "Article 3 People\'s Republic of China (PRC) does not recognize …" run on after a full stop stays the heading of the text printed', 'Widget rules apply. Article 3 People\'s Republic of China (PRC) does not recognize dual nationality for widget makers.', []],
  // lower-case garbled titles (englishLowerGarbledTitle.ts) and a label under a "Legal link" line (englishHeadings.ts basisLineAbove)
  ['"Article 12 of the act on the administration of security and protection of computer information networks international, …", "Article 23 of the management scheme for …": a regulation\'s title, unknown', 'Article 12 of the act on the administration of security and protection of widget information networks international, interconnecting units shall file.\nArticle 23 of the management scheme for the international networked security protection of widget information networks violates nothing.', [
    ['Article 12 of the act on the administration of security and protection of widget information networks international', 'unknown-regulation', ''],
    ['Article 23 of the management scheme for the international networked security protection of widget information networks', 'unknown-regulation', ''],
  ]],
  ['negative: "the rules for the management of the company", "the act on the administration of justice": too few words for a title', 'Article 12 of the rules for the management of the company binds staff. Article 5 of the act on the administration of justice was cited.', []],
  ['"Legal link" ⏎ "Article 11 users of the … scheme should fill in …": the heading of the article printed, no bare citation', 'Real cases\n\nThe company was fined.\nLegal link\n\nArticle 11 users of the widget information network international networking security protection management scheme should fill in the user file when accessing units.', []],
  ['negative: a label opening its line in lower case with no such line above stays a citation', 'The company was fined.\n\nArticle 11 users of the widget network should fill in the user file.', [
    ['Article 11', 'no-context', ''],
  ]],
];

describe('citations: English pages (fix-en42)', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => {
      const got = summary(doc);
      assert.deepStrictEqual(got, expected, `\n${doc}\n→ ${JSON.stringify(got)}`);
    });
  }
});

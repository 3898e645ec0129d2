// English pages, round 29 of issue 14 (fix-en92): forms heldout53 English left — states named after a page's citations
// as a comparison, not its jurisdiction (jurisdiction/foreignPage.ts). Made-up text in the real style, against the
// bundled corpus.
import { bundledShortTable, type ShortRow } from './citations/helpers';

const PROP = '最高人民法院关于审理物业服务纠纷案件适用法律若干问题的解释';
const LEASE = '最高人民法院关于审理城镇房屋租赁合同纠纷案件具体应用法律若干问题的解释';
const OGI = '政府信息公开条例';
const LEND = '最高人民法院关于审理民间借贷案件适用法律若干问题的规定';
const FOOD = '最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定';

const rows: ShortRow[] = [
  // a foreign state named after the first article's sentence: a comparison, the page keeps its titles (foreignPage.ts)
  ['a thesis abstract citing the Civil Code, then "Germany, France, Japan and other countries also …": the citations stay', 'Abstract: The rule is approved by Articles55 and 56 of the Tort Law and Articles 1219 and 1220 of the Civil Code.The rule makes the patient an equal subject.In addition to the Anglo-American law system,Germany,France,Austria,Japan and other countries also attach great importance to it.', [
    ['Articles55 and 56 of the Tort Law', 'unknown-regulation', ''], ['Articles 1219 and 1220 of the Civil Code', 'resolved', '民法典1219 民法典1220'],
  ]],
  ['a page naming a High Court only after its first article\'s sentence: Article 1165 of the Civil Code stays China\'s', 'Article 1165 of the Civil Code requires fault.\n\nThe English High Court reads negligence another way.', [
    ['Article 1165 of the Civil Code', 'resolved', '民法典1165'],
  ]],
  ['not a page setting a foreign scene first: Philippine courts before, a High Court heading, a state in the article\'s own sentence', 'Philippine courts hold marriage inviolable. Under Article 36 of the Family Code a marriage may be void. Article 36 of the Civil Code was also discussed.\n\nOsaka High Court, Judgment of March 23, 2023. Article 724 of the Civil Code has run.', []],
  ['not a page naming the state in the first article\'s sentence, after it: "Article 709 of the Civil Code, as courts in Japan read it"', 'Article 709 of the Civil Code, as courts in Japan read it, covers any fault. Article 710 of the Civil Code adds the harm to feelings.', []],
  // a court interpretation's English title, read by its words (english/names/englishCourtTitleWords.ts)
  ['"… in the Trial of Property Service Disputes", "… of Urban Housing Lease Contract Disputes" in quotes before its article', 'According to Article 1 of the Interpretation of the Supreme People\'s Court on Several Issues Concerning the Specific Application of Law in the Trial of Property Service Disputes, the contract binds the owners.\n\n"Interpretation of the Supreme People\'s Court on Several Issues Concerning the Specific Application of Laws in the Trial of Urban Housing Lease Contract Disputes" Article 2 stipulates that the contract is invalid.\n\nArticle 6 of the SPC Interpretation on the Trial of Urban Housing Lease Contract Disputes lists the order.', [
    ["Article 1 of the Interpretation of the Supreme People's Court on Several Issues Concerning the Specific Application of Law in the Trial of Property Service Disputes", 'resolved', `${PROP}1`], ['Article 2', 'resolved', `${LEASE}2`],
    ['Article 6 of the SPC Interpretation on the Trial of Urban Housing Lease Contract Disputes', 'resolved', `${LEASE}6`],
  ]],
  // fix-en100: "Provisions of the Supreme People's Court on Property Preservation Cases" is now read (englishTitleGlossary.ts
  // "property preservation" 财产保全): the court's one 规定 on those cases, 人民法院办理财产保全案件若干问题的规定.
  ['not a subject of other words: rural housing leases, a second (II) interpretation stay unknown', "Article 2 of the Interpretation of the Supreme People's Court on Several Issues Concerning the Trial of Rural Housing Lease Contract Disputes applies. Article 3 of the Interpretation (II) of the Supreme People's Court on the Trial of Urban Housing Lease Contract Disputes applies. Article 4 of the Provisions of the Supreme People's Court on Property Preservation Cases applies.", [
    ["Article 2 of the Interpretation of the Supreme People's Court on Several Issues Concerning the Trial of Rural Housing Lease Contract Disputes", 'unknown-regulation', ''],
    ["Article 3 of the Interpretation (II) of the Supreme People's Court on the Trial of Urban Housing Lease Contract Disputes", 'unknown-regulation', ''],
    ["Article 4 of the Provisions of the Supreme People's Court on Property Preservation Cases", 'resolved', '最高人民法院关于人民法院办理财产保全案件若干问题的规定4'],
  ]],
  // 公开 as "Openness", "Publicity", "Open" (english/names/englishTitleBag.ts LOOSE_WORD)
  ['"the Regulations on the Openness of Government Information in People\'s Republic of China (PRC)", "these regulations", "Publicity"', "Article 37 of the Regulations on the Openness of Government Information in People's Republic of China (PRC) lists what is withheld.\nArticle 38 The information provided shall be the government information held. Except in accordance with the provisions of Article 37 of these regulations, the organ may not provide it. Article 20 of the Regulation on the Publicity of Government Information also applies.", [
    ['Article 37 of the Regulations on the Openness of Government Information', 'resolved', `${OGI}37`], ['Article 37 of these regulations', 'resolved', `${OGI}37`],
    ['Article 20 of the Regulation on the Publicity of Government Information', 'resolved', `${OGI}20`],
  ]],
  ['not a title of other words: the openness of village affairs, of court trials stay unknown', 'Article 5 of the Regulations on the Openness of Village Affairs applies. Article 3 of the Provisions on the Publicity of Court Trials applies.', [
    ['Article 5 of the Regulations on the Openness of Village Affairs', 'unknown-regulation', ''], ['Article 3 of the Provisions on the Publicity of Court Trials', 'unknown-regulation', ''],
  ]],
  // a quoted title's label with its article's words run on, mid-paragraph, and its next paragraph below
  // (english/headings/quotedTitleLabel.ts, englishHeadings.ts runsOnBelow with opensOnPreceding)
  ['"… no excess will be awarded. "Title" Article 26 If the lender …" ⏎ "The "rate" referred to in the preceding paragraph refers to …"', 'The court will award interest at four times the rate, and no excess will be awarded. "Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Private Lending Cases" Article 26 If the lender requests the borrower to pay interest at the agreed rate, the people\'s court shall support it.\nThe "one-year loan market quoted interest rate" referred to in the preceding paragraph refers to the rate published monthly by the National Interbank Funding Center.', [
    ['"Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Private Lending Cases" Article 26', 'resolved', `${LEND}26`], ['the preceding paragraph', 'resolved', `${LEND}26.1`],
  ]],
  ['not a writer\'s sentence after the label, nor the writer\'s words below: "Article 26 stipulates that …", "As the preceding paragraph shows"', 'No excess will be awarded. "Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Private Lending Cases" Article 26 stipulates the cap.\nThe rate referred to in the preceding paragraph refers to the market rate.\n\nNo excess is due. "Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Private Lending Cases" Article 26 If the lender asks, the people\'s court shall support it.\nAs the preceding paragraph shows, the cap is low.', [
    ['"Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Private Lending Cases" Article 26', 'resolved', `${LEND}26`],
    ['"Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Private Lending Cases" Article 26', 'resolved', `${LEND}26`],
  ]],
  // a paper saying how it is built is the paper (english/context/englishThisArticle.ts PAGE_AFTER)
  ['"The main body of this article is divided into four parts.", "this article consists of three chapters": the paper', 'Article 1254 of the Civil Code perfects the rules. However, the provisions of this article are relatively general. The main body of this article is divided into four parts. In short, this article consists of three chapters.', [
    ['Article 1254 of the Civil Code', 'resolved', '民法典1254'], ['this article', 'resolved', '民法典1254'],
  ]],
  ['not a provision\'s own build: "this article is divided into two paragraphs", "this article consists of three items"', 'Article 1254 of the Civil Code perfects the rules. This article is divided into two paragraphs. Article 1165 of the Civil Code sets fault. This article consists of three items.', [
    ['Article 1254 of the Civil Code', 'resolved', '民法典1254'], ['This article', 'resolved', '民法典1254'], ['Article 1165 of the Civil Code', 'resolved', '民法典1165'], ['This article', 'resolved', '民法典1165'],
  ]],
  // a lower-case short name defined for a lower-case quoted title (english/names/lowerDefinedName.ts, englishDefinitions.ts)
  ['the "provisions on … Food and Drug disputes"(hereinafter referred to as "the provisions") … Article 3 of the "provisions" … This article', 'The "Food Safety Law" and the "provisions on certain legal issues applicable to the trial of Food and Drug disputes"(hereinafter referred to as "the provisions")all provide for punitive damages. Article 3 of the "provisions" explicitly stipulates that the buyer may claim.The court shall not support the defense.This article makes clear that buyers are protected.', [
    ['Article 3 of the "provisions"', 'resolved', `${FOOD}3`], ['This article', 'resolved', `${FOOD}3`],
  ]],
  ['not a short name of other words, nor one after a quoted phrase that is no title: "the rules", "the use" define nothing', 'The "provisions on certain legal issues applicable to the trial of Food and Drug disputes"(hereinafter referred to as "the rules") apply. Article 3 of the "rules" is cited.\n\nThe "fair use of works in teaching"(hereinafter referred to as "the use") is narrow. Article 4 of the "use" is cited.', []],
  // a local court's document named after its issuer's possessive (english/names/localCourtDocument.ts)
  ['"Article 5 of the Beijing Higher People\'s Court\'s Answers to …", "… Jiangsu Higher People\'s Court\'s Guiding Opinions on …": unknown', "According to Article 5 of the Beijing Higher People's Court's Answers to Some Difficult Problems in the Trial of Disputes over House Lease Contracts, the lessee refuses. Article 3 of the Jiangsu Higher People's Court's Guiding Opinions on the Trial of Labor Disputes applies.", [
    ["Article 5 of the Beijing Higher People's Court's Answers to Some Difficult Problems in the Trial of Disputes over House Lease Contracts", 'unknown-regulation', ''],
    ["Article 3 of the Jiangsu Higher People's Court's Guiding Opinions on the Trial of Labor Disputes", 'unknown-regulation', ''],
  ]],
  ['not the Supreme People\'s Court\'s text, nor a court\'s answers named without an article, nor a court\'s website', "Article 2 of the Supreme People's Court's Provisions on the Trial of Labor Disputes applies. Article 1165 of the Civil Code applies, as the Beijing Higher People's Court's Answers to Some Problems say. Article 5 of the Beijing Higher People's Court's website lists them.", [
    ["Article 2 of the Supreme People's Court's Provisions on the Trial of Labor Disputes", 'unknown-regulation', ''], ['Article 1165 of the Civil Code', 'resolved', '民法典1165'],
  ]],
  // a convention named by its initials before an article: the law in context next (english/headings/englishRunIn.ts foreignLawNamedBefore)
  ['"Key CISG provisions at issue: Article 77 [Also cited or relevant: Articles 35 ; 74 ]": the convention\'s, no Chinese law\'s', 'Buyer: People\'s Republic of China\nKey CISG provisions at issue: Article 77 [Also cited or relevant: Articles 35 ; 74 ]\n\nGDPR Article 6 applies. Article 7 sets consent.', [['Article 77', 'unknown-regulation', ''], ['Articles 35', 'unknown-regulation', '']]], // round 32 decision (c120.md): the CISG's articles unknown-regulation
  ['not past a Chinese law named again: "Article 13 of the PIPL" and the bare article after it are the PIPL\'s', 'GDPR Article 6 applies. Article 7 sets consent. Article 13 of the PIPL differs. Article 14 adds consent.', [
    ['Article 13 of the PIPL', 'resolved', '个人信息保护13'], ['Article 14', 'resolved', '个人信息保护14'],
  ]],
  ['not a capitalised short name after "the": (“the Code of Conducts”) defines the title before it as before', 'Article 9 of Code of Conducts for Notaries (“the Code of Conducts”) provides for secrecy. Article 10 of the Code of Conducts adds more.', [
    ['Article 9 of Code of Conducts for Notaries', 'unknown-regulation', ''], ['Article 10 of the Code of Conducts', 'unknown-regulation', ''],
  ]],
];

bundledShortTable('citation table: English forms of heldout53 (fix-en92)', rows);

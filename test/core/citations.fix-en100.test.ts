// English names of court interpretations and State Council regulations, round 30 of issue 14 (fix-en100): titles read
// by their words (english/names/englishTitleGlossary.ts, englishCourtTitleWords.ts, englishRegulationWords.ts), the
// joints of a title's subject (titleSubjectJoints.ts), the kind of case first (englishCaseKind.ts kindFirstKey), a
// court's title all in lower case (englishLowerCourtTitle.ts). Made-up text in the real style, against the bundled corpus.
import { bundledShortTable, type ShortRow } from './citations/helpers';

const MED = '医疗机构管理条例';
const THEFT = '最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释';
const LEND = '最高人民法院关于审理民间借贷案件适用法律若干问题的规定';
const LABOR1 = '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）';
const BUILD1 = '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）';
const ACCIDENT = '生产安全事故报告和调查处理条例';
const SEIZE = '最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定';
const HOUSING = '最高人民法院关于审理商品房买卖合同纠纷案件适用法律若干问题的解释';
const BANKRUPT = '最高人民法院关于审理企业破产案件若干问题的规定';
const PROC = '人民检察院民事诉讼监督规则（试行）';

const rows: ShortRow[] = [
  // a State Council regulation by its words (englishRegulationWords.ts)
  ['"the Regulation on the Administration of Medical Institutions", "Medical Institution Administration Regulations"', 'Under Article 33 of the Regulation on the Administration of Medical Institutions, the hospital must register. Article 24 of the Medical Institution Administration Regulations bars unlicensed practice.', [
    ['Article 33 of the Regulation on the Administration of Medical Institutions', 'resolved', `${MED}33`], ['Article 24 of the Medical Institution Administration Regulations', 'resolved', `${MED}24`],
  ]],
  ['not a regulation of a place, of another kind, or with a word no glossary reads: unknown', 'Article 5 of the Regulations on the Administration of Medical Institutions of Shenzhen Special Economic Zone applies. Article 6 of the Measures for the Administration of Medical Institutions applies. Article 7 of the Regulations on the Administration of Medical Device Recalls applies.', [
    ['Article 5 of the Regulations on the Administration of Medical Institutions of Shenzhen Special Economic Zone', 'unknown-regulation', ''],
    ['Article 6 of the Measures for the Administration of Medical Institutions', 'unknown-regulation', ''],
    ['Article 7 of the Regulations on the Administration of Medical Device Recalls', 'unknown-regulation', ''],
  ]],
  // the two top courts' joint interpretation, the procuratorates' rules (englishCourtTitleWords.ts)
  ['"Interpretation of the SPC and the SPP on … Handling Criminal Cases of Theft", "Rules of the People\'s Procuratorates on Civil Litigation Supervision (Trial)"', "Article 1 of the Interpretation of the Supreme People's Court and the Supreme People's Procuratorate on Several Issues Concerning the Application of Law in Handling Criminal Cases of Theft sets the amounts. Article 2 of the Rules of the People's Procuratorates on Civil Litigation Supervision (Trial) applies.", [
    ["Article 1 of the Interpretation of the Supreme People's Court and the Supreme People's Procuratorate on Several Issues Concerning the Application of Law in Handling Criminal Cases of Theft", 'resolved', `${THEFT}1`],
    ["Article 2 of the Rules of the People's Procuratorates on Civil Litigation Supervision", 'resolved', `${PROC}2`],
  ]],
  ['not a crime the corpus has no interpretation of, nor a series number it lacks: unknown', "Article 1 of the Interpretation on Several Issues Concerning the Application of Law in Handling Criminal Cases of Kidnapping applies. Article 2 of the Interpretation of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Labor Dispute Cases (V) applies.", [
    ['Article 1 of the Interpretation on Several Issues Concerning the Application of Law in Handling Criminal Cases of Kidnapping', 'unknown-regulation', ''],
    ["Article 2 of the Interpretation of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Labor Dispute Cases (V)", 'unknown-regulation', ''],
  ]],
  ['"Several Issues" picks the 若干 title; the one naming no law the words leave unnamed', "Article 2 of the Provisions of the Supreme People's Court on Several Issues Concerning the Trial of Enterprise Bankruptcy Cases applies.", [
    ["Article 2 of the Provisions of the Supreme People's Court on Several Issues Concerning the Trial of Enterprise Bankruptcy Cases", 'resolved', `${BANKRUPT}2`],
  ]],
  ['the subject, the kind, then the issuer: "the Criminal Procedure Rules of the People\'s Procuratorate", "the Online Litigation Rules of the People\'s Courts"', "Article 5 of the Criminal Procedure Rules of the People's Procuratorate applies. Article 6 of the Online Litigation Rules of the People's Courts applies.", [
    ["Article 5 of the Criminal Procedure Rules of the People's Procuratorate", 'resolved', '人民检察院刑事诉讼规则5'], ["Article 6 of the Online Litigation Rules of the People's Courts", 'resolved', '人民法院在线诉讼规则6'],
  ]],
  ['not rules the corpus lacks, by the same issuers: "the Working Rules of the People\'s Courts", "the Internal Rules of the Supreme People\'s Court"', "Article 5 of the Working Rules of the People's Courts applies. Article 6 of the Internal Rules of the Supreme People's Court applies.", [
    ["Article 5 of the Working Rules of the People's Courts", 'unknown-regulation', ''], ["Article 6 of the Internal Rules of the Supreme People's Court", 'unknown-regulation', ''],
  ]],
  // the subject's joints (titleSubjectJoints.ts)
  ['"Regulations on the Reporting, Investigation and Handling of Production Safety Accidents", "the Seizure, Detention and Freezing of Property"', "Article 3 of the Regulations on the Reporting, Investigation and Handling of Production Safety Accidents grades accidents. Article 2 of the Provisions of the Supreme People's Court on the Seizure, Detention and Freezing of Property in Civil Enforcement by the People's Courts applies.", [
    ['Article 3 of the Regulations on the Reporting, Investigation and Handling of Production Safety Accidents', 'resolved', `${ACCIDENT}3`],
    ["Article 2 of the Provisions of the Supreme People's Court on the Seizure, Detention and Freezing of Property in Civil Enforcement by the People's Courts", 'resolved', `${SEIZE}2`],
  ]],
  ['not after a law\'s name: "the Labor Law from the Employer\'s Side", "the Labor Law, Wages and Hours and the rest"', "Article 44 of the Labor Law from the Employer's Side is read narrowly. Article 36 of the Labor Law, Hours and Wages and Leave are all set.", [
    ['Article 44 of the Labor Law', 'resolved', '劳动44'], ['Article 36 of the Labor Law', 'resolved', '劳动36'],
  ]],
  // the kind of case first (englishCaseKind.ts kindFirstKey); a court's title all in lower case (englishLowerCourtTitle.ts)
  ['"the Private Lending Provisions", "the SPC Labor Dispute Interpretation (I)", all lower case "… construction projects (I)"', "Article 26 of the Private Lending Provisions caps the rate. Article 32 of the SPC Labor Dispute Interpretation (I) applies. Under Article 43 of the interpretation of the supreme people's court on the application of law in the trial of disputes over construction contracts of construction projects (I), the actual constructor may sue.", [
    ['Article 26 of the Private Lending Provisions', 'resolved', `${LEND}26`], ['Article 32 of the SPC Labor Dispute Interpretation (I)', 'resolved', `${LABOR1}32`],
    ["Article 43 of the interpretation of the supreme people's court on the application of law in the trial of disputes over construction contracts of construction projects (I)", 'resolved', `${BUILD1}43`],
  ]],
  ['not a sale of housing as the sales contract kind: "Commodity Housing Sales Contract Disputes" is its own interpretation', 'Article 5 of the Interpretation on Commodity Housing Sales Contract Disputes applies. Article 2 of the Labor Provisions applies.', [
    ['Article 5 of the Interpretation on Commodity Housing Sales Contract Disputes', 'resolved', `${HOUSING}5`], ['Article 2 of the Labor Provisions', 'unknown-regulation', ''],
  ]],
];

bundledShortTable('citation table: English names of interpretations and regulations (fix-en100)', rows);

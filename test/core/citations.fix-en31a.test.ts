// Forms from heldout28 English's residual errors (round 21, fix-en31a): made-up text in the real style against the
// bundled corpus (laws named short: 民法典1043 is the Civil Code's article 1043).
import { bundledShortTable as table } from './citations/helpers';

// "the Civil Law" as Chinese writers' English names 民法典: with China's name, any article; without it, an article only
// the Code has (past the 206th); never on a page that names the General Principles or Provisions (englishCivilLaw.ts).
table('citation table: "the Civil Law (of China)" for the Civil Code (fix-en31a)', [
  ['"of the Civil Law of China", "of the PRC Civil Law", and a paragraph past the article\'s end',
    'According to Article 1065 of the Civil Law of China, spouses may agree on their property. Under Article 7 of the PRC Civil Law, parties act in good faith; see also Article 1060(3) of the Civil Law of China.',
    [['Article 1065 of the Civil Law of China', 'resolved', '民法典1065'], ['Article 7 of the PRC Civil Law', 'resolved', '民法典7'],
      ['Article 1060(3) of the Civil Law of China', 'unknown-paragraph', '民法典1060.3']]],
  ['"the Civil Law" bare with an article only the Code has, and a bare article after it',
    'Article 584 of the Civil Law is about damages. The same applies to Article 585.',
    [['Article 584 of the Civil Law', 'resolved', '民法典584'], ['Article 585', 'resolved', '民法典585']]],
  ['not "the Civil Law" bare with a low article, nor on a page naming the General Principles; ordinals and case numbers stay unread',
    'Article 12 of the Civil Law applies. The 14th session met; (2019) case No. 12.',
    [['Article 12 of the Civil Law', 'unknown-regulation', '']]],
  ['not where the page names the General Principles of the Civil Law: its short name there',
    'Article 106 of the General Principles of the Civil Law sets the rule. Article 300 of the Civil Law of China is cited too.',
    [['Article 106 of the General Principles of the Civil Law', 'unknown-regulation', ''], ['Article 300 of the Civil Law of China', 'unknown-regulation', '']]],
]);

// An English title with a stray space before a prefix's hyphen ("Anti -Money Laundering Law", english.ts
// capitalisedTitleAt), with the translators' other words for 网络, 电信 and 职工 (englishTitleBag.ts LOOSE_WORD), and a
// title in quotes after "the" named alone (english/headings/englishTitlesAlone.ts quotedAfterThe): the bare articles after it are that title's.
table('citation table: English title variants, then bare articles (fix-en31a)', [
  ['a stray space before the hyphen, the title in quotes alone, then "(Article 19)"',
    'Editor\'s note: The "Anti -Money Laundering Law of the People\'s Republic of China" was revised. 1. Banks shall keep customer records. (Article 19)',
    [['Article 19', 'resolved', '反洗钱19']]],
  ['"Telecommunications" and "Network" for the tables\' "Telecom" and "Online"',
    'Under Article 8 of the Anti-Telecommunications Network Fraud Law, schools shall educate students.',
    [['Article 8 of the Anti-Telecommunications Network Fraud Law', 'resolved', '反电信网络诈骗8']]],
  ['"Workers" for "Employees", the title in quotes after "the", then "the Article 2"',
    'Leave is governed by the “Workers Paid Annual Leave Regulations”, in which the Article 2 grants leave to staff.',
    [['Article 2', 'resolved', '职工带薪年休假条例2']]],
  ['an unknown title so quoted gives its bare article unknown-regulation; a lower-case "anti -bank" is no title; ordinals stay unread',
    'Staff follow the “Widget Leave Rules”, in which the Article 4 applies. The anti -bank group met for the 14th time; (2019) case No. 12.',
    [['Article 4', 'unknown-regulation', '']]],
]);

// A document named only by its kind in lower case ("measures" announced, then "Articles 28 and 29 of the measures",
// englishLowerKindNoun.ts), and a notice's title typed in lower case with its issuer capitalised (englishLowerNotice.ts):
// unknown-regulation, not nothing.
table('citation table: a document named generically or in lower case (fix-en31a)', [
  ['"measures" announced before, then "Articles 7 and 8 of the measures"',
    'The ministry announced measures for reforming the port zone. The measures open new markets. Articles 7 and 8 of the measures cover arbitration.',
    [['Articles 7 and 8 of the measures', 'unknown-regulation', '']]],
  ['"the notice of the Ministry of Commerce on …" in lower case',
    'According to Article 5 of the notice of the Ministry of Commerce and the General Administration of Customs on several issues of bonded trade (No. 12): goods are exempt.',
    [['Article 5 of the notice of the Ministry of Commerce and the General Administration of Customs on several issues of bonded trade', 'unknown-regulation', '']]],
  ['not "of the measures" with no such word before, nor a notice of a party or of termination; ordinals stay unread',
    'Articles 7 and 8 of the measures cover arbitration. Article 3 of the notice of termination ends the lease. Article 4 of the reply of the Seller on the delivery date. The 14th session met.',
    []],
]);

// A footnote's number glued between a sentence's stop and "Article" (scanner.ts SELF_ANCHOR): the article starts there.
table('citation table: a footnote number glued before "Article" (fix-en31a)', [
  ['"….1Article 39 of the Labor Contract Law stipulates …"',
    'The employer may end the contract without notice.1Article 39 of the Labor Contract Law stipulates the cases.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39']]],
  ['not after a decimal, nor inside a word; ordinals and case numbers stay unread',
    'See version 3.2Article 5 of the plan. The Rule1Article 6 tag. The 14th session met; (2019) case No. 12.',
    []],
]);

// A short name defined with a year inside its bracket ("Tort Liability Law (TLL 2010)"): the name is the letters, the
// year dates the title (englishDefinitions.ts englishDefinitions); used before an article on a slide's line, it names that law.
table('citation table: a short name defined with its year in the bracket (fix-en31a)', [
  ['"(WLL 2019)" defined after JIPI-style quoted names; "WLL 2019 • Para. 1, Art. 34" on a slide line',
    'New system: Widget Liability Law (WLL 2019).\nOld system: the Interpretation of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Cases of Compensation for Personal Injury ("JIPI", 2003).\nWLL 2019 • Para. 1, Art. 34 "employer\'s liability": the employer shall bear liability.',
    [['Para. 1, Art. 34', 'unknown-regulation', '']]],
  ['a known law so defined is that year\'s text: the Labor Contract Law of 2007, which the corpus lacks; ordinals stay unread',
    'The Labor Contract Law (LCL 2007) was passed. Under Article 39 of the LCL, the employer may dismiss. The 14th session met.',
    [['Article 39 of the LCL', 'unknown-regulation', '']]],
  ['not a bracket with a number alone or a case number', 'The rules (No. 2019) apply; (2019) case No. 12. Article 5 of the Labor Contract Law applies.',
    [['Article 5 of the Labor Contract Law', 'resolved', '劳动合同5']]],
]);

// "Para. 2, Art. 40": the paragraph abbreviated before its abbreviated article, a comma between (scanner.ts SELF_ANCHOR).
table('citation table: "Para. N, Art. M" (fix-en31a)', [
  ['"Para. 1, Art. 40 of the Labor Contract Law" and "para. 2, art. 33 of the Labor Law"',
    'Under Para. 1, Art. 40 of the Labor Contract Law, notice is due; see also para. 2, art. 33 of the Labor Law.',
    [['Para. 1, Art. 40 of the Labor Contract Law', 'resolved', '劳动合同40.1'], ['para. 2, art. 33 of the Labor Law', 'resolved', '劳动33.2']]],
  ['not "para. 3" alone, nor without the comma before the article; ordinals and case numbers stay unread',
    'As para. 3 above says, the 14th session met; (2019) case No. 12.',
    []],
]);

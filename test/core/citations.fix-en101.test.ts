// Forms of round 30's fix job (fix-en101, heldout54 English): made-up English text in the style of theses, law firms'
// notes and machine translations, against the bundled corpus (laws named short: 商标7.1 is the Trademark Law's
// article 7, paragraph 1).
import { bundledShortTable as table } from './citations/helpers';

const CONSTRUCTION = '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释';
const LABOR = '最高人民法院关于审理劳动争议案件适用法律问题的解释';

// The series number closing a title, the issuer after it (english/names/seriesNumeral.ts closingSeriesNumber).
table('citation table: a series number closing a title, the issuer after it (fix-en101)', [
  ['(I) by the Supreme People\'s Court, (I) issued by the Supreme People\'s Court, (II) of the SPC',
    'As stated in Article 35 of the Interpretation on Issues Concerning the Application of Law in the Trial of Construction Contract Dispute Cases (I) by the Supreme People\'s Court, contractors may claim priority. ' +
      'Under Article 10 of the Interpretation on Issues Concerning the Application of Law in the Trial of Labor Dispute Cases (I) issued by the Supreme People\'s Court, the claim is heard. ' +
      'Article 18 of the Interpretation on Issues Concerning the Application of Law in the Trial of Construction Contract Dispute Cases (II) of the SPC also applies.',
    [[`Article 35 of the Interpretation on Issues Concerning the Application of Law in the Trial of Construction Contract Dispute Cases (I) by the Supreme People's Court`, 'resolved', `${CONSTRUCTION}（一）35`],
      [`Article 10 of the Interpretation on Issues Concerning the Application of Law in the Trial of Labor Dispute Cases (I)`, 'resolved', `${LABOR}（一）10`],
      ['Article 18 of the Interpretation on Issues Concerning the Application of Law in the Trial of Construction Contract Dispute Cases (II) of the SPC', 'resolved', `${CONSTRUCTION}（二）18`]]],
  ['no number: the un-numbered text, the issuer after it or not',
    'As stated in Article 5 of the Interpretation on Issues Concerning the Application of Law in the Trial of Construction Contract Dispute Cases by the Supreme People\'s Court, the contract is void.',
    [[`Article 5 of the Interpretation on Issues Concerning the Application of Law in the Trial of Construction Contract Dispute Cases by the Supreme People's Court`, 'resolved', `${CONSTRUCTION}5`]]],
]);

// "Article N of the Interpretation / Provisions / Measures" with no such text named before (anaphor.ts anaphorNamed).
table('citation table: a kind noun no text of its kind was named by (fix-en101)', [
  ['the 2021 Interpretation, the Provisions, the 2019 Measures on a Civil Code page',
    'Article 807 of the Civil Code grants the contractor priority. According to Article 35 of the 2021 Interpretation, only the contractor may claim it. Article 3 of the Provisions and Article 8 of the 2019 Measures say the same.',
    [['Article 807 of the Civil Code', 'resolved', '民法典807'], ['Article 35 of the 2021 Interpretation', 'unknown-regulation', ''],
      ['Article 3 of the Provisions', 'unknown-regulation', ''], ['Article 8 of the 2019 Measures', 'unknown-regulation', '']]],
  ['the Code stays the Civil Code; an Interpretation named before is that one',
    'Article 807 of the Civil Code grants the contractor priority, and Article 5 of the Code agrees. Article 35 of the Interpretation of the Supreme People\'s Court on Issues Concerning the Application of Law in the Trial of Construction Contract Dispute Cases (I) applies; under Article 36 of the Interpretation the claim is timely.',
    [['Article 807 of the Civil Code', 'resolved', '民法典807'], ['Article 5 of the Code', 'resolved', '民法典5'],
      [`Article 35 of the Interpretation of the Supreme People's Court on Issues Concerning the Application of Law in the Trial of Construction Contract Dispute Cases (I)`, 'resolved', `${CONSTRUCTION}（一）35`],
      ['Article 36 of the Interpretation', 'resolved', `${CONSTRUCTION}（一）36`]]],
]);

// A short name in lower case, unquoted, in the bracket after a title (english/names/lowerUnquotedShort.ts).
table('citation table: a lower-case short name defined without quotation marks (fix-en101)', [
  ['new and original, the title opening its sentence or not, the series number before the bracket',
    'The Interpretation of the Supreme People’s Court on the Application of Laws in the Trial of Cases of Disputes over Construction Contracts of Construction Projects (I) (new judicial interpretation on construction projects) came into effect on 1 January 2021. It replaced the Interpretation of the Supreme People’s Court on the Application of Laws in the Trial of Cases of Disputes over Construction Contracts of Construction Projects (II) (original judicial interpretation on construction projects).\n' +
      'As article 37 of the new judicial interpretation on construction projects stipulates, the contractor may claim. Under article 18 of the original judicial interpretation on construction projects, it could not.',
    [['article 37 of the new judicial interpretation on construction projects', 'resolved', `${CONSTRUCTION}（一）37`],
      ['article 18 of the original judicial interpretation on construction projects', 'resolved', `${CONSTRUCTION}（二）18`]]],
  ['not a bracket after ordinary words, nor a year or a version',
    'The company adopted new internal rules (new internal rules of conduct) last year; article 3 of the new internal rules of conduct binds staff. The Labor Law (2018 revision) applies.',
    []],
]);

// A label with a dotted paragraph number alone on its line over the words (english/headings/englishHeadings.ts).
table('citation table: "Article 7.1" alone on its line over the provision\'s words (fix-en101)', [
  ['printed provisions under the plain label\'s',
    'The relevant articles of the Trademark Law 2019 include:\n\nArticle 4\n\nA malicious application for trademark registration not filed for the purpose of use shall be refused.\n\nArticle 7.1\n\nThe good faith principle shall be upheld in the application for trademark registration and in the use of trademarks.\n',
    []],
  ['the dotted label inside a sentence stays a citation',
    'Article 7.1 of the Trademark Law provides that the good faith principle shall be upheld in every application.',
    [['Article 7.1 of the Trademark Law', 'resolved', '商标7.1']]],
]);

// A law's name clipped to its first word (english/names/englishClippedName.ts).
table('citation table: a law\'s name clipped to its first word and Law (fix-en101)', [
  ['the Anti Law after the Anti Unfair Competition Law, with or without the hyphen',
    'Anti Unfair Competition Law of the People\'s Republic of China (Revised in 2019)\nIt is easy to find infringement on the literal meaning of Article 6 of the Anti Law. The Anti-Unfair Competition Law applies; under Article 7 of the Anti Law the claim fails.',
    [['Article 6 of the Anti Law', 'resolved', '反不正当竞争6'], ['Article 7 of the Anti Law', 'resolved', '反不正当竞争7']]],
  ['two laws so named, or none, leave it unknown; a known name stays its own law',
    'The Anti-Monopoly Law and the Anti-Unfair Competition Law both apply. Under Article 6 of the Anti Law the claim fails. Under Article 8 of the Widget Law too, and Article 7 of the Labor Law.',
    [['Article 6 of the Anti Law', 'unknown-regulation', ''], ['Article 8 of the Widget Law', 'unknown-regulation', ''], ['Article 7 of the Labor Law', 'resolved', '劳动7']]],
  ['another state\'s law of the longer name leaves it unknown',
    'The Drug Administration Law of Japan sets rules for pharmacies. Under Article 8 of the Drug Law the licence lapses.',
    [['Article 8 of the Drug Law', 'unknown-regulation', '']]],
]);

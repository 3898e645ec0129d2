// Forms from the heldout20 English measurement's residual errors (round 18, fix-en21): made-up text in the real style
// against the bundled corpus (laws named short: 民法典1077 is the Civil Code's article 1077).
import { bundledShortTable as table } from './citations/helpers';

const EVIDENCE = '最高人民法院关于民事诉讼证据的若干规定';
const CPL_INTERPRETATION = '最高人民法院关于适用《民事诉讼法》的解释';

// English names of the court's interpretations as law firms write them: the issuer first, with or without "'s"
// (english/names/englishLawLikeTitle.ts lawLikeEnglishTitle); 诉讼 as Procedure, Proceedings or Litigation and a kind after "Several" or the
// issuer (englishTitleBag.ts, englishKeyTerms.ts), the subject's words exactly picking one of two (keyTermsLaw);
// "Interpretations to" a law (englishComposed.ts); a short name defined after a clause saying when the text takes
// effect (englishIssuedClause.ts).
table('citation table: English names of the SPC\'s evidence provisions and interpretations (fix-en21)', [
  ['the issuer\'s possessive before the Provisions, and the issuer without it',
    'Under Article 30 of the Supreme People\'s Court\'s Provisions on Evidence in Civil Procedure, a party may apply. Article 31 of the Supreme People’s Court Provisions on Evidence in Civil Procedures adds a time limit.',
    [['Article 30 of the Supreme People\'s Court\'s Provisions on Evidence in Civil Procedure', 'resolved', `${EVIDENCE}30`],
      ['Article 31 of the Supreme People’s Court Provisions on Evidence in Civil Procedures', 'resolved', `${EVIDENCE}31`]]],
  ['"for Civil Proceedings" and "in Civil Litigation", and its defined short name',
    'In 2019 the court issued the revised Provisions on Evidence for Civil Proceedings ("Revised Proof Rules"). Articles 16 and 17 of the Revised Proof Rules govern public documents. Article 5 of the Provisions on Evidence in Civil Litigation is older.',
    [['Articles 16 and 17 of the Revised Proof Rules', 'resolved', `${EVIDENCE}16 ${EVIDENCE}17`],
      ['Article 5 of the Provisions on Evidence in Civil Litigation', 'resolved', `${EVIDENCE}5`]]],
  ['"Interpretations to the PRC Civil Procedure Law", dotted paragraph and footnote mark',
    'The rule is Article 90.1[3] of the SPC’s Interpretations to the PRC Civil Procedure Law.',
    [['Article 90.1[3] of the SPC’s Interpretations to the PRC Civil Procedure Law', 'resolved', `${CPL_INTERPRETATION}90.1`]]],
  ['a short name defined after "will come into effect on <date>", then bare articles in brackets',
    'The revisions to the Supreme People\'s Court\'s Provisions on Evidence in Civil Procedure will come into effect on April 1, 2020 (the "Updated Evidence Provisions"). The Updated Evidence Provisions cover witnesses (Article 68) and experts (Articles 79 and 80).',
    [['Article 68', 'resolved', `${EVIDENCE}68`], ['Articles 79 and 80', 'resolved', `${EVIDENCE}79 ${EVIDENCE}80`]]],
  ['not a short name with none of the title\'s words after such a clause, nor the court alone, nor ordinals and case numbers',
    'The Supreme People\'s Court\'s Provisions on Evidence in Civil Procedure will come into effect on April 1, 2020 (the "Memo"). Article 4 of the Memo is ours. The Supreme People\'s Court ruled. The 14th session met; (2019) case No. 12; the 2nd item.',
    []],
]);

// A translation's article heading "Article N" alone on its line straight under a chapter caption, whatever the page
// prints below it (englishHeadings.ts headingAloneAt); a heading glued after a wrapped sentence's last word ("… according
// to" ⏎ "law.Article 9" ⏎ its text: labelEndsLine counts the words from the line above); "Article N is part of the
// <law> …" names that law's article (english.ts COPULA_OF).
table('citation table: English headings under a chapter caption and after a wrapped sentence; "is part of" (fix-en21)', [
  ['"Article 21" under "Chapter III …", a site notice below it, then the page\'s own sentence citing it',
    'Chapter III Personal Information Processing Rules\nArticle 21\nReader Notice\nThis page is for reference.\nArticle 21 is part of the PIPL chapter on processing rules and should be read with Article 13.',
    [['Article 21 is part of the PIPL', 'resolved', '个人信息保护21'], ['Article 13', 'resolved', '个人信息保护13']]],
  ['a heading glued to the last word of a sentence wrapped over lines with blank lines between',
    'Law of the People\'s Republic of China on Mediation\n\nArticle 8 Disputes shall be settled by the people\'s mediation committees established in\n\nvillages and residents\' committees in accordance with the\n\nlaw.Article 9\n\nThe parties may apply for mediation on a voluntary basis.',
    []],
  ['not a bare article under a caption that is no chapter\'s, a short line below it; nor counts or case numbers',
    'The Labor Law applies to the dispute.\nMediation Overview\nArticle 7\nReader Notice\nThe 14th session met; (2019) case No. 12.',
    [['Article 7', 'resolved', '劳动7']]],
]);

// A stray quotation mark before a law's name, its closing mark never written: the "quotation" cites another article, so
// it is no title, and the law is the one after the mark (english.ts); an English title and its defined short name a
// PDF's line-end hyphen broke inside a word (titles.ts lookup, englishDefinitions.ts englishDefinitions); "Part N of Article M"
// for a 款 and "Part N" alone after it (lists/englishUnitList.ts paragraphsAt, englishNextParagraph.ts).
table('citation table: a stray quote, a hyphen inside a title word, "Part N" for a paragraph (fix-en21)', [
  ['a stray quote before the first of two laws, a real quoted title after them',
    'The basis for the fine is Article 181 of the " Securities Law, Article 160 of the Criminal Law, and the "Minutes of the National Symposium on Widget Trials".',
    [['Article 181 of the " Securities Law', 'resolved', '证券181'], ['Article 160 of the Criminal Law', 'resolved', '刑160']]],
  ['a hyphen inside a title word and inside its defined short name, the short name later written whole',
    'Under Article 20 of the Interpretation of the Supreme People\'s Court of the Gen-eral Provisions of the Contract Part of the Civil Code (hereinafter referred to as "the Interpre-tation"), the court may adjust. Article 21 of the Interpretation applies by analogy.',
    [['Article 20 of the Interpretation of the Supreme People\'s Court of the Gen-eral Provisions of the Contract Part of the Civil Code', 'resolved', '最高人民法院关于适用《民法典》合同编通则若干问题的解释20'],
      ['Article 21 of the Interpretation', 'resolved', '最高人民法院关于适用《民法典》合同编通则若干问题的解释21']]],
  ['"Part 1 of Article 1079", then "Part 2 provides" alone',
    'Part 1 of Article 1079 of the Civil Code 2020 says that a spouse may sue for divorce. Part 2 provides that the court shall mediate first.',
    [['Part 1 of Article 1079 of the Civil Code', 'resolved', '民法典1079.1'], ['Part 2', 'resolved', '民法典1079.2']]],
  ['not "Part 2" alone with no "Part N of Article" before it, nor a part of a code, nor counts or case numbers',
    'Article 1079 of the Civil Code applies. Part 2 provides the background. Part 3 of the Civil Code is on contracts. The 14th session met; (2019) case No. 12.',
    [['Article 1079 of the Civil Code', 'resolved', '民法典1079']]],
]);

// A bilingual page's Chinese text of the English article, its label run on after the English on the same line: the same
// article reprinted, its 前款 that article's paragraph (scanner.ts quotedHeading, bilingual).
table('citation table: 前款 in the Chinese text run on after its English article (fix-en21)', [
  ['under the law\'s title line, the English article and its Chinese text on one line',
    'PRC Civil Code: Medical Liability\nArticle 1219 Medical staff shall explain the risks to a patient. Where the staff fail to perform the duty in the preceding paragraph, the institution shall compensate.第一千二百一十九条 医务人员应当向患者说明医疗风险。医务人员未尽到前款义务，造成患者损害的，医疗机构应当承担赔偿责任。',
    [['the preceding paragraph', 'resolved', '民法典1219.1'], ['前款', 'resolved', '民法典1219.1']]],
  ['not the Chinese label of another article run on so, nor ordinals and case numbers',
    'PRC Civil Code: Medical Liability\nArticle 1219 Medical staff shall explain the risks to a patient.第一千二百二十条 因抢救生命垂危的患者等紧急情况，可以立即实施相应的医疗措施。第十四届第一次会议。（2019）某民初12号。',
    []],
]);

// Forms from the fair measurement on fresh English pages of round 20 (real-en26: news, NGO and university pages,
// machine translations, academic abstracts, law-firm notes): made-up text in the real style against the bundled
// corpus (laws named short: 宪35 is the Constitution's article 35, 劳动41 the Labor Law's article 41).
import { bundledShortTable as table } from './citations/helpers';

// A scholar's abstract saying what the paper does — "this article argues / contends / posits / concludes / proposes /
// traces" — names the paper, not the article cited just before (englishThisArticle.ts WRITING_NOW); "this article"
// that a provision's verb follows still points back to it.
table('citation table: "this article argues" is the paper (real-en26)', [
  ['after an article named in the same sentence: the paper argues, contends, concludes',
    'Unlike the view that treats Article 35 of the Constitution as the only clause, this article argues that two more apply. Article 41 of the Constitution is one; this article contends that it protects speech. Article 47 of the Constitution is the other, and this article concludes with it.',
    [['Article 35 of the Constitution', 'resolved', '宪35'], ['Article 41 of the Constitution', 'resolved', '宪41'], ['Article 47 of the Constitution', 'resolved', '宪47']]],
  ['not a provision\'s verb: "This article provides for", "this article sets"; ordinals and case numbers stay unread',
    'Article 41 of the Labor Law limits overtime. This article provides for one hour a day. The 14th session met; the first meeting; item 2 goods; (2019) case No. 12.',
    [['Article 41 of the Labor Law', 'resolved', '劳动41'], ['This article', 'resolved', '劳动41']]],
]);

// The last heading of an excerpt cut inside its number: "Article 41 …", "Article 42: …", then "Article 4" alone on the
// page's last line (the page stopped in "Article 43") — a heading, no citation (englishSequence.ts lastHeadingAloneAt).
table('citation table: a last heading cut inside its number (real-en26)', [
  ['"Article 4" ending the page after the headings of articles 41 and 42',
    'Under Article 41 of the Labor Law overtime is limited.\n\nLabor Law of the People\'s Republic of China\n\n    Article 41 An employer may extend the working hours after consultation with the trade union.\n\n    Article 42: In any of the following circumstances, the extension is not restricted by Article 41 of this Law.\n\n    Article 4',
    [['Article 41 of the Labor Law', 'resolved', '劳动41'], ['Article 41 of this Law', 'resolved', '劳动41']]],
  ['not a label alone whose digits begin no number next in the run (5 after 42), nor one in a sentence',
    'Labor Law of the People\'s Republic of China\n\nArticle 41 An employer may extend the working hours after consultation with the trade union.\n\nArticle 42: In any of the following circumstances, the extension is not restricted.\n\nSee also Article 4\n\nArticle 5',
    [['Article 4', 'resolved', '劳动4'], ['Article 5', 'resolved', '劳动5']]],
]);

// 若干 translated "Specific" in the court's numbered interpretations of a law (englishComposed.ts): "the Provisions of
// the Supreme People's Court on Specific Issues Concerning (the) Application of the Company Law … (II)".
table('citation table: "Specific Issues" in an interpretation\'s English title (real-en26)', [
  ['the Company Law\'s Provisions (II) and (III), one article and a list',
    'Pursuant to Article 22 of the Provisions of the Supreme People\'s Court on Specific Issues Concerning Application of the Company Law of the People\'s Republic of China (II), and Articles 13 and 14 of the Provisions of the Supreme People\'s Court on Specific Issues Concerning the Application of the Company Law of the People\'s Republic of China (III), a creditor may sue.',
    [['Article 22 of the Provisions of the Supreme People\'s Court on Specific Issues Concerning Application of the Company Law of the People\'s Republic of China (II)', 'resolved', '最高人民法院关于适用《公司法》若干问题的规定（二）22'],
      ['Articles 13 and 14 of the Provisions of the Supreme People\'s Court on Specific Issues Concerning the Application of the Company Law of the People\'s Republic of China (III)', 'resolved', '最高人民法院关于适用《公司法》若干问题的规定（三）13 最高人民法院关于适用《公司法》若干问题的规定（三）14']]],
  ['not a law the corpus lacks (unknown), nor "specific issues" in prose; ordinals and case numbers stay unread',
    'Article 3 of the Provisions of the Supreme People\'s Court on Specific Issues Concerning Application of the Gardening Law (II) applies. The court met on specific issues concerning the 14th session and (2019) case No. 12.',
    [['Article 3 of the Provisions of the Supreme People\'s Court on Specific Issues Concerning Application of the Gardening Law (II)', 'unknown-regulation', '']]],
]);

// "of the Code" after the Civil Code was named: the code named last (english.ts, anaphor.ts) — China has one code, and
// writers call it "the Code" once named. No code named before: a code the page did not name (unknown), not the law in
// context.
table('citation table: "Article N of the Code" after the Civil Code (real-en26)', [
  ['after "Article 1176 of the Civil Code", with the Labor Law named between',
    'The court dismissed the claims per Article 1176 of the Civil Code. The Labor Law was not in issue. Article 1053 of the Code provides that a party shall inform the other.',
    [['Article 1176 of the Civil Code', 'resolved', '民法典1176'], ['Article 1053 of the Code', 'resolved', '民法典1053']]],
  ['not the law in context when no code was named; ordinals and case numbers stay unread',
    'Article 41 of the Labor Law applies. Article 5 of the Code is different. The 14th session; (2019) case No. 12.',
    [['Article 41 of the Labor Law', 'resolved', '劳动41'], ['Article 5 of the Code', 'unknown-regulation', '']]],
]);

// A title in capitals run into a line that lost its break (a journal PDF's running head after the copyright line):
// "ARTICLE N OF … LAW" reads in the ordinary case, as a line in capitals does (englishCaps.ts capitalRunText).
table('citation table: a capitals title run into a line (real-en26)', [
  ['after the copyright line, the subtitle going on in capitals',
    'Copyright © 2009 Law Journal Association ARTICLE 14 OF CHINA’S NEW LABOR CONTRACT LAW: USING OPEN-TERM CONTRACTS TO BALANCE Jane Doe Abstract: China passed a law.',
    [['ARTICLE 14 OF CHINA’S NEW LABOR CONTRACT LAW', 'resolved', '劳动合同14']]],
  ['not a running head\'s caption ("ARTICLE 20: SECESSION"), nor capitals naming no law; ordinals and case numbers stay unread',
    'Page 3 date 2020-07-05 ARTICLE 20: SECESSION and ARTICLE 5 OF THE AGREEMENT BETWEEN US apply. The 14th session; (2019) case No. 12.',
    []],
]);

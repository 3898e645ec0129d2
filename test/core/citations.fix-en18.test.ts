// Forms from the English tuning sets' residual errors (round 17, fix-en18): made-up text in the real style against the
// bundled corpus (laws named short: 劳动合同38 is the Labor Contract Law's article 38).
import { bundledShortTable as table } from './citations/helpers';

// "article 15 of the interpretations", "of the provisions" in lower case: the text of that kind the page named before,
// as "of the Interpretation" is (englishLowerKindNoun.ts); no citation when no such text was named.
table('citation table: a kind noun in lower case after "of the" (fix-en18)', [
  ['"of the interpretations" after an interpretation\'s title',
    'The Interpretation of the Supreme People\'s Court on Several Issues Concerning the Application of the Property Law of the People\'s Republic of China (I) took effect in 2016.\nQ: When is a buyer in good faith?\nA: Under article 9 of the interpretations, a buyer who paid the full price is protected.',
    [['article 9 of the interpretations', 'resolved', '最高人民法院关于适用《物权法》若干问题的解释（一）9']]],
  ['"of the provisions" after the Provisions\' title',
    'The Several Provisions of the Supreme People\'s Court on Evidence in Civil Procedures apply. Under article 7 of the provisions, a party bears the burden.',
    [['article 7 of the provisions', 'resolved', '最高人民法院关于民事诉讼证据的若干规定7']]],
  ['not with no text of that kind named before, nor the rules of a game, nor ordinals and case numbers',
    'The Labor Contract Law of the People\'s Republic of China applies. Under article 3 of the provisions, parties negotiate. Article 2 of the rules of the club is no law. The 14th session met; (2019) case No. 12; the 2nd item.',
    []],
]);

// A run-in article heading after a line break a scraper wrote out as its escape ("\x0d\"): the heading of the text
// copied, as at a line's start (englishRunIn.ts ESCAPED_BREAK); a citation after the escape stays one.
table('citation table: an article heading after an escaped line break (fix-en18)', [
  ['headings of implementing rules after "\\x0d\\", their citation of the regulation kept',
    'Implementing Rules of the Regulations on Travel Agencies\\x0d\\ Article 1 These Rules are formulated under the "Regulations on Travel Agencies" (the "Regulations"). \\x0d\\ Article 2 The services mentioned in Article 2 of the Regulations include guiding. \\x0d\\ Article 3 The business means trips.',
    [['Article 2 of the Regulations', 'resolved', '旅行社条例2']]],
  ['not a citation after the escape, nor an ordinal', 'The Regulations on Travel Agencies apply. \\x0d\\ Article 4 provides that the 2nd deposit is refunded.',
    [['Article 4', 'resolved', '旅行社条例4']]],
]);

// "the third paragraph of one of the clauses of Article 253": a machine's rendering of 第二百五十三条之一第三款, "one of"
// for 之一 (english.ts oneOf) — a paragraph of article N之一; "one of the articles" with no paragraph before names none.
table('citation table: "of one of the clauses of Article N" for 条之一 (fix-en18)', [
  ['the paragraph of "one of the clauses of Article 253"',
    'The "other means" mentioned in the third paragraph of one of the clauses of Article 253 of the Criminal Law refer to buying data.',
    [['the third paragraph of one of the clauses of Article 253 of the Criminal Law', 'resolved', '刑253之1.3']]],
  ['not without a paragraph before it, nor a paragraph of the article itself, nor an ordinal',
    'Selling data is one of the clauses of Article 253 of the Criminal Law. The second paragraph of Article 20 of the Criminal Law applies. The 14th session met.',
    [['Article 253 of the Criminal Law', 'resolved', '刑253'], ['The second paragraph of Article 20 of the Criminal Law', 'resolved', '刑20.2']]],
]);

// "the Civil Code of (the) Russian Federation": another state's name after a code's, as "the Penal Code of Japan" —
// no Chinese law, its article no citation (englishRunIn.ts FOREIGN_STATE_AFTER).
table('citation table: a code "of Russian Federation" (fix-en18)', [
  ['an article of the Russian code among notes citing a Chinese law', 'Article 6 of the Labor Law of the People\'s Republic of China applies.\nSee article 1080 of the Civil Code of Russian Federation and article 19 of the Civil Code of the Russian Federation.',
    [['Article 6 of the Labor Law of the People\'s Republic of China', 'resolved', '劳动6']]],
  ['not China\'s own Civil Code, nor an ordinal or a case number', 'See article 1080 of the Civil Code of the People\'s Republic of China. The 14th session met; (2019) case No. 12.',
    [['article 1080 of the Civil Code of the People\'s Republic of China', 'resolved', '民法典1080']]],
]);

// Another state's law named after an article ("Article 52 of the Australian Commercial Law") is the law the page speaks
// of next: the bare articles after it are its own, no citations (englishRunIn.ts foreignLawNamedAfter), until a
// Chinese law is named again.
table('citation table: bare articles after an article of another state\'s law (fix-en18)', [
  ['a foreign act\'s article, then its text\'s label and a bare list: none', 'Article 49 of the Consumer Protection Law of the People\'s Republic of China allows triple damages. Compare Article 52 of Australia\'s Trade Practices Act, which stipulates as follows:\nArticle 52 (1) A corporation shall not engage in misleading conduct.\nSee also articles 53 and 55.',
    [['Article 49 of the Consumer Protection Law', 'resolved', '消费者权益保护49']]],
  ['not after a Chinese law named again, nor an ordinal or a case number', 'See article 51 of the Swiss Code of Obligations. Article 9 of the Labor Law of the People\'s Republic of China differs, and Article 10 too. The 14th session met; (2019) case No. 12.',
    [['Article 9 of the Labor Law of the People\'s Republic of China', 'resolved', '劳动9'], ['Article 10', 'resolved', '劳动10']]],
]);

// A paragraph on the line below an article's run-on text that grants a power ("may") within what the paragraph before
// sets ("… within the range specified in the preceding paragraph") is the article's next paragraph (englishHeadings.ts
// refersBackAsStatute): its "the preceding paragraph" is the article's first.
table('citation table: a "may" paragraph referring to the preceding one under a legal basis (fix-en18)', [
  ['the second paragraph of an interpretation\'s article run on after its title',
    'Legal basis: Interpretation of the Supreme People\'s Court and the Supreme People\'s Procuratorate on Several Issues Concerning the Specific Application of Laws in Handling Criminal Cases of Fraud Article 1 Whoever defrauds property worth 5,000 yuan or more commits fraud.\nThe provincial courts may fix local standards within the range specified in the preceding paragraph and report them for the record.',
    [['Interpretation of the Supreme People\'s Court and the Supreme People\'s Procuratorate on Several Issues Concerning the Specific Application of Laws in Handling Criminal Cases of Fraud Article 1', 'resolved', '最高人民法院、最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释1'],
      ['the preceding paragraph', 'resolved', '最高人民法院、最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释1.1']]],
  ['not the writer\'s words below it, nor an ordinal or a case number',
    'Legal basis: Interpretation of the Supreme People\'s Court and the Supreme People\'s Procuratorate on Several Issues Concerning the Specific Application of Laws in Handling Criminal Cases of Fraud Article 1 Whoever defrauds property worth 5,000 yuan or more commits fraud.\nYou may compare the amount specified in the preceding paragraph with your loss. The 14th session met; (2019) case No. 12.',
    [['Interpretation of the Supreme People\'s Court and the Supreme People\'s Procuratorate on Several Issues Concerning the Specific Application of Laws in Handling Criminal Cases of Fraud Article 1', 'resolved', '最高人民法院、最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释1']]],
]);

// "(Id. art 4.)": legal citation style's "id." before "art" written without its stop is the source cited just before,
// as "(Id. art. 7.)" is (english.ts idArt); "art 5" with no "id." and no law after it stays none.
table('citation table: "Id. art 4" without the stop (fix-en18)', [
  ['after the law was cited', 'Article 3 of the Supervision Law of the People\'s Republic of China sets up the commissions. (Id. art 4.) They report to congresses. (id. art 9)',
    [['Article 3 of the Supervision Law of the People\'s Republic of China', 'resolved', '监察3'], ['Id. art 4', 'resolved', '监察4'], ['id. art 9', 'resolved', '监察9']]],
  ['not "art" with no "id." before it, nor an ordinal or a case number', 'Article 3 of the Supervision Law of the People\'s Republic of China applies. The art 5 exhibition opened. The 14th session met; (2019) case No. 12.',
    [['Article 3 of the Supervision Law of the People\'s Republic of China', 'resolved', '监察3']]],
]);

// A label with its paragraph opening a line, the paragraph's words run on after it ("Article 20 para.2 Where …"): that
// text is the article's, so "the first paragraph" in it is the article's own (scanner, labelledTextAfter for a bare label).
table('citation table: "the first paragraph" in a paragraph printed after its label (fix-en18)', [
  ['after the law named on the line above', 'Criminal Law of the People\'s Republic of China\nArticle 20 para.2 Where defence obviously exceeds the necessary limits, punishment shall be mitigated, except as provided in the first paragraph.',
    [['Article 20 para.2', 'resolved', '刑20.2'], ['the first paragraph', 'resolved', '刑20.1']]],
  ['not the writer\'s prose after a label whose words do not run on, nor an ordinal',
    'Criminal Law of the People\'s Republic of China\nArticle 20 para.2 applies here.\nOur note: the first paragraph above is ours. The 14th session met; (2019) case No. 12.',
    [['Article 20 para.2', 'resolved', '刑20.2']]],
]);

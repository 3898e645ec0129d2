// Forms from the twenty-first fair measurement's residual errors on English pages (heldout21-english, now a tuning
// set): made-up text in the real style against the bundled corpus (laws named short: 劳动44 is the Labor Law's
// article 44).
import { bundledShortTable as table } from './citations/helpers';

// The first article after a part caption run on before it ("I. General Provisions Article 1 in order to …") is a
// heading, its text in lower case; the next label at a line's start follows it (englishHeadings.ts
// lowerCaseHeadingAt, ROMAN_CAPTION_BEFORE).
table('citation table: a lower-case heading after a part caption run on (fix-en22)', [
  ['a machine translation: the first heading after "I. General Provisions", and the next ones at their lines\' start',
    'Rules of the Ministry on record filing I. General Provisions Article 1 in order to further regulate record filing, in accordance with the Labor Law of the People\'s Republic of China, these rules are formulated\n\nArticle 2 the ministry shall accept the filings of the employers\n\nArticle 3 filings shall be made within thirty days',
    []],
  ['not "in order to" in a writer\'s sentence, nor a link after a caption',
    'The court applied Article 1 in order to fill the gap. Under the Labor Law, Article 3 in the Labor Law still governs.\nChapter II Wages Article 5 of the Labor Law applies.\nII. Legal Analysis Article 44 in the Labor Law sets the overtime rate.',
    [['Article 1', 'no-context', ''], ['Article 3 in the Labor Law', 'resolved', '劳动3'], ['Article 5 of the Labor Law', 'resolved', '劳动5'], ['Article 44 in the Labor Law', 'resolved', '劳动44']]],
  ['ordinals, a case number and a numbered item stay unread', '第十四届全国人大第一次会议。（2019）某刑初12号。第2项商品。', []],
]);

// A bare "Section N" on a page citing section N of a law of the corpus ("Section 38 of the Hong Kong national security
// law") is that article, before or after the full citation (english.ts sectionCitedWithLaw); a section the page never
// cites with a Chinese law, a Hong Kong ordinance's section, a decimal or "Section N of Chapter …" stay no citation.
table('citation table: a bare section numbered as one cited with a Chinese law (fix-en22)', [
  ['before and after the full citation, at a sentence\'s end too',
    'Yet Section 38 has drawn notice abroad.\nSection 38 of the Hong Kong national security law reaches offences outside the region, and visitors are covered by Section 38.',
    [['Section 38', 'resolved', '香港特别行政区维护国家安全38'], ['Section 38 of the Hong Kong national security law', 'resolved', '香港特别行政区维护国家安全38'], ['Section 38', 'resolved', '香港特别行政区维护国家安全38']]],
  ['not another number, an ordinance\'s section, a decimal, nor a section of a chapter',
    'Section 8 of the Criminal Law is narrower. The Crimes Ordinance makes it an offence (Section 10). Section 12 differs; see section 8.5 below.\nSection 2 of Chapter IV of the Labor Law. Section 2 was cited.',
    [['Section 8 of the Criminal Law', 'resolved', '刑8']]],
  ['nor on a page citing no law by section: 第十四届, a case number stay unread', 'Section 38 has drawn notice. 第十四届全国人大第一次会议。（2019）某刑初12号。', []],
]);

// A version named by the date of the act that made it after an English title ("revised on December 29, 2007", ", passed
// on May 12, 1994 by …", "as amended and adopted at the … Session … on October 28, 2007" after a bracketed aside) is
// that year's text; the corpus holding none, the law's text is one it lacks (english.ts REVISED_ON_AFTER).
table('citation table: a version named by a revision date after an English title (fix-en22)', [
  ['revised on a date, passed on a date, amended and adopted at a session on a date',
    'The first paragraph of article 76 in the Law of the People\'s Republic of China on Road Traffic Safety revised on December 29, 2007 stipulates that the insurer pays.\nArticle 2\nof the Law on State Compensation, passed on May 12, 1994 by the Congress, states so.\nArticle 231 of the Civil Procedure Law (i.e. a later article of the current edition) as amended and adopted at the 30th Session of the Standing Committee of the 10th National People\'s Congress on October 28, 2007, provides so.',
    [['The first paragraph of article 76 in the Law of the People\'s Republic of China on Road Traffic Safety', 'unknown-regulation', ''],
      ['Article 2\nof the Law on State Compensation', 'unknown-regulation', ''], ['Article 231 of the Civil Procedure Law', 'unknown-regulation', '']]],
  ['not a history going on to a later act, a version the corpus holds, nor a date with no such verb',
    'Article 2 of the Labor Contract Law, adopted on June 29, 2007 and amended on December 28, 2012, applies. Article 5 of the Company Law as amended on 29 December 2023 applies. Article 3 of the Labor Law on 5 May 2019 was read.',
    [['Article 2 of the Labor Contract Law', 'resolved', '劳动合同2'], ['Article 5 of the Company Law', 'resolved', '公司5'], ['Article 3 of the Labor Law', 'resolved', '劳动3']]],
]);

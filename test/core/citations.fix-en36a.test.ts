// Forms from round 23's English names (fix-en36a): made-up text in the real style against the bundled corpus (laws
// named short: 出境入境管理80.1 is the Exit and Entry Administration Law's article 80, paragraph 1).
import { bundledShortTable as table } from './citations/helpers';

// "of law of the people's republic of china on X", the official title's order typed in lower case with no "the" before
// it (englishLowerLawOn.ts): the known law with those words; "law on X" without the country still needs "the".
table('citation table: a lower-case title "law of the people\'s republic of china on X" (fix-en36a)', [
  ['after "of" with no article, the country in it',
    'The company breached article 80, paragraph 1, of law of the people\'s republic of china on the administration of entry and exit and was fined.',
    [['article 80, paragraph 1, of law of the people\'s republic of china on the administration of entry and exit', 'resolved', '出境入境管理80.1']]],
  ['also with "the" and the PRC\'s initials',
    'A fine is set in article 43 of the law of the prc on the administration of entry and exit.',
    [['article 43 of the law of the prc on the administration of entry and exit', 'resolved', '出境入境管理43']]],
  ['not "law on X" without the country after a bare "of", nor an ordinal or a case number',
    'See article 12 of law on the administration of entry and exit. The 14th session met; (2019) case No. 12.',
    [['article 12', 'no-context', '']]],
]);

// "art. 90 of the newly revised Arbitration Law" where no held text of the law has Article 90 (englishRevisedPastEnd.ts):
// the revision named is a text the corpus lacks, unknown-regulation; an article a held text has resolves as before, and
// an article past the end with no revision word stays unknown-article.
table('citation table: a revision named, its article past every held text (fix-en36a)', [
  ['"the newly revised" law, an article past the held text\'s end',
    'Arbitral institutions, as clarified by art. 90 of the newly revised Arbitration Law, include arbitral courts.',
    [['art. 90 of the newly revised Arbitration Law', 'unknown-regulation', '']]],
  ['"the amended" law, likewise', 'Article 95 of the amended Arbitration Law lets institutions set their own rules.',
    [['Article 95 of the amended Arbitration Law', 'unknown-regulation', '']]],
  ['not an article the held text has, nor an article past the end with no revision word, nor a count',
    'Article 16 of the newly revised Arbitration Law keeps the written form. Article 95 of the Arbitration Law is cited too. The 2nd revision met.',
    [['Article 16 of the newly revised Arbitration Law', 'resolved', '仲裁16'], ['Article 95 of the Arbitration Law', 'unknown-article', '仲裁95']]],
]);

// 'of the "Interpretation of the Supreme People\'s Court on Application"', the title cut before its law
// (englishCutInterpretation.ts): the interpretation the page named last.
table('citation table: a court interpretation\'s title cut before its law (fix-en36a)', [
  ['after the interpretation of the Criminal Procedure Law named',
    'Article 67 of the "Judicial Interpretation of the Criminal Procedure Law" sets the duty.\nArticle 68 of the "Interpretation of the Supreme People\'s Court on the Application" sets the record.',
    [['Article 67 of the "Judicial Interpretation of the Criminal Procedure Law"', 'resolved', '最高人民法院关于适用《刑事诉讼法》的解释67'],
      ['Article 68 of the "Interpretation of the Supreme People\'s Court on the Application"', 'resolved', '最高人民法院关于适用《刑事诉讼法》的解释68']]],
  ['not the whole title with its law (read as before), nor a cut title with no interpretation named before',
    'Article 9 of the "Interpretation of the Supreme People\'s Court on Application" is cited. The 14th session met.',
    []],
]);

// "of the LSA" after "Article 11 of the Labor Standards Law", never defined (englishNamedInitials.ts): the law cited
// before whose name has those initials (A or L for a Law), known or not, as its name was.
table('citation table: the initials of a law cited before, undefined (fix-en36a)', [
  ['an unknown law\'s name, then its initials with A for the noun',
    'According to Article 11 of the Labor Standards Law, employers may dismiss workers. According to article 17 of the LSA, an employer pays severance.',
    [['Article 11 of the Labor Standards Law', 'unknown-regulation', ''], ['article 17 of the LSA', 'unknown-regulation', '']]],
  ['a name of four words, then its initials with L for the noun', 'In China, Article 2 of the Rural Highway Safety Law is cited here; under Article 6 of the RHSL the county acts.',
    [['Article 2 of the Rural Highway Safety Law', 'unknown-regulation', ''], ['Article 6 of the RHSL', 'unknown-regulation', '']]],
  ['not initials no name cited before has, nor an Act\'s, nor an ordinal or a case number',
    'Article 5 of the WTO binds members. Article 9 of the Gender Equality Act applies; Article 2 of the GEL differs. The 14th session met; (2019) case No. 12.',
    []],
]);

// A title the text stops inside, the page cut at a fixed length (englishCutTitle.ts): the name the page wrote before
// that goes on from the words, else the one known title they start.
table('citation table: a title the text ends inside (fix-en36a)', [
  ['a known title cut mid-word at the end of the text', 'Schools were fined for illegal work.\n\nArticle 43 of the Exit and Entry Adm',
    [['Article 43 of the Exit and Entry Adm', 'resolved', '出境入境管理43']]],
  ['a name the page wrote before, cut mid-word',
    'In 2021 the Interpretation of Punitive Damages in Intellectual Property Civil Cases took effect. Courts weigh intent. According to Article 3 of the Interpretation of Punitive Damages in Intellectual Proper',
    [['Article 3 of the Interpretation of Punitive Damages in Intellectual Proper', 'resolved', '最高人民法院关于审理侵害知识产权民事案件适用惩罚性赔偿的解释3']]],
  ['not the same words with text after them, nor an ordinal or a case number',
    'Article 5 of the Labor Law\n\nArticle 6 of the Exit and Entry Adm and more words follow. The 14th session met; (2019) case No. 12.',
    [['Article 5 of the Labor Law', 'resolved', '劳动5']]],
  ['a title complete at the end of the text is read as it is', 'In China, see Article 5 of the Labor Law',
    [['Article 5 of the Labor Law', 'resolved', '劳动5']]],
  ['not two letters at the end ("of the La": too little to tell)', 'In China, see Article 2 of the La', []],
]);

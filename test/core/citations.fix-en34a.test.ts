// Forms of heldout30-english (fix-en34a: English versions, drafts and unknown titles): made-up text in the real style
// against the bundled corpus (laws named short: 广告9 is the Advertising Law's article 9).
import { bundledShortTable as table } from './citations/helpers';

// A regulator's guide named in quotation marks and given its kind word as a short name (englishGuideDefined.ts): the
// short name cites that guide (unknown-regulation), and the bare articles after it are its, not the law cited before.
table('citation table: a quoted guide given the short name "Guide" (fix-en34a)', [
  ['the guide defined, cited by its short name in quotes, then a bare item of its article',
    'Such terms fall under item (3), Article 9 of the "Advertising Law". The SAMR therefore issued the "Enforcement Guide for Comparative Claims in Advertising" (hereinafter referred to as the "Guide").\n\nArticles 2 to 4 of the "Guide" set a safe zone. Article 2 of the "Guide" stipulates that a business name is no advertisement. The second item of Article 2 adds a duty of proof.',
    [['item (3), Article 9 of the "Advertising Law"', 'resolved', '广告9..3'],
      ['Articles 2 to 4 of the "Guide"', 'unknown-regulation', ''],
      ['Article 2 of the "Guide"', 'unknown-regulation', ''],
      ['The second item of Article 2', 'unknown-regulation', '']]], // span with its item since f130-en1 (an ordinal item before its article)
  ['one mark typed for both ends, and "the Compliance Guidelines" as the short name of a quoted guidelines title',
    'Under Article 4 of the "Advertising Law", ads must be true. The regulator published the”Compliance Guidelines for Online Ads in Live Streaming”( hereinafter the “Compliance Guidelines”). Article 6 of the “Compliance Guidelines” lists the duties.',
    [['Article 4 of the "Advertising Law"', 'resolved', '广告4'],
      ['Article 6 of the “Compliance Guidelines”', 'unknown-regulation', '']]],
  ['not a contract given its kind word as a short name: its article is none, the law stays the context; nor ordinals or case numbers',
    'Under Article 4 of the "Advertising Law", ads must be true. The parties signed the "Equity Transfer Agreement" (hereinafter the "Agreement"). Article 5 of the "Agreement" sets the price. Article 9 applies. The 14th session met; (2019) case No. 12.',
    [['Article 4 of the "Advertising Law"', 'resolved', '广告4'], ['Article 9', 'resolved', '广告9']]],
  ['not a guide named without a short name of its kind: the bare article stays the law\'s',
    'Under Article 4 of the "Advertising Law", ads must be true. See our "Practical Guide to Advertising in China" (the "Handbook"). Article 9 applies.',
    [['Article 4 of the "Advertising Law"', 'resolved', '广告4'], ['Article 9', 'resolved', '广告9']]],
]);

// A profession's code of conduct named with the profession's possessive (english/names/englishLawLikeTitle.ts PROFESSION_CODE): unknown, and
// the bare articles of an amendment to it ("to be article 5") are its — never no-context.
table('citation table: "the Notaries\' Practice Code of Conduct", lower-case articles (fix-en34a)', [
  ['an amendment notice adding an article and a paragraph',
    '1. Add one article after article 4 of the Notaries\' Practice Code of Conduct to be article 5: "Notaries shall keep records."\n2. Add one paragraph to article 8 of the Notaries\' Practice Code of Conduct to be the second paragraph: "notaries shall not advertise".',
    [['article 4 of the Notaries\' Practice Code of Conduct', 'unknown-regulation', ''],
      ['article 5', 'unknown-regulation', ''],
      ['article 8 of the Notaries\' Practice Code of Conduct', 'unknown-regulation', '']]],
  ['"the Judges\' Code of Conduct" too; not an employer\'s code: its article is none and the law stays the context',
    'Under Article 4 of the "Advertising Law", ads must be true. Article 7 of the Judges\' Code of Conduct bars gifts. Under Article 3 of the Advertising Law, and Article 5 of the Company\'s Code of Conduct, staff comply. Article 9 applies. The 14th session met.',
    [['Article 4 of the "Advertising Law"', 'resolved', '广告4'],
      ['Article 7 of the Judges\' Code of Conduct', 'unknown-regulation', ''],
      ['Article 3 of the Advertising Law', 'resolved', '广告3'],
      ['Article 9', 'resolved', '广告9']]],
]);

// A bracket after a law's title giving the date it took effect names the text that took effect then
// (englishEffectiveDate.ts): unknown-regulation when the corpus lacks that text, that text when it holds it.
table('citation table: "(effective Dec. 1, 1993)" after a title (fix-en34a)', [
  ['the original text of a law the corpus holds only later: unknown; the text the corpus holds: resolved',
    'Trade secrets were first protected by Article 10 of the “Anti-Unfair Competition Law of China” (effective Dec. 1, 1993). Article 1165 of the Civil Code (effective January 1, 2021) now governs.',
    [['Article 10 of the “Anti-Unfair Competition Law of China”', 'unknown-regulation', ''],
      ['Article 1165 of the Civil Code', 'resolved', '民法典1165']]],
  ['not a bracket telling a history, nor a date in prose after the title: the text in force; nor ordinals',
    'See Article 9 of the Anti-Unfair Competition Law (effective Dec. 1, 1993; amended 2019). Article 9 of the Anti-Unfair Competition Law effective since 1993 applies. The 14th session met.',
    [['Article 9 of the Anti-Unfair Competition Law', 'resolved', '反不正当竞争9'],
      ['Article 9 of the Anti-Unfair Competition Law', 'resolved', '反不正当竞争9']]],
]);

// A law's title with a "(Draft …)" bracket names the draft (englishDraftAfter.ts draftBracketAfter), and a sentence
// opening "In the second draft," speaks of that draft (draftOpensSentence): unknown-regulation, not the enacted law.
table('citation table: a draft named by a bracket or opening a sentence (fix-en34a)', [
  ['a translated draft headed by its title and "(Draft for Comments)", its own "hereof"',
    'PRC Foreign Investment Law (Draft for Comments)\n\nArticle 1: Objectives\n\nThis Law is formulated to promote investment.\n\nArticle 2: National Treatment\n\nForeign investors enjoy national treatment, save as set out in the catalogue made under Article 9, Catalogue Procedure, hereof.',
    [['Article 9', 'unknown-regulation', '']]],
  ['an article cited with the draft\'s bracket; the law without it stays the law',
    'Article 5 of the Export Control Law (Draft) differs from Article 5 of the Export Control Law.',
    [['Article 5 of the Export Control Law', 'unknown-regulation', ''], ['Article 5 of the Export Control Law', 'resolved', '出口管制5']]],
  ['a sentence opening in the second draft: its bare articles; the next sentence comparing with the draft keeps the law',
    'Article 1 of the Export Control Law states its purpose. In the second draft, the phrase appears twice, in Article 1 and Article 44, of which Article 44 concerns liability. Compared with the second draft, the final text reorders Articles 2 and 9.',
    [['Article 1 of the Export Control Law', 'resolved', '出口管制1'],
      ['Articles 2 and 9', 'resolved', '出口管制2 出口管制9']]],
  ['not "the draft" in passing, nor ordinals or case numbers',
    'Article 1 of the Export Control Law states its purpose. As in the draft, Article 3 sets the scope. The 14th session met; (2019) case No. 12.',
    [['Article 1 of the Export Control Law', 'resolved', '出口管制1'], ['Article 3', 'resolved', '出口管制3']]],
]);

// The draft of a numbered amendment named before a law's title (scanner DRAFT_OF): the draft, also for the bare article
// after it in the sentence; the amendment enacted, named without "draft", stays the law.
table('citation table: "the draft of the Fourth Amendment of Patent Law" (fix-en34a)', [
  ['a bare article after the draft of a numbered amendment',
    'A new approach is set in the draft of the Fourth Amendment of Patent Law, issued in December 2018, which provides in Article 70 that damages may be raised.',
    [['Article 70', 'unknown-regulation', '']]],
  ['not the law named without "draft": its article; nor ordinals',
    'The Fourth Amendment of Patent Law, passed in 2020, provides in Article 70 that damages may be raised. The 14th session met.',
    [['Article 70', 'resolved', '专利70']]],
]);

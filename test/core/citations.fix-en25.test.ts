// Forms from the heldout23 English measurement's residual errors (fix-en25): made-up text in the real style against the
// bundled corpus (laws named short: 刑260 is the Criminal Law's article 260).
import { bundledShortTable as table } from './citations/helpers';

// A short name defined after a title whose footnote number a PDF left bare, after the title or after its version
// bracket ("the Widget Law (2009) 2 (hereinafter WL)", englishDefinitions.ts englishDefinitions): the short name is defined, so
// "art. 6 para. 1 of the WL" is that law's article.
table('citation table: a short name defined after a bare footnote number (fix-en25)', [
  ['after the version bracket and the footnote number: a law of the corpus',
    'Dismissal is governed by the Labor Contract Law (2012) 3 (hereinafter LCL). As art. 39 para. 1 of the LCL shows, the employer may dismiss.',
    [['art. 39 para. 1 of the LCL', 'resolved', '劳动合同39.1']]],
  ['after the title and the footnote number, a law the corpus lacks: unknown',
    'Torts were governed by the Tort Liability Law (2009) 2 (hereinafter TLL) until 2021, as art. 6 para. 1 of the TLL shows.',
    [['art. 6 para. 1 of the TLL', 'unknown-regulation', '']]],
  ['not a page number in prose, a count or a case number',
    'See the Commentary p. 12 (hereinafter the Book). The 14th session met; (2019) case No. 12. Part 2 of the book.', []],
]);

// "Clause N of <a law of the corpus>": 条 translated "clause" (englishSection.ts CLAUSE_WORD), and "the above-mentioned
// clause" pointing back to it (englishThisArticle.ts CLAUSE_ANAPHOR).
table('citation table: "Clause N of the <law>" as an article, and "the above-mentioned clause" (fix-en25)', [
  ['a clause of a law of the corpus, then "the above-mentioned clause" two sentences later',
    'The court ruled according to Clause 260 of the Criminal Law, which punishes abuse of family members.\nThis is common. Many courts sentence such cases according to the above-mentioned clause.',
    [['Clause 260 of the Criminal Law', 'resolved', '刑260'], ['the above-mentioned clause', 'resolved', '刑260']]],
  ['a clause of an article stays what it was read as before (here Article 39\'s second item: the article has no 款)',
    'Under Clause 2 of Article 39 of the Labor Contract Law the employer may dismiss.',
    [['Clause 2 of Article 39 of the Labor Contract Law', 'resolved', '劳动合同39..2']]],
  ['not a contract\'s clause, a bare clause, nor "the above-mentioned clause" after an article so named',
    'Clause 14 of the Agreement governs disputes. See Clause 7 for details. Article 39 of the Labor Contract Law applies. Under the above-mentioned clause, notice is due.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39']]],
  ['not "the aforementioned clause" with no clause cited before, nor an ordinal or a session',
    'The parties signed the contract. Under the aforementioned clause, disputes go to arbitration. The 14th session met.', []],
]);

// "Paragraph One of this article": a paragraph's number spelled as a capitalised word (lists/englishUnitList.ts paragraphsAt), in a
// reproduced article's text its own paragraph, as "Paragraph 1 of this Article" is.
table('citation table: "Paragraph One of this article" spelled out (fix-en25)', [
  ['in a translated article printed under its law\'s title: that article\'s paragraph',
    'Labor Dispute Mediation and Arbitration Law\nArticle 27 The time limit for applying for arbitration is one year.\nWhere a party cannot apply within the time limit in Paragraph One of this article due to force majeure, the limit is suspended.',
    [['Paragraph One of this article', 'resolved', '劳动争议调解仲裁27.1']]],
  ['"Paragraph Two of Article N of <law>" in prose',
    'Paragraph Two of Article 14 of the Labor Contract Law is cited.',
    [['Paragraph Two of Article 14 of the Labor Contract Law', 'resolved', '劳动合同14.2']]],
  ['not "paragraph one" alone or of the writer\'s post, nor a session or a count',
    'In paragraph one of this post we explain the rules. Paragraph Two describes the facts. The 14th session met.', []],
]);

// "the second paragraph" alone in the sentence that has just cited one article: that article's paragraph (scanner.ts,
// the ordinal paragraph anchor outside statute text).
table('citation table: "the second paragraph" of the article cited in the same sentence (fix-en25)', [
  ['two paragraphs named after the article, in one sentence',
    'Article 14 of the Labor Contract Law was the first rule on open-ended contracts, with the second paragraph listing the cases and the third paragraph deeming one concluded.',
    [['Article 14 of the Labor Contract Law', 'resolved', '劳动合同14'], ['the second paragraph', 'resolved', '劳动合同14.2'], ['the third paragraph', 'resolved', '劳动合同14.3']]],
  ['a law the corpus lacks: unknown too',
    'Article 36 of the "Widget Liability Law" was the earliest rule on platforms, with the second paragraph being the notice rule.',
    [['Article 36 of the "Widget Liability Law"', 'unknown-regulation', ''], ['the second paragraph', 'unknown-regulation', '']]],
  ['not after a semicolon, nor an amendment\'s new paragraph',
    'Article 14 of the Labor Contract Law applies; the third paragraph is new. One paragraph is added to Article 14 of the Labor Contract Law as the fourth paragraph.',
    [['Article 14 of the Labor Contract Law', 'resolved', '劳动合同14'], ['Article 14 of the Labor Contract Law', 'resolved', '劳动合同14']]],
  ['not in the next sentence, nor the writer\'s paragraph below, nor one "of" something else, nor a session',
    'Article 14 of the Labor Contract Law applies. The second paragraph explains why. Article 14 of the Labor Contract Law applies, as the second paragraph below explains. The 14th session met.',
    [['Article 14 of the Labor Contract Law', 'resolved', '劳动合同14'], ['Article 14 of the Labor Contract Law', 'resolved', '劳动合同14']]],
]);

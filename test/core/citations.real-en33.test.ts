// Forms from the real-en33 page set (round 22: English news on Chinese law, law-firm alerts, machine-translated
// Chinese pages): made-up text in the real style against the bundled corpus (laws named short: 刑20 is the Criminal
// Law's article 20).
import { bundledShortTable as table } from './citations/helpers';

// A work titled after an article, its title in italics lost to plain text: the label right after "the film", "the
// movie", "the TV series" … and closed there names the work, not the article (englishWorkTitle.ts unquotedWorkTitleAt).
table('citation table: an unquoted work title after "the film" (real-en33)', [
  ['"the movie Article 20, directed by …, took its name from Article 20 of the Criminal Law"',
    'Last spring, the movie Article 20, directed by a well-known director, took its name from Article 20 of the Criminal Law.',
    [['Article 20 of the Criminal Law', 'resolved', '刑20']]],
  ['the title at a sentence\'s end and before a verb; the article cited after it still resolves',
    'Audiences queued for the documentary Article 20. The TV series Article 20 follows a prosecutor. The Criminal Law was revised in 1997, forming Article 20 as it reads today.',
    [['Article 20', 'resolved', '刑20']]],
  ['not a label that goes on to its paragraph and law, nor one after "book" or "programme"; ordinals and a case number stay unread',
    'Counsel quoted the drama Article 20, paragraph 2 of the Criminal Law in court. Under the Criminal Law, in the rule book Article 17 sets the age. The 14th session met; case (2019) No. 12.',
    [['Article 20, paragraph 2 of the Criminal Law', 'resolved', '刑20.2'], ['Article 17', 'resolved', '刑17']]],
]);

// A bracketed bare article closing a sentence whose subject is a draft ("The 2021 Draft proposed … (Article 21).") is
// the draft's, unknown, not the enacted law's cited before (englishDraftAfter.ts draftSubjectOf); not when the sentence names that
// law before the bracket, nor an unbracketed article the draft amends.
table('citation table: a bracketed article after a draft as the sentence\'s subject (real-en33)', [
  ['"The 2021 Draft proposed … (Article 21)." and "However, the draft amendment keeps … (Article 9)." after the law\'s own bracket',
    'Under the current Arbitration Law, an agreement must name a commission (Article 16). The 2021 Draft proposed to drop that element (Article 21). However, the draft amendment keeps the written form (Article 9).',
    [['Article 16', 'resolved', '仲裁16'], ['Article 21', 'unknown-regulation', ''], ['Article 9', 'unknown-regulation', '']]],
  ['not a bracket after the sentence names the law, nor an article the draft deletes; ordinals and a case number stay unread',
    'Under the current Arbitration Law, an agreement must name a commission (Article 16). The Draft keeps the elements of the current Arbitration Law (Article 18). The Draft deletes Article 20. The 14th session met; case (2019) No. 12.',
    [['Article 16', 'resolved', '仲裁16'], ['Article 18', 'resolved', '仲裁18'], ['Article 20', 'resolved', '仲裁20']]],
]);

// "the last paragraph of Article 4", "the final paragraph of Article 20 of the Criminal Law": the article's last 款, its
// number the corpus text's paragraph count (lists/englishUnitList.ts paragraphsAt, analyze.ts lastParagraphOf).
table('citation table: "the last paragraph of Article N" (real-en33)', [
  ['"the final paragraph of Article 20 of the Criminal Law" (three paragraphs), then "the last paragraph of Article 21"',
    'Under the final paragraph of Article 20 of the Criminal Law, no excess is found. The court then read the last paragraph of Article 21.',
    [['the final paragraph of Article 20 of the Criminal Law', 'resolved', '刑20.3'], ['the last paragraph of Article 21', 'resolved', '刑21.3']]],
  ['an article the law does not have stays unknown with no paragraph; a draft\'s is no citation (fix-draft101)',
    'The last paragraph of Article 999 of the Criminal Law is cited. The last paragraph of Article 5 of the Draft governs.',
    [['The last paragraph of Article 999 of the Criminal Law', 'unknown-article', '刑999']]],
  ['not the last paragraph of a report or the final clause of a contract; ordinals and a case number stay unread',
    'The last paragraph of the report was short. The final clause of the contract binds. The 14th session met; case (2019) No. 12.',
    []],
]);

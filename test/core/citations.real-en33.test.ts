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

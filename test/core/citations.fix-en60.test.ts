// Forms from English pages of the twenty-sixth round (fix-en60: heldout37/38/39 English — labels spelled out in words
// alone on their line over a reprinted article, …): made-up text in the real style against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

// "Article nine hundred and thirty-eight" alone on its line over the article's text: a heading, as "Article 938" alone
// on its line is (spelledHeading.ts); a spelled number in a writer's sentence stays a citation.
table('citation table: an article label spelled out alone on its line over its text (fix-en60)', [
  ['spelled labels over the text of the article after the one cited',
    'Legal basis\n\nArticle 937 of the Civil Code\n\nA property service contract is a contract in which the provider offers services and the owner pays the fee.\n\nArticle nine hundred and thirty-eight\n\nThe contents of the property service contract generally include service items, service quality and fees.\n\nArticle nine hundred and thirty-nine\n\nThe preliminary property service contract concluded by the developer according to law is binding on the owners.',
    [['Article 937 of the Civil Code', 'resolved', '民法典937']]],
  ['a spelled label in capitals with a full stop',
    'Article 937 of the Civil Code\n\nA property service contract is a contract in which the provider offers services and the owner pays the fee.\n\nArticle Nine Hundred and Forty.\n\nWhere the term of the property service contract expires, the owners shall decide on renewal in time.',
    [['Article 937 of the Civil Code', 'resolved', '民法典937']]],
  ['a spelled number in running text stays a citation',
    'Under Article nine of the Civil Code, the parties shall act in a way that saves resources and protects the environment.',
    [['Article nine of the Civil Code', 'resolved', '民法典9']]],
  ['a spelled label with more words on its line is the writer\'s sentence',
    'Article 937 of the Civil Code\n\nA property service contract is a contract in which the provider offers services.\n\nArticle nine hundred and forty applies here too\n\nThe owners decided to renew the property service contract for another three years.',
    [['Article 937 of the Civil Code', 'resolved', '民法典937'], ['Article nine hundred and forty', 'resolved', '民法典940']]],
  ['a spelled label alone over the writer\'s words about it stays a citation',
    'Article 937 of the Civil Code\n\nA property service contract is a contract in which the provider offers services.\n\nArticle nine hundred and forty\n\nThis article governs renewal when the term of the contract expires.',
    [['Article 937 of the Civil Code', 'resolved', '民法典937'], ['Article nine hundred and forty', 'resolved', '民法典940'], ['This article', 'resolved', '民法典940']]],
]);

// Forms from the English law-firm pages on Chinese law of round 17 (real-enfirm17: client alerts, newsletters and blog
// posts by firms in China, Hong Kong, the US and Europe): made-up text in the real style against the bundled corpus
// (laws named short: 刑213 is the Criminal Law's article 213).
import { bundledShortTable as table } from './citations/helpers';

// A note on an amendment goes through the amended articles one paragraph each, each opening with the article and a
// verb in -s followed by "the"/"its" (englishHeadings.ts writerVerbAfter): citations, not the headings of a law's
// articles printed one after another, whose text opens with a noun phrase ("enterprises due to …").
table('citation table: "Article 214 increases the …" opening a writer\'s paragraph (real-enfirm17)', [
  ['consecutive articles, each opening a paragraph with a verb and "the"',
    'The Criminal Law includes several articles for intellectual property crime.\n\nArticle 213 increases the maximum term to 10 years.\n\nArticle 214 increases the maximum term for selling.\n\nArticle 215 raises the penalty.\n\nArticle 217 expands its scope.',
    [['Article 213', 'resolved', '刑213'], ['Article 214', 'resolved', '刑214'], ['Article 215', 'resolved', '刑215'], ['Article 217', 'resolved', '刑217']]],
  ['not a machine translation\'s headings whose text opens with a plural noun (followed by a verb, a preposition or "that")',
    'Labor Law of the People\'s Republic of China\nArticle 38 The employing unit shall guarantee a day off.\nArticle 39 enterprises due to production characteristics may adopt other rules.\nArticle 40 employers that fail to arrange holidays shall correct it.\nThe 14th session met; (2019) case No. 12.',
    []],
]);

// An unquoted short name that is the title's own kind-word, "(the Amendment)" after "the Amendment (XI) to the Criminal
// Law of the People's Republic of China" (englishDefinitions.ts englishDefinitions, ownWordOnly): "Article 23 of the Amendment" is
// the amendment's. A bracket whose words are not the title's names nothing ("(Corporate Governance)" after a law).
table('citation table: an unquoted short name made of the title\'s own word (real-enfirm17)', [
  ['"(the Amendment)" after the Criminal Law amendment\'s title',
    'On 26 December 2020, the Amendment (XI) to the Criminal Law of the People\'s Republic of China (the Amendment) was enacted.\n\nArticle 23 of the Amendment added one article after Article 219 of the Criminal Law.',
    [['Article 23 of the Amendment', 'resolved', '刑法修正案（十一）23'], ['Article 219 of the Criminal Law', 'resolved', '刑219']]],
  ['not a bracket of other words after a law\'s title, nor a count or an ordinal',
    'The Company Law of the People\'s Republic of China (Corporate Governance) was revised. Article 3 of the Corporate Governance is cited. The 14th session met; 16 articles in total.',
    []],
]);

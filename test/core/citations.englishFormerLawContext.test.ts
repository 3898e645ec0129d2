// "the previous / former / original / old company law" in lower case names the law a writer compares with, and so the
// law his bare articles after it are read in, in its text in force (english/context/englishLowerNamedAlone.ts, fix-res100): made-up text in
// the real style against the bundled corpus (laws named short: 公司142 is the Company Law's article 142).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: "the previous company law" names the law for bare articles after it (fix-res100)', [
  ['a lecture outline: bare articles in brackets after "the previous company law"',
    '1. Limited-term subscription (Article 47).\nThe difference from the previous company law: 2 years, minimum registered capital.\n4. New non-par shares (Article 142).\n5. Forms of contribution (Article 48).',
    [['Article 47', 'no-context', ''], ['Article 142', 'resolved', '公司142'], ['Article 48', 'resolved', '公司48']]],
  ['"the former labor contract law": the articles after it are the law in force (article 66 as now worded)',
    'Unlike the former labor contract law, dispatch is now capped.\n3. Posts open to dispatch (Article 66).',
    [['Article 66', 'resolved', '劳动合同66']]],
  ['an article only the new text has (the new Company Law\'s article 226), after "the previous company law"',
    'Compared with the previous company law, capital rules are stricter.\n6. Illegal capital reduction (Article 226).',
    [['Article 226', 'resolved', '公司226']]],
  ['the name in capitals with its article keeps the text before the latest revision (englishFormerName.ts)',
    'Article 57 of the former Labor Contract Law required a registered capital of 500,000 yuan.',
    [['Article 57 of the former Labor Contract Law', 'unknown-regulation', '']]],
  ['not a field or a kind of law, not another place\'s law, not a word of order before a bare name',
    'The old tax law was simpler. Article 3 was cited.\n\nThe former company law of the United Kingdom required a seal. Article 5 was cited.\n\nThe previous article of this contract law textbook argues otherwise. Article 8 is cited.',
    [['Article 3', 'no-context', ''], ['Article 5', 'no-context', ''], ['Article 8', 'no-context', '']]],
  ['a count of articles, a case number and "Article 3 of this contract" stay as they are',
    'The previous company law had 218 articles; case (2019) No. 12 applied it. Article 3 of this contract governs.',
    []],
]);

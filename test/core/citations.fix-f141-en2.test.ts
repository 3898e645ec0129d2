// Forms and names from round 34's English measurement (heldout58-english, now a tuning set): tool-form and tool-name
// errors and the coordinator's decisions on them. Made-up text in the real style against the bundled corpus (laws
// named short: 刑286之1.1 is the Criminal Law's article 286之一, paragraph 1).
// Start figures (unchanged code, main 93a9c69e): 8 right, 10 wrong of 18 — A paragraph of "Article 286-1" 1/4 (read
// as articles 286 and 1), B "the Nth article of the law" 2/4, C section of a PRC law the corpus lacks 2/4, D title cut
// at the page's end 1/2, E "Article N regarding … and ArticleM of the X Law" 1/3 (no-context), F legal-basis pin 1/1.
// End: 18/18. Recurrence: none of the forms occurs in LawRefBook (Chinese texts); test/fixtures 1 (form E).
// Left (listed in the report): a garbled machine-translated title of the SPC's Company Law Provisions (III) whose words
// are scattered over two sentences; "the preceding paragraph" under a mislabelled "Article 133 …" heading line.
import { bundledShortTable as table } from './citations/helpers';

// A: a hyphenated inserted article after a paragraph ("the first paragraph of Article 286-1"): one article, 286之一 —
// never the two articles 286 and 1 (the existing tests read "Article 286-1" alone so).
table('citation table: a paragraph of a hyphenated inserted article (fix-f141-en2)', [
  ['"the first paragraph of Article 286-1 of the Criminal Law"',
    'Units that provide the following services are network service providers as stipulated in the first paragraph of Article 286-1 of the Criminal Law.',
    [['the first paragraph of Article 286-1 of the Criminal Law', 'resolved', '刑286之1.1']]],
  ['"paragraph 2 of Article 133-1 of the Criminal Law" (another article, digits)',
    'The driver was punished under paragraph 2 of Article 133-1 of the Criminal Law.',
    [['paragraph 2 of Article 133-1 of the Criminal Law', 'resolved', '刑133之1.2']]],
  ['"the third paragraph of Article 276-1 of the Criminal Law"',
    'Leniency is available under the third paragraph of Article 276-1 of the Criminal Law where wages are paid.',
    [['the third paragraph of Article 276-1 of the Criminal Law', 'resolved', '刑276之1.3']]],
  ['not a range of articles after a paragraph ("paragraph 1 of Articles 37-38"): the range, as before',
    'See paragraph 1 of Articles 37-38 of the Labor Contract Law.',
    [['paragraph 1 of Articles 37-38 of the Labor Contract Law', 'resolved', '劳动合同37.1 劳动合同38.1']]],
]);

// B: "the 76th article of the law": an ordinal before "article", the law in context — and "the original version of"
// it (原: the text before the latest revision, not held) unknown-regulation.
table('citation table: "the Nth article of the law" (fix-f141-en2)', [
  ['"the original version of the 76th article of the law" after the law was named: the text before its revision',
    'Ever since its enactment, the Road Traffic Safety Law has been disputed. Before being revised in 2007, the original version of the 76th article of the law was even harsher.',
    [['76th article of the law', 'unknown-regulation', '']]],
  ['"the 42nd article of the law" after the Labor Contract Law was named: that law',
    'The Labor Contract Law protects pregnant workers. Under the 42nd article of the law, they may not be dismissed.',
    [['42nd article of the law', 'resolved', '劳动合同42']]],
  ['"the 76th article of the Road Traffic Safety Law" stays as before',
    'The 76th article of the Road Traffic Safety Law allocates liability.',
    [['76th article of the Road Traffic Safety Law', 'resolved', '道路交通安全76']]],
  ['not "the 5th article of the series" nor "the first article of the law firm\'s newsletter"',
    'The Labor Contract Law was discussed. This is the 5th article of the series, and the first article of the newsletter.',
    []],
]);

// C: "Section N of" a PRC law the corpus lacks ("of China", "of the People's Republic of China"): its article,
// unknown-regulation (Section = article for a PRC law on a PRC page).
table('citation table: a section of a PRC law the corpus lacks (fix-f141-en2)', [
  ['"Section 46 of the Marriage Law of China"',
    'Section 46 of the Marriage Law of China provides that an innocent spouse may claim damages.',
    [['Section 46 of the Marriage Law of China', 'unknown-regulation', '']]],
  ['"Section 32 of the Marriage Law of the People\'s Republic of China"',
    'Divorce is granted under Section 32 of the Marriage Law of the People\'s Republic of China.',
    [['Section 32 of the Marriage Law of the People\'s Republic of China', 'unknown-regulation', '']]],
  ['"Section 39 of the Labor Contract Law" (a law of the corpus) stays as before',
    'Section 39 of the Labor Contract Law allows dismissal.',
    [['Section 39 of the Labor Contract Law', 'resolved', '劳动合同39']]],
  ['not a section of a common-law statute (a Hong Kong ordinance\'s stays unknown-regulation, hkOrdinance.ts)',
    'Section 230 of the Communications Decency Act protects platforms, and Section 5 of the Employment Ordinance of Hong Kong is different.',
    [['Section 5 of the Employment Ordinance of Hong Kong', 'unknown-regulation', '']]],
]);

// D: a title cut at the page's end ("… Marriage Law of the People"): the cut title still names the law.
table('citation table: a PRC title cut at the page\'s end (fix-f141-en2)', [
  ['a footnote "See Article 46 of the Marriage Law of the People" ending the page',
    'The writer refers to this system as divorce damages.\n1 See Article 46 of the Marriage Law of the People',
    [['Article 46 of the Marriage Law of the People', 'unknown-regulation', '']]],
  ['the same cut after a law of the corpus: that law',
    'The writer discusses transfers.\n2 See Article 71 of the Company Law of the People',
    [['Article 71 of the Company Law of the People', 'resolved', '公司71']]],
]);

// E: two articles joined by "and", the law named after the last only, nothing named before the first: the law owns both.
table('citation table: "Article N regarding … and ArticleM of the Law" (fix-f141-en2)', [
  ['"The provisions of Article 16 regarding … and Article35 of the Company Law" (glued number)',
    'The provisions of Article 16 regarding the guarantee resolution procedure and Article35 of the Company Law are the most cited.',
    [['Article 16', 'resolved', '公司16'], ['Article35 of the Company Law', 'resolved', '公司35']]],
  ['"Article 39 on dismissal and Article 40 of the Labor Contract Law"',
    'Courts apply Article 39 on dismissal for fault and Article 40 of the Labor Contract Law together.',
    [['Article 39', 'resolved', '劳动合同39'], ['Article 40 of the Labor Contract Law', 'resolved', '劳动合同40']]],
  ['not after a law named before the first article: the bare article keeps it',
    'The Labor Law governs this. Article 25 on dismissal and Article 40 of the Labor Contract Law differ.',
    [['Article 25', 'resolved', '劳动25'], ['Article 40 of the Labor Contract Law', 'resolved', '劳动合同40']]],
]);

// F: "Legal basis: <law> <line break> Article N <its words>": a citation (the bare 法律依据 caption rule) — pinned.
table('citation table: the bare legal-basis caption over a law and its article (fix-f141-en2)', [
  ['"Legal basis: Labor Law \\ x0d \\ Article 25 The employer …"',
    'Can the company dismiss him? Yes, for serious fault. \\x0d\\x0d\\ Legal basis: Labor Law \\ x0d \\ Article 25 The employer may dissolve the labor contract under any of the following circumstances: \\ x0d \\ (1) the worker is proved unqualified during probation;',
    [['Article 25', 'resolved', '劳动25']]],
]);

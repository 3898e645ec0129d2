// Forms from real-enfirm26 (English law-firm articles, client alerts and newsletters on Chinese law, round 20): made-up
// text in the real style against the bundled corpus (laws named short: 著作权3 is the Copyright Law's article 3).
import { bundledShortTable as table } from './citations/helpers';

// "the Convention" after the page named a convention by its title is that convention (a title the corpus lacks), and a
// treaty's article may be numbered by one roman letter when the convention's name follows (englishConventionShort.ts).
table('citation table: "of the Convention" after a named convention; one-letter roman articles of a convention (real-enfirm26)', [
  ['"Article 3 of the Convention" after the New York Convention was named',
    'Mainland awards are enforced under the New York Convention. Article 3 of the Convention obliges each state to recognise them.',
    [['Article 3 of the Convention', 'unknown-regulation', '']]],
  ['the convention named by its full title with "on", then its roman-numbered article',
    'The Convention on the Recognition and Enforcement of Foreign Arbitral Awards ("Convention") applies. Article II of the Convention requires a written agreement.',
    [['Article II of the Convention', 'unknown-regulation', '']]],
  ['one roman letter before the convention\'s name',
    'Under Article V of the New York Convention, a court may refuse enforcement; Article I of the Washington Convention is similar.',
    [['Article V of the New York Convention', 'unknown-regulation', ''], ['Article I of the Washington Convention', 'unknown-regulation', '']]],
  ['not "the Convention" on a page that named none, nor a one-letter roman article of a contract, nor "Article I" in prose',
    'Article 3 of the Convention is cited. Article V of the Agreement governs delivery. In Article I wrote about the 14th session.',
    []],
  ['not an ordinal, a meeting, an item of goods or a case number near a named convention',
    'The New York Convention was discussed at the 14th session, the first meeting; item 2 goods; case (2019) Hu 01 Min Te No. 12.',
    []],
]);

// "Article 3 of the 2020 Amendment" after "the 2020 Amendment to (Chinese) Copyright Law" was named: that law as amended
// that year (englishYearAmendment.ts); a bare article after it follows it.
table('citation table: "the YEAR Amendment" for the law as amended that year (real-enfirm26)', [
  ['"Article 3 of the 2020 Amendment", then bare "Article 10"',
    'This 2020 Amendment to Chinese Copyright Law is the third amendment. The Regulations for the Implementation of the Copyright Law (2002) stay.\n– Article 3 of the 2020 Amendment makes subject matters open-ended.\n– Article 10 expands the right of broadcasting.',
    [['Article 3 of the 2020 Amendment', 'resolved', '著作权3'], ['Article 10', 'resolved', '著作权10']]],
  ['"the 2020 Amendment to the Copyright Law" with "the"',
    'The 2020 Amendment to the Copyright Law took effect in 2021. Article 24 of the 2020 Amendment lists fair uses.',
    [['Article 24 of the 2020 Amendment', 'resolved', '著作权24']]],
  ['not a year amendment the page never tied to a law, nor the Criminal Law\'s amendments, nor an ordinal or a count',
    'Article 3 of the 2020 Amendment is discussed. The 2015 Amendment to the Criminal Law was passed at the 14th session; 228 articles changed.',
    []],
]);

// A title named right after the verb that made it, with no "the" ("the SPC formally adopted Judicial Interpretation II
// on Issues Concerning … Cases"), is the regulation in context for the bare articles after it, as after "the"; only a
// title that says what it is on or of (headings/englishTitlesAlone.ts englishTitlesAlone).
table('citation table: a title alone after "adopted", "issued" … with no "the" (real-enfirm26)', [
  ['"formally adopted Judicial Interpretation II on Issues Concerning …", dated 2025 (the corpus has no such text), then bare articles',
    'On 1 August 2025, the Supreme People’s Court formally adopted Judicial Interpretation II on Issues Concerning the Application of Law in the Trial of Labor Dispute Cases, set to take effect on 1 September 2025.\nArticle 1 pierces subcontracting arrangements.\nArticle 3 addresses joint employment.',
    [['Article 1', 'unknown-regulation', ''], ['Article 3', 'unknown-regulation', '']]],
  ['"the State Council issued Regulations on …" then a bare article: that regulation',
    'In 2008 the State Council issued Regulations on the Implementation of the Labor Contract Law of the People\'s Republic of China.\nArticle 10 governs transfers.',
    [['Article 10', 'resolved', '劳动合同法实施条例10']]],
  ['not a capitalised word after the verb that names nothing it is on or of, nor an ordinal, a session or a case number',
    'The committee adopted Safe Harbor Provisions at the 14th session, the first meeting; case (2019) Hu 01 Min Chu No. 12.\nArticle 3 applies.',
    [['Article 3', 'no-context', '']]],
]);

// A law named by its subject's adjective ("the Archival Law" for the Archives Law, "the Statistical Law"), and a page's
// table of contents called "contents of this article" (round 25, heldout37-english p05 and p10): made-up text in the
// real style against the bundled corpus (laws named short: 档案2 is the Archives Law's article 2).
import { bundledShortTable as table } from './citations/helpers';

// Translators render 档案法 / 统计法 with the subject's noun or its adjective alike (english/names/subjectAdjective.ts).
table('citation table: a law named by its subject\'s adjective (english-subject-adjective)', [
  ['"Article 2 of the Archival Law" after the title defined with "hereinafter referred to as"',
    'These Measures are formulated in accordance with the Archival Law of the People\'s Republic of China (hereinafter referred to as the "Archival Law").\nThe archives mentioned in Article 2 of the Archival Law are kept by the State.',
    [['Article 2 of the Archival Law', 'resolved', '档案2']]],
  ['"the Statistical Law" and "the Statistics Law" in one memo',
    'Under Article 7 of the Statistical Law, units shall report truthfully; Article 9 of the Statistics Law requires confidentiality.',
    [['Article 7 of the Statistical Law', 'resolved', '统计7'], ['Article 9 of the Statistics Law', 'resolved', '统计9']]],
  ['"the Agricultural Law" for the Agriculture Law, "the Environment Protection Law" for the Environmental one',
    'Article 10 of the Agricultural Law and Article 6 of the Environment Protection Law apply.',
    [['Article 10 of the Agricultural Law', 'resolved', '农业10'], ['Article 6 of the Environment Protection Law', 'resolved', '环境保护6']]],
  ['not an adjective of a word outside the pairs ("the Criminal Law" stays itself), nor a year or a count',
    'Article 20 of the Criminal Law applies. In 2019, 14 archival boxes were lost.',
    [['Article 20 of the Criminal Law', 'resolved', '刑20']]],
  ['not "Archival" before a word naming no law the corpus holds ("the Archival Services Law")',
    'Article 3 of the Archival Services Law is cited.',
    [['Article 3 of the Archival Services Law', 'unknown-regulation', '']]],
]);

// "this article" heading a page's table of contents is the page (english/context/englishThisArticle.ts PAGE_BEFORE).
table('citation table: "List of contents of this article" is the page (english-subject-adjective)', [
  ['"List of contents of this article:" after a sentence citing an article',
    'According to Article 41 of the Social Insurance Law, the employer shall pay the benefits.\n\nList of contents of this article:\n\n1. What are the rules on advance payment?',
    [['Article 41 of the Social Insurance Law', 'resolved', '社会保险41']]],
  ['"Table of contents of this article" and "Catalogue of this article" the same',
    'Article 41 of the Social Insurance Law governs advance payment. Table of contents of this article: 1. Rules. Article 63 of the Social Insurance Law governs recovery. Catalogue of this article: 2. Cases.',
    [['Article 41 of the Social Insurance Law', 'resolved', '社会保险41'], ['Article 63 of the Social Insurance Law', 'resolved', '社会保险63']]],
  ['not "the provisions of this article" pointing back at the statute article just named',
    'Article 41 of the Social Insurance Law provides for advance payment. The provisions of this article apply to every employer.',
    [['Article 41 of the Social Insurance Law', 'resolved', '社会保险41'], ['this article', 'resolved', '社会保险41']]],
]);

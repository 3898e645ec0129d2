// A named law's articles a writer pasted into one paragraph after a colon (round 25, heldout37-english p19): made-up
// text in the real style against the bundled corpus (laws named short: 治安管理处罚71 is that law's article 71).
import { bundledShortTable as table } from './citations/helpers';

// The labels run on after the colon and each article's full stop cite the law just named (english/headings/pastedArticles.ts).
table('citation table: articles pasted after "as follows:" (english-pasted-articles)', [
  ['a Q&A pasting three articles after a sentence naming the law',
    'What are the penalties? The Public Security Administration Punishment Law provides the penalties for drug cases as follows: Article 71 Whoever commits one of the following acts shall be detained: (1) illegally planting poppy. Whoever commits the acts mentioned in the preceding paragraph and gives up shall not be punished. Article 72 Whoever commits one of the following acts shall be detained. Article 73 Whoever lures others to take drugs shall be detained.',
    [['Article 71', 'resolved', '治安管理处罚71'], ['the preceding paragraph', 'resolved', '治安管理处罚71.1'], ['Article 72', 'resolved', '治安管理处罚72'],
      ['Article 73', 'resolved', '治安管理处罚73']]],
  ['not a text printed whole from its Article 1 after "as follows:"',
    'The Widget Measures of the city are issued as follows: Article 1 These Measures are formulated to protect widgets. Article 2 The term widget refers to small parts.',
    []],
  ['not labels run on in a translation after its own text, with no colon opening the run',
    'The Widget Measures of the city\nThe measures protect widgets. Article 2 The term widget refers to small parts. Article 3 The city government leads the work.',
    []],
  ['not after a colon whose sentence names no law',
    'The steps the office takes are as follows: Article 5 The office checks the papers. Article 6 The office replies.',
    []],
  ['not a label at a line start under the law\'s name',
    'The Public Security Administration Punishment Law reads:\nArticle 73 Whoever lures others to take drugs shall be detained.',
    []],
]);

// Forms from English pages of the twenty-fifth round (fix-en53: heldout36/37/38 English — a machine-translated Q&A page
// paraphrasing a named law's article, text whose spaces were lost before "Article", an article's items named alone after
// it, a typo'd "Article of 151"): made-up text in the real style against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

// "According to Article 41 of the X Law, if … this Law.": an indented paragraph (a page's text block) reporting the
// article after a basis phrase and a comma — its "this Law" is the law named (commaReported.ts).
table('citation table: "this Law" in an article reported after "According to …," on an indented line (fix-en53)', [
  ['an indented paraphrase after "According to", a comma and a condition',
    'Advance payment of injury benefits\n\n    According to Article 41 of the Social Insurance Law, if the employer fails to pay the premium, it shall pay the benefits. If the employer fails to repay, the agency may claim compensation in accordance with Article 63 of this Law.',
    [['Article 41 of the Social Insurance Law', 'resolved', '社会保险41'], ['Article 63 of this Law', 'resolved', '社会保险63']]],
  ['a tab before "Under …,"',
    '\tUnder Article 39 of the Labor Contract Law, where the worker seriously violates the rules, the employer shall not pay compensation under Article 46 of this Law.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39'], ['Article 46 of this Law', 'resolved', '劳动合同46']]],
  ['a law\'s own translation, its article indented: its "this Law" is its own',
    'Widget Measures\n\nArticle 1 These Measures are formulated in accordance with the Social Insurance Law.\n\n    Article 2 According to Article 41 of the Social Insurance Law, if the employer fails to pay, it shall pay the benefits under Article 1 of this Law.',
    [['Article 41 of the Social Insurance Law', 'resolved', '社会保险41'], ['Article 1 of this Law', 'self', '本1']]],
  ['the writer\'s clause after the comma is not the article\'s words',
    '    According to Article 41 of the Social Insurance Law, in our view the agency acted late.',
    [['Article 41 of the Social Insurance Law', 'resolved', '社会保险41']]],
  ['a phrase in mid-sentence before the citation is no opening of the report',
    '    The agency, which acted according to Article 41 of the Social Insurance Law, if asked, shall explain Article 63 of this Law.',
    [['Article 41 of the Social Insurance Law', 'resolved', '社会保险41'], ['Article 63 of this Law', 'self', '本63']]],
]);

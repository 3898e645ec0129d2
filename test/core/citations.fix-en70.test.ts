// Forms from the English pool of round 27 (fix-en70: pool70-english — law-firm memos, machine-translated Q&A pages
// and translations printing a law's articles): made-up text in the real style against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

// "the preceding paragraph" in a printed article whose paragraphs ran together on one line, of a law the corpus does
// not hold: a mention of that law (unknown-regulation, no target named), no longer dropped because no held text could
// say which 款 it is (english/context/unheldPreceding.ts).
table('citation table: "the preceding paragraph" run on in a printed article of a law not held (fix-en70)', [
  ['a title line the corpus does not hold over articles run together: the second paragraph\'s "the preceding paragraph"',
    'Provisions of the Township Council on Widget Hours\nArticle 3 Widget makers shall work 8 hours a day.\nArticle 7 Town offices shall keep uniform hours. Workshops that cannot keep the uniform hours stipulated in the preceding paragraph may arrange rest days flexibly.\n',
    [['the preceding paragraph', 'unknown-regulation', '']]],
  ['a repealed law named before a label run on into its text, the next label glued after a full stop',
    'Legal basis: Property Law of the People\'s Republic of China. Article 179 For securing a debt, the debtor may mortgage the property to the creditor. Article 180 The debtor may mortgage the following property: (1) buildings; (2) vessels. The mortgagor may mortgage the property listed in the preceding paragraph together.',
    [['the preceding paragraph', 'unknown-regulation', '']]],
  ['the same paragraphs one a line: read as before (its paragraph counted)',
    'Provisions of the Township Council on Widget Hours\nArticle 7 Town offices shall keep uniform hours.\nWorkshops that cannot keep the uniform hours stipulated in the preceding paragraph may arrange rest days flexibly.\n',
    [['the preceding paragraph', 'unknown-regulation', '']]],
  ['not a law the corpus holds: its held text places it (Labor Contract Law article 24, the first paragraph), as before',
    'Labor Contract Law of the People\'s Republic of China\nArticle 24 The persons subject to non-competition are limited to senior managers, senior technicians and other persons with a duty of confidentiality. After the labor contract ends, the non-competition period of the persons referred to in the preceding paragraph shall not exceed two years.\n',
    [['the preceding paragraph', 'resolved', '劳动合同24.1']]],
  ['not a writer\'s "the preceding paragraph" in prose about an unknown rule',
    'The Township Widget Provisions were issued in 2001. As the preceding paragraph explains, Article 7 of those Provisions is rarely applied.',
    [['Article 7', 'unknown-regulation', '']]],
]);

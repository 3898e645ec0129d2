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

// A bare article in the text of a law printed with no title in view is that text's own (self), as "Article 6 of this
// Law" there is: "under the provisions of Article 45", "the decision of the authority", "laws and regulations" are the
// statute's own words and name no law (english/headings/headedText.ts lawWordBefore). A name written as one — with a
// capital, or in quotation marks — still ties the article to it.
const HEADINGS = 'Article 46 Where a registered trademark has been cancelled, the Trademark Office shall, for one year, approve no application for an identical mark.\nArticle 47 Where any person violates the provisions of Article 6 of this Law, the local authority shall order him to apply for registration within a time limit.\n';
table('citation table: the statute\'s own words before a bare article in a printed law with no title (fix-en70)', [
  ['"under the provisions of Article 45, Article 47 or Article 48" after "the decision of the administrative authority"',
    HEADINGS + 'Article 50 Any party dissatisfied with the decision of the administrative authority to impose a fine under the provisions of Article 45, Article 47 or Article 48 may institute legal proceedings within fifteen days.\n',
    [['Article 6 of this Law', 'self', '本6'], ['Article 45', 'self', '本45'], ['Article 47', 'self', '本47'], ['Article 48', 'self', '本48']]],
  ['"in violation of laws and regulations … as provided in Article 10"',
    HEADINGS + 'Article 48 Whoever uses a mark in violation of laws and regulations, or of the provisions of Article 10, shall be ordered to stop.\n',
    [['Article 6 of this Law', 'self', '本6'], ['Article 10', 'self', '本10']]],
  ['not a law named with a capital in the sentence: the bare article may be that law\'s (not the excerpt\'s)',
    HEADINGS + 'Article 50 A party may appeal under the Regulations on Widget Marks, in particular Article 12.\n',
    [['Article 6 of this Law', 'self', '本6'], ['Article 12', 'unknown-regulation', '']]],
  ['not a lower-case law name in quotation marks: the article is read with that name, not as the excerpt\'s',
    HEADINGS + 'Article 50 A party shall be punished in accordance with the "widget marks administration regulations" Article 12.\n',
    [['Article 6 of this Law', 'self', '本6'], ['"widget marks administration regulations" Article 12', 'unknown-regulation', '']]],
]);

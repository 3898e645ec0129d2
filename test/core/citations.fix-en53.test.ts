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

// "UnderArticle 8 of the …", "pursuant toArticle 12": a text that lost the space before "Article" after a word a
// citation follows — read as spaced (scanner SELF_ANCHOR); an address, a file name or an identifier stays unread.
table('citation table: "Article" glued to the word before it (fix-en53)', [
  ['"UnderArticle 39 of the …" opening a sentence',
    '2. UnderArticle 39 of the Labor Contract Law, the employer may terminate the contract.',
    [['Article 39 of the Labor Contract Law', 'resolved', '劳动合同39']]],
  ['"pursuant toArticle 12 of the …" in mid-sentence',
    'The court ruled pursuant toArticle 12 of the Labor Law and dismissed the claim.',
    [['Article 12 of the Labor Law', 'resolved', '劳动12']]],
  ['"seeArticle 46" in a bracketed note',
    'The worker is owed severance (seeArticle 46 of the Labor Contract Law).',
    [['Article 46 of the Labor Contract Law', 'resolved', '劳动合同46']]],
  ['an identifier, an address and a file name stay unread',
    'Call SomeArticle8Class.load(); see https://example.com/toArticle 5 and the file draft-toArticle 6.pdf.',
    []],
  ['a word no citation follows, glued to "Article", stays unread',
    'The MainArticle 5 banner and the myArticle 3 widget were moved.',
    []],
]);

// "Article 14 of the Price Law lists … Item (1) prohibits …": an item named alone right after an article, in the same
// paragraph of text, is that article's (englishItemsAlone.ts); an item of something else, a label, or one with no
// article before it in its paragraph stays unread.
table('citation table: an item named alone after its article (fix-en53)', [
  ['"Item (1)" and "Items (2) and (3)" after the article they list',
    'Article 14 of the Price Law lists the unfair price acts. Item (1) prohibits collusion, and Items (2) and (3) prohibit dumping and rumours.',
    [['Article 14 of the Price Law', 'resolved', '价格14'], ['Item (1)', 'resolved', '价格14..1'], ['Items (2) and (3)', 'resolved', '价格14..2 价格14..3']]],
  ['"item 2" again after "item 2 of Article 39"',
    'Under item 2 of Article 39 of the Labor Contract Law a serious breach suffices; item 2 also covers repeated breaches.',
    [['item 2 of Article 39 of the Labor Contract Law', 'resolved', '劳动合同39..2'], ['item 2', 'resolved', '劳动合同39..2']]],
  ['the statute printed on the page: "The acts listed in Item (1)" under Article 40 citing Article 14',
    'Legal basis: Price Law.\nArticle 40 A business operator who commits one of the acts listed in Article 14 of this Law shall be ordered to make corrections.\nThe acts listed in Item (1) shall be punished by the price department.',
    [['Article 14 of this Law', 'resolved', '价格14'], ['Item (1)', 'resolved', '价格14..1']]],
  ['an item of something else, and a label, stay unread',
    'Article 14 of the Price Law was discussed as item 3 on the agenda. Item 1: Scope. See item 2 above and Item (4) of the list.',
    [['Article 14 of the Price Law', 'resolved', '价格14']]],
  ['"item 2 goods", a count after an article, stays unread',
    'Article 14 of the Price Law was applied; the 14th session met; item 2 goods were seized; see item 3 cases.',
    [['Article 14 of the Price Law', 'resolved', '价格14']]],
  ['a blank line after the article: the item is not read in it',
    'Article 14 of the Price Law lists the unfair price acts.\n\nItem (1) of our checklist is done; Item (2) prohibits nothing.',
    [['Article 14 of the Price Law', 'resolved', '价格14']]],
  ['no article before the item',
    'Item (1) prohibits collusion among the parties.',
    []],
]);

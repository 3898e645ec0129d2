// Forms from heldout26 English's false positives (fix-en28a): made-up text in the real style against the bundled
// corpus (laws named short: 反垄断22.1 is the Anti-Monopoly Law's article 22, paragraph 1).
import { bundledShortTable as table } from './citations/helpers';

// A label alone on its line numbered right after the heading printed before it heads its article, whatever the text
// opens with (englishHeadings.ts headingAloneAt): an implementing rule naming the parent law's provision, a caption.
table('citation table: a label alone on its line, next in a run of headings (fix-en28a)', [
  ['"Article 8" under the heading of article 7, its text opening on the parent law\'s article',
    'Article 7\nThe term "work" as used in the Law refers to an intellectual creation.\nArticle 8\nArticle 10 (2) of the Law refers to the right to make copies of a work by printing.\nArticle 9\nA licence contract shall be made in writing.',
    [['Article 10 (2) of the Law', 'no-context', '']]],
  ['"Article 2" under article 1\'s heading, above a caption and its list of items',
    'Article 1\nUnits and individuals selling goods within the territory are taxpayers and shall pay tax under these Regulations.\nArticle 2\nTax rates:\n(1) For taxpayers selling goods, the rate shall be 13%.\n(2) For exports, the rate shall be zero.',
    []],
  ['not a label out of sequence, nor one whose line below cites that article, nor an ordinal or a case number',
    'Article 7\nThe term "work" as used in the Law refers to an intellectual creation.\nArticle 12\nArticle 12 of the Copyright Law was revised in 2020 by the 14th session.\n\nArticle 8\nArticle 8 of the Copyright Law protects authors; see (2019) Jing 01 Min Chu 12.',
    [['Article 12', 'resolved', '著作权12'], ['Article 12 of the Copyright Law', 'resolved', '著作权12'], ['Article 8', 'resolved', '著作权8'], ['Article 8 of the Copyright Law', 'resolved', '著作权8']]],
]);

// "Art.9: …" at a line's or a list item's start over the article's own words is a heading (abbreviatedHeading.ts);
// "Art.22.2" labels the second paragraph, so "the preceding paragraph" in its text is the first.
table('citation table: abbreviated labels with a colon over the article\'s text (fix-en28a)', [
  ['a list item "1. Art.9:" and "Art.22.2:" over the translated text, its lines wrapped',
    'Key changes to the Anti-Monopoly Law\n\n  1. Art.9: Business operators may not use data or platform rules to engage in\n    monopolistic conduct;\n\n  2. Art.22.2: A business operator with a dominant position shall not use\n    data, algorithms, rules, etc.\n    to abuse the dominant position as prescribed in the preceding paragraph.',
    [['the preceding paragraph', 'resolved', '反垄断22.1']]],
  ['"Art.56:" opening on a condition',
    'Under the Anti-Monopoly Law:\n\nArt.56: If a business operator reaches a monopoly agreement, the enforcement agency shall order it to stop.',
    []],
  ['not a headline over the discussion, nor a label after running words, nor "Article N of" in a list',
    'The Anti-Monopoly Law was amended.\n\nArt.12: What the new duty means for platforms\n\nThe court relied on Art.13: operators may not refuse to deal.\n1. Article 14 of the Anti-Monopoly Law shall apply; the 14th session met.',
    [['Art.12', 'resolved', '反垄断12'], ['Art.13', 'resolved', '反垄断13'], ['Article 14 of the Anti-Monopoly Law', 'resolved', '反垄断14']]],
]);

// "the article" meaning the paper in a thesis abstract (englishThisArticle.ts PAGE_AFTER).
table('citation table: "the article uses … analysis" is the paper (fix-en28a)', [
  ['a thesis abstract naming its methods',
    'The rule in Article 47 of the Enterprise Income Tax Law is vague. To test it, the article uses case analysis and comparative methods.',
    [['Article 47 of the Enterprise Income Tax Law', 'resolved', '企业所得税47']]],
  ['still the article named just before when it provides or applies to something',
    'Article 47 of the Enterprise Income Tax Law targets avoidance. The article applies to related-party transactions.',
    [['Article 47 of the Enterprise Income Tax Law', 'resolved', '企业所得税47'], ['The article', 'resolved', '企业所得税47']]],
]);

// The article's next paragraph after a blank line, its opening wrapped in mid-phrase ("… of the preceding" ⏎
// "paragraph shall …"): still the article's text (headings/englishStatuteText.ts statuteTextEnd), so the reference is read in it.
table('citation table: "items 1 and 2 of the preceding⏎paragraph" in a labelled text (fix-en28a)', [
  ['a paragraph wrapped at the page\'s width after a list',
    'Anti-Monopoly Law\n\nArt.18: Business operators are prohibited from reaching the\nfollowing agreements with their counterparties:\n\n(1) Fixing the resale price;\n\n(2) Limiting the minimum resale price.\n\nThe agreements specified in items 1 and 2 of the preceding\nparagraph shall not be prohibited if the operator proves it.',
    [['items 1 and 2 of the preceding\nparagraph', 'resolved', '反垄断18.1.1 反垄断18.1.2']]],
  ['not a writer\'s paragraph after the text, nor the 14th session',
    'Anti-Monopoly Law\n\nArt.18: Business operators are prohibited from reaching resale price agreements.\n\nAs the preceding\nparagraph shows, the 14th session changed the rule.',
    []],
]);

// A translated regulation reproduced with its title not on the page: "the preceding paragraph" and "items (2) and (3)
// of this Article" in an article's text are the text's own (self), as "of these Regulations" is (analyze.ts; the items
// of "this Article" parsed in english.ts parseEnglish).
table('citation table: references inside an unnamed reproduced regulation (fix-en28a)', [
  ['"items (2) and (3) of this Article" under a heading in a run',
    'Article 1\nAll units and individuals selling goods within the territory are taxpayers and shall pay tax.\nArticle 2\nTax rates:\n(1) For taxpayers selling goods, other than those stipulated in items (2) and (3) of this Article, the rate shall be 17%.\n(2) For exports, zero.',
    [['items (2) and (3) of this Article', 'self', '本2..2 本2..3']]],
  ['not yet "the preceding paragraph" in an article\'s second paragraph',
    'Article 90 A staff member who approves matters that do not meet the conditions shall be demoted.\nA staff member who abuses power other than as provided in the preceding paragraph shall be given sanctions.',
    []], // left unread: heldout23 and real-english16 label such references otherwise (see the report)
  ['after a law named alone before the text: that law\'s article, as before; not the 14th session',
    'The Work Safety Law was revised by the 14th session.\n\nArticle 90 A staff member who approves matters that do not meet the conditions shall be demoted.\nA staff member who abuses power other than as provided in the preceding paragraph shall be given sanctions.',
    [['the preceding paragraph', 'resolved', '安全生产90.1']]],
]);

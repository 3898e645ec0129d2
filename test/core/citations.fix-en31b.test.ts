// Forms from round 21's first English measurement (heldout28-english, now a tuning set): made-up text in the real style
// against the bundled corpus (laws named short: 刑37 is the Criminal Law's article 37).
import { bundledShortTable as table } from './citations/helpers';

// An enforcement rule's article printed under its label alone on its line, its text citing the parent law's article of
// the same number by the name the rules gave it ("Article 2 of the Act"): the label is a heading, no citation
// (englishHeadings.ts parentArticleOnly).
table('citation table: a label alone over an implementing article citing the parent\'s same article (fix-en31b)', [
  ['"Article 2" over "… referred to in Subparagraph 3 of Article 2 of the Law …", after the heading of article 1',
    'Article 1\nThese Rules are formulated in accordance with Article 80 of the Labor Law (hereinafter referred to as the Law).\nArticle 2\nThe allowances listed below shall not be counted in the monthly wage referred to in Subparagraph 3 of Article 2 of the Law:\n1. travel allowances;',
    [['Article 80 of the Labor Law', 'resolved', '劳动80'], ['Subparagraph 3 of Article 2 of the Law', 'unknown-item', '劳动2..3']]],
  ['not a writer\'s section on the article naming the law by its title, nor a count or a case number',
    'Article 16\nThe drafters kept the rule short and plain for all readers.\nArticle 17\nThe revised Article 17 of the Labor Law introduces a duty to pay wages monthly. The 14th session met; (2019) case No. 12.',
    [['Article 17', 'resolved', '劳动17'], ['Article 17 of the Labor Law', 'resolved', '劳动17']]],
]);

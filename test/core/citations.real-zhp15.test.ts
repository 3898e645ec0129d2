// Forms from the Chinese real-page measurement zhp15: Q&A and 普法 pages, law-firm and journal articles,
// government replies, judgments, penalty decisions): made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary } from './citations/helpers';

type Row = [name: string, doc: string, expected: [string, string, string][]];

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(bundledShortSummary(doc), expected, doc));
  });
}

const SPC_CIVIL = '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》';
/** Its title as the corpus writes it. */
const SPC_CIVIL_TITLE = '最高人民法院关于适用《民事诉讼法》的解释';

// A page explaining an interpretation names it 本解释 in a 以下简称 bracket and cites its articles so
// (titles/definedSelfWord.ts): outside a regulation's own text, that 本X is the title named.
table('citation table: 本解释 / 本规定 defined as the short name of a cited title (zhp15)', [
  ['本解释 defined after the title, its article cited in a later sentence',
    `${SPC_CIVIL}（以下简称本解释）自公布之日起施行。本解释第五条对管辖作了细化。`,
    [['本解释第五条', 'resolved', `${SPC_CIVIL_TITLE}5`]]],
  ['本规定 defined so, a list of its articles and a 款',
    '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（以下简称本规定）施行后，本规定第二条、第三条第一款常被引用。',
    [['本规定第二条、第三条第一款', 'resolved', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定2 最高人民法院关于审理民间借贷案件适用法律若干问题的规定3.1']]],
  ['a 本解释 the page never gave to a title stays the page\'s own; so does one used before the bracket',
    `本解释第五条另有规定。下文讨论${SPC_CIVIL}（以下简称本解释）的适用，第十四届第一次会议通过，（2019）某民初12号。`,
    [['本解释第五条', 'self', '本5']]],
  ['a short name in marks keeps working; a session, a case number and a numbered good stay unread',
    `${SPC_CIVIL}（以下简称《民诉解释》）第七条。第十四届第一次会议，（2019）某刑初12号判决第二项，第2项商品。`,
    [['第七条', 'resolved', `${SPC_CIVIL_TITLE}7`]]],
]);

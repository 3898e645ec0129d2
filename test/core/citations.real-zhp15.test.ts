// Forms from a Chinese real-page measurement (zhp15: Q&A and 普法 pages, law-firm and journal articles, government
// replies, judgments, penalty decisions): made-up text in the real style, against the bundled corpus.
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

// A writer quoting an article 款 by 款 (scanner.ts paragraphAfterQuotation): the next 款, opening the sentence right
// after the quotation closes and followed by 规定 and its own quotation, is the same article's.
table('citation table: the next 款 quoted after the quotation of the first (zhp15)', [
  ['第二款规定 right after the closing mark',
    '《中华人民共和国企业破产法》第七条第一款规定：“债务人可以申请重整。”第二款规定：“债权人可以申请破产清算。”',
    [['《中华人民共和国企业破产法》第七条第一款', 'resolved', '企业破产7.1'], ['第二款', 'resolved', '企业破产7.2']]],
  ['Arabic numbers, a full stop after the closing mark',
    '《中华人民共和国刑法》第20条第1款规定“为了使国家利益免受侵害而采取的制止行为，不负刑事责任”。第2款规定“正当防卫明显超过必要限度的，应当负刑事责任”。',
    [['《中华人民共和国刑法》第20条第1款', 'resolved', '刑20.1'], ['第2款', 'resolved', '刑20.2']]],
  ['a 款 after a quotation but not followed by 规定 and a quotation, or after other words: not read so',
    '《中华人民共和国刑法》第二十条第一款规定：“不负刑事责任。”第二款的理解存在争议。据统计第二款项目资金到位，第十四届第一次会议。',
    [['《中华人民共和国刑法》第二十条第一款', 'resolved', '刑20.1']]],
]);

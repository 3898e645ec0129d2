// Forms from a Chinese real-page measurement (zhp15: Q&A and 普法 pages, law-firm and journal articles, government
// replies, judgments, penalty decisions): made-up text in the real style, against the bundled corpus.
import * as assert from 'assert';
import { bundledShortTable as table, bundledSummary } from './citations/helpers';

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

// A page dated in the Republic of China calendar after 1949 cites Taiwan's laws (jurisdiction/rocPage.ts): a law named there
// without the People's Republic's name is not the corpus's law of that name; one named with it still is.
table('citation table: laws named on a page dated in the ROC calendar (zhp15)', [
  ['a judgment dated 民國: its 民事訴訟法 and 國家賠償法 are Taiwan\'s',
    '原告於民國110年3月2日聲明承受訴訟，民事訴訟法第168條、第175條分別定有明文；國家賠償法第10條第1項亦有規定。',
    [['民事訴訟法第168條、第175條', 'unknown-regulation', ''], ['國家賠償法第10條第1項', 'unknown-regulation', '']]],
  ['a three-digit year with month and day is the ROC calendar too; the mainland code named with the PRC is still read',
    '本院於112年5月8日言詞辯論終結。原告依民事訴訟法第78條請求，另比較《中華人民共和國民法典》第一千一百六十五條。',
    [['民事訴訟法第78條', 'unknown-regulation', ''], ['《中華人民共和國民法典》第一千一百六十五條', 'resolved', '民法典1165']]],
  ['a mainland page: 建党100年 before a date is no ROC year, its laws stay read',
    '在建党100年7月1日前完成整改，依照《中华人民共和国刑法》第二十条处理。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑20']]],
  ['a mainland page dated before 1949 (民国25年) or in the common era keeps its laws; sessions and case numbers stay unread',
    '该建筑建于民国25年，2019年5月8日公布为文物保护单位，依照《文物保护法》第十五条管理。第十四届第一次会议，（2019）某刑初12号。',
    [['《文物保护法》第十五条', 'resolved', '文物保护15']]],
]);

// A two-character law name after the verb 依 alone (titles/unknownLawName.ts twoCharacterName): the name is the two
// characters, never the words before 依 (被告某醫院依民法第188條 names 民法, not 被告某医院依民法).
table('citation table: a two-character law name after 依 (zhp15)', [
  ['依民法 after a party\'s name and after 爰: the name is 民法',
    '被告某医院依民法第188条第1项规定负责。原告爰依民法第184条请求赔偿。',
    [['民法第188条第1项', 'unknown-regulation', ''], ['民法第184条', 'unknown-regulation', '']]],
  ['a known law after 依 still resolves; 依法 is no name and 第一时间 no article',
    '单位应当依法第一时间报告，依刑法第二十条处理。第十四届第一次会议，（2019）某刑初12号。',
    [['刑法第二十条', 'resolved', '刑20']]],
]);

// 之 and an Arabic number after an Arabic article number (scan/chain.ts): also before 等, 及, 和, 或, 与 and 【, the words
// that end or join a list of articles (第133条之1和第134条, 第227條之1等規定); never a multiple or a year (之2倍, 之2019年).
describe('citation table: 之N in Arabic numbers before the words joining a list (zhp15)', () => {
  const rows: [string, string, [string, string, string][]][] = [
    ['之1 before 和 and another article',
      '依照《中华人民共和国刑法》第133条之1和第134条处理。',
      [['《中华人民共和国刑法》第133条之1和第134条', 'resolved', '中华人民共和国刑法133之1 中华人民共和国刑法134']]],
    ['之1 before 等 ending the list',
      '依照《中华人民共和国刑法》第133条及第133条之1等规定处理。',
      [['《中华人民共和国刑法》第133条及第133条之1', 'resolved', '中华人民共和国刑法133 中华人民共和国刑法133之1']]],
    ['a multiple and a year after 之 are no 之N; a numbered good stays unread',
      '依照《中华人民共和国刑法》第5条之2倍计算，第3条之2019年修订，第2项商品。',
      [['《中华人民共和国刑法》第5条', 'resolved', '中华人民共和国刑法5'], ['第3条', 'resolved', '中华人民共和国刑法3']]],
  ];
  for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected, doc));
});

// Citations as court judgments and rulings, and the pages that discuss them, write them (made-up text in their
// style; rules named in each group's comment). Notation as in citations.table.test.ts.
import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument, type CitationTarget } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';
import { analyze, summary } from './citations/helpers';

type Row = [text: string, status: string, targets: string];
type Case = [name: string, doc: string, expected: Row[]];

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';
const S = '《内蒙古自治区建设我国北方重要生态安全屏障促进条例》';
const T = '《示例自治区测试条例》';

/** The close of a judgment: judges, its date (`date`), the clerk, then an appendix. */
const close = (date: string, appendix: string) => `审　判　长　王某某\n人民陪审员　赵某某\n${date}\n书　记　员　钱某某\n\n${appendix}`;

const cases: Case[] = [
  // ---- articles reprinted under a heading naming their law (lawExcerpt.ts): headings, never citations ----
  ['an appendix of applied articles, glued to their text', `本院认为，……依照${Z}第十条、第十二条之规定，判决如下：\n驳回原告的诉讼请求。\n${close('二〇二一年三月一日', `附：相关法律条文\n一、${Z}\n第十条各级人民政府应当……\n……\n（三）其他事项。\n第十二条旗县级以上人民政府……\n`)}`, [
    [`${Z}第十条、第十二条`, 'resolved', '筑牢10 筑牢12'],
  ]],
  ['附法律条文 with the title alone on the next line', `依照${S}第五条之规定，裁定如下：\n准许原告撤回起诉。\n${close('二〇二一年九月三十日', `附法律条文：\n${S}\n第五条有关部门应当……\n人民法院裁定不准许的，……\n`)}`, [
    [`${S}第五条`, 'resolved', '生态5'],
  ]],
  ['numbered title lines on a Q&A page, one with its title unbracketed', `哪些规定适用？\n\n1、${S}\n\n第五条有关部门应当……\n\n第七条各级人民政府……\n\n2、最高人民法院关于审理示例纠纷案件适用法律若干问题的解释\n\n第三条:有下列情形之一的……\n\n一、基本原则\n\n${Z}第四条规定：“……”`, [
    [`${Z}第四条`, 'resolved', '筑牢4'],
  ]],
  ['under a title line, a sentence about the article is a citation', `${Z}\n第十条是关于政治安全的规定。\n第十二条规定了联防机制。`, [
    ['第十条', 'resolved', '筑牢10'],
    ['第十二条', 'resolved', '筑牢12'],
  ]],
  ['the document\'s own heading ends the reprint', `1、${Z}\n第十条各级人民政府应当……\n二、我们的意见\n第十二条旗县级以上人民政府的职责应当细化。`, [
    ['第十二条', 'resolved', '筑牢12'],
  ]],
  ['a line starting with an article, no law heading above, stays a citation', `依照${Z}办理。\n第十条各级人民政府的职责，本案中已经履行。`, [
    ['第十条', 'resolved', '筑牢10'],
  ]],

  // ---- the date of a judgment in Chinese numerals, typed with another zero (document.ts chineseYear) ----
  ['二0二一年 (an Arabic zero among Chinese digits)', `本院认为，依照${T}第十条的规定，判决如下：……\n${close('二0二一年三月一日', `附：本判决适用的法律条文\n${T}\n第十条 ……\n`)}`, [
    [`${T}第十条`, 'resolved', '测试10@2020-03-01'],
  ]],
  ['二○二一年 (a circle)', `依照${T}第十条的规定，判决如下：……\n${close('二○二一年三月一日', '')}`, [[`${T}第十条`, 'resolved', '测试10@2020-03-01']]],
  ['二O二一年 (a letter O)', `依照${T}第十条的规定，判决如下：……\n${close('二O二一年三月一日', '')}`, [[`${T}第十条`, 'resolved', '测试10@2020-03-01']]],
  ['a 裁判日期 line of a judgment database page', `（2021）某01民终12号\n裁判日期: 2021-03-01\n法律依据\n${T}:第十条\n`, [[`${T}:第十条`, 'resolved', '测试10@2020-03-01']]],
  ['a year of Arabic digits is not read as Chinese', `依照${T}第十条的规定……\n${close('2025年3月1日', '')}`, [[`${T}第十条`, 'resolved', '测试10@2024-07-01']]],

  // ---- items in brackets listed before one 项 (scanner.ts parseUnit) ----
  ['第（一）、（二）项', `${Z}第六条第（一）、（二）项`, [[`${Z}第六条第（一）、（二）项`, 'unknown-item', '筑牢6..1 筑牢6..2']]],
  ['第(一)、(二)两项, the count after the list', `${Z}第六条第(一)、(二)两项`, [[`${Z}第六条第(一)、(二)两项`, 'unknown-item', '筑牢6..1 筑牢6..2']]],
  ['第（一）至（三）项', `${Z}第六条第（一）至（三）项`, [[`${Z}第六条第（一）至（三）项`, 'unknown-item', '筑牢6..1 筑牢6..2 筑牢6..3']]],
  ['a count that is not the list\'s is not read', `${Z}第六条第（一）、（二）三项`, [[`${Z}第六条`, 'resolved', '筑牢6']]],

  // ---- clauses of a contract or agreement (contractClause.ts): not citations, and no context for later articles ----
  ['合同第八条约定', `依照${Z}第十条，双方签订的合同第八条约定了违约金，第十二条另有规定。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['第十二条', 'resolved', '筑牢12'],
  ]],
  ['a bracketed contract and a list of its clauses', `${Z}第十条。《货物运输合同》第五条、第六条明确了运费。公司章程第三条`, [[`${Z}第十条`, 'resolved', '筑牢10']]],
  ['an article in a contract\'s chapter (合同第二章第五条) is the contract\'s too', `依照${Z}第十条。根据双方租赁合同第二章第五条：“乙方负责维修。”第十二条另有规定。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['第十二条', 'resolved', '筑牢12'],
  ]],
  ['第X条约定 after no contract word', `${Z}第十条。协议签订后，第五条约定的期限届满。`, [[`${Z}第十条`, 'resolved', '筑牢10']]],
  ['a law whose title names contracts keeps its articles', `依照${S}第五条和《某某省合同监督条例》第八条约定的程序`, [
    [`${S}第五条`, 'resolved', '生态5'],
    ['《某某省合同监督条例》第八条', 'unknown-regulation', ''],
  ]],

  // ---- a version named as databases and judgments print it (scanner.ts VERSION_AFTER / VERSION_BEFORE) ----
  ['（2020修正） after the title, 年 left out', `依照${T}（2020修正）第十条`, [[`${T}（2020修正）第十条`, 'resolved', '测试10@2020-03-01']]],
  ['(2020年) inside the title, no word', '依照《示例自治区测试条例(2020年)》第十条', [['《示例自治区测试条例(2020年)》第十条', 'resolved', '测试10@2020-03-01']]],
  ['2020年 before the title', `依照2020年${T}第十条`, [[`${T}第十条`, 'resolved', '测试10@2020-03-01']]],
  // fix-ver18: a version the corpus does not hold is a text it lacks, no longer read in the version the date picks.
  ['a year the law has no version of: unknown (fix-ver18; was the version by date)', `依照${T}（2019修正）第十条`, [[`${T}（2019修正）第十条`, 'unknown-regulation', '']]],

  // ---- what a judgment numbers that is not a citation ----
  ['a judgment\'s own numbered items after a citation', `依照${Z}第十条。维持原判第一、二项，撤销原判第三项；原告的诉讼请求第1至3项、仲裁裁决第二项。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
  ]],
  ['case numbers, 判决第二项 and 原审判决', `不服某某区人民法院（2020）某0102民初123号民事判决，撤销该判决第二项，维持原审判决第一项；依照${Z}第十条。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
  ]],
];

describe('citation table: court judgments and rulings', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => {
      const got = summary(analyze(doc));
      const norm = (tg: string) => tg.split(' ').filter(Boolean).sort().join(' ');
      assert.deepStrictEqual(got.map(([t, s, tg]) => [t, s, norm(tg)]), expected.map(([t, s, tg]) => [t, s, norm(tg)]), `\n${doc}\n→ ${JSON.stringify(got)}`);
    });
  }
});

// National laws named without 《》 after the verbs amendments and commentaries use (titles.ts BEFORE_SHORT_NAME).
const NATIONAL = path.resolve(__dirname, '../../../test/fixtures/national-titles');
let national: Corpus | null = null;
function nationalSummary(text: string): [string, string, string][] {
  national ??= loadCorpus({ bundled: false, folders: [NATIONAL] });
  const fmt = (t: CitationTarget) => `${t.regulation === null ? '本' : t.regulation === '中华人民共和国刑法' ? '刑法' : t.regulation}${t.article}${t.paragraph !== null ? `.${t.paragraph}` : ''}`;
  // no-context lists every law with the article as candidates: left out.
  return analyzeDocument(text, national).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.status === 'no-context' ? '' : c.targets.map(fmt).join(' ')]);
}

const nationalCases: [name: string, doc: string, expected: [string, string, string][]][] = [
  ['增加 before the name, and 前款 inside the quoted paragraph', '某修正案将已满十二周岁的情形增加刑法第十七条第三款：“……依照前款规定……”', [
    ['刑法第十七条第三款', 'resolved', '刑法17.3'],
    ['前款', 'resolved', '刑法17.2'],
  ]],
  // a contract's chapter before the article is the contract's (contractClause.ts); a law's chapter after its name is not
  ['the law\'s article, not the articles of association\'s in its chapter (公司章程第二章第十条)', '依照公司法第十条；公司章程第二章第十一条另有规定。', [
    ['公司法第十条', 'resolved', '中华人民共和国公司法10'],
  ]],
  ['a heading\'s opening bracket before the name (【刑法第二十条解读】)', '【刑法第二十条解读】正当防卫不负刑事责任。〔刑法第二十一条〕紧急避险。', [
    ['刑法第二十条', 'resolved', '刑法20'], ['刑法第二十一条', 'resolved', '刑法21'],
  ]],
  ['not a longer word ending in a law\'s name after the bracket (【母公司法第三条】)', '【母公司法第三条】', [['第三条', 'no-context', '']]],
  ['违反了 before the name', '其行为违反了刑法第二十条的规定。', [['刑法第二十条', 'resolved', '刑法20']]],
  ['见 before the name', '（见刑法第二十一条）', [['刑法第二十一条', 'resolved', '刑法21']]],
  ['修正后 before the name, as a 时间效力 解释 writes it', '适用修正后刑法第二十条第二款的规定', [['刑法第二十条第二款', 'resolved', '刑法20.2']]],
  ['a title broken across lines by a page\'s layout (scanner.ts titleEnd)', '根据《\n刑法》第二十条\n为了使国家……', [['《\n刑法》第二十条', 'resolved', '刑法20']]],
  // 〈law〉 dropped by a web page from a 司法解释's title: the law the sentence cited before it (lostLawName.ts)
  ['《最高人民法院关于适用的解释》 after the law in the same sentence', '依照《中华人民共和国刑事诉讼法》第十五条、《最高人民法院关于适用的解释》第三条规定，判决如下', [
    ['《中华人民共和国刑事诉讼法》第十五条', 'unknown-regulation', ''],
    ['《最高人民法院关于适用的解释》第三条', 'resolved', '最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释3'],
  ]],
  ['《最高人民法院关于适用的解释》 with no law before it in the sentence', '依照《中华人民共和国刑法》第二十条。《最高人民法院关于适用的解释》第三条', [
    ['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'],
    ['《最高人民法院关于适用的解释》第三条', 'unknown-regulation', ''],
  ]],
  // 本法 paraphrasing the law the paragraph cited (analyze.ts paraphrasedLaw)
  ['本法 in the paraphrase of the law just cited', '根据《中华人民共和国公司法》第十条的规定，公司的法定代表人辞任的，应当依照本法第十一条办理。', [
    ['《中华人民共和国公司法》第十条', 'resolved', '中华人民共和国公司法10'],
    ['本法第十一条', 'resolved', '中华人民共和国公司法11'],
  ]],
  ['本法 in another paragraph stays the document\'s', '根据《中华人民共和国公司法》第十条的规定办理。\n本法第十一条另有规定。', [
    ['《中华人民共和国公司法》第十条', 'resolved', '中华人民共和国公司法10'],
    ['本法第十一条', 'self', '本11'],
  ]],
  ['本法 in a text about a draft law stays the draft\'s', '关于《某某法（草案）》的说明\n\n草案参照《中华人民共和国公司法》第十条的规定，在本法第三条中作了衔接。', [
    ['《中华人民共和国公司法》第十条', 'resolved', '中华人民共和国公司法10'],
    ['本法第三条', 'self', '本3'],
  ]],
  ['本办法 after a law stays the document\'s', '根据《中华人民共和国公司法》第十条的规定，依照本办法第三条办理。', [
    ['《中华人民共和国公司法》第十条', 'resolved', '中华人民共和国公司法10'],
    ['本办法第三条', 'self', '本3'],
  ]],
  ['a range of Arabic numbers with a dash', '如未按刑法第17-19条处理', [['刑法第17-19条', 'resolved', '刑法17 刑法18 刑法19']]],
  ['a blank line inside 《 is no title', '根据《\n\n某某通知》第二条', [['第二条', 'no-context', '']]],
];

describe('citation table: national law names after the verbs of commentaries', () => {
  for (const [name, doc, expected] of nationalCases) it(name, () => assert.deepStrictEqual(nationalSummary(doc), expected, doc));
});

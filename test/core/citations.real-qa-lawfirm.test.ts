// Citations as legal Q&A pages, law-firm articles, 普法 articles and 新法解读 write them, against real national texts
// (test/fixtures/national-titles: 公司法 1–17, 刑法 1–21, 行政处罚法 1–5, 道路交通安全法 1–3, 76 and 91). Made-up
// text in the real style; the rule each group tests is named in its comment.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { loadCorpus } from '../../server/src/core/corpus/index';
import { analyze, nationalSummary, summary as seedSummary } from './citations/helpers';

const SHORT: Record<string, string> = {
  中华人民共和国公司法: '公司', 中华人民共和国刑法: '刑法', 中华人民共和国行政处罚法: '处罚', 中华人民共和国道路交通安全法: '道交',
};
const summary = (text: string) => nationalSummary(text, SHORT);

const GS = '《中华人民共和国公司法》';
const XF = '《中华人民共和国刑法》';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // ---- 规定： ending a line that opens with a citation: the lines under it are the article's text (unmarkedQuotation.ts) ----
  ['…第十条规定： then the article\'s text: 本法 there is the cited law', `${GS}第十条规定：\n公司的法定代表人……违反本法第五条的，依照本法第十二条处理。\n\n本法第三条另有规定。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['本法第五条', 'resolved', '公司5'],
    ['本法第十二条', 'resolved', '公司12'],
    ['本法第三条', 'self', '本3'],
  ]],
  ['…第十条的规定： too', `${GS}第十条的规定：\n依照本法第五条办理。`, [[`${GS}第十条`, 'resolved', '公司10'], ['本法第五条', 'resolved', '公司5']]],
  ['a citation inside a sentence, then 规定： ending the line', `二、拿不出证据的，属于违法。根据${GS}第十条规定：\n违反本法第五条的，依照本法第十二条处理。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['本法第五条', 'resolved', '公司5'],
    ['本法第十二条', 'resolved', '公司12'],
  ]],
  ['规定， ending the line goes on with the writer\'s sentence', `根据${GS}第十条规定，\n本法第五条的情形另行处理。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['本法第五条', 'self', '本5'],
  ]],
  ['a bare colon ending the line after a citation inside a sentence introduces nothing', `律师认为，应当适用${GS}第十条：\n本法第五条的情形另行处理。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['本法第五条', 'self', '本5'],
  ]],
  ['a next line starting with 第 is a list, not the article\'s text', `${GS}第十条规定：\n第十一条、第十二条也有规定。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['第十一条、第十二条', 'resolved', '公司11 公司12'],
  ]],

  // ---- a year alone in brackets names the version (scanner.ts VERSION_NOTE, titles.ts VERSION_SUFFIX) ----
  ['《公司法(2023)》第十条', '根据《公司法(2023)》第十条第一款的规定', [['《公司法(2023)》第十条第一款', 'resolved', '公司10.1']]],
  ['（2023） right after the title', `${GS}（2023）第十一条`, [[`${GS}（2023）第十一条`, 'resolved', '公司11']]],
  ['an unknown title keeps its year and stays unknown', '《某某市物业管理条例(2019)》第五条', [['《某某市物业管理条例(2019)》第五条', 'unknown-regulation', '']]],
  ['a case number after a title is no version', `${GS}第十条。（2019）某01民初12号判决第二项`, [[`${GS}第十条`, 'resolved', '公司10']]],
  ['a bracketed number that is no year is not a version', '《公司法(二)》第十条', [['《公司法(二)》第十条', 'unknown-regulation', '']]],

  // ---- a table cell opens like a line: an article heading with its text there is no citation (scanner.ts articleHeadingAt) ----
  ['a 新旧对照表 row: headings in cells', '说明：对照如下。\n原公司法 | 新公司法 |\n第十三条 公司法定代表人依照公司章程的规定担任。 | 第十条 公司的法定代表人按照公司章程的规定担任。 |', []],
  ['a cell with an article and a bracket is a citation', `${GS}\n| 条文 | 说明 |\n| 第十条 （${GS}第十一条） | 新增 |`, [
    ['第十条', 'resolved', '公司10'],
    [`${GS}第十一条`, 'resolved', '公司11'],
  ]],
  ['a cell holding an article alone is a citation', `依据${GS}\n| 违法条款 | 第五条 | 处罚条款 | 第十二条 |`, [['第五条', 'resolved', '公司5'], ['第十二条', 'resolved', '公司12']]],

  // ---- a law's informal name without 《》: the one law whose name it shortens (titles.ts abbreviationOf) ----
  ['道路交通法 (安全 left out)', '道路交通法第七十六条详解', [['道路交通法第七十六条', 'resolved', '道交76']]],
  ['道交法', '依照道交法第九十一条的规定处罚。', [['道交法第九十一条', 'resolved', '道交91']]],
  ['its first character must begin the law\'s name', '违反交通法第七十六条', [['交通法第七十六条', 'unknown-regulation', '']]],
  ['a law cited before whose name it shortens comes first', `依照${GS}第十条、公司法第十一条`, [[`${GS}第十条`, 'resolved', '公司10'], ['公司法第十一条', 'resolved', '公司11']]],
  ['依法 is no name', '依照道交法第九十一条，依法第七十六条处理。', [
    ['道交法第九十一条', 'resolved', '道交91'],
    ['第七十六条', 'resolved', '道交76'],
  ]],

  // ---- a title named as the other side of a comparison does not take over the context (comparedTitle.ts) ----
  ['与《…》不同，第十条…', `${GS}第十条是关于法定代表人的规定。与${XF}不同，第十条区分了两种情形。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['第十条', 'resolved', '公司10'],
  ]],
  ['不同于《…》', `${GS}第十条。不同于${XF}的是，第十一条没有规定。`, [[`${GS}第十条`, 'resolved', '公司10'], ['第十一条', 'resolved', '公司11']]],
  ['与《…》的规定相比', `${GS}第十条。与${XF}的规定相比，第十二条更严格。`, [[`${GS}第十条`, 'resolved', '公司10'], ['第十二条', 'resolved', '公司12']]],
  ['a title named alone and compared with nothing takes the context', `${GS}第十条。${XF}和${GS}都有规定，${XF}也有规定。第二十条`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['第二十条', 'resolved', '刑法20'],
  ]],
  ['a compared citation with its article is the subject after it', `${GS}第十条。与${XF}第二十条不同，第二十一条另有规定。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    [`${XF}第二十条`, 'resolved', '刑法20'],
    ['第二十一条', 'resolved', '刑法21'],
  ]],

  // ---- outside a regulation, 本条 is the article under discussion: the one cited last (analyze.ts onCitation) ----
  ['本条 after a citation in a Q&A answer', `${GS}第十条规定了法定代表人。本条的适用范围较广，本条第二款另有规定。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['本条', 'resolved', '公司10'],
    ['本条第二款', 'resolved', '公司10.2'],
  ]],
  ['【本条主旨】 under an article being explained', `${GS}\n第十一条 设立公司应当依法制定公司章程。\n【本条主旨】\n本条是关于公司章程的规定。`, [
    ['本条', 'resolved', '公司11'],
    ['本条', 'resolved', '公司11'],
  ]],
  ['本条 with no article cited before is no citation', '本条所称公司，是指依照本法设立的公司。', []],
  ['本条 in someone\'s text in quotation marks is not read', `${GS}第十条。修改为：“……依照本条第二款办理。”`, [[`${GS}第十条`, 'resolved', '公司10']]],
  ['本条 after an article of no known law has no context either', '第一千一百六十四条规定了调整范围。本条是总括性规定。', [
    ['第一千一百六十四条', 'no-context', ''],
    ['本条', 'no-context', ''],
  ]],
  ['a commentary opening with an article whose law is never named: 本条 is that article, not read', `第十条\n当事人不服裁定的，可以申请复议。\n【条文主旨】\n依照${GS}第十一条规定的情形，本条则解决救济问题。`, [
    [`${GS}第十一条`, 'resolved', '公司11'],
  ]],
  ['a page opening with a citation at a line start: 本条 is the article cited last', `第十条规定了法定代表人。\n依照${GS}第十一条，本条另有规定。`, [
    ['第十条', 'no-context', '公司10 刑法10 中华人民共和国国家安全法10'], // candidates: the fixture's laws with a 第十条
    [`${GS}第十一条`, 'resolved', '公司11'],
    ['本条', 'resolved', '公司11'],
  ]],

  // ---- a 释义 page: the law's title on a line, the article explained under it (scanner.ts titleLineAbove), then the
  // commentary: 本条 is that article, 本法 that law even after another law is cited (analyze.ts paraphrasedLaw) ----
  ['a 释义 page', '道路交通安全法释义\n\n中华人民共和国道路交通安全法\n\n第九十一条 饮酒后驾驶机动车的，处暂扣六个月机动车驾驶证。\n\n【本条释义】\n醉酒驾驶构成犯罪的，依照《中华人民共和国刑法》第二十条处理；超速的，依照本法第七十六条处理。', [
    ['本条', 'resolved', '道交91'],
    ['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'],
    ['本法第七十六条', 'resolved', '道交76'],
  ]],
  ['a law\'s title on a line above a heading with prose after it is not a 释义\'s article', '中华人民共和国道路交通安全法\n第九十一条规定了饮酒驾驶的处罚。', [['第九十一条', 'resolved', '道交91']]],
  ['an article printed far down a page does not make the page a 释义: 本法 is the law the paragraph cited', `${'某'.repeat(420)}\n\n中华人民共和国道路交通安全法\n\n第九十一条 饮酒后驾驶机动车的，处暂扣驾驶证。\n\n又依照《中华人民共和国刑法》第二十条，本法第十七条`, [
    ['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'],
    ['本法第十七条', 'resolved', '刑法17'],
  ]],

  // ---- a 款 alone opening a sentence about it is a 款 of the article under discussion (scanner.ts paragraphDiscussed) ----
  ['第一款是关于…, 。第三款则要求…', `${GS}第十条是关于法定代表人的规定。第一款是关于人选的规定。第三款则要求公司确定新的法定代表人。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['第一款', 'resolved', '公司10.1'],
    ['第三款', 'resolved', '公司10.3'],
  ]],
  ['a numbered list item opening with a 款', `${GS}第十条\n1. 第二款是关于辞任的规定。`, [[`${GS}第十条`, 'resolved', '公司10'], ['第二款', 'resolved', '公司10.2']]],
  ['。第二款规定 is not enough (the forms table: a bare 第二款 outside a draft regulation)', `${GS}第十条。第二款规定了辞任。`, [[`${GS}第十条`, 'resolved', '公司10']]],
  ['a 款 inside a sentence is not read', `${GS}第十条，其中第二款另有规定。`, [[`${GS}第十条`, 'resolved', '公司10']]],
  ['a 款 with no article discussed is no citation', '第二款是关于辞任的规定。', []],
  ['a 款 opening a sentence without a word about it is not read', `${GS}第十条。第二款的情形较少。`, [[`${GS}第十条`, 'resolved', '公司10']]],
];

describe('citation table: Q&A pages, law-firm articles, 普法 and 新法解读', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected, doc));
});

// ---- a 司法解释 named by its kind of case: 《人身损害赔偿解释》 (titles.ts caseKindInterpretation), against the test
// corpus's 《最高人民法院关于审理示例纠纷案件适用法律若干问题的解释》 ----
const byCase: [name: string, doc: string, expected: [string, string, string][]][] = [
  ['the kind of case and 解释', '依照《示例纠纷解释》第二条的规定', [['《示例纠纷解释》第二条', 'resolved', '解释2']]],
  ['纠纷 left out', '《示例解释》第三条、第四条', [['《示例解释》第三条、第四条', 'resolved', '解释3 解释4']]],
  ['the word its title ends with must be the same', '《示例纠纷规定》第二条', [['《示例纠纷规定》第二条', 'unknown-regulation', '']]],
  ['a number its title does not have', '《示例纠纷解释（二）》第二条', [['《示例纠纷解释（二）》第二条', 'unknown-regulation', '']]],
  ['words that are no case kind of a title', '《测试解释》第二条', [['《测试解释》第二条', 'unknown-regulation', '']]],
];

describe('citation table: a 司法解释 named by the kind of case it is about', () => {
  for (const [name, doc, expected] of byCase) it(name, () => assert.deepStrictEqual(seedSummary(analyze(doc)), expected, doc));
});

// ---- abbreviationOf against a corpus of its own: a name that ends another law's name is unsure ----
describe('an informal name that also ends another law\'s name names no law', () => {
  const law = (title: string) => `# ${title}\n\n2003年12月27日 第十届全国人民代表大会常务委员会第六次会议通过\n\n第一条 为了规范管理，制定本法。\n\n第二条 本法适用于中华人民共和国境内。\n`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-informal-'));
  for (const t of ['中华人民共和国商业银行法', '中华人民共和国银行业监督管理法', '中华人民共和国道路交通安全法']) fs.writeFileSync(path.join(dir, `${t}.md`), law(t));
  const corpus = loadCorpus({ bundled: false, folders: [dir] });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const read = (text: string) => analyzeDocument(text, corpus).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map((t) => `${t.regulation}${t.article}`).join(' ')]);
  it('银行法 ends 商业银行法 (and shortens 银行业监督管理法): unknown', () => assert.deepStrictEqual(read('依照银行法第二条'), [['银行法第二条', 'unknown-regulation', '']]));
  it('道交法 shortens one law and ends none: that law', () => assert.deepStrictEqual(read('依照道交法第二条'), [['道交法第二条', 'resolved', '中华人民共和国道路交通安全法2']]));
  // A short name in 《》 names its law as without them; one character off a title is a typo (eval-dev: unknown-regulation).
  it('《道交法》 in 《》: that law', () => assert.deepStrictEqual(read('违反《道交法》第二条的规定'), [['《道交法》第二条', 'resolved', '中华人民共和国道路交通安全法2']]));
  it('《中华人民共和国道交法》 too', () => assert.deepStrictEqual(read('依照《中华人民共和国道交法》第一条'), [['《中华人民共和国道交法》第一条', 'resolved', '中华人民共和国道路交通安全法1']]));
  it('《道路交通安法》, one character off: unknown', () => assert.deepStrictEqual(read('依照《道路交通安法》第二条'), [['《道路交通安法》第二条', 'unknown-regulation', '']]));
  it('《银行法》 in 《》 ends 商业银行法: unknown as without them', () => assert.deepStrictEqual(read('依照《银行法》第二条'), [['《银行法》第二条', 'unknown-regulation', '']]));
  it('a 以下简称 defined for another text wins over the abbreviation', () => assert.deepStrictEqual(read('《某市道路交通管理办法》（以下简称《道交法》）第一条。《道交法》第二条'), [
    ['第一条', 'unknown-regulation', ''], ['《道交法》第二条', 'unknown-regulation', ''],
  ]));
});

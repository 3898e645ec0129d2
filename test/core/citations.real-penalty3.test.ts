// Citations as penalty decisions, 权责清单 and 裁量基准 tables, 责令改正 and 信用修复 notices write them (issue 14, third
// round of administrative documents), against real national texts (test/fixtures/national-titles: 公司法 1–17, 刑法
// 1–21). Made-up text in the real style; the rule each group tests is named in its comment.
import * as assert from 'assert';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { nationalSummary, nationalTitlesCorpus } from './citations/helpers';

const SHORT: Record<string, string> = {
  中华人民共和国公司法: '公司', 中华人民共和国刑法: '刑法', '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（二）': '公司规定二',
  '最高人民法院、最高人民检察院关于办理强奸、猥亵未成年人刑事案件适用法律若干问题的解释': '强奸解释',
};

const summary = (text: string) => nationalSummary(text, SHORT);

const GS = '《中华人民共和国公司法》';
const QJ = '《最高人民法院、最高人民检察院关于办理强奸、猥亵未成年人刑事案件适用法律若干问题的解释》'; // 第二条: one 款, eight items
const GZ = '《最高人民法院关于适用〈中华人民共和国公司法〉若干问题的规定（二）》';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // ---- 前款 in text quoted from a regulation the corpus does not know: that regulation's, never the document's ----
  ['a 权力依据 cell quoting two 款 of an unknown 规定 on one line', '权力依据（具体条文）：《某某市渣土处置管理规定》第十八条第(二)项：任何单位有下列情形之一的，责令限期改正：（二）擅自倾倒渣土的；单位有前款第二项行为的，处3000元以上罚款。个人有前款第二项行为的，处500元以下罚款。', [
    ['《某某市渣土处置管理规定》第十八条第(二)项', 'unknown-regulation', ''],
    ['前款第二项', 'unknown-regulation', ''],
    ['前款第二项', 'unknown-regulation', ''],
  ]],
  ['in quotation marks too', '依据《某某县河道保洁办法》第九条“违反本办法第五条的，责令改正；有前款行为拒不改正的，处二百元罚款”的规定。', [
    ['《某某县河道保洁办法》第九条', 'unknown-regulation', ''],
    ['本办法第五条', 'unknown-regulation', ''],
    ['前款', 'unknown-regulation', ''],
  ]],
  ['a known law quoted the same way keeps reading the 款 by its words', `依据${GS}第十五条第一款、第三款：公司向其他企业投资或者为他人提供担保，按照公司章程的规定，由董事会或者股东会决议。前款规定的股东或者受前款规定的实际控制人支配的股东，不得参加前款规定事项的表决。`, [
    [`${GS}第十五条第一款、第三款`, 'resolved', '公司15.1 公司15.3'],
    ['前款', 'resolved', '公司15.2'],
    ['前款', 'resolved', '公司15.2'],
    ['前款', 'resolved', '公司15.2'],
  ]],
  ['negative: a draft regulation\'s own 前款 after an unknown title named in its text stays its own', '第一条 为了规范渣土处置，根据《某某市渣土处置管理规定》，制定本办法。\n第二条 单位应当办理核准。\n有前款行为的，责令改正。', [
    ['前款', 'self', '本2.1'],
  ]],
  // ---- text taken out of a PDF table (a listed company's announcement of a penalty): spaces after full-width marks
  // and around half-width brackets, lines broken at the cell's width ----
  ['a list whose items are set off by 、 and a space, each 第 ending its line', `处罚依据：${GS} 第\n十五条第一款、 第\n十六条第一款\n罚款 5,000 元`, [
    [`${GS} 第\n十五条第一款、 第\n十六条第一款`, 'resolved', '公司15.1 公司16.1'],
  ]],
  ['a space between the bracketed item and 项', `依据${GZ}第一条第一款第(二) 项的规定。`, [
    [`${GZ}第一条第一款第(二) 项`, 'resolved', '公司规定二1.1.2'],
  ]],
  ['negative: a judgment\'s own item stays none, spaced or not', '维持（2019）某刑初12号刑事判决第(二) 项。', []],
  ['negative: 第(一) 目标 of a plan is no subitem', '本项目分为第(一) 目标任务和第(二) 目标。', []],
  ['negative: 、 and a space before an ordinal that is no unit', `依据${GS}第十五条、 第二次会议决议办理。`, [
    [`${GS}第十五条`, 'resolved', '公司15'],
  ]],
  // ---- 第三十八条第(二)款 (a 医保 decision): a 款 numbered in brackets, as items are, of an article with one 款 that has
  // the item — the writer typed 款 for 项 (bracketedItem, as Article 39(5) in English) ----
  ['款 in brackets of an article with one 款 and items: the item', `依据${QJ}第二条第(二)款的规定，从重处罚。`, [
    [`${QJ}第二条第(二)款`, 'resolved', '强奸解释2..2'],
  ]],
  ['full-width brackets too, in a list', `依据${QJ}第二条第（一）款、第（五）款处理。`, [
    [`${QJ}第二条第（一）款、第（五）款`, 'resolved', '强奸解释2..1 强奸解释2..5'],
  ]],
  ['negative: an article with several 款 keeps the 款', `依据${GS}第十五条第(二)款的规定。`, [
    [`${GS}第十五条第(二)款`, 'resolved', '公司15.2'],
  ]],
  ['negative: 款 without brackets stays a 款 the article lacks', `依据${QJ}第二条第二款的规定。`, [
    [`${QJ}第二条第二款`, 'unknown-paragraph', '强奸解释2.2'],
  ]],
  ['negative: an item the 款 does not have stays a 款', `依据${QJ}第二条第(九)款的规定。`, [
    [`${QJ}第二条第(九)款`, 'unknown-paragraph', '强奸解释2.9'],
  ]],
];

describe('citation table: administrative documents, third round', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected, doc));
});

describe('第(二)款 read as 项: a hint malformed-citation whose fix writes 第(二)项', () => {
  const hints = (doc: string) => analyzeDocument(doc, nationalTitlesCorpus()).diagnostics.filter((d) => d.code === 'malformed-citation');
  it('one hint on the citation, the fix writing 项 for each 款 read as an item', () => {
    const written = `${QJ}第二条第(二)款、第（五）款`;
    const d = hints(`依据${written}处理。`);
    assert.strictEqual(d.length, 1);
    assert.strictEqual(d[0].severity, 'hint');
    assert.strictEqual(d[0].fixes[0].newText, `${QJ}第二条第(二)项、第（五）项`);
    assert.deepStrictEqual(d[0].range, { start: { line: 0, character: 2 }, end: { line: 0, character: 2 + written.length } });
  });
  it('none where the bracketed 款 is a 款 of the article', () => assert.deepStrictEqual(hints(`依据${GS}第十五条第(二)款处理。`), []));
  it('none for 项 written as 项', () => assert.deepStrictEqual(hints(`依据${QJ}第二条第(二)项处理。`), []));
});

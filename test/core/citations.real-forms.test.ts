// Citations as real documents write them (penalty decisions, judgments, replies, drafts written by others): each
// row is a form, the rule that reads it is named in the group's comment. Notation as in citations.table.test.ts.
import * as assert from 'assert';
import type { AnalyzeOptions } from '../../server/src/core/citations/index';
import { analyze, summary } from './citations/helpers';

type Row = [text: string, status: string, targets: string];
type Case = [name: string, doc: string, expected: Row[], options?: AnalyzeOptions];

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';
const S = '《内蒙古自治区建设我国北方重要生态安全屏障促进条例》';

/** A draft regulation: title, then 第一条, 第二条 (its own structure), ready for a third article. */
const DRAFT_BODY = '第一条　为了规范管理，制定本办法。\n\n第二条　本办法适用于本市。\n\n';
const DRAFT = `# 某某办法（草案）\n\n${DRAFT_BODY}`;

const cases: Case[] = [
  // ---- a title that is not in the corpus stays the subject: links between a title and its article ----
  ['unknown title with a document number between', `依据${Z}第十条，并参照《某某行政处罚裁量基准（一）》（某某公告2023年第5号）第二十二条`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['《某某行政处罚裁量基准（一）》（某某公告2023年第5号）第二十二条', 'unknown-regulation', ''],
  ]],
  ['unknown title, 的规定 between', `${Z}第十条及《关于办理某类案件若干问题》的规定第十一条、第十三条`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['《关于办理某类案件若干问题》的规定第十一条、第十三条', 'unknown-regulation', ''],
  ]],
  ['unknown title, a colon between, list after a comma', `${Z}第十条；《中华人民共和国担保法》：第十八条第一款，第二十一条`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['《中华人民共和国担保法》：第十八条第一款，第二十一条', 'unknown-regulation', ''],
  ]],
  ['a bare article after an unknown title stays with it', `${Z}第十条。《某某市物业管理办法》规定第五条。又依照第六条`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['《某某市物业管理办法》规定第五条', 'unknown-regulation', ''],
    ['第六条', 'unknown-regulation', ''],
  ]],
  ['known title, 的 and a year note between', `${S}（2022年9月通过）的第五条`, [[`${S}（2022年9月通过）的第五条`, 'resolved', '生态5']]],
  ['known title, a comma between', `依照${Z}，第十条规定的职责`, [[`${Z}，第十条`, 'resolved', '筑牢10']]],
  ['a parenthetical citing an article is not a link', `${Z}（第三章）第十条`, [['第十条', 'resolved', '筑牢10']]],
  ['a second title after the link is its own', `${Z}、${S}第五条`, [[`${S}第五条`, 'resolved', '生态5']]],

  // ---- inside a regulation's own text, a bare 第X条 is its own; only a title, 该条例 or a short title is external ----
  ['a bare article in an article after an external title', `${DRAFT}第三条　违反${Z}第十条的，依照第二条处理；第四条第二款另有规定的除外。\n\n第四条　甲。\n\n乙。\n`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['第二条', 'self', '本2'],
    ['第四条第二款', 'self', '本4.2'],
  ]],
  ['a bare article continuing an external citation in the same clause is that law\'s', `${DRAFT}第三条　构成${Z}第十条规定的情形或者第十二条规定的情形的，依照第二条处理。\n`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['第十二条', 'resolved', '筑牢12'],
    ['第二条', 'self', '本2'],
  ]],
  ['a self reference in between ends the continuation', `${DRAFT}第三条　${Z}第十条和本办法第二条规定的情形以及第一条规定的情形。\n`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['本办法第二条', 'self', '本2'],
    ['第一条', 'self', '本1'],
  ]],
  ['a bare 第X款 continuing an own article\'s 款 in the same clause is that article\'s', '# 某某规定\n\n第一条　甲。\n\n乙。\n\n丙。\n\n第二条　属于第一条第一款至第二款规定以及第三款规定情形的，依照第一款处理。\n\n丁。\n', [
    ['第一条第一款至第二款', 'self', '本1.1 本1.2'],
    ['第三款', 'self', '本1.3'],
    ['第一款', 'self', '本2.1'],
  ]],
  ['该条例 after an external title stays external', `${DRAFT}第三条　依照${Z}第十条和该条例第十二条执行。\n`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['该条例第十二条', 'resolved', '筑牢12'],
  ]],
  ['before the first article, a bare article follows the title', `# 某某办法（草案）\n\n为落实${Z}第十条和第十二条，制定本办法。\n\n${DRAFT_BODY}`, [
    [`${Z}第十条和第十二条`, 'resolved', '筑牢10 筑牢12'],
  ]],

  // ---- 本办法, 本条例, 本法 … always mean the document itself ----
  ['本办法 in a notice whose articles are not in view', `${Z}第十条。本办法第三条规定的事项，按本条例第五条第二款办理。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['本办法第三条', 'self', '本3'],
    ['本条例第五条第二款', 'self', '本5.2'],
  ]],

  // ---- quoted statute text keeps its own context ----
  ['本条, 前款 and a bare 第X款 inside a quoted article', `${DRAFT}第三条　${Z}第六条规定：“各级人民政府负责……\n监察委员会……依照本条第一款……\n前款所列机关和第一款所列政府……”本办法第二条另有规定的，从其规定。\n`, [
    [`${Z}第六条`, 'resolved', '筑牢6'],
    ['本条第一款', 'resolved', '筑牢6.1'],
    ['前款', 'resolved', '筑牢6.2'],
    ['第一款', 'resolved', '筑牢6.1'],
    ['本办法第二条', 'self', '本2'],
  ]],
  ['本条例 and a bare 第X条 inside a quotation are the quoted law\'s', `答复：${S}第十一条第二款规定，“……依照本条例第十条执行；第十二条另有规定的除外”。`, [
    [`${S}第十一条第二款`, 'resolved', '生态11.2'],
    ['本条例第十条', 'resolved', '生态10'],
    ['第十二条', 'resolved', '生态12'],
  ]],
  ['after the quotation, 本办法 is the document again', `${Z}第七条：“……本条例第八条……”。本办法第二条`, [
    [`${Z}第七条`, 'resolved', '筑牢7'],
    ['本条例第八条', 'resolved', '筑牢8'],
    ['本办法第二条', 'self', '本2'],
  ]],
  // Rule (GB/T 15834): a quotation of several paragraphs opens each with “ and closes only the last (text.ts reopensParagraph).
  ['each quoted paragraph opened with “: one quotation, 前款 read by its line', `本院认为，${Z}第六条规定：“各级人民政府负责……\n“监察委员会……依照本条例第十条……\n“前款所列机关……”被告的行为违反了本办法第二条。`, [
    [`${Z}第六条`, 'resolved', '筑牢6'],
    ['本条例第十条', 'resolved', '筑牢10'],
    ['前款', 'resolved', '筑牢6.2'],
    ['本办法第二条', 'self', '本2'],
  ]],
  ['a “ inside a line still nests: the quotation ends at the last ”', `答复：${S}第十一条规定，“对“生态屏障”建设……依照本条例第十条执行”。本办法第二条另作规定。`, [
    [`${S}第十一条`, 'resolved', '生态11'],
    ['本条例第十条', 'resolved', '生态10'],
    ['本办法第二条', 'self', '本2'],
  ]],
  ['a line opening with “ after the quotation closed does not re-open it', `${Z}第七条规定：“……”\n“依照本条例第八条”一语见于另文。`, [
    [`${Z}第七条`, 'resolved', '筑牢7'],
    ['本条例第八条', 'self', '本8'],
  ]],
  // Amendments (amendedWording.ts): the quotation after 修改为 / 增加…作为第X条 is the provision's new wording.
  ['修改为：“…”: 本条例 inside is the amended regulation; the new wording\'s 前款 is not read', `一、将${Z}第十条修改为：“……依照本条例第五条的规定执行。\n“有前款情形的，由有关部门处理。”\n二、删去第六十四条。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['本条例第五条', 'resolved', '筑牢5'],
    ['第六十四条', 'resolved', '筑牢64'],
  ]],
  ['增加一条，作为第X条：“…”: the same; the numbers cited are the regulation\'s', `在${Z}第二十条后增加一条，作为第二十一条：“依照本条例第五条建立协调机制。前款规定的机制由本级人民政府负责。”`, [
    [`${Z}第二十条`, 'resolved', '筑牢20'],
    ['第二十一条', 'resolved', '筑牢21'],
    ['本条例第五条', 'resolved', '筑牢5'],
  ]],
  ['a 修正案 with articles of its own: the 款 it adds is the amended article\'s', `# 某某条例修正案\n\n第一条　${Z}第六条增加一款，作为第三款：“……”\n\n第二条　本修正案自公布之日起施行。\n`, [
    [`${Z}第六条`, 'resolved', '筑牢6'],
    ['第三款', 'resolved', '筑牢6.3'],
  ]],
  // A 修正案 of a law names it in its own title (titles/amendedLawName.ts): its items cite that law's articles
  // bare. As LawRefBook prints one (items 一、二、 read as its articles), and numbered by articles (the 宪法修正案).
  ['a 修正案 named after the law: a bare article in its items is the amended law\'s, and so is 本条例 in the new wording', `# 内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例修正案\n\n2024年1月1日通过\n\n<!-- INFO END -->\n\n一、在第二十条后增加一条，作为第二十条之一：“依照本条例第五条建立协调机制。”\n\n二、在第六条中增加一款，作为第二款：“……”\n\n原第二款作为第三款。\n\n三、第十条第一款相应地改为第二款。\n\n四、本修正案自公布之日起施行。\n`, [
    ['第二十条', 'resolved', '筑牢20'],
    // (the article or 款 an amendment adds is reported as the corpus text has it: not there before the amendment)
    ['第二十条之一', 'unknown-article', '筑牢20之1'],
    ['本条例第五条', 'resolved', '筑牢5'],
    ['第六条', 'resolved', '筑牢6'],
    ['第二款', 'resolved', '筑牢6.2'],
    ['第二款', 'resolved', '筑牢6.2'],
    ['第三款', 'resolved', '筑牢6.3'],
    ['第十条第一款', 'resolved', '筑牢10.1'],
    ['第二款', 'unknown-paragraph', '筑牢10.2'],
  ]],
  ['a 修正案 numbered by articles: the same', `# 内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例修正案\n\n第一条　在第二十条后增加一条，作为第二十一条：“依照本条例第五条建立协调机制。”\n\n第二条　第六条第二款相应地改为第三款。\n\n第三条　本修正案自公布之日起施行。\n`, [
    ['第二十条', 'resolved', '筑牢20'],
    ['第二十一条', 'resolved', '筑牢21'],
    ['本条例第五条', 'resolved', '筑牢5'],
    ['第六条第二款', 'resolved', '筑牢6.2'],
    ['第三款', 'resolved', '筑牢6.3'],
  ]],
  ['a 修正案 of a law the corpus lacks: its bare articles stay its own', `# 某某条例修正案\n\n第一条　删去第六十四条。\n\n第二条　本修正案自公布之日起施行。\n`, [
    ['第六十四条', 'unknown-article', '本64'],
  ]],
  ['…but a 款 its own article cites without amending stays its own', `# 某某条例修正案\n\n第一条　${Z}第六条另有规定的，依照第二款执行。\n\n甲。\n\n第二条　本修正案自公布之日起施行。\n`, [
    [`${Z}第六条`, 'resolved', '筑牢6'],
    ['第二款', 'self', '本1.2'],
  ]],
  ['an ordinary quotation after 规定 still reads its 前款 in the article quoted', `${Z}第六条规定：“……\n前款所列机关……”`, [
    [`${Z}第六条`, 'resolved', '筑牢6'],
    ['前款', 'resolved', '筑牢6.1'],
  ]],
  ['a quotation of an unknown title keeps its references with it', '《某某市物业管理条例》第九条规定：“……本条例第三条……”', [
    ['《某某市物业管理条例》第九条', 'unknown-regulation', ''],
    ['本条例第三条', 'unknown-regulation', ''],
  ]],

  // ---- 款 and 项 written loosely ----
  ['款 in half-width brackets', `${Z}第六条第(二)款`, [[`${Z}第六条第(二)款`, 'resolved', '筑牢6.2']]],
  ['款 in full-width brackets', `${Z}第六条第（三）款`, [[`${Z}第六条第（三）款`, 'resolved', '筑牢6.3']]],
  ['项 without 第, full-width brackets', `${Z}第六条第二款（三）项`, [[`${Z}第六条第二款（三）项`, 'unknown-item', '筑牢6.2.3']]],
  ['项 without 第, half-width brackets', `${Z}第六条第二款(一)项`, [[`${Z}第六条第二款(一)项`, 'unknown-item', '筑牢6.2.1']]],
  ['款 without 第', `${Z}第六条二款的规定`, [[`${Z}第六条二款`, 'resolved', '筑牢6.2']]],
  ['第 before each number, one 条 at the end', `${Z}第十二、第十五、第十八条`, [[`${Z}第十二、第十五、第十八条`, 'resolved', '筑牢12 筑牢15 筑牢18']]],
  ['后句 after a 款, then another 款', `${Z}第六条第一款后句和第二款`, [[`${Z}第六条第一款后句和第二款`, 'resolved', '筑牢6.1 筑牢6.2']]],
  ['但书 after an article', `${Z}第六条但书、第七条`, [[`${Z}第六条但书、第七条`, 'resolved', '筑牢6 筑牢7']]],
  ['an item alone in a draft article is the article\'s own', `${DRAFT}第三条　有下列情形之一的，从重处罚：\n\n（一）甲；\n\n（二）乙。\n\n有前款第（一）项情形的，加倍；有第（二）项情形的，减半。\n`, [
    ['前款第（一）项', 'self', '本3.1.1'],
    ['第（二）项', 'self', '本3..2'],
  ]],
  ['三项工作 after an article is prose', `${Z}第六条三项工作`, [[`${Z}第六条`, 'resolved', '筑牢6']]],
  ['第十二、第十五届 is not a list', '第十二、第十五届运动会', []],

  // ---- malformed but clear (hint malformed-citation with the fix) ----
  ['第 left out after a title', `${Z}五十二条第一款`, [[`${Z}五十二条第一款`, 'resolved', '筑牢52.1']]],
  ['条 left out before a 款', `${Z}第八十一第一款`, [[`${Z}第八十一第一款`, 'resolved', '筑牢81.1']]],
  ['a count after a title is prose', '《意见》十条措施', []],

  // ---- headings are not citations ----
  ['an excerpt starting mid-regulation', `${Z}节选：\n\n第三十四条 寄递物流……\n\n第三十五条　依照……`, []],
  ['headings with bracketed names', '第一条【目的依据】为了……\n第二条〖适用范围〗本办法适用于……', []],
  ['several headings on one line', '摘录如下：第一条 为了规范……。 第二条 本办法适用于……', []],
  ['a sentence starting with an article is a citation', `${Z}\n\n第十条规定维护政治安全。`, [['第十条', 'resolved', '筑牢10']]],

  // ---- a place in a title must match ----
  ['another province with the same rest of the title', '《黑龙江省建设我国北方重要生态安全屏障促进条例》第十条', [['《黑龙江省建设我国北方重要生态安全屏障促进条例》第十条', 'unknown-regulation', '']]],
  ['another region with the same rest of the title', '《新疆维吾尔自治区筑牢祖国北疆安全稳定屏障促进条例》第十条', [['《新疆维吾尔自治区筑牢祖国北疆安全稳定屏障促进条例》第十条', 'unknown-regulation', '']]],
  ['no place written: the regulation that has the rest', '《建设我国北方重要生态安全屏障促进条例》第十条', [['《建设我国北方重要生态安全屏障促进条例》第十条', 'resolved', '生态10']]],

  // ---- the document's date picks the version ----
  ['a judgment dated in Chinese numerals before its appendix', `某某市某某区人民法院\n民事判决书\n\n本院认为，依照《示例自治区测试条例》第十条的规定，判决如下：驳回原告的诉讼请求。\n\n审判员　张某\n二〇二一年三月一日\n书记员　李某\n\n附：本判决适用的法律条文\n《示例自治区测试条例》\n${['十', '十一', '十二', '十三', '十四', '十五', '十六'].map((n) => `第${n}条 ……`).join('\n')}\n`, [
    ['《示例自治区测试条例》第十条', 'resolved', '测试10@2020-03-01'],
  ]],
  ['a 发布日期 line', '关于某某问题的答复\n\n发布日期：2021-03-12\n\n根据《示例自治区测试条例》第十条的规定……', [['《示例自治区测试条例》第十条', 'resolved', '测试10@2020-03-01']]],
  ['no date: the version in force today', '根据《示例自治区测试条例》第十条的规定……', [['《示例自治区测试条例》第十条', 'resolved', '测试10@2024-07-01']]],
];

describe('citation table: forms of real documents', () => {
  for (const [name, doc, expected, options] of cases) {
    it(name, () => {
      const got = summary(analyze(doc, options));
      const norm = (tg: string) => tg.split(' ').filter(Boolean).sort().join(' ');
      assert.deepStrictEqual(got.map(([t, s, tg]) => [t, s, norm(tg)]), expected.map(([t, s, tg]) => [t, s, norm(tg)]), `\n${doc}\n→ ${JSON.stringify(got)}`);
    });
  }
});

describe('a place in a title must match', () => {
  it('suggests titles of that place only', () => {
    const a = analyze('《黑龙江省建设我国北方重要生态安全屏障条例》第十条');
    assert.deepStrictEqual(a.citations[0].candidates ?? [], []);
    const b = analyze('《内蒙古自治区建设我国北方重要生态安全屏障条例》第十条');
    assert.deepStrictEqual(b.citations[0].candidates, ['内蒙古自治区建设我国北方重要生态安全屏障促进条例']);
  });
});

describe('malformed-citation', () => {
  const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';
  for (const [written, correct] of [[`${Z}五十二条第一款`, `${Z}第五十二条第一款`], [`${Z}第八十一第一款`, `${Z}第八十一条第一款`]]) {
    it(`is a hint whose fix writes ${correct.slice(-8)}`, () => {
      const a = analyze(`依照${written}处理。`);
      const d = a.diagnostics.filter((x) => x.code === 'malformed-citation');
      assert.strictEqual(d.length, 1);
      assert.strictEqual(d[0].severity, 'hint');
      assert.strictEqual(d[0].fixes[0].newText, correct);
      assert.deepStrictEqual(d[0].range, { start: { line: 0, character: 2 }, end: { line: 0, character: 2 + written.length } });
    });
  }
});

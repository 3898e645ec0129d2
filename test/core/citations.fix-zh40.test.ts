// Forms of round 24 (fix-zh40): made-up text in the style of judgments, penalty decisions and lawyers' articles, against
// the bundled corpus (laws named short: 民法典509.1 is the Civil Code's article 509, paragraph 1).
import * as assert from 'assert';
import { analyzeBundled, bundledShortTable as table } from './citations/helpers';

// A known law's name without 《》 (full or short: 刑诉法, 民法典, 公司法) glued to its article in Chinese numerals without
// 第 (scan/bareNameLooseArticle.ts): the article, with malformed-citation's hint — a 款 or 规定 after it, or a citing word
// before the name; a short name the corpus's titles lack but that shortens one law (刑诉法) in digits too.
table('citation table: a bare law name and its article in Chinese numerals without 第 (fix-zh40)', [
  ['a lawyer\'s article on a short name, then a judgment\'s 款', '律师解读刑诉法五十条的适用范围。本院认为，依据民法典五百零九条第一款的规定，当事人应当按照约定全面履行自己的义务。',
    [['刑诉法五十条', 'resolved', '刑事诉讼50'], ['民法典五百零九条第一款', 'resolved', '民法典509.1']]],
  ['规定 after the article, a citing word before a short name in digits', '根据公司法十九条规定，公司应当为工会提供必要的活动条件。刑法十条规定了领域外犯罪的管辖。解读刑诉法50条，证据须查证属实。',
    [['公司法十九条', 'resolved', '公司19'], ['刑法十条', 'resolved', '刑10'], ['刑诉法50条', 'resolved', '刑事诉讼50']]],
  ['not a number of years, a word after 条, an approximate count, a count of the law\'s articles, nor a case number or an ordinal',
    '刑法三十年来修改多次。公司法三条线的说法并不准确。民法典五百多条规定了合同编。民法典一千二百六十条，分为七编。刑诉法五十条修改意见。第十四届第一次会议；（2019）某刑初12号。',
    []],
]);

describe('malformed-citation: a bare name\'s article without 第 in Chinese numerals (fix-zh40)', () => {
  for (const [doc, written, correct] of [
    ['依据民法典五百零九条第一款的规定处理。', '民法典五百零九条第一款', '民法典第五百零九条第一款'],
    ['律师解读刑诉法五十条的适用范围。', '刑诉法五十条', '刑诉法第五十条'],
  ]) {
    it(`is a hint whose fix writes ${correct}`, () => {
      const d = analyzeBundled(doc).diagnostics.filter((x) => x.code === 'malformed-citation');
      assert.strictEqual(d.length, 1, JSON.stringify(d));
      assert.strictEqual(d[0].severity, 'hint');
      assert.strictEqual(d[0].fixes[0].newText, correct);
      const at = doc.indexOf(written);
      assert.deepStrictEqual(d[0].range, { start: { line: 0, character: at }, end: { line: 0, character: at + written.length } });
    });
  }
});

// A template's alternatives in brackets between an article's number and 条 (第十二(十三/十四)条, 第十二（十三、十四）条):
// one mention of every article named (scan/templateAlternatives.ts); a note after 条 stays an article and a note.
table('citation table: a template\'s alternative articles in brackets before 条 (fix-zh40)', [
  ['a 文书样式 with / and with 、', '行政处罚决定书（文书样式）\n当事人违反了《中华人民共和国行政处罚法》第十二(十三/十四)条的规定，依据该法作出如下处罚。\n依据《中华人民共和国行政处罚法》第十二（十三、十四）条之规定，决定给予警告。',
    [['《中华人民共和国行政处罚法》第十二(十三/十四)条', 'resolved', '行政处罚12 行政处罚13 行政处罚14'],
      ['《中华人民共和国行政处罚法》第十二（十三、十四）条', 'resolved', '行政处罚12 行政处罚13 行政处罚14']]],
  ['not a note after 条, nor a case number or an ordinal', '《中华人民共和国行政处罚法》第十二条（第十三条已删除）规定了地方性法规的设定权。第十四届第一次会议；（2019）某刑初12号。',
    [['《中华人民共和国行政处罚法》第十二条', 'resolved', '行政处罚12'], ['第十三条', 'resolved', '行政处罚13']]],
]);

// 原《某法》第N条 / 原某法第N条 / 修改前的《某法》: a repealed law is that law (原《合同法》: a text the corpus lacks, as
// before); a law in force names the text before its latest revision at the document's date, or before the revision of
// the year written (2018年修改前的) — read in it when the corpus holds it (原《公司法》 undated: the 2018 text), else a text
// the corpus lacks (analyze.ts formerContext, corpus/namedVersion.ts textBefore, titles/versionWord.ts formerTextBefore).
table('citation table: 原 and 修改前的 before a law\'s name (fix-zh40)', [
  ['repealed laws, and a law whose former text the corpus holds', '原《合同法》第五十二条规定了合同无效的情形，原物权法第七十四条规定了车位归属。原《公司法》第十六条规定了对外担保，原公司法第十六条亦同。',
    [['《合同法》第五十二条', 'unknown-regulation', ''], ['物权法第七十四条', 'unknown-regulation', ''],
      ['《公司法》第十六条', 'resolved', '公司16'], ['公司法第十六条', 'resolved', '公司16']]],
  ['laws whose former text the corpus lacks, 修改前的 and a year naming the revision', '原《中华人民共和国行政处罚法》第三十一条规定了告知义务。修改前的《刑事诉讼法》第五十条规定了证据种类。2018年修改前的《公司法》第十六条规定了对外担保。',
    [['《中华人民共和国行政处罚法》第三十一条', 'unknown-regulation', ''], ['《刑事诉讼法》第五十条', 'unknown-regulation', ''],
      ['《公司法》第十六条', 'unknown-regulation', '']]],
  ['a penalty decision of 2019: the text before the revision in force then', '行政处罚决定书\n当事人的行为违反了原《中华人民共和国行政处罚法》第三十一条的规定。\n某市市场监督管理局\n2019年5月6日',
    [['《中华人民共和国行政处罚法》第三十一条', 'unknown-regulation', '']]],
  ['not a law named without 原 or 修改前的 right before it, nor 原 ending a word, nor a case number or an ordinal',
    '本次修改前的征求意见中，《中华人民共和国行政处罚法》第三十一条备受关注。被告还原《中华人民共和国刑事诉讼法》第五十条的原貌。第十四届第一次会议；（2019）某刑初12号。',
    [['《中华人民共和国行政处罚法》第三十一条', 'resolved', '行政处罚31'], ['《中华人民共和国刑事诉讼法》第五十条', 'resolved', '刑事诉讼50']]],
]);

describe('原《公司法》: the former text read, or the version wanted named (fix-zh40)', () => {
  it('reads 原《公司法》 in the 2018 text, and names the 2013 text 2018年修改前的《公司法》 wants', () => {
    const a = analyzeBundled('原《公司法》第十六条规定了对外担保。2018年修改前的《公司法》第十六条亦有规定。');
    assert.strictEqual(a.citations[0].targets[0].version, '2018-10-26');
    const d = a.diagnostics.find((x) => x.code === 'unknown-regulation');
    assert.match(d!.message.zh, /2013年修正或修订的文本/);
  });
});

// An entry of an approval-item 决定, a 目录 or a 清单 cited by its number after the title, a space between them or not,
// the entry's own name after the number (titles/listEntryItem.ts; scanner.ts approvalItemsDecision, ITEM_CUE).
table('citation table: an entry of a 决定, 目录 or 清单 with its name after the number (fix-zh40)', [
  ['a space after 》, the entry\'s name after its number', '经查，该事项属于《国务院关于取消和下放一批行政审批项目的决定》 第172项水利基建项目初步设计文件审批，已下放至省级水行政主管部门。',
    [['《国务院关于取消和下放一批行政审批项目的决定》 第172项', 'unknown-regulation', '']]],
  ['a 目录 with its edition, and a 清单, with and without the space', '该项目列入《政府核准的投资项目目录（2016年本）》 第3项水利工程，由省级政府核准；本行为对应《某省市场监管领域权责清单》第12项行政处罚。',
    [['《政府核准的投资项目目录（2016年本）》 第3项', 'unknown-regulation', ''], ['《某省市场监管领域权责清单》第12项', 'unknown-regulation', '']]],
  ['not a noun alone after a 决定\'s number, an ordinal after another kind of title or none, nor a 清单\'s number after its 文号, nor a case number or an ordinal',
    '符合《某市轻微违法行为不予处罚清单》（某市监发〔2023〕9号）第4项的情形。《国务院关于取消一批行政许可事项的决定》 第2项商品。双方签订的《买卖合同》第2项商品已交付。《某单位年度工作计划》 第三项工作已完成。第2项商品质量合格。第十四届第一次会议；（2019）某刑初12号。',
    []],
]);

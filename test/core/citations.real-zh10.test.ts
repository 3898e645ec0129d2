// Forms from the tenth fair measurement on Chinese pages (government/Q&A pages, zh10): made-up text in the real style
// against national texts trimmed to their first articles (test/fixtures/national-titles).
import * as assert from 'assert';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { bundledSummary, nationalSummary, nationalTitlesCorpus } from './citations/helpers';

const SHORT: Record<string, string> = { 中华人民共和国刑法: '刑法', 中华人民共和国公司法: '公司' };

type Row = [name: string, doc: string, expected: [string, string, string][]];

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
  });
}

// A regulation's own text whose line breaks became commas, 顿号 or full stops (commaRun.ts): its labels are headings.
table('citation table: headings of a regulation\'s own text flattened with commas (zh10)', [
  ['labels after commas and 顿号, a space or a comma after them: headings; 本办法第五条 stays the text\'s own',
    '第一章第二节,居民议事会、第三条 本办法所称居民，是指在本社区居住满一年的人，享有本办法规定的权利,第四条,一个社区设立一个居民议事会,议事会由全体居民代表组成,第五条 社区符合下列条件之一的、可以召开首次议事会会议。第六条 社区符合本办法第五条规定的,街道办事处应当在十日内书面告知居民。第七条,议事会筹备组由五至七人组成。',
    [['本办法第五条', 'self', '本5']]],
  ['the same run in Arabic numerals',
    '居民享有本办法规定的权利,第4条,一个社区设立一个居民议事会,议事会由全体居民代表组成,第5条 社区符合下列条件之一的、可以召开首次会议,第6条,街道办事处应当在十日内书面告知全体居民。',
    []],
  ['a commentary going through articles after commas stays citations (规定了, 是关于)',
    '《中华人民共和国公司法》第九条对经营范围作了规定。第十条,规定了法定代表人的产生和辞任,本法的这一修改很重要。第十一条,是关于法定代表人行为后果的规定。第十二条,规定了公司形式的变更。',
    [['《中华人民共和国公司法》第九条', 'resolved', '公司9'], ['第十条', 'resolved', '公司10'], ['第十一条', 'resolved', '公司11'], ['第十二条', 'resolved', '公司12']]],
  ['a judgment listing articles between commas stays one citation',
    '依照《中华人民共和国刑法》第十七条,第十八条,第十九条,判决如下：被告人犯盗窃罪，本法第二十条不适用。',
    [['《中华人民共和国刑法》第十七条,第十八条,第十九条', 'resolved', '刑法17 刑法18 刑法19'], ['本法第二十条', 'resolved', '刑法20']]],
  ['no run (two labels only) stays citations',
    '依照本办法处理。《中华人民共和国公司法》第九条有规定,第十条,法定代表人由董事担任,第十二条,公司可以变更形式。',
    [['《中华人民共和国公司法》第九条', 'resolved', '公司9'], ['第十条', 'resolved', '公司10'], ['第十二条', 'resolved', '公司12']]],
  ['sessions, items of goods, case numbers and a judgment\'s item are no labels',
    '第十四届,第一次会议审议了本办法,第2项商品已经下架,（2019）某刑初12号判决第二项,依照《中华人民共和国刑法》第二十条处理。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20']]],
]);

// A line opening with a title and its article glued to the article's text; the next label after a full stop on that
// line is the next article pasted (lawExcerpt.ts pastedOnPrintedLine).
table('citation table: the next article pasted on a printed article\'s line (zh10)', [
  ['glued after the full stop: a heading',
    '相关法律：\n《中华人民共和国公司法》第十条公司的法定代表人按照公司章程的规定担任。第十一条法定代表人以公司名义从事的民事活动，其法律后果由公司承受。',
    [['《中华人民共和国公司法》第十条', 'resolved', '公司10']]],
  ['a space after the full stop, the issuer before the title: a heading',
    '最高人民法院《关于审理某类纠纷案件适用法律若干问题的解释》第四条当事人请求确认合同无效的，人民法院应当审查。 第五条当事人一方请求解除合同的，应当通知对方。',
    [['《关于审理某类纠纷案件适用法律若干问题的解释》第四条', 'unknown-regulation', '']]],
  ['规定 after the next label: a citation',
    '《中华人民共和国公司法》第十条公司的法定代表人按照公司章程的规定担任。第十一条规定了法律后果。',
    [['《中华人民共和国公司法》第十条', 'resolved', '公司10'], ['第十一条', 'resolved', '公司11']]],
  ['the writer\'s own sentence (根据…) on the line: a citation',
    '根据《中华人民共和国公司法》第十条公司的法定代表人应当按照章程担任。第十一条法定代表人以公司名义从事的民事活动，其后果由公司承受。',
    [['《中华人民共和国公司法》第十条', 'resolved', '公司10'], ['第十一条', 'resolved', '公司11']]],
  ['under a caption of the writer\'s own: a citation',
    '（二）代表人《中华人民共和国公司法》第十条公司的法定代表人按照公司章程的规定担任。第十一条法定代表人以公司名义从事的民事活动，其法律后果由公司承受。',
    [['《中华人民共和国公司法》第十条', 'resolved', '公司10'], ['第十一条', 'resolved', '公司11']]],
  ['the title\'s article followed by 规定: the writer\'s sentence, a citation',
    '《中华人民共和国公司法》第十条规定法定代表人按照公司章程担任。第十一条法定代表人以公司名义从事的民事活动，其法律后果由公司承受。',
    [['《中华人民共和国公司法》第十条', 'resolved', '公司10'], ['第十一条', 'resolved', '公司11']]],
]);

// A line ending with a citation and the next line opening with that article's label glued to its caption or text
// (lawExcerpt.ts repeatsCitationAbove): the article printed, not a second citation.
table('citation table: the cited article\'s label opening the next line (zh10)', [
  ['its caption glued to the label',
    '公司法第10条规定 《中华人民共和国公司法》第十条\n第十条法定代表人的产生\n公司的法定代表人按照公司章程的规定担任。',
    [['公司法第10条', 'resolved', '公司10'], ['《中华人民共和国公司法》第十条', 'resolved', '公司10']]],
  ['a colon after the citation, Arabic numerals on the next line',
    '请看《中华人民共和国公司法》第十一条：\n第11条法定代表人以公司名义从事的民事活动，其法律后果由公司承受。',
    [['《中华人民共和国公司法》第十一条', 'resolved', '公司11']]],
  ['规定 after the label on the next line: a citation again',
    '请看《中华人民共和国公司法》第十条\n第十条规定了法定代表人的产生。',
    [['《中华人民共和国公司法》第十条', 'resolved', '公司10'], ['第十条', 'resolved', '公司10']]],
]);

// 大写 numerals in a citation's number, 笫 typed for 第 (typedNumerals.ts).
table('citation table: 大写 numerals and 笫 for 第 (zh10)', [
  ['第壹拾条 and 第拾壹条第壹款: read as 一 … 十',
    '依照《中华人民共和国公司法》第壹拾条、本法第拾壹条第壹款处理。',
    [['《中华人民共和国公司法》第壹拾条', 'resolved', '公司10'], ['本法第拾壹条第壹款', 'resolved', '公司11.1']]],
  ['traditional script: 第貳拾條',
    '依據《中華人民共和國刑法》第貳拾條的規定，對於該行為應當認定為正當防衛。',
    [['《中華人民共和國刑法》第貳拾條', 'resolved', '刑法20']]],
  ['笫 before a number and 条: 第',
    '依照《中华人民共和国刑法》笫二十条处理，本法笫17条另有规定。',
    [['《中华人民共和国刑法》笫二十条', 'resolved', '刑法20'], ['本法笫17条', 'resolved', '刑法17']]],
  ['an amount in 大写, 床笫 and 第十四届第一次会议 are no citations',
    '依照《中华人民共和国刑法》第二十条处理，罚款壹万贰仟元，床笫之间，第十四届第一次会议，第2项商品，（2019）某刑初12号判决第二项。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20']]],
  ['笫 with no unit after the number is left alone',
    '依照《中华人民共和国刑法》第二十条处理。床笫二十年。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20']]],
]);

describe('malformed-citation for 笫 typed for 第 (zh10)', () => {
  it('is a hint whose fix writes 第, the citation\'s text as the page has it', () => {
    const written = '《中华人民共和国刑法》笫二十条';
    const a = analyzeDocument(`依照${written}处理。`, nationalTitlesCorpus());
    assert.strictEqual(a.citations[0].text, written);
    const d = a.diagnostics.filter((x) => x.code === 'malformed-citation');
    assert.strictEqual(d.length, 1);
    assert.strictEqual(d[0].severity, 'hint');
    assert.strictEqual(d[0].fixes[0].newText, '《中华人民共和国刑法》第二十条');
    assert.deepStrictEqual(d[0].range, { start: { line: 0, character: 2 }, end: { line: 0, character: 2 + written.length } });
  });
  it('大写 numerals get no hint', () => {
    const a = analyzeDocument('依照《中华人民共和国刑法》第贰拾条处理。', nationalTitlesCorpus());
    assert.deepStrictEqual(a.diagnostics.filter((x) => x.code === 'malformed-citation'), []);
  });
});

// Pinyin glosses a page prints after characters (pinyinGlosses.ts): read without them, positions the page's.
table('citation table: pinyin glosses inside a bare name and after an article (zh10)', [
  ['a bare name with a gloss inside it',
    '依照公(gōng)司法第十条的规定，由董事长担任法定代表人。',
    [['公(gōng)司法第十条', 'resolved', '公司10']]],
  ['规(guī)定 after an article under a title line: a citation, not a heading',
    '《中华人民共和国刑法》\n第二十条规(guī)定为了使国家、公(gōng)共利益免受正在进行的不法侵害。',
    [['第二十条', 'resolved', '刑法20']]],
  ['glosses before a citation on its line: the span is the page\'s',
    '财(cái)物被骗，数(shù)额较大的，依照《中华人民共和国刑法》第二十条处理。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20']]],
  ['brackets that are no gloss stay: (一), (2019), (A), two syllables',
    '依照《中华人民共和国刑法》第二十条(一)处理。第十四届(A)第一次会议，第2项商品(shāng pǐn)，（2019）某刑初12号判决第二项。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20']]],
]);

describe('pinyin glosses: what the analysis reports is at the page\'s positions (zh10)', () => {
  const page = '数(shù)额较大。依照公(gōng)司法第十条处理。';
  const a = analyzeDocument(page, nationalTitlesCorpus());
  it('the citation\'s range and text', () => {
    const c = a.citations.find((x) => x.status === 'resolved')!;
    assert.strictEqual(c.text, '公(gōng)司法第十条');
    assert.deepStrictEqual(c.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 24 } });
    assert.deepStrictEqual(c.parts.find((p) => p.kind === 'article')!.range, { start: { line: 0, character: 21 }, end: { line: 0, character: 24 } });
  });
  it('missing-title-marks covers the glossed name, its fix replacing it', () => {
    const d = a.diagnostics.find((x) => x.code === 'missing-title-marks')!;
    assert.deepStrictEqual(d.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 21 } });
    assert.deepStrictEqual(d.fixes[0].range, d.range);
  });
  it('contextAt after the glossed name, by the page\'s offset', () => {
    const ctx = a.contextAt(page.indexOf('第十条'));
    assert.strictEqual(ctx.kind, 'regulation');
    assert.strictEqual(ctx.kind === 'regulation' && ctx.law.title, '中华人民共和国公司法');
  });
});

// A place glued before a national regulation's title (unknownLawName.ts placeGluedBefore): that place's own regulation.
describe('citation table: a city\'s or province\'s regulation named without 《》 (zh10)', () => {
  const short = { ...SHORT, 信访条例: '信访', 上海市信访条例: '沪信访' };
  const rows: Row[] = [
    ['a city before a national title: unknown-regulation, and 前款 after it is that regulation\'s',
      '依照杭州市信访条例第3条，信访人应当如实反映情况。违反前款规定的，不予受理。',
      [['杭州市信访条例第3条', 'unknown-regulation', ''], ['前款', 'unknown-regulation', '']]],
    ['a province and a city', '依据浙江省宁波市信访条例第二条处理。', [['浙江省宁波市信访条例第二条', 'unknown-regulation', '']]],
    ['no place: the national regulation', '依照信访条例第二条处理。', [['信访条例第二条', 'resolved', '信访2']]],
    ['a place whose regulation the corpus has: that one', '依照上海市信访条例第二条处理。', [['上海市信访条例第二条', 'resolved', '沪信访2']]],
    ['sessions and case numbers stay unread',
      '本市第十四届第一次会议，第2项商品，（2019）某刑初12号判决第二项，依照信访条例第三条处理。', [['信访条例第三条', 'resolved', '信访3']]],
  ];
  for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, short), expected, doc));
  it('城市 and 小区 are no places: no name is read from them', () => {
    const got = nationalSummary('依照城市信访条例第二条处理，小区信访条例第三条另有规定。', short);
    assert.deepStrictEqual(got.map(([text, status]) => [text, status]), [['第二条', 'no-context'], ['第三条', 'no-context']]);
  });
});

// Against the bundled corpus: a city's regulation named like a national one (物业管理条例), and 司法解释 cited by the
// title they had before an amendment decision renamed them (corpus/data/aliases.json, the decision as source).
describe('citation table: bundled corpus — a place before a national title, former titles of interpretations (zh10)', () => {
  const WY = '最高人民法院关于审理物业服务纠纷案件适用法律若干问题的解释';
  const QF = '最高人民法院关于审理建筑物区分所有权纠纷案件适用法律若干问题的解释';
  const rows: Row[] = [
    ['a city before 物业管理条例: its own regulation', '依据宁波市物业管理条例第十二条的规定，业主应当交纳物业费。',
      [['宁波市物业管理条例第十二条', 'unknown-regulation', '']]],
    ['the national one without a place', '依据物业管理条例第十二条的规定，业主应当交纳物业费。', [['物业管理条例第十二条', 'resolved', '物业管理条例12']]],
    ['the 物业 interpretation by its title before the renaming', `依照《最高人民法院关于审理物业服务纠纷案件具体应用法律若干问题的解释》第三条处理。`,
      [['《最高人民法院关于审理物业服务纠纷案件具体应用法律若干问题的解释》第三条', 'resolved', `${WY}3`]]],
    ['the 区分所有权 interpretation by its former title', `依照《最高人民法院关于审理建筑物区分所有权纠纷案件具体应用法律若干问题的解释》第二条处理。`,
      [['《最高人民法院关于审理建筑物区分所有权纠纷案件具体应用法律若干问题的解释》第二条', 'resolved', `${QF}2`]]],
    ['another interpretation\'s made-up former title stays unknown', '依照《最高人民法院关于审理某类纠纷案件具体应用法律若干问题的解释》第二条处理。',
      [['《最高人民法院关于审理某类纠纷案件具体应用法律若干问题的解释》第二条', 'unknown-regulation', '']]],
  ];
  for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected, doc));
});

// A stray 的 between an article's number and 条 (chain.ts STRAY_DE_AFTER; malformed-citation gives the fix).
table('citation table: 第20的条 — a stray 的 before 条 (zh10)', [
  ['after a title, Chinese numerals, 规定 after it',
    '依照《中华人民共和国刑法》第二十的条规定处理。',
    [['《中华人民共和国刑法》第二十的条', 'resolved', '刑法20']]],
  ['a bare article after a title, Arabic numerals, 的规定 after it',
    '依照《中华人民共和国公司法》第十条处理。另应适用第11的条的规定。',
    [['《中华人民共和国公司法》第十条', 'resolved', '公司10'], ['第11的条', 'resolved', '公司11']]],
  ['a 款 after it',
    '依照《中华人民共和国刑法》第二十的条第一款处理。',
    [['《中华人民共和国刑法》第二十的条第一款', 'resolved', '刑法20.1']]],
  ['第2的条件 and 第一的条款 are words, not articles',
    '依照《中华人民共和国刑法》第二十条处理。满足第2的条件即可，第一的条款另议，第十四届第一次会议，（2019）某刑初12号判决第二项。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20']]],
]);

describe('malformed-citation for a stray 的 before 条 (zh10)', () => {
  it('is a hint whose fix writes the citation without the 的', () => {
    const written = '《中华人民共和国刑法》第二十的条';
    const a = analyzeDocument(`依照${written}规定处理。`, nationalTitlesCorpus());
    const d = a.diagnostics.filter((x) => x.code === 'malformed-citation');
    assert.strictEqual(d.length, 1);
    assert.strictEqual(d[0].fixes[0].newText, '《中华人民共和国刑法》第二十条');
    assert.deepStrictEqual(d[0].range, { start: { line: 0, character: 2 }, end: { line: 0, character: 2 + written.length } });
  });
});

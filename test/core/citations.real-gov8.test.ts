// Citations as government pages and court documents write them (issue 14, branch real-gov8): penalty decisions,
// discretion tables and judgments republished by sites that print a character's pinyin after it
// (《中華人民共和國(guó)食品安全法》第34條). Made-up text in the real style against real national texts trimmed to their
// first articles (test/fixtures/national-titles); positive and negative rows.
import * as assert from 'assert';
import { nationalSummary, nationalTitlesCorpus } from './citations/helpers';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { withoutPinyinGlosses } from '../../server/src/core/corpus/pinyinGloss';

const SHORT: Record<string, string> = {
  中华人民共和国道路交通安全法: '道交',
  中华人民共和国刑法: '刑法',
  中华人民共和国行政处罚法: '行罚',
};

type Row = [name: string, doc: string, expected: [string, string, string][]];

// A title with a pinyin gloss after one of its characters (corpus/pinyinGloss.ts) is the title without it.
const glossRows: Row[] = [
  ['a traditional page with a gloss inside the title',
    '當事人的行為違反了《中華人民共和國(guó)道路交通安全法》第七十條第一款的規(guī)定。',
    [['《中華人民共和國(guó)道路交通安全法》第七十條第一款', 'resolved', '道交70.1']]],
  ['a simplified page, the gloss in full-width brackets, and a bare article after it',
    '依照《中华人民共和国（guó）刑法》第十七条处理，另见第二十条。',
    [['《中华人民共和国（guó）刑法》第十七条', 'resolved', '刑法17'], ['第二十条', 'resolved', '刑法20']]],
  ['a glossed title the corpus does not hold stays unknown',
    '根据《某某省(shěng)市场管理条例》第三条处理。',
    [['《某某省(shěng)市场管理条例》第三条', 'unknown-regulation', '']]],
  ['brackets that are no gloss keep the title unknown: a version note inside it, Latin without a tone mark',
    '依照《中华人民共和国刑法(试行)》第十七条和《中华人民共和国(prc)刑法》第十七条处理。',
    [['《中华人民共和国刑法(试行)》第十七条', 'unknown-regulation', ''], ['《中华人民共和国(prc)刑法》第十七条', 'unknown-regulation', '']]],
  ['ordinals, case numbers and a judgment\'s item next to a gloss are no citations',
    '第十四屆(jiè)全國人大第一次會議審議的第2項商品，見（2019）某刑初12號判決第二項。',
    []],
];

describe('citation table: a pinyin gloss inside a title (real-gov8)', () => {
  for (const [name, doc, expected] of glossRows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
  it('only a tone-marked syllable right after a Chinese character is left out', () => {
    assert.strictEqual(withoutPinyinGlosses('中华人民共和国(guó)消防法'), '中华人民共和国消防法');
    assert.strictEqual(withoutPinyinGlosses('执法事项名称(chēng)法律（lǜ）'), '执法事项名称法律');
    for (const kept of ['刑法(试行)', '条例(2019年修正)', '办法(一)', '规定(A)', '规则(shi)', 'Law (guó)']) assert.strictEqual(withoutPinyinGlosses(kept), kept);
  });
});

// A 项 written without 第 after a 款 written without 第 (chain.ts looseUnit): 第二十三条一款二项之规定.
const looseItemRows: Row[] = [
  ['一款二项 after the article: the item of that 款',
    '根据《中华人民共和国道路交通安全法》第七十六条一款二项之规定，决定给予处罚。',
    [['《中华人民共和国道路交通安全法》第七十六条一款二项', 'resolved', '道交76.1.2']]],
  ['the same in traditional characters, before 的規定',
    '根據《中華人民共和國道路交通安全法》第七十六條一款一項的規定，決定給予處罰。',
    [['《中華人民共和國道路交通安全法》第七十六條一款一項', 'resolved', '道交76.1.1']]],
  ['a count of tasks after 一款 is no item; nor is a bare 项 after a 款 written with 第',
    '依照《中华人民共和国道路交通安全法》第七十六条一款三项工作要求整改，并依第七十六条第一款二项任务分工。',
    [['《中华人民共和国道路交通安全法》第七十六条一款', 'resolved', '道交76.1'], ['第七十六条第一款', 'resolved', '道交76.1']]],
  ['ordinals and case numbers stay no citations',
    '第十四届第一次会议审议的第2项商品，见（2019）某刑初12号判决第二项。',
    []],
];

describe('citation table: a 项 without 第 after a 款 without 第 (real-gov8)', () => {
  for (const [name, doc, expected] of looseItemRows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});

// A law database's issuer and date fields after the title on its line (databaseFields.ts): the article printed on the
// next line is that law's, and 本法 in its text too; the heading itself is no citation.
const fieldRows: Row[] = [
  ['issuer and date after the title: 本法 in the article printed under it is that law',
    '处罚依据\n《中华人民共和国道路交通安全法》 全国人民代表大会常务委员会 2021-04-29\n第九十条 机动车驾驶人违反本法第七十条规定的，处警告或者二十元以上二百元以下罚款。\n',
    [['本法第七十条', 'resolved', '道交70']]],
  ['the date alone, in Chinese',
    '处罚依据\n《中华人民共和国道路交通安全法》　2021年4月29日\n第九十条 机动车驾驶人违反本法第七十一条规定的，处警告。\n',
    [['本法第七十一条', 'resolved', '道交71']]],
  ['the issuer alone; an article cited in prose under it stays a citation',
    '《中华人民共和国刑法》 全国人民代表大会\n第十七条规定的年龄，依照第二十条处理。\n',
    [['第十七条', 'resolved', '刑法17'], ['第二十条', 'resolved', '刑法20']]],
  ['words after the title are no database fields: the draft\'s own 本办法 stays its own',
    '《中华人民共和国道路交通安全法》 全国人民代表大会常务委员会决定修改\n第一条 为了规范管理，制定本办法。\n第二条 本办法第一条所称管理，依照本办法执行。\n',
    [['本办法第一条', 'self', '本1']]],
  ['case numbers and ordinals near such a line stay no citations',
    '《中华人民共和国刑法》 全国人民代表大会常务委员会 2020-12-26\n第十四届第一次会议，（2019）某刑初12号判决第二项。\n',
    []],
];

describe('citation table: a law database\'s issuer and date after a title (real-gov8)', () => {
  for (const [name, doc, expected] of fieldRows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});

// Asterisks a page masks text with, the start of a title among it (titles.ts BEFORE_SHORT_NAME): what the mask leaves
// (道路交通安全法》…第九十条) is read as after punctuation.
const maskRows: Row[] = [
  ['a cell whose title lost its start to the mask',
    '| 序号 | 执法依据 |\n| 1 | ******道路交通安全法》(2021年4月29日施行)第九十条: 机动车驾驶人违反道路通行规定的，处警告。 |\n',
    [['第九十条', 'resolved', '道交90']]],
  ['a masked name right before a law cited in prose',
    '经查，当事人***刑法第十七条所列情形不存在，依照****道路交通安全法第七十条处理。',
    [['刑法第十七条', 'resolved', '刑法17'], ['道路交通安全法第七十条', 'resolved', '道交70']]],
  ['masked personal names before other words are no law names; ordinals and case numbers stay no citations',
    '当事人张**法人代表王**于第十四届第一次会议后，见（2019）某刑初12号判决第二项。',
    []],
];

describe('citation table: a law\'s name after a page\'s masking asterisks (real-gov8)', () => {
  for (const [name, doc, expected] of maskRows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});

// Items listed one per line under a line citing a law are the law's words (itemsUnderCitation.ts): 本法 there is that
// law. A line of prose between ends the run; 本办法 is not read so.
const itemRows: Row[] = [
  ['本法 in the items under the citing line',
    '一、违反道路交通安全法第七十条怎么处罚\n（一）违反本法第七十一条规定的；\n（二）违反本法第七十二条规定的。\n',
    [['道路交通安全法第七十条', 'resolved', '道交70'], ['本法第七十一条', 'resolved', '道交71'], ['本法第七十二条', 'resolved', '道交72']]],
  ['items numbered 1. and 2. after a citation in brackets',
    '根据《中华人民共和国刑法》第十七条：\n1.已满十六周岁的人依照本法第二十条处理；\n2.其他情形。\n',
    [['《中华人民共和国刑法》第十七条', 'resolved', '刑法17'], ['本法第二十条', 'resolved', '刑法20']]],
  ['a line of prose between the citation and the items: 本法 is not read as the law cited',
    '一、违反道路交通安全法第七十条怎么处罚\n处理意见如下。\n（一）违反本法第七十一条规定的；\n',
    [['道路交通安全法第七十条', 'resolved', '道交70'], ['本法第七十一条', 'self', '本71']]],
  ['ordinals and case numbers in items stay no citations',
    '一、违反道路交通安全法第七十条怎么处罚\n（一）第十四届第一次会议的第2项商品；\n（二）（2019）某刑初12号判决第二项。\n',
    [['道路交通安全法第七十条', 'resolved', '道交70']]],
];

describe('citation table: 本法 in items listed under a citing line (real-gov8)', () => {
  for (const [name, doc, expected] of itemRows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});

// A law's article written without 第 and followed by what it provides (chain.ts looseArticle with `law`): read with
// malformed-citation's fix; a count of articles, another kind of title and 十条措施 stay prose.
const withoutDiRows: Row[] = [
  ['《…法》三十一条只要求…: the article',
    '关于处罚的设定，《行政处罚法》四条只要求由法律、法规、规章规定。',
    [['《行政处罚法》四条', 'resolved', '行罚4']]],
  ['the full title and 明确',
    '《中华人民共和国刑法》十七条明确了刑事责任年龄。',
    [['《中华人民共和国刑法》十七条', 'resolved', '刑法17']]],
  ['a count of articles, an opinion\'s measures and ordinals are no citations',
    '《中华人民共和国刑法》452条，比原法增加了。《某某指导意见》十条明确了措施。第十四届第一次会议，（2019）某刑初12号判决第二项。',
    []],
];

describe('citation table: a law\'s article written without 第 before what it provides (real-gov8)', () => {
  for (const [name, doc, expected] of withoutDiRows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
  it('gives malformed-citation\'s fix', () => {
    const d = analyzeDocument('《行政处罚法》四条只要求依法设定。', nationalTitlesCorpus()).diagnostics.find((x) => x.code === 'malformed-citation');
    assert.strictEqual(d?.fixes?.[0]?.newText, '《行政处罚法》第四条', JSON.stringify(d));
  });
});

// A dash printed for 一 in the first item's number ((—)…) keeps the item on the 款 above it inside a quoted article
// (itemsUnderCitation.ts ITEM_LINE_START): 前款 after it is still the 款 that introduced the items.
const dashItemRows: Row[] = [
  ['(—) in a quoted article: 前款 in the next 款 is the first',
    '依照《中华人民共和国道路交通安全法》第七十六条“机动车发生交通事故造成人身伤亡、财产损失的，按照下列规定承担赔偿责任：\n(—)机动车之间发生交通事故的，由有过错的一方承担赔偿责任。\n有前款情形的，依照前款处理。”\n',
    [['《中华人民共和国道路交通安全法》第七十六条', 'resolved', '道交76'], ['前款', 'resolved', '道交76.1'], ['前款', 'resolved', '道交76.1']]],
  ['the same with the item written (一)',
    '依照《中华人民共和国道路交通安全法》第七十六条“机动车发生交通事故造成人身伤亡、财产损失的，按照下列规定承担赔偿责任：\n（一）机动车之间发生交通事故的，由有过错的一方承担赔偿责任。\n有前款情形的，依照前款处理。”\n',
    [['《中华人民共和国道路交通安全法》第七十六条', 'resolved', '道交76'], ['前款', 'resolved', '道交76.1'], ['前款', 'resolved', '道交76.1']]],
  ['a dash alone in brackets outside a quotation cites nothing; ordinals stay no citations',
    '(—)第十四届第一次会议的第2项商品，见（2019）某刑初12号判决第二项。\n',
    []],
];

describe('citation table: a dash printed for 一 in an item\'s number (real-gov8)', () => {
  for (const [name, doc, expected] of dashItemRows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});

// A regulation flattened with its labels typed unevenly (headingRun.ts): 第二条 glued after 制定本办法。 heads its second
// article when the label before or after it opens a sentence with a space; without such a neighbour it stays cited.
const flattenedRows: Row[] = [
  ['第一条 with a space, 第二条 glued after the purpose clause, 第三条 with a space',
    '第一条　为了加强管理，根据《中华人民共和国行政处罚法》，制定本办法。第二条本办法所称管理，是指依照本办法第三条进行的活动。第三条 本办法适用于全市。',
    [['本办法第三条', 'self', '本3']]],
  ['no 第一条 label in view: 第三条 with a space is the neighbour',
    '为了加强管理，根据《中华人民共和国行政处罚法》，制定本办法。第二条本办法所称管理，是指有关活动。第三条 本办法适用于全市。',
    []],
  ['all labels glued, the run opening with 第二条 after the purpose clause: 第三条 and 第四条 are its headings too',
    '第一条为加强管理，依据《中华人民共和国行政处罚法》第一条规定制定本办法。第二条本办法所称管理是指有关活动。第三条管理必须服从规划。第四条管理实行许可制度。',
    [['《中华人民共和国行政处罚法》第一条', 'resolved', '行罚1']]],
  ['a writer going on about articles after the purpose clause: 第三条规定 stays a citation',
    '依据《中华人民共和国行政处罚法》第一条规定制定本办法。第三条规定了处罚的种类。',
    [['《中华人民共和国行政处罚法》第一条', 'resolved', '行罚1'], ['第三条', 'resolved', '行罚3']]],
  ['no neighbouring label: 第二条 after 制定本办法。 stays a citation of the law named',
    '根据《中华人民共和国行政处罚法》第一条的规定，制定本办法。第二条另有规定的，从其规定。',
    [['《中华人民共和国行政处罚法》第一条', 'resolved', '行罚1'], ['第二条', 'resolved', '行罚2']]],
];

describe('citation table: a regulation flattened with its labels typed unevenly (real-gov8)', () => {
  for (const [name, doc, expected] of flattenedRows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});

// An entry of a discretion standard cited by its 项 right after the standard's title (scanner.ts numberedEntries): a
// citation of that document, which the corpus does not hold. A law's or an implementing rule's title before 第N项 is
// not read so.
const entryRows: Row[] = [
  ['a local discretion standard\'s entry, in digits',
    '依据《某市市场监督管理行政处罚裁量细则》第3项，决定从轻处罚。',
    [['《某市市场监督管理行政处罚裁量细则》第3项', 'unknown-regulation', '']]],
  ['after a law\'s item, a standard\'s entry in Chinese numerals',
    '依据《中华人民共和国行政处罚法》第五条和《某市行政处罚裁量基准（2023年版）》第十二项的规定处理。',
    [['《中华人民共和国行政处罚法》第五条', 'resolved', '行罚5'], ['《某市行政处罚裁量基准（2023年版）》第十二项', 'unknown-regulation', '']]],
  ['a law\'s or an implementing rule\'s title before 第N项, and ordinals, are no such citation',
    '依据《某某法实施细则》第3项和《中华人民共和国刑法》第2项商品，第十四届第一次会议，（2019）某刑初12号判决第二项。',
    []],
];

describe('citation table: an entry of a discretion standard cited by its 项 (real-gov8)', () => {
  for (const [name, doc, expected] of entryRows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});

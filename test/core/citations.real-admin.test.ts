// Citations as administrative documents write them — penalty decisions, 处罚信息公示 tables, review decisions, replies
// to deputies, legal Q&A pages — against real national texts (test/fixtures/national-titles: 公司法 1–17, 刑法 1–21,
// 行政处罚法 1–5). Made-up text in the real style; the rule each group tests is named in its comment.
import * as assert from 'assert';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { documentDate, readFrontMatter } from '../../server/src/core/citations/document';
import { nationalSummary, nationalTitlesCorpus } from './citations/helpers';

const SHORT: Record<string, string> = { 中华人民共和国公司法: '公司', 中华人民共和国刑法: '刑法', 中华人民共和国行政处罚法: '处罚', 中华人民共和国民法典: '民法典' };

const summary = (text: string) => nationalSummary(text, SHORT);

const GS = '《中华人民共和国公司法》';
const XF = '《中华人民共和国刑法》';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // ---- quoted statute text without quotation marks (unmarkedQuotation.ts): after a colon or a space, to the line's end ----
  ['a colon, then the article\'s text: 本法 there is the cited law', `处罚依据：${GS}第十条：公司的法定代表人……违反本法第五条规定的，依照本法第十二条处理。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['本法第五条', 'resolved', '公司5'],
    ['本法第十二条', 'resolved', '公司12'],
  ]],
  ['a space, then the article\'s text (a Q&A page\'s 法律依据)', `法律依据：${XF} 第十七条 已满十六周岁的人犯罪……依照本法第二十条的规定处理。`, [
    [`${XF} 第十七条`, 'resolved', '刑法17'],
    ['本法第二十条', 'resolved', '刑法20'],
  ]],
  ['a table cell ends the quoted text', `| 3 | ${GS}第十条：公司的法定代表人由董事担任。| 违反本法第五条 |`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['本法第五条', 'self', '本5'],
  ]],
  ['the next paragraph is the writer\'s again', `${GS}第十条：公司的法定代表人由董事担任。\n\n本法第五条所称事项，另行答复。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['本法第五条', 'self', '本5'],
  ]],
  ['a line ending with a colon goes on with the article\'s items, to an empty line', `根据${XF}第十七条 有下列情形之一的，依照下列规定处理：\n（一）依照本法第二十条不负刑事责任的；\n（二）其他情形。\n\n本法第三条另有说明。`, [
    [`${XF}第十七条`, 'resolved', '刑法17'],
    ['本法第二十条', 'resolved', '刑法20'],
    ['本法第三条', 'self', '本3'],
  ]],
  ['another title in the same cell starts its own text', `${GS}第十条：公司的法定代表人……；${XF}第十七条：已满十六周岁的人……依照本法第二十条处理。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    [`${XF}第十七条`, 'resolved', '刑法17'],
    ['本法第二十条', 'resolved', '刑法20'],
  ]],
  ['a bare article with its own text inside the cell', `${GS}第十条：公司的法定代表人由董事担任。 第十二条：有限责任公司变更为股份有限公司，应当符合本法第五条规定的条件。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['第十二条', 'resolved', '公司12'],
    ['本法第五条', 'resolved', '公司5'],
  ]],
  ['a self word that is not the quoted law\'s kind stays the writer\'s', `${GS}第十条：违反本条例第三条的，依照……`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['本条例第三条', 'self', '本3'],
  ]],
  ['a quotation mark after the colon is a marked quotation, compared as usual', `${GS}第十条：“公司的法定代表人按照公司章程的规定……”本法第五条另有规定。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['本法第五条', 'self', '本5'],
  ]],
  ['a list with spaces is not quoted text', `${GS}第十条 第十二条`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['第十二条', 'resolved', '公司12'],
  ]],
  ['inside a draft regulation the rule is not used', `# 某某法（草案）\n\n第一条　为了规范管理，制定本法。\n\n第二条　违反${GS}第十条：本法第一条规定的情形，从重处理。\n`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['本法第一条', 'self', '本1'],
  ]],

  // ---- statute text printed with its article headings, under a title (scanner quotedHeading) ----
  ['article headings under a title line: their text is the law\'s', `答：应当依法处理。\n法律依据：\n${XF}\n第十七条 已满十六周岁的人犯罪，应当负刑事责任。\n依照本法第二十条处理的除外。\n第十八条 依照本法第二十一条的规定处理。\n`, [
    ['本法第二十条', 'resolved', '刑法20'],
    ['本法第二十一条', 'resolved', '刑法21'],
  ]],
  ['headings separated by empty lines go on', `【法律依据】${GS}\n\n第十条 依照本法第五条。\n\n第十一条 违反本条第一款的，依照本法第十二条处理。\n`, [
    ['本法第五条', 'resolved', '公司5'],
    ['本条第一款', 'resolved', '公司11.1'],
    ['本法第十二条', 'resolved', '公司12'],
  ]],
  ['a heading after prose is not quoted text', `${GS}第十条规定了法定代表人。我们认为：\n第十一条 本法第五条另有说明。\n`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['本法第五条', 'self', '本5'],
  ]],
  ['a citation ending its line after a label: the lines under it are its text', `法律依据：${XF}第十七条\n已满十六周岁的人犯罪，依照本法第二十条处理。\n\n本法第三条另有说明。`, [
    [`${XF}第十七条`, 'resolved', '刑法17'],
    ['本法第二十条', 'resolved', '刑法20'],
    ['本法第三条', 'self', '本3'],
  ]],
  ['the article\'s words glued to a citation opening a labelled line', `答：应当承担责任。\n【法律依据】${XF}第十七条已满十六周岁的人犯罪，依照本条第一款和本法第二十条处理。\n\n本法第三条另有说明。`, [
    [`${XF}第十七条`, 'resolved', '刑法17'],
    ['本条第一款', 'resolved', '刑法17.1'],
    ['本法第二十条', 'resolved', '刑法20'],
    ['本法第三条', 'self', '本3'],
  ]],
  // 前条 is the probe: inside quoted text it is the article before the quoted one; in the writer's own sentence it is
  // nothing (本法 there would be the law the paragraph cited — the paraphrase rule of the court documents' table — and
  // 本条 the article under discussion, the one cited last: citations.real-qa-lawfirm.test.ts).
  ['a citation opening a line, then 规定: the writer\'s sentence', `${XF}第十七条规定了刑事责任年龄，前条另有说明。`, [
    [`${XF}第十七条`, 'resolved', '刑法17'],
  ]],
  ['a citation inside a sentence with words glued to it is not quoted text', `当事人的行为违反了${XF}第十七条，依照前条处理。`, [
    [`${XF}第十七条`, 'resolved', '刑法17'],
  ]],
  ['the probe is read inside quoted text', `${XF}第十七条：已满十六周岁的人犯罪，依照前条处理。`, [
    [`${XF}第十七条`, 'resolved', '刑法17'],
    ['前条', 'resolved', '刑法16'],
  ]],
  ['a citation ending a sentence\'s line is not followed by its text', `本局认为，当事人违反了${XF}第十七条\n本法第三条另有说明。`, [
    [`${XF}第十七条`, 'resolved', '刑法17'],
    ['本法第三条', 'self', '本3'],
  ]],

  // ---- a 款 or 项 after one space (pages copied from the web) ----
  ['第四十一条 第一款', `依照${GS}第十条 第二款规定`, [[`${GS}第十条 第二款`, 'resolved', '公司10.2']]],
  ['本法第X条 第X项, 第X项、第X项 inside quoted text', `${XF}第十七条 有下列情形的：依照本法第二十条 第一款规定；依照本法第十七条 第二款、第三款规定`, [
    [`${XF}第十七条`, 'resolved', '刑法17'],
    ['本法第二十条 第一款', 'resolved', '刑法20.1'],
    ['本法第十七条 第二款、第三款', 'resolved', '刑法17.2 刑法17.3'],
  ]],
  ['two spaces or a full-width space do not join', `${GS}第十条  第二款；${GS}第十一条　第二款`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    [`${GS}第十一条`, 'resolved', '公司11'],
  ]],

  // ---- a list whose last 条 was left out (malformed-citation gives the fix) ----
  ['第三十七条、第三十八条、第三十九的规定', `符合${GS}第十条、第十一条、第十二的规定`, [[`${GS}第十条、第十一条、第十二`, 'resolved', '公司10 公司11 公司12']]],
  ['the last number before other words is not an article', `${GS}第十条、第十一条、第十二次会议审议`, [[`${GS}第十条、第十一条`, 'resolved', '公司10 公司11']]],
  ['第 and a number alone is not an article', `${GS}第十条。第三的规定另行说明。`, [[`${GS}第十条`, 'resolved', '公司10']]],

  // ---- 该《条例》 / 上述《办法》: the anaphor with its noun in title marks ----
  ['该《法》 after a law', `依照${XF}第十七条处理。该《法》第二十条另有规定。`, [
    [`${XF}第十七条`, 'resolved', '刑法17'],
    ['该《法》第二十条', 'resolved', '刑法20'],
  ]],
  ['该《条例》 takes the 条例 cited last', `《某某市市容管理条例》第五条；${GS}第十条。该《条例》第七条`, [
    ['《某某市市容管理条例》第五条', 'unknown-regulation', ''],
    [`${GS}第十条`, 'resolved', '公司10'],
    ['该《条例》第七条', 'unknown-regulation', ''],
  ]],
  ['《条例》 defined as a short title names its regulation', `《某某市市容管理条例》（以下简称《条例》）；${GS}第十条。该《条例》第七条`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['《条例》第七条', 'unknown-regulation', ''],
  ]],
  ['前述法律 like 上述法律', `${XF}第十七条；${GS}第十条。前述法律第十五条`, [
    [`${XF}第十七条`, 'resolved', '刑法17'],
    [`${GS}第十条`, 'resolved', '公司10'],
    ['前述法律第十五条', 'resolved', '公司15'],
  ]],
  ['该《通知》 is not an anaphor of a regulation', `${GS}第十条。该《通知》第三条`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['《通知》第三条', 'unknown-regulation', ''],
  ]],

  // ---- a short title in title marks and quotes: （以下简称“《法》”） ----
  ['（以下简称“《X》”） defines 《X》', `根据${GS}（以下简称“《公司法》”）第十条，《公司法》第十二条另有规定。`, [
    [`第十条`, 'resolved', '公司10'],
    ['《公司法》第十二条', 'resolved', '公司12'],
  ]],
  ['（以下简称“《条例》”） after an unknown title', '《某某市物业管理条例》（以下简称“《条例》”）。依照《条例》第七条', [['《条例》第七条', 'unknown-regulation', '']]],

  // ---- a list of bracketed items sharing 第 and 项 ----
  ['第十七条第（二）、（三）项', `${XF}第十七条第（二）、（三）项规定`, [[`${XF}第十七条第（二）、（三）项`, 'unknown-item', '刑法17..2 刑法17..3']]],
  ['bracketed numbers that end without a unit word are not items', `${XF}第十七条第（二）、（三）两种情形`, [[`${XF}第十七条`, 'resolved', '刑法17']]],

  // ---- items cited alone in a later clause of a draft's sentence: the article cited before them when only it has them ----
  ['违反第二条第（一）项……；违反第（三）项……', '# 某某办法\n\n第一条　为了规范管理，制定本办法。\n\n第二条　禁止下列行为：\n\n（一）甲；\n\n（二）乙；\n\n（三）丙。\n\n第三条　违反第二条第（一）项规定的，处警告；违反第（二）、（三）项规定的，处罚款。\n', [
    ['第二条第（一）项', 'self', '本2..1'],
    ['第（二）、（三）项', 'self', '本2..2 本2..3'],
  ]],
  ['the current article\'s own items stay its own', '# 某某办法\n\n第一条　为了规范管理，制定本办法。\n\n第二条　禁止下列行为：\n\n（一）甲；\n\n（二）乙。\n\n第三条　有下列情形之一的，从重处罚：\n\n（一）丙；\n\n（二）丁。\n\n违反第二条第（一）项规定的，处警告；有第（二）项情形的，加倍。\n', [
    ['第二条第（一）项', 'self', '本2..1'],
    ['第（二）项', 'self', '本3..2'],
  ]],

  ['违反本条例第二条第一款规定的，…；违反第二款规定的: the article cited before, which has the 款', '# 某某条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　甲。\n\n乙。\n\n第三条　违反本条例第二条第一款规定的，处警告；违反第二款规定的，处罚款。\n', [
    ['本条例第二条第一款', 'self', '本2.1'],
    ['第二款', 'self', '本2.2'],
  ]],
  ['a 款 the current article has stays its own', '# 某某条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　甲。\n\n乙。\n\n第三条　违反本条例第二条第一款规定的，依照第二款处理。\n\n前款规定的处理由某部门负责。\n', [
    ['本条例第二条第一款', 'self', '本2.1'],
    ['第二款', 'self', '本3.2'],
    ['前款', 'self', '本3.1'],
  ]],
  ['（一）违反第一款、第二款规定的 under a lead-in citing an article', '# 某某办法\n\n第一条　为了规范管理，制定本办法。\n\n第二条　甲。\n\n乙。\n\n第三条　违反本办法第二条规定，有下列行为之一的，按照下列规定处理：\n\n（一）违反第一款规定的，处警告；\n\n（二）违反第二款规定的，处罚款。\n', [
    ['本办法第二条', 'self', '本2'],
    ['第一款', 'self', '本2.1'],
    ['第二款', 'self', '本2.2'],
  ]],
  // ---- 本法 in a code's quoted text is the code; 我国 before a short name ----
  ['本法 in text quoted after a colon from 《民法典》 is the code', '《中华人民共和国民法典》第一千二百六十条：本法自2021年1月1日起施行。其他事项适用本法第一千二百五十九条的规定。', [
    ['《中华人民共和国民法典》第一千二百六十条', 'resolved', '民法典1260'],
    ['本法第一千二百五十九条', 'resolved', '民法典1259'],
  ]],
  ['我国民法典第一千二百六十条: 我国 may stand before a short name', '根据我国民法典第一千二百六十条，合同法同时废止。', [['民法典第一千二百六十条', 'resolved', '民法典1260']]],
  ['德国民法典 stays another state\'s', '德国民法典第八百二十三条规定了侵权责任。', []], // no citation (fix-court22)

  // ---- 法律责任: items cited alone inside the items listed under a lead-in that cites an article are that article's ----
  ['违反本条例第二条规定，有下列行为之一的：（一）违反第三项规定的…', '# 某某条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　禁止下列行为：\n\n（一）甲；\n\n（二）乙；\n\n（三）丙；\n\n（四）丁。\n\n第三条　违反本条例第二条规定，有下列行为之一的，按照下列规定处理：\n\n（一）违反第三项规定的，处警告；\n\n（二）违反第一项、第四项规定的，处罚款。\n', [
    ['本条例第二条', 'self', '本2'],
    ['第三项', 'self', '本2..3'],
    ['第一项、第四项', 'self', '本2..1 本2..4'],
  ]],
  ['an item the cited article lacks stays the current article\'s', '# 某某条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　禁止下列行为：\n\n（一）甲；\n\n（二）乙。\n\n第三条　违反本条例第二条规定，有下列行为之一的，处罚款：\n\n（一）违反第一项规定的；\n\n（二）有本条第四项情形的；\n\n（三）有第四项情形又不改正的；\n\n（四）丙。\n', [
    ['本条例第二条', 'self', '本2'],
    ['第一项', 'self', '本2..1'],
    ['本条第四项', 'self', '本3..4'],
    ['第四项', 'self', '本3..4'],
  ]],
  ['a citation in another paragraph is no lead-in', '# 某某条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　禁止下列行为：\n\n（一）甲；\n\n（二）乙。\n\n第三条　违反本条例第二条规定的，处警告。\n\n有下列情形之一的，从重处罚：\n\n（一）丙；\n\n（二）有第一项情形又不改正的。\n', [
    ['本条例第二条', 'self', '本2'],
    ['第一项', 'self', '本3..1'],
  ]],

  // ---- 同条 / 该条 before a 款 or 项: the article cited last ----
  ['同条第二款 after an article', `${GS}第十条第一款对此作了规定，同条第二款另有规定。`, [
    [`${GS}第十条第一款`, 'resolved', '公司10.1'],
    ['同条第二款', 'resolved', '公司10.2'],
  ]],
  ['该条第X款 after an article', `依照${XF}第十七条的规定，该条第三款明确了年龄。`, [
    [`${XF}第十七条`, 'resolved', '刑法17'],
    ['该条第三款', 'resolved', '刑法17.3'],
  ]],
  ['该条 alone is not a citation; 同条第X款 later takes the article cited last', `${GS}第十条。实际上该条不分款。\n\n另：同条第二款`, [[`${GS}第十条`, 'resolved', '公司10'], ['同条第二款', 'resolved', '公司10.2']]],
  ['同条第X款 with nothing cited before is not a citation', '同条第二款另有规定。', []],
  ['该条第X款 after the draft\'s own article is that article\'s', `# 某某办法\n\n第一条　为了规范管理，依据${GS}第十条，制定本办法。\n\n第二条　甲。\n\n乙。\n\n第三条　违反本办法第二条规定的，依照该条第二款处理。\n`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['本办法第二条', 'self', '本2'],
    ['该条第二款', 'self', '本2.2'],
  ]],
  ['该条例第X条 is still the anaphor of a 条例', `《某某市物业管理条例》第五条；该条例第七条`, [
    ['《某某市物业管理条例》第五条', 'unknown-regulation', ''],
    ['该条例第七条', 'unknown-regulation', ''],
  ]],

  // ---- an item cited alone without brackets before a punctuation mark needs a citing verb ----
  ['依照第二项。 after an article (公司法第十二条 has no items)', `${GS}第十二条。依照第二款。本案适用第二项。`, [
    [`${GS}第十二条`, 'resolved', '公司12'],
    ['第二项', 'unknown-item', '公司12..2'],
  ]],
  ['an entry of a report is not an item', `${GS}第十条。检验报告第5页载明不合格项目为第3项。`, [[`${GS}第十条`, 'resolved', '公司10']]],

  // ---- spacing set between Chinese and Arabic digits (第 1165 条第 1 款) ----
  ['spaces around Arabic numbers', `根据${GS}第 10 条第 2 款、第 12 条的规定`, [[`${GS}第 10 条第 2 款、第 12 条`, 'resolved', '公司10.2 公司12']]],
  ['a space on one side only', `依照${XF}第17 条处理；第 20条另有规定。`, [[`${XF}第17 条`, 'resolved', '刑法17'], ['第 20条', 'resolved', '刑法20']]],
  ['spaced numbers that are not units stay prose', `${GS}第 10 条。市人大常委会第 3 次会议、2023年第 5 号公告、第 2 批名单。`, [[`${GS}第 10 条`, 'resolved', '公司10']]],
  ['Chinese numerals with spaces are not joined', `${GS}第 十 条`, []],

  // ---- not citations ----
  ['a document number and a session are not citations', `某市监处罚〔2024〕第15号；市第十四届人大第三次会议第0123号建议。${GS}第十条`, [[`${GS}第十条`, 'resolved', '公司10']]],
];

describe('citation table: administrative documents', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected, doc));
});

describe('arabic-numerals on a spaced number', () => {
  it('replaces the number with its spaces: 第 47 条 becomes 第四十七条', () => {
    const text = `依照${GS}第 12 条处理。`;
    const d = analyzeDocument(text, nationalTitlesCorpus()).diagnostics.filter((x) => x.code === 'arabic-numerals');
    assert.strictEqual(d.length, 1);
    const fix = d[0].fixes[0];
    const at = text.indexOf(' 12 ');
    assert.deepStrictEqual([fix.range.start.character, fix.range.end.character, fix.newText], [at, at + 4, '十二']);
    assert.match(d[0].message.en, /"12"/);
  });
});

describe('the date of a decision published in a labelled field', () => {
  const rows: [string, string | null][] = [
    ['处罚主体：某某公司\n处罚结果：罚款二千元\n处罚决定日期:2024-01-23\n处罚机关：某市场监督管理局', '2024-01-23'],
    ['| 决定书文号 | 某市监处〔2023〕7号 |\n| 作出行政处罚决定的日期 | 2023年11月2日 |', '2023-11-02'],
    ['行政复议决定日期：二〇二二年五月六日', '2022-05-06'],
    ['答复时间：2021-12-30', '2021-12-30'],
    ['……也可以于6个月内依法向某县人民法院提起行政诉讼. 某县市场监督管理局 2018年1月9日', '2018-01-09'],
    ['……逾期不履行的，依法申请强制执行。\n某某市生态环境局　二〇二二年六月九日', '2022-06-09'],
    // A date in prose, or a field that names no decision, is not the document's date.
    ['当事人于2023年1月5日开始经营。\n\n违法行为持续至2023年3月。', null],
    ['| 有效期至 | 2026-01-01 |\n| 成立日期 | 2010-05-05 |', null],
    ['当事人于2023年3月5日停止经营，并于2023年3月9日', null],
    // English memos and letters: a dateline on its own line (document.ts ENGLISH_DATELINE).
    ['MEMORANDUM\n\nBeijing, 18 March 2024\n\nRe: Article 40 of the Labor Contract Law', '2024-03-18'],
    ['CLIENT ALERT\nMarch 5, 2024\nThe new Company Law takes effect on 1 July 2024.', '2024-03-05'],
    ['Hong Kong SAR, 1 Sept. 2023\n\nDear client,', '2023-09-01'],
    ['Shanghai, Mar 4, 2022\n\nDear client,', '2022-03-04'],
    ['Shanghai, 4 Marc 2022\n\nDear client,', null],
    ['Re: leave\n\nOn 18 March 2024, the court held that Article 40 applies.', null],
    ['Re: leave\n\nThe Law took effect on 1 January 2008.', null],
  ];
  for (const [text, want] of rows) it(`${JSON.stringify(text.slice(0, 24))} → ${want}`, () => assert.strictEqual(documentDate(text, readFrontMatter(text)), want));
});

// Forms from the sixteenth measurement's residual errors (heldout16, fix-gov17): made-up text in the real style against
// the bundled corpus (laws named short: 劳动44 is the Labour Law's article 44, 企业破产32 the Enterprise Bankruptcy Law's).
import * as assert from 'assert';
import { analyzeBundled, bundledShortTable as table } from './citations/helpers';

// A heading or title line opening with a law's name, then its article in digits without 第 and the subject in a few
// words (scan/headingLineArticle.ts). Counts, the whole text, prose and a year's number stay unread.
table('citation table: a law and its article in digits opening a heading (fix-gov17)', [
  ['a heading after its number: the law and the article, the subject glued after 条',
    '三、劳动法44条加班费怎么算\n用人单位安排加班的，应当支付加班费。',
    [['劳动法44条', 'resolved', '劳动44']]],
  ['a title line with 民法典 and the subject after it',
    '民法典1165条侵权责任的认定\n行为人因过错侵害他人民事权益的，应当承担侵权责任。',
    [['民法典1165条', 'resolved', '民法典1165']]],
  ['the name in 《》 after a bracketed heading number',
    '（二）《公司法》16条对外担保的效力\n公司对外担保须经决议。',
    [['《公司法》16条', 'resolved', '公司16']]],
  ['the whole text, a count in prose and a mid-line mention stay unread',
    '民法典1260条全文\n劳动法107条，共十三章。\n我们看到劳动法44条加班费的规定很多。',
    []],
  ['a year and a number name no law; a case number, a session and a numbered entry stay unread',
    '2021年第44条加班费怎么算\n（2019）某刑初12号判决第二项。\n第十四届第一次会议。\n第2项商品。',
    [['第44条', 'no-context', '']]],
]);

// 新, 旧, 原, 现行 before a law's name shortened to its subject word and 法, written bare (titles/versionWord.ts,
// analyze.ts subjectWordName): the word marks a law's name; without it the bare name stays unknown, as before.
table('citation table: 新/旧/原 before a bare subject-word name (fix-gov17)', [
  ['新破产法 in a paper\'s title and 原破产法 in its text: the Enterprise Bankruptcy Law',
    '兼论我国新破产法第32条及相关规定\n依照原破产法第三十条，破产财产包括……',
    [['破产法第32条', 'resolved', '企业破产32'], ['破产法第三十条', 'resolved', '企业破产30']]],
  ['现行 after a citing verb',
    '依据现行破产法第三十一条，管理人有权请求撤销。',
    [['破产法第三十一条', 'resolved', '企业破产31']]],
  ['without the word, or after a word ending in 新 (更新), the bare name stays unknown',
    '破产法第32条规定了撤销权。更新破产法第2条的表述。',
    [['破产法第32条', 'unknown-regulation', ''], ['破产法第2条', 'unknown-regulation', '']]],
]);

// Lines that each open with a bare article and 规定, one after another, under a heading naming one regulation
// (layout/articleListLines.ts): a law named inside the words a line reports is no new subject for the next line.
table('citation table: a run of lines opening 第N条规定， (fix-gov17)', [
  ['a law named inside a line\'s reported words: the next line is still the listed regulation\'s',
    '《物业管理条例》相关规定：\n第十条规定，业主应当在主管部门的指导下成立业主大会。\n第十二条规定，业主大会的决定，依照《中华人民共和国民法典》有关规定处理。\n第十三条规定，业主大会会议分为定期会议和临时会议。',
    [['第十条', 'resolved', '物业管理条例10'], ['第十二条', 'resolved', '物业管理条例12'], ['第十三条', 'resolved', '物业管理条例13']]],
  ['a line opening with another law\'s title moves the run to that law',
    '《物业管理条例》相关规定：\n第十条规定，业主应当成立业主大会。\n《中华人民共和国民法典》第二百七十八条规定，下列事项由业主共同决定。\n第二百七十九条规定，业主不得违反法律。',
    [['第十条', 'resolved', '物业管理条例10'], ['《中华人民共和国民法典》第二百七十八条', 'resolved', '民法典278'], ['第二百七十九条', 'resolved', '民法典279']]],
  ['a blank line ends the run: the law named last, as before; a case number and a session stay unread',
    '《物业管理条例》相关规定：\n第十二条规定，业主大会的决定，依照《中华人民共和国民法典》有关规定处理。\n\n第十三条规定，（2019）某民初12号判决第二项、第十四届第一次会议均未涉及。',
    [['第十二条', 'resolved', '物业管理条例12'], ['第十三条', 'resolved', '民法典13']]],
]);

// An article's 款 set out one by one, each alone with 规定 opening a clause (scan/paragraphRun.ts): 款 of the article
// under discussion when a neighbour 款 is set out so in the same paragraph; one 款 alone with 规定 stays unread.
table('citation table: 款 set out one by one after the article (fix-gov17)', [
  ['第1款规定…第2款规定…第3款规定 after the article, with a clause between: the article\'s 款; 前款 placed by its words',
    '我国《公司法》第16条规定了公司转投资和对外担保的问题，对于公司担保问题，第1款规定，公司为他人提供担保，由董事会或者股东会决议。第2款规定，公司为公司股东或者实际控制人提供担保的，必须经股东会或者股东大会决议。第3款规定，前款规定的股东或者受前款规定的实际控制人支配的股东，不得参加前款规定事项的表决。',
    [['《公司法》第16条', 'resolved', '公司16'], ['第1款', 'resolved', '公司16.1'], ['第2款', 'resolved', '公司16.2'], ['第3款', 'resolved', '公司16.3'],
      ['前款', 'resolved', '公司16.2'], ['前款', 'resolved', '公司16.2'], ['前款', 'resolved', '公司16.2']]],
  ['one 款 alone with 规定, no neighbour: unread; a case number and a session stay unread',
    '《民法典》第一千零三十六条规定了免责事由。对此，第1款规定，在同意范围内实施的行为不担责。（2019）某民初12号判决第二项、第十四届第一次会议均未涉及。',
    [['《民法典》第一千零三十六条', 'resolved', '民法典1036']]],
  ['款 of neighbouring numbers not opening a clause (的第2款规定) are no run',
    '《民法典》第一千零三十六条规定了免责事由，该解释的第1款规定和该解释的第2款规定，均与此有关。',
    [['《民法典》第一千零三十六条', 'resolved', '民法典1036']]],
]);

// Forms the tool already read so (checked here so they stay): 其第N条 of the law the sentence is about, a contract's
// 其第五条 unread; 前款 in an article's words quoted on one line (quotedParagraph.ts); articles of one law set out run together on one line after 法律依据： — later numbers are headings.
table('citation table: forms already read so (fix-gov17)', [
  ['其 after a law that is the sentence\'s subject; a contract\'s 其第五条 stays unread',
    '《民法典》自2021年施行，其第十条规定处理民事纠纷应当依照法律。该合同于2020年签订，其第五条约定违约金。',
    [['第十条', 'resolved', '民法典10']]],
  ['前款 in an article\'s words quoted on one line, with or without quotation marks: the quoted article\'s previous 款',
    '《劳动合同法》第六十六条规定：“劳动合同用工是我国的企业基本用工形式。劳务派遣用工是补充形式，只能在临时性、辅助性或者替代性的工作岗位上实施。前款规定的临时性工作岗位是指存续时间不超过六个月的岗位。”\n《劳动合同法》第六十六条规定：劳动合同用工是我国的企业基本用工形式。劳务派遣用工是补充形式，只能在临时性、辅助性或者替代性的工作岗位上实施。 前款规定的临时性工作岗位是指存续时间不超过六个月的岗位。',
    [['《劳动合同法》第六十六条', 'resolved', '劳动合同66'], ['前款', 'resolved', '劳动合同66.1'], ['《劳动合同法》第六十六条', 'resolved', '劳动合同66'], ['前款', 'resolved', '劳动合同66.1']]],
  ['several articles printed run together under 法律依据：: the first joined to the title, the rest headings',
    '法律依据：《劳动合同法》 第十条 建立劳动关系，应当订立书面劳动合同。 第十一条 用人单位未在用工的同时订立书面劳动合同的，按照集体合同规定的标准执行。',
    [['《劳动合同法》 第十条', 'resolved', '劳动合同10']]],
]);

// 旧 and 原 before a law's name: the version before the one otherwise read, when the corpus holds it; 新, 现行 and a
// word ending in 原 (还原) leave the version as it was (titles/versionWord.ts formerWordBefore, analyze.ts versionChoice).
describe('citation versions: 旧/原 before a law\'s name (fix-gov17)', () => {
  const versions = (doc: string) => analyzeBundled(doc).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map((t) => t.version ?? '').join(' ')]);
  it('原《公司法》 and 旧公司法: the 2018 text; 新公司法 and 《公司法》: the current one', () => {
    assert.deepStrictEqual(versions('原《公司法》第十六条规定了担保。旧公司法第二十条规定了股东的义务。新公司法第十五条、《公司法》第十五条作了修改。'), [
      ['《公司法》第十六条', 'resolved', '2018-10-26'], ['公司法第二十条', 'resolved', '2018-10-26'],
      ['公司法第十五条', 'resolved', '2023-12-29'], ['《公司法》第十五条', 'resolved', '2023-12-29'],
    ]);
  });
  it('a law with one version in the corpus stays read in it; 还原 is no 原', () => {
    assert.deepStrictEqual(versions('原《企业破产法》第三十二条，还原《公司法》第十六条。'), [
      ['《企业破产法》第三十二条', 'resolved', ''], ['《公司法》第十六条', 'resolved', '2023-12-29'],
    ]);
  });
});

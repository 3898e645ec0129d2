// Forms from real Chinese pages of the sixteenth round (real-zh16: judgments, penalty decisions, Q&A, law-firm articles,
// Hong Kong and Macau pages): made-up text in the real style against the bundled corpus.
import * as assert from 'assert';
import { bundledShortSummary } from './citations/helpers';

type Row = [name: string, doc: string, expected: [string, string, string][]];

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(bundledShortSummary(doc), expected, doc));
  });
}

// 基本法 written without 《》 is the Basic Law named, never 本法 (basicLawName.ts); the region it names, else the one
// region the page names (basicLaw.ts).
table('citation table: 基本法 without title marks (real-zh16)', [
  ['香港基本法第158条 in simplified prose',
    '香港法院释法活动较多，香港基本法第158条对解释权作了规定。',
    [['香港基本法第158条', 'resolved', '香港特别行政区基本158']]],
  ['基本法 alone on a page about Hong Kong, a list joined by 及',
    '香港回归以来，基本法的很多条文隐含了宪法与基本法的关系，尤其是基本法第17、18、158及159条。',
    [['基本法第17、18、158及159条', 'resolved', '香港特别行政区基本17 香港特别行政区基本18 香港特别行政区基本158 香港特别行政区基本159']]],
  ['澳门特别行政区基本法第五十条: Macau\'s',
    '行政长官行使澳门特别行政区基本法第五十条赋予的职权，作出本批示。',
    [['澳门特别行政区基本法第五十条', 'resolved', '澳门特别行政区基本50']]],
  ['本法 itself and words holding 本法 elsewhere stay as they were',
    '第一条 为了规范管理，制定本法。\n第二条 依照本法第一条的规定执行。',
    [['本法第一条', 'self', '本1']]],
  ['a session, an entry and a case number stay unread',
    '香港基本法委员会第十四届第一次会议讨论了第2项议题，（2019）某刑初12号。',
    []],
]);

// One bracketed number after an article's Arabic number, before 條: its 款, or its 项 where it has one 款
// (bracketedSub.ts).
table('citation table: 第17(2)條 on Hong Kong pages (real-zh16)', [
  ['基本法第17(2)條 and 第159(2)條: paragraphs',
    '香港基本法第17(2)条提及备案，基本法第159(2)条是有关修改权的规定。',
    [['香港基本法第17(2)条', 'resolved', '香港特别行政区基本17.2'], ['基本法第159(2)条', 'resolved', '香港特别行政区基本159.2']]],
  ['宪法第67(20)条: an item of the one 款',
    '香港基本法第18(4)条的紧急状态宣布，与宪法第67(20)条如出一辙。',
    [['香港基本法第18(4)条', 'resolved', '香港特别行政区基本18.4'], ['宪法第67(20)条', 'resolved', '宪67..20']]],
  ['an ordinance\'s section with two brackets keeps its number (unknown)',
    '根据香港《婚姻条例》第5(2)(c)条及第18A条的规定办理。',
    [['《婚姻条例》第5(2)(c)条及第18A条', 'unknown-regulation', '']]],
]);

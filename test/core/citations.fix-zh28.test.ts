// Forms from the heldout26 measurement's residual errors (round 20, third wave): made-up text in the real style
// against the bundled corpus (laws named short: 刑234.1 is the Criminal Law's article 234, paragraph 1).
import * as assert from 'assert';
import { analyzeBundled, bundledShortTable as table } from './citations/helpers';

// A year and 新 before a title name that year's new text (scanner.ts VERSION_BEFORE): 2012年新《民事诉讼法》 is the 2012
// text, one the corpus lacks (unknown-regulation), as 2007年修改的民事诉讼法 is the 2007 one.
table('citation table: a year and 新 before a title (fix-zh28)', [
  ['2012年新《…》 and 2013年新修正的《…》 beside 2007年修改的…: texts the corpus lacks',
    '执行异议之诉是2007年修改的民事诉讼法第204条（2012年新《民事诉讼法》第227条）规定的诉讼；2013年新修正的《公司法》第16条另有规定。',
    [['民事诉讼法第204条', 'unknown-regulation', ''], ['《民事诉讼法》第227条', 'unknown-regulation', ''], ['《公司法》第16条', 'unknown-regulation', '']]],
  ['not 新《…》 with no year, nor a year ending its clause before it, nor a case number or a session',
    '新《公司法》第十六条规定了担保。2019年，新《公司法》第十五条另有规定。（2019）某民初12号。第十四届第一次会议。',
    [['《公司法》第十六条', 'resolved', '公司16'], ['《公司法》第十五条', 'resolved', '公司15']]],
]);

// Revised and taking effect in a year (scanner.ts VERSION_BEFORE): the text that took effect that year.
table('citation table: 修订实施的 after a year (fix-zh28)', [
  ['2015年修订实施的《行政诉讼法》: no text of the corpus took effect in 2015',
    '2015年修订实施的《中华人民共和国行政诉讼法》第七十四条第一款第（二）项规定了确认违法判决。',
    [['《中华人民共和国行政诉讼法》第七十四条第一款第（二）项', 'unknown-regulation', '']]],
  ['not 2017年修正施行的 (the text the corpus holds), nor a year ending its clause, nor a session',
    '2017年修正施行的《行政诉讼法》第七十四条规定了确认违法判决。2015年修订，《行政诉讼法》第七十五条另有规定。第十四届第一次会议。',
    [['《行政诉讼法》第七十四条', 'resolved', '行政诉讼74'], ['《行政诉讼法》第七十五条', 'resolved', '行政诉讼75']]],
]);

// A law's name written without 《》, its version noted in brackets right before its article (scanner.ts headFor):
// that version, as after 《公司法》.
table('citation table: a bare title with its version in brackets (fix-zh28)', [
  ['公司法(2013)第71条 and 刑事诉讼法（2012年修正）第二百二十五条: texts the corpus lacks',
    '公司法(2013)第71条对股东优先购买权作了原则性规定，刑事诉讼法（2012年修正）第二百二十五条另有规定。',
    [['公司法(2013)第71条', 'unknown-regulation', ''], ['刑事诉讼法（2012年修正）第二百二十五条', 'unknown-regulation', '']]],
  ['not a bracket that is no version (an issuer), nor a case number, nor a count or an ordinal',
    '公司法（全国人大常委会）第16条规定了担保。（2019）某民初12号。第十四届第一次会议。第2项商品。',
    [['第16条', 'resolved', '公司16']]],
]);

describe('a bare title with its version in brackets: the version held is read (fix-zh28)', () => {
  it('公司法(2018)第16条 and 2018年新《公司法》第十六条 are the 2018 text', () => {
    const a = analyzeBundled('公司法(2018)第16条规定了担保；2018年新《公司法》第十六条亦同。');
    assert.deepStrictEqual(a.citations.map((c) => [c.status, c.targets[0]?.version]), [['resolved', '2018-10-26'], ['resolved', '2018-10-26']]);
  });
});

// A printed article's 款 run together on its label's line, each after a full stop and a space: 前款 in the second is the
// first (printedParagraph.ts RUN_ON_BREAK).
table('citation table: 前款 in a printed article whose 款 are joined after 。 and a space (fix-zh28)', [
  ['第二百三十四条  …管制。 犯前款罪，…: the first 款',
    '相关条文\n\n第二百三十四条  故意伤害他人身体的，处三年以下有期徒刑、拘役或者管制。 犯前款罪，致人重伤的，处三年以上十年以下有期徒刑。',
    [['前款', 'resolved', '刑234.1']]],
  ['not without the space (前款 then in the first 款: not read), nor a session',
    '相关条文\n\n第二百三十四条  故意伤害他人身体的，处三年以下有期徒刑、拘役或者管制。犯前款罪，致人重伤的，处三年以上十年以下有期徒刑。\n第十四届第一次会议。',
    []],
]);

// A page headed by an article's label and its crime's name, whose law the label's words do not tell: once the writer
// cites a known law's article of that number, his 本条 — in a paragraph of its own too — is that article (analyze.ts).
table('citation table: 本条 opening a paragraph under a page headed by the article (fix-zh28)', [
  ['第二百三十四条 故意伤害罪 … 《刑法》第234条是关于…的规定。⏎⏎ 本条规定的…',
    '第二百三十四条 故意伤害罪\n\n条文内容\n\n释义\n\n《刑法》第234条是关于故意伤害罪及其处罚的规定。\n\n本条规定的“故意伤害”，是指故意非法损害他人身体健康的行为。',
    [['《刑法》第234条', 'resolved', '刑234'], ['本条', 'resolved', '刑234']]],
  ['not when the article cited is of another number than the heading\'s, nor a session',
    '第二百三十四条 故意伤害罪\n\n条文内容\n\n释义\n\n《刑法》第232条是关于故意杀人罪的规定。\n\n本条规定的“故意伤害”，是指故意非法损害他人身体健康的行为。第十四届第一次会议。',
    [['《刑法》第232条', 'resolved', '刑232']]],
]);

// "Explanation Ⅱ of Marriage Law": an abstract's machine translation of 《婚姻法解释（二）》 — the Unicode numeral after the
// kind word numbers it (english/names/englishTitleAt.ts capitalisedTitleAt), and "Explanation" so numbered is the court's 解释
// (englishComposed.ts); unnumbered it stays no interpretation (the NPC's 说明 on a draft).
table('citation table: a numbered "Explanation" of a law (fix-zh28)', [
  ['"Article 24 of Explanation Ⅱ of Marriage Law" and "Explanation (II) of the Marriage Law": 婚姻法解释（二）',
    '摘要：The "time theory" is based on Article 24 of Explanation Ⅱ of Marriage Law, and so is Article 26 of Explanation (II) of the Marriage Law.',
    [['Article 24 of Explanation Ⅱ of Marriage Law', 'resolved', '最高人民法院关于适用《婚姻法》若干问题的解释（二）24'],
      ['Article 26 of Explanation (II) of the Marriage Law', 'resolved', '最高人民法院关于适用《婚姻法》若干问题的解释（二）26']]],
  ['not an unnumbered "Explanation" (the NPC\'s 说明), nor a numeral in prose, nor a session',
    'See Article 3 of the Explanation on the Draft Marriage Law. Part Ⅱ of the report follows. The 14th session met.',
    [['Article 3 of the Explanation on the Draft Marriage Law', 'unknown-regulation', '']]],
]);

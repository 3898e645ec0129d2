// Forms from the fair measurements' residual errors on court pages (heldout18–21 court, now tuning sets): made-up text
// in the real style against the bundled corpus (laws named short: 刑20 is the Criminal Law's article 20).
import * as assert from 'assert';
import { analyzeBundled, bundledShortTable as table } from './citations/helpers';

// The article written inside the title marks (scan/articleInsideMarks.ts): 《某法第N条》 is 《某法》第N条, malformed but clear;
// marks whose words go on after the article (an amending decision's or an interpretation's title) name a text of their own.
table('citation table: the article inside the title marks (fix-court23)', [
  ['an article', '根据《劳动合同法第三十九条》规定，用人单位可以解除劳动合同。',
    [['《劳动合同法第三十九条》', 'resolved', '劳动合同39']]],
  ['an article, its 款 and its item, a regulation', '依照《工伤保险条例第十四条第一款第（三）项》的规定认定为工伤。',
    [['《工伤保险条例第十四条第一款第（三）项》', 'resolved', '工伤保险条例14.1.3']]],
  ['a version noted inside the marks, one the corpus does not hold', '根据《保险法(2009修订)第十七条》规定，保险人应当履行说明义务。',
    [['《保险法(2009修订)第十七条》', 'unknown-regulation', '']]],
  ['not the title of an amending decision naming the article, nor an ordinal or a case number', '《关于修改〈中华人民共和国刑法〉第三十条的决定》已经公布。第十四届第一次会议，（2019）某民终12号。',
    []],
  ['not a contract\'s clause written so', '双方应当依照《房屋租赁合同第五条》的约定履行。',
    []],
]);

describe('malformed-citation: the article inside the title marks (fix-court23)', () => {
  it('gives the fix that moves 》 before 第', () => {
    const a = analyzeBundled('根据《劳动合同法第三十九条》规定，用人单位可以解除劳动合同。');
    const d = a.diagnostics.find((x) => x.code === 'malformed-citation');
    assert.ok(d, 'a malformed-citation hint');
    assert.match(d!.message.en, /write “《劳动合同法》第三十九条”/);
  });
});

// 中的 between a law's title and its articles written without 第, and the list's last article followed by the count of
// the articles listed (scanner.ts ofAt; chain.ts ARTICLE_AFTER_JOIN): the list is that law's articles.
table('citation table: 中的 and a list of articles without 第 (fix-court23)', [
  ['中的 then a list joined by 及 and its count', '执行救济的依据仅有《民事诉讼法》中的225条及227条两个法律条文。',
    [['《民事诉讼法》中的225条及227条', 'resolved', '民事诉讼225 民事诉讼227']]],
  ['the list and its count right after the title', '执行救济的依据仅有《民事诉讼法》225条及227条两个条文。',
    [['《民事诉讼法》225条及227条', 'resolved', '民事诉讼225 民事诉讼227']]],
  ['a bare name, 第 before the first only, 这两条 after the list', '依照刑法第十条和十二条这两条规定处理。',
    [['刑法第十条和十二条', 'resolved', '刑10 刑12']]],
  ['not a count of measures after 中的, nor 和 before a smaller count, nor an ordinal or a case number', '《民事诉讼法》中的20条措施均已落实。刑法第十条和三条意见不同。第十四届第一次会议，（2019）某民终12号。',
    [['刑法第十条', 'resolved', '刑10']]],
]);

// 围绕 before a law's name without 《》 (titles/titles.ts BEFORE_SHORT_NAME): a paper's abstract names the law it is
// written around, and the name starts after the word.
table('citation table: a bare law name after 围绕 (fix-court23)', [
  ['本文围绕 then the name and article', '本文围绕保险法第十七条的规定，分析格式条款的提示义务。',
    [['保险法第十七条', 'resolved', '保险17']]],
  ['not a name glued to other words, nor an ordinal or a case number', '围绕第十四届第一次会议的部署，（2019）某民终12号一案已审结。',
    []],
]);

// A name ending two titles (交通安全法: 道路交通安全法, 海上交通安全法), none cited before, is the one of them the page names
// later by a title naming it alone — 《道交法》, the full title (analyze.ts oneNamedLater); both named later, or none: ambiguous.
table('citation table: a name ending two titles, one of them named later (fix-court23)', [
  ['the short name in 《》 later', '交通安全法第七十六条规定了机动车的赔偿责任。本条第二项规定了行人有过错的情形。实践中法院依照《道交法》第七十六条裁判。',
    [['交通安全法第七十六条', 'resolved', '道路交通安全76'], ['本条第二项', 'resolved', '道路交通安全76..2'], ['《道交法》第七十六条', 'resolved', '道路交通安全76']]],
  ['both named later: still ambiguous', '交通安全法第十条规定了一般原则。另见《海上交通安全法》第十条与《道路交通安全法》第十条。',
    [['交通安全法第十条', 'ambiguous', '海上交通安全10 道路交通安全10'], ['《海上交通安全法》第十条', 'resolved', '海上交通安全10'], ['《道路交通安全法》第十条', 'resolved', '道路交通安全10']]],
  ['none named: still ambiguous', '交通安全法第十条规定了一般原则。第十四届第一次会议，（2019）某民终12号。',
    [['交通安全法第十条', 'ambiguous', '海上交通安全10 道路交通安全10']]],
]);

// A court interpretation named without 《》 by its kind of case and 司法解释 (titles/caseKindName.ts; titles.ts
// caseKindInterpretation): its 案件 may be written, the first words of the kind left off (道路), and a 规定 is meant when
// the court made no 解释 of that kind — one title only; a kind fitting none stays unread as before.
table('citation table: a court interpretation named by its kind of case, without 《》 (fix-court23)', [
  ['a 规定 named 司法解释, after 根据', '根据民间借贷司法解释第二十六条规定，借贷双方约定的利率不得超过上限。',
    [['民间借贷司法解释第二十六条', 'resolved', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定26']]],
  ['at a line\'s start, 案件 written and 道路 left off', '交通事故损害赔偿案件司法解释第一条的理解\n作者认为，出借车辆的所有人有过错的才承担责任。',
    [['交通事故损害赔偿案件司法解释第一条', 'resolved', '最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释1']]],
  ['not a kind of case no interpretation has, nor an ordinal or a case number', '依据飞行器碰撞司法解释第三条处理。第十四届第一次会议，（2019）某民终12号。',
    [['第三条', 'no-context', '']]],
]);

// A 释义 page on one article of an interpretation: the article's label printed twice (a heading with its subject, then
// the label over its text) is no regulation of the page's own (document.ts isOwnNumbering), so 本条 in the discussion
// is the article the page's heading cites.
table('citation table: a label printed twice over one article on a 释义 page (fix-court23)', [
  ['本条 after the reprinted article', '交通事故损害赔偿案件司法解释第一条的理解\n\n第一条 【出借人过错的认定】\n\n第一条 出借机动车发生交通事故造成损害，出借人有过错的，承担相应的赔偿责任。\n\n【条文主旨】\n\n本条是关于出借人过错认定的规定。',
    [['交通事故损害赔偿案件司法解释第一条', 'resolved', '最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释1'], ['本条', 'resolved', '最高人民法院关于审理道路交通事故损害赔偿案件适用法律若干问题的解释1']]],
  ['a draft numbered upwards stays its own text', '某某办法\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本市。本条所称单位包括个人。',
    [['本条', 'self', '本2']]],
]);

// Forms from the heldout25 measurement's residual errors (round 20, second wave): made-up text in the real style
// against the bundled corpus (laws named short: 消防40.1 is the Fire Protection Law's article 40, paragraph 1).
import { bundledShortTable as table } from './citations/helpers';

// An enforcement list reproducing, under the article it cites, the article that one points to or the rule's penalty
// article: a label glued to a full stop then a space and the words, or at a line start glued to words naming their own
// regulation 本办法, heads the text reproduced (reproducedUnderCited.ts); 本办法 there stays the cited rule's.
table('citation table: an article reproduced under the one cited (fix-zh27)', [
  ['a line-start label glued to words naming 本办法, its 款 too: headings; 本办法 is the cited rule',
    '《某某卡管理办法（试行）》第七条发卡企业应当在开展业务之日起三十日内备案。\n第三十六条发卡企业违反本办法第七条规定的，由主管部门责令限期改正。\n第三十七条第一款售卡企业违反本办法第十四条规定的，处以罚款。',
    [['《某某卡管理办法（试行）》第七条', 'unknown-regulation', ''], ['本办法第七条', 'unknown-regulation', ''], ['本办法第十四条', 'unknown-regulation', '']]],
  ['not a line-start label going on citing (规定, 对), nor an ordinal',
    '《某某卡管理办法（试行）》第七条发卡企业应当备案。\n第三十六条规定了罚款。\n第三十六条对违反本办法第七条的企业设定了罚款。\n第十四届第一次会议审议。',
    [['《某某卡管理办法（试行）》第七条', 'unknown-regulation', ''], ['第三十六条', 'unknown-regulation', ''], ['第三十六条', 'unknown-regulation', ''], ['本办法第七条', 'unknown-regulation', '']]],
  ['a label glued to a full stop, then a space and the article\'s words: a heading',
    '《某某回收管理办法》（2007年某部令第8号） 第二十一条  违反本办法第七条规定的，由主管部门给予警告。第七条 从事回收经营活动，应当备案。',
    [['《某某回收管理办法》（2007年某部令第8号） 第二十一条', 'unknown-regulation', ''], ['本办法第七条', 'unknown-regulation', '']]],
  ['not glued to its words (the next basis), nor a space then 的规定, nor a case number or an item of goods',
    '法律依据：《某某回收管理办法》第二十一条违反本办法第七条规定的，给予警告。第七条规定了备案。第八条 的规定也适用。（2019）某刑初12号。第2项商品。',
    [['《某某回收管理办法》第二十一条', 'unknown-regulation', ''], ['本办法第七条', 'unknown-regulation', ''], ['第七条', 'unknown-regulation', ''], ['第八条', 'unknown-regulation', '']]],
]);

// 前款 run on after the items of a quoted article's first 款, on one line: the first 款 (sentenceParagraphs.ts).
table('citation table: 前款 after the items of the first 款 quoted on one line (fix-zh27)', [
  ['after （一）…；（二）…； the next 款 opens: 前款 is the first',
    '法律依据：《中华人民共和国消防法》第四十条“违反本法的规定，有下列行为之一的，责令限期改正：（一）建筑工程的消防设计未经审核，擅自施工的；（二）擅自使用的；单位有前款行为的，依',
    [['《中华人民共和国消防法》第四十条', 'resolved', '消防40'], ['前款', 'resolved', '消防40.1']]],
  ['not inside an item, nor after a full stop before the lead-in: not placed by this rule, nor an ordinal',
    '法律依据：《中华人民共和国消防法》第四十条“违反本法的规定，有下列行为之一的：（一）擅自施工的；（二）违反前款规定的，依\n第十四届第一次会议。',
    [['《中华人民共和国消防法》第四十条', 'resolved', '消防40']]],
]);

// 本条 as what an amendment's article amends is the article commented, not that article (amendedThisArticle.ts).
table('citation table: 本条 amended by an amendment\'s article (fix-zh27)', [
  ['《…修正案(九)》第八条对本条作了修改: no citation for 本条',
    '本条系《刑法修正案(八)》第二十二条增设。《刑法修正案(九)》第八条对本条作了修改，增设了行为方式。',
    [['《刑法修正案(八)》第二十二条', 'resolved', '刑法修正案（八）22'], ['《刑法修正案(九)》第八条', 'resolved', '刑法修正案（九）8']]],
  ['not 本条 in commentary after the article (that article), nor a session',
    '《刑法修正案(九)》第八条规定了危险驾驶罪的新情形。本条的立法目的是保障公共安全。第十四届第一次会议。',
    [['《刑法修正案(九)》第八条', 'resolved', '刑法修正案（九）8'], ['本条', 'resolved', '刑法修正案（九）8']]],
]);

// A law's bare name after 法律 / 法规 (a caption run into its first item) is a name (titles.ts BEFORE_SHORT_NAME).
table('citation table: a bare law name right after 法律法规 (fix-zh27)', [
  ['（一）主要法律法规刑法第一百七十六条, 法律刑法第二十条',
    '一、法律规定（一）主要法律法规刑法第一百七十六条、《中华人民共和国民法典》第十条\n法律刑法第二十条规定了正当防卫。',
    [['刑法第一百七十六条', 'resolved', '刑176'], ['《中华人民共和国民法典》第十条', 'resolved', '民法典10'], ['刑法第二十条', 'resolved', '刑20']]],
  ['not a longer word ending in a name, nor 法规定, nor a session',
    '母公司法第三条不存在。法规定第十条。第十四届第一次会议。',
    [['第三条', 'no-context', ''], ['第十条', 'no-context', '']]],
]);

// An interpretation's title without 《》 around a law's bracketed title, stray spaces inside (bareInterpretation.ts).
table('citation table: an unbracketed interpretation title with stray spaces (fix-zh27)', [
  ['最高人民法院关于适用《中华人民共和国 民法典 》 婚姻家庭 编的解释(一)第四十九条: the interpretation',
    '根据最高人民法院关于适用《中华人民共和国 民法典 》 婚姻家庭 编的解释(一)第四十九条 抚养费的数额，可以根据子女的实际需要确定。',
    [['最高人民法院关于适用《中华人民共和国 民法典 》 婚姻家庭 编的解释(一)第四十九条', 'resolved', '最高人民法院关于适用《民法典》婚姻家庭编的解释（一）49']]],
  ['not the law alone with spaces, nor a case number',
    '根据《中华人民共和国 民法典 》 第一千零六十七条 父母不履行抚养义务的，未成年子女有权要求给付抚养费。（2019）某民初12号。',
    [['《中华人民共和国 民法典 》 第一千零六十七条', 'resolved', '民法典1067']]],
]);

// 本《实施细则》 in the text quoted from a 实施细则 the page cited: that one (analyze.ts selfTitleIn).
table('citation table: 本《short title》 in a quoted rule\'s text (fix-zh27)', [
  ['本《实施细则》 after 《〈某某规定〉实施细则》第十九条, past a blank line too: unknown, never every 实施细则',
    '法律依据：《〈某某设施管理规定〉实施细则》第十九条 "对违反本《实施细则》第九至第十四条规定的单位，给予处罚：\n\n（一）对违反本《实施细则》第九、第十一条规定的单位，可给予警告。"',
    [['《〈某某设施管理规定〉实施细则》第十九条', 'unknown-regulation', ''], ['《实施细则》第九至第十四条', 'unknown-regulation', ''], ['《实施细则》第九、第十一条', 'unknown-regulation', '']]],
  ['not 本 ending another word: 日本《民事诉讼法》 is another state\'s law, not the one named before',
    '依据《中华人民共和国民事诉讼法》第一百三十条。如日本《民事诉讼法》第12条规定，被告应诉的法院有管辖权。',
    [['《中华人民共和国民事诉讼法》第一百三十条', 'resolved', '民事诉讼130']]],
  ['not 《实施细则》 without 本 after a known 实施细则 (its short name), nor an item of goods',
    '依据《中华人民共和国专利法实施细则》第十条，另见《实施细则》第十一条。第2项商品。',
    [['《中华人民共和国专利法实施细则》第十条', 'resolved', '专利法实施细则10'], ['《实施细则》第十一条', 'resolved', '专利法实施细则11']]],
]);

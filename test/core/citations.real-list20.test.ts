// Forms from the real-list20 pages (government lists citing laws: 权责清单, 抽查事项清单, 裁量基准, 执法依据): made-up text in
// the real style against the bundled corpus (laws named short: 律师4 is the Lawyers Law's article 4).
import { bundledShortTable as table } from './citations/helpers';

// An article's label printed twice, a space between (a spreadsheet's label cell and its text cell): the second heads
// the same text as the first (repeatedLabel.ts); two labels of different articles, or a citation, stay what they were.
table('citation table: the same article label printed twice (real-list20)', [
  ['the label twice after a full stop, its text after the second', '抽查依据 1.《中华人民共和国律师法》 第四条 司法行政部门依照本法对律师进行监督、指导。 第六十六条 第六十六条 省、自治区、直辖市司法行政机关履行下列职责：',
    [['《中华人民共和国律师法》 第四条', 'resolved', '律师4']]],
  ['not two different labels, nor a label cited twice in prose, nor ordinals', '依照《中华人民共和国律师法》第四条、第四条的规定。 第五十条 第五十一条 律师应当…。第十四届第一次会议。',
    [['《中华人民共和国律师法》第四条、第四条', 'resolved', '律师4 律师4'], ['第五十一条', 'resolved', '律师51']]],
]);

// A list number set apart from its mark by a space (1 .中华人民共和国…, Word's list numbers on a document site) opens a
// list item as 1. does: a regulation's name without 《》 there is a title (unknownLawName.ts ITEM_OPEN), and the
// article's text after the citation is quoted (unmarkedQuotation.ts LABEL: its 第一款 is the article's).
table('citation table: a list number apart from its mark (real-list20)', [
  ['an unknown 办法 named in an item numbered "2 ."', '实施依据：1 .中华人民共和国环境保护法第五十九条企业事业单位违法排放污染物。2 .某某排污登记管理办法第五十九条排污单位违法排放。',
    [['中华人民共和国环境保护法第五十九条', 'resolved', '环境保护59'], ['某某排污登记管理办法第五十九条', 'unknown-regulation', '']]],
  ['the text quoted after an item numbered "1 .": its 第一款 is the article\'s', '1 .中华人民共和国环境保护法第五十九条企业事业单位违法排放污染物,拒不改正的,按日连续处罚。前款规定的罚款处罚,依照有关法律法规执行。地方性法规可以增加第一款规定的按日连续处罚的违法行为的种类。',
    [['中华人民共和国环境保护法第五十九条', 'resolved', '环境保护59'], ['前款', 'resolved', '环境保护59.1'], ['第一款', 'resolved', '环境保护59.1']]],
  ['not a number in prose before a name, nor an ordinal or a case number', '共有2 .5个单位管理办法第五项。第十四届第一次会议。（2019）某刑初12号。',
    []],
]);

// A regulation's name with its trial note, (试行) or (暂行), before the article and without 《》: named as a list item's
// or a place's regulation is (unknownLawName.ts TRIAL_NOTE) — unknown-regulation, never the article of the law cited
// before; a generic name with a note stays what it was.
table('citation table: a regulation name with (试行) before its article (real-list20)', [
  ['an item of a 实施依据 list', '实施依据：1.中华人民共和国环境保护法第五十九条企业事业单位违法排放污染物。4.排污许可管理办法(试行)第五十九条排污单位违法排放。',
    [['中华人民共和国环境保护法第五十九条', 'resolved', '环境保护59'], ['排污许可管理办法(试行)第五十九条', 'unknown-regulation', '']]],
  ['a place\'s regulation with a full-width note', '依据《中华人民共和国环境保护法》第五十九条及某某市排污管理办法（暂行）第三条处理。',
    [['《中华人民共和国环境保护法》第五十九条', 'resolved', '环境保护59'], ['某某市排污管理办法（暂行）第三条', 'unknown-regulation', '']]],
  ['not a generic name with a note, nor ordinals', '依据《中华人民共和国环境保护法》第五十九条，以及有关规定(试行)第二条。第十四届第一次会议。',
    [['《中华人民共和国环境保护法》第五十九条', 'resolved', '环境保护59'], ['第二条', 'resolved', '环境保护2']]],
]);

// A 条例's implementing rules named after it without 《》 (公共场所卫生管理条例实施细则第三十七条): the 细则's article,
// unknown-regulation when the corpus lacks it (unknownLawName.ts regulationRulesBefore), never the 条例's article; a
// known 实施细则 or 实施条例, and 本条例 / a kind alone before 实施细则, stay what they were.
table('citation table: a 条例\'s 实施细则 named without title marks (real-list20)', [
  ['after a known 条例 glued to the words before it', '注：执行本裁量权基准中公共场所卫生管理条例实施细则第三十七条第(七)项的规定。',
    [['公共场所卫生管理条例实施细则第三十七条第(七)项', 'unknown-regulation', '']]],
  ['after a comma, an unknown 条例\'s rules', '依据《中华人民共和国环境保护法》第五十九条，以及某某设施保护条例实施细则第三条的规定。',
    [['《中华人民共和国环境保护法》第五十九条', 'resolved', '环境保护59'], ['某某设施保护条例实施细则第三条', 'unknown-regulation', '']]],
  ['not a known 实施细则 or 实施条例, nor ordinals', '依照专利法实施细则第十五条，商标法实施条例第十条。第十四届第一次会议。',
    [['专利法实施细则第十五条', 'resolved', '专利法实施细则15'], ['商标法实施条例第十条', 'resolved', '商标法实施条例10']]],
]);

// A list's history note after a title — how the act was made, then the last amendment it knew — names that amended
// text as (2016年修正) does (titles/historyNote.ts): a version the corpus lacks is unknown-regulation, one it holds is
// resolved; a note that closes on another event, or with no act's making in it, names none.
table('citation table: a title\'s history note naming its last amendment (real-list20)', [
  ['an amendment the corpus does not hold', '实施依据 《旅行社条例》(2009年国务院令第550号,2016年2月6日予以修改)第七条:申请经营国内旅游业务的，应当提出申请。',
    [['《旅行社条例》(2009年国务院令第550号,2016年2月6日予以修改)第七条', 'unknown-regulation', '']]],
  ['an amendment the corpus holds', '实施依据 《民用爆炸物品安全管理条例》(2006年5月国务院令第466号,2014年7月修正)第四条:民用爆炸物品行业主管部门负责…',
    [['《民用爆炸物品安全管理条例》(2006年5月国务院令第466号,2014年7月修正)第四条', 'resolved', '民用爆炸物品安全管理条例4']]],
  ['not a note closing on its effect, nor one without the act\'s making, nor ordinals', '依据《旅行社条例》(2009年国务院令第550号,2009年5月1日起施行)第七条；《旅行社条例》(见附件,2016年修改说明)第八条。第十四届第一次会议。',
    [['《旅行社条例》(2009年国务院令第550号,2009年5月1日起施行)第七条', 'resolved', '旅行社条例7'], ['《旅行社条例》(见附件,2016年修改说明)第八条', 'resolved', '旅行社条例8']]],
]);

// 《条例》 defined nowhere, in text read as quoted from the one 条例 the page named (a 裁量 table: | 公共场所卫生管理条例 |
// 第十四条 | … 违反《条例》第六条): that 条例, whose own words never call it so (analyze.ts onlyRegulationNamed); outside
// quoted text, after two 条例 named, or with none, it stays the writer's undefined short title (unknown-regulation).
table('citation table: an undefined 《条例》 in text quoted from the one 条例 named (real-list20)', [
  ['a table naming the 条例 in a cell, 《条例》 in the cells after its article\'s text', '| 法律法规规章名称 | 条款 | 适用条件 |\n| 公共场所卫生管理条例\n| 第十四条\n| 凡有下列行为之一的单位或者个人，给予警告、罚款。\n| 有下列情形之一的:\n1.违反《条例》第六条，卫生制度不健全的\n2.符合《条例》第十四条第一款的规定，有一项主要卫生指标不合格的\n|',
    [['第十四条', 'resolved', '公共场所卫生管理条例14'], ['《条例》第六条', 'resolved', '公共场所卫生管理条例6'], ['《条例》第十四条第一款', 'resolved', '公共场所卫生管理条例14.1']]],
  ['not outside quoted text, nor after two 条例 named, nor ordinals', '依照《公共场所卫生管理条例》第十四条处罚。违反《条例》第六条的。依照《旅行社条例》第七条处理。\n第十四届第一次会议。',
    [['《公共场所卫生管理条例》第十四条', 'resolved', '公共场所卫生管理条例14'], ['《条例》第六条', 'unknown-regulation', ''], ['《旅行社条例》第七条', 'resolved', '旅行社条例7']]],
  ['none named before', '违反《条例》第六条的，责令改正。',
    [['《条例》第六条', 'unknown-regulation', '']]],
]);

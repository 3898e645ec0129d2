// Forms of round 24 (fix-zh42): made-up text in the style of penalty decisions, 权责清单 and notices, against the bundled
// corpus (laws named short: 土地管理76 is the Land Administration Law's article 76).
import { bundledShortTable as table } from './citations/helpers';

// A version named with a full date and the amendment's ordinal ((2004年8月28日第二次修正)), or the ordinal before 修订 /
// 修改 ((2004年第二次修订)): the text of that year, as (2004年修正) is — unknown-regulation when the corpus lacks it
// (scan/scanner.ts VERSION_NOTE). A bare article right after it, in the same sentence, is that text's too.
table('citation table: a version named with its full date and ordinal (fix-zh42)', [
  ['a penalty decision of 2020 naming the 2004 text with its day and ordinal, then a bare article of it',
    '行政处罚决定书\n你公司的行为违反了《中华人民共和国土地管理法》(2004年8月28日第二次修正)第二条第三款“任何单位和个人不得侵占、买卖或者以其他形式非法转让土地”和第四十四条第一款的规定。\n依据《中华人民共和国土地管理法》(2004年8月28日第二次修正)第七十六条，决定如下。\n某县自然资源局\n2020年5月6日',
    [['《中华人民共和国土地管理法》(2004年8月28日第二次修正)第二条第三款', 'unknown-regulation', ''], ['第四十四条第一款', 'unknown-regulation', ''],
      ['《中华人民共和国土地管理法》(2004年8月28日第二次修正)第七十六条', 'unknown-regulation', '']]],
  ['the ordinal with the year alone, before 修正 and before 修订',
    '处罚决定\n依据《中华人民共和国土地管理法》(2004年第二次修正)第七十六条、《中华人民共和国土地管理法》（2004年第二次修订）第七十七条处理。\n2020年5月6日',
    [['《中华人民共和国土地管理法》(2004年第二次修正)第七十六条', 'unknown-regulation', ''], ['《中华人民共和国土地管理法》（2004年第二次修订）第七十七条', 'unknown-regulation', '']]],
  ['not a version the corpus holds, with its day and ordinal, nor a case number or an ordinal',
    '处罚决定\n依据《中华人民共和国土地管理法》(2019年8月26日第三次修正)第七十七条处理。第十四届第一次会议；（2019）某刑初12号。\n2020年5月6日',
    [['《中华人民共和国土地管理法》(2019年8月26日第三次修正)第七十七条', 'resolved', '土地管理77']]],
]);

// A history note naming the omnibus decision that amended the text by its title (2017年10月7日《国务院关于修改部分行政法
// 规的决定》修订): the note stands between the title and its article, its last amendment naming the version; the decision's
// title takes nothing over (titles/amendingNote.ts SEVERAL_LAWS, scan/scanner.ts).
table('citation table: a history note naming an omnibus amending decision (fix-zh42)', [
  ['a 权责清单 cell, 修订 and 第一次修正 after the decision',
    '依据：1.《气象灾害防御条例》(2010年1月27日中华人民共和国国务院令第570号,2017年10月7日《国务院关于修改部分行政法规的决定》修订)第二十三条。2.《气象灾害防御条例》(2010年1月27日国务院令第570号,2017年10月7日《国务院关于修改部分行政法规的决定》第一次修正)第二十四条。',
    [['《气象灾害防御条例》(2010年1月27日中华人民共和国国务院令第570号,2017年10月7日《国务院关于修改部分行政法规的决定》修订)第二十三条', 'resolved', '气象灾害防御条例23'],
      ['《气象灾害防御条例》(2010年1月27日国务院令第570号,2017年10月7日《国务院关于修改部分行政法规的决定》第一次修正)第二十四条', 'resolved', '气象灾害防御条例24']]],
  ['not the decision cited by its own item outside a note, nor a case number or an ordinal',
    '依据《国务院关于修改部分行政法规的决定》的规定，《气象灾害防御条例》第二十三条作了修改。第十四届第一次会议；（2019）某刑初12号。',
    [['《气象灾害防御条例》第二十三条', 'resolved', '气象灾害防御条例23']]],
]);

// 第N项 right after the title of a decision amending, repealing or cancelling acts (关于修改…的决定, 关于废止…的决定): its
// Nth item, a title the corpus lacks — before words citing it, an entry's name, or the end of its table cell
// (titles/listEntryItem.ts amendingListDecision, entryCellEnd). A noun alone after the number is an ordinal still.
table('citation table: an item of an amending or repealing decision (fix-zh42)', [
  ['a 权责清单 table: items ending their cells, the decision named inside another\'s title',
    '| 设定依据 | 《国务院关于修改〈国务院对确需保留的行政审批项目设定行政许可的决定〉的决定》第378项 |\n| 依据 | 《国务院关于修改部分行政法规的决定》第45项 |',
    [['《国务院关于修改〈国务院对确需保留的行政审批项目设定行政许可的决定〉的决定》第378项', 'unknown-regulation', ''],
      ['《国务院关于修改部分行政法规的决定》第45项', 'unknown-regulation', '']]],
  ['in running text: 规定 after the item, a repealing decision\'s item before a comma',
    '根据《国务院关于修改部分行政法规的决定》第45项规定，有关条款已作修改；《国务院关于废止部分行政法规的决定》第3项，某条例已废止。',
    [['《国务院关于修改部分行政法规的决定》第45项', 'unknown-regulation', ''], ['《国务院关于废止部分行政法规的决定》第3项', 'unknown-regulation', '']]],
  ['not a noun after the number, nor another 决定\'s item, nor a case number or an ordinal',
    '《国务院关于修改部分行政法规的决定》第2项商品已到货。《国务院关于废止部分行政法规的决定》第三项工作已完成。《国务院关于加强安全生产工作的决定》第3项。第十四届第一次会议；（2019）某刑初12号。',
    []],
  ['not a 清单\'s number ending its table cell',
    '| 处罚依据 | 参照《某市市场监管领域轻微违法行为减轻处罚清单》第6项 |',
    []],
]);

// A notice flattened onto one line, printing the text it issues: the text's title (named before in 《》) set off by
// spaces, then its first label, a space and the article's words — the printed article's heading, no citation
// (layout/ownTitleLabel.ts). A citation in the printed article's words stays one.
table('citation table: a label right after the printed text\'s own title in a flattened notice (fix-zh42)', [
  ['a notice issuing a 裁量基准, its date, the title line and its first articles on one line',
    '关于印发《某市市场监管行政处罚裁量基准》的通知\n各区局：现将《某市市场监管行政处罚裁量基准》印发给你们，请认真贯彻执行。 某市市场监督管理局 2019年3月1日 某市市场监管行政处罚裁量基准 第一条 本基准依据《某省规范行政裁量权办法》第十二条制定。第二条 本基准适用于本市。',
    [['《某省规范行政裁量权办法》第十二条', 'unknown-regulation', '']]],
  ['a notice issuing 实施细则, the title after its attachment caption',
    '关于印发《某县农村集体资产管理实施细则》的通知\n现将《某县农村集体资产管理实施细则》印发给你们，请遵照执行。 某县人民政府办公室 2021年6月1日 附件：某县农村集体资产管理实施细则 第一条 本细则所称农村集体资产，是指村集体经济组织所有的资产。',
    []],
  ['not a word citing the article after the label, nor a title marked 《》, nor a name not named before, nor a case number or an ordinal',
    '关于印发《某市市场监管行政处罚裁量基准》的通知\n现将《某市市场监管行政处罚裁量基准》印发给你们。 某市市场监管行政处罚裁量基准 第一条 规定了适用范围。《某市市场监管行政处罚裁量基准》 第二条 本基准适用于本市。 某市城市管理行政处罚裁量基准 第三条 本基准适用于城管。第十四届第一次会议；（2019）某刑初12号。',
    [['第一条', 'no-context', ''], ['《某市市场监管行政处罚裁量基准》 第二条', 'unknown-regulation', ''], ['第三条', 'unknown-regulation', '']]],
]);

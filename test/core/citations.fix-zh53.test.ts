// Forms of round 25 (fix-zh53, heldout38 gov): made-up text in the style of 权责清单 cells, papers on a draft amendment
// and pages copied with their line breaks, against the bundled corpus (laws named short: 商标52 is the Trademark Law's
// article 52; 商标52..5 its item 5).
import { bundledShortTable as table } from './citations/helpers';

// A shorthand list: 第 before the first number only, the unit word after the last only, half-width commas between
// (chain/commaShorthand.ts).
table('citation table: a shorthand list joined by half-width commas (fix-zh53)', [
  ['Chinese numerals and digits, articles and 款, after a known and an unknown title',
    '| 防雷装置使用许可 | 《防雷减灾管理办法》第二十八,二十九,三十条《某省实施办法》第二十三条 |\n依照《中华人民共和国行政许可法》第28,29,30条及第十二条第三,四款的规定。',
    [['《防雷减灾管理办法》第二十八,二十九,三十条', 'unknown-regulation', ''], ['《某省实施办法》第二十三条', 'unknown-regulation', ''],
      ['《中华人民共和国行政许可法》第28,29,30条及第十二条第三,四款', 'unknown-paragraph', '行政许可28 行政许可29 行政许可30 行政许可12.3 行政许可12.4']]],
  ['not sessions or instances, nor a thousands separator, nor a case number or an ordinal',
    '依照《中华人民共和国行政许可法》第十四届,十五届人大的决议，罚款1,000元。第一,二审判决均已生效，依照《中华人民共和国行政许可法》第1,000条。第十四届第一次会议；（2019）某民初12号。',
    []],
]);

// An approval-item decision's entry right after its title, closing its cell or line (titles/listEntryItem.ts).
table('citation table: an approval-item decision\'s entry closing its cell (fix-zh53)', [
  ['an order number before the title, the entry ending the cell; another decision\'s entry ending the line',
    '| 保留依据 : 中华人民共和国国务院令第412号《国务院对确需保留的行政审批项目设定行政许可的决定》第378项 |\n依据：《国务院关于取消和下放一批行政审批项目的决定》第91项\n',
    [['《国务院对确需保留的行政审批项目设定行政许可的决定》第378项', 'unknown-regulation', ''], ['《国务院关于取消和下放一批行政审批项目的决定》第91项', 'unknown-regulation', '']]],
  ['not a noun after the number, nor a 清单\'s number ending its cell, nor a case number or an ordinal',
    '《国务院对确需保留的行政审批项目设定行政许可的决定》第2项商品已售出。\n| 参照《某市轻微违法行为不予处罚清单》第6项 |\n第十四届第一次会议；（2019）某民初12号。',
    []],
]);

// A law's title, 的, then its article without 第, closing its clause or compared with the next citation
// (scan/ofLawArticle.ts).
table('citation table: 《某法》的48条 without 之规定 after it (fix-zh53)', [
  ['compared with a draft\'s article, changed into it, closing a clause, its words named',
    '本文从现有《著作权法》的48条与《著作权法(修正案草案)》第52条的比对切入。现有《著作权法》的48条变更为《著作权法(修正案草案)》第52条。《中华人民共和国著作权法》的四十八条，即侵权条款；《著作权法》的四十八条的内容如下。',
    [['《著作权法》的48条', 'resolved', '著作权48'], ['《著作权法(修正案草案)》第52条', 'unknown-regulation', ''],
      ['《著作权法》的48条', 'resolved', '著作权48'], ['《著作权法(修正案草案)》第52条', 'unknown-regulation', ''],
      ['《中华人民共和国著作权法》的四十八条', 'resolved', '著作权48'], ['《著作权法》的四十八条', 'resolved', '著作权48']]],
  ['not a noun after it, nor 中 (among its articles), nor a case number or an ordinal',
    '《著作权法》的48条建议已提交，《著作权法》的60条中有20条是新增的，《著作权法》的三条措施已落实。第十四届第一次会议；（2019）某民初12号。',
    []],
]);

// A citation wrapped after a dangling 第 at a line's end: the next line's bracketed item or 款 continues it
// (chain/bracketAfterBreak.ts, chain/chain.ts numberAfterBreak).
table('citation table: a citation wrapped after 第 at a line end (fix-zh53)', [
  ['half- and full-width brackets, a 款 on the next line',
    '其次，属于商标法第五十二条第\n(五)项所称侵犯注册商标专用权的行为：\n下列行为属于商标法第五十二条第\n（五）项规定的行为，依照商标法第五十六条第\n二款处理。',
    [['商标法第五十二条第\n(五)项', 'unknown-item', '商标52..5'], ['商标法第五十二条第\n（五）项', 'unknown-item', '商标52..5'],
      ['商标法第五十六条第\n二款', 'unknown-paragraph', '商标56.2']]],
  ['not a heading or a word on the next line, nor after a blank line, nor a case number or an ordinal',
    '依照商标法第五十二条第\n(五)项目管理\n依照商标法第五十二条第\n(五)其他规定\n依照商标法第五十二条第\n\n(五)项所称\n第十四届第一次会议；（2019）某民初12号。',
    [['商标法第五十二条', 'resolved', '商标52'], ['商标法第五十二条', 'resolved', '商标52'], ['商标法第五十二条', 'resolved', '商标52']]],
]);

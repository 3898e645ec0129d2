// Forms of pages written under Taiwan's, Macau's and Hong Kong's laws in traditional characters that the twenty-third
// round's tuning sets left missed or wrong (fix-tw36): made-up text in the real style against the bundled corpus (laws
// named short: 网络安全59 is the Cyber Security Law's article 59).
import { bundledShortTable as table } from './citations/helpers';

// A Macau dispatch (批示) or executive order is set out in 款 with items, no articles: its 款 cited right after its
// number and year (no 條) is the act's, which the corpus does not hold (macauActNumber.ts).
table('citation table: a 款 of a Macau dispatch or order named by its number (fix-tw36)', [
  ['a chief executive\'s dispatch: its 款 and item, and its 款 alone after a note mark',
    '一、自二零二一年三月一日起,解除第8/2021號行政長官批示第二款(三)項所採取的措施。\n註:第90/2021號行政長官批示第一款:自二零二一年五月一日起生效。',
    [['第8/2021號行政長官批示第二款(三)項', 'unknown-regulation', ''], ['第90/2021號行政長官批示第一款', 'unknown-regulation', '']]],
  ['an executive order\'s 款, and a secretary\'s dispatch (seven words before 批示) with a list of items',
    '根據第55/2015號行政命令第三款的規定。經第66/2014號經濟財政司司長批示第一款(八)項、(十一)項規定。',
    [['第55/2015號行政命令第三款', 'unknown-regulation', ''], ['第66/2014號經濟財政司司長批示第一款(八)項、(十一)項', 'unknown-regulation', '']]],
  ['not a 款 with no act number before it, nor a number that is no Macau act\'s; ordinals and case numbers stay unread',
    '解除上述批示第一款所採取的措施。編號第12號通告第二款。第十四屆第一次會議。（2019）某刑初12號。第2項商品。',
    []],
]);

// A list entry (1. flush at the line's start) reproducing a law's article in a quotation left open keeps that law over
// the paragraphs indented under it: their 本法 is the reproduced law; a paragraph opening with a later article's label
// followed by its quoted words is that article's heading, no citation, its 本法 the same law's (entryParagraphs.ts).
table('citation table: an article reproduced over a list entry\'s indented paragraphs (fix-tw36)', [
  ['the next 款 indented under the entry, then the next article\'s label and its quoted words',
    '1. 《中华人民共和国网络安全法》第五十九条“网络运营者不履行本法第二十一条规定的网络安全保护义务的，由有关主管部门责令改正。\n\n    关键信息基础设施的运营者不履行本法第三十三条规定的网络安全保护义务的，处十万元以上罚款。\n\n    第六十条“违反本法第二十二条第一款规定，有下列行为之一的，由有关主管部门责令改正：\n\n    (一)设置恶意程序的；',
    [['《中华人民共和国网络安全法》第五十九条', 'resolved', '网络安全59'], ['本法第二十一条', 'resolved', '网络安全21'],
      ['本法第三十三条', 'resolved', '网络安全33'], ['本法第二十二条第一款', 'resolved', '网络安全22.1']]],
  ['the same in traditional characters',
    '1. 《中華人民共和國網絡安全法》第五十九條“網絡運營者不履行本法第二十一條規定的網絡安全保護義務的,由有關主管部門責令改正。\n\n    關鍵信息基礎設施的運營者不履行本法第三十三條規定的網絡安全保護義務的,處十萬元以上罰款。\n\n    第六十條“違反本法第二十二條第一款規定,有下列行為之一的,由有關主管部門責令改正:',
    [['《中華人民共和國網絡安全法》第五十九條', 'resolved', '网络安全59'], ['本法第二十一條', 'resolved', '网络安全21'],
      ['本法第三十三條', 'resolved', '网络安全33'], ['本法第二十二條第一款', 'resolved', '网络安全22.1']]],
  ['not with no numbered entry flush at the line\'s start, nor on a page indenting every paragraph: the quotation ends with its line',
    '《中华人民共和国网络安全法》第五十九条“网络运营者不履行本法第二十一条规定的义务的，由有关主管部门责令改正。\n\n    本办法第三条所称运营者，不履行本法第三十三条规定的义务。\n\n    第六十条“违反本法第二十二条规定的，责令改正。\n\n　　一、《中华人民共和国网络安全法》第五十九条“网络运营者不履行义务的，责令改正。\n\n　　依照本法第三十三条执行。',
    [['《中华人民共和国网络安全法》第五十九条', 'resolved', '网络安全59'], ['本法第二十一条', 'resolved', '网络安全21'], ['本办法第三条', 'self', '本3'],
      ['本法第三十三条', 'self', '本33'], ['第六十条', 'resolved', '网络安全60'], ['本法第二十二条', 'resolved', '网络安全22'],
      ['《中华人民共和国网络安全法》第五十九条', 'resolved', '网络安全59'], ['本法第三十三条', 'self', '本33']]],
  ['not an earlier article\'s label (a writer citing it), nor the next entry flush at the line\'s start; ordinals and case numbers stay unread',
    '1. 《中华人民共和国网络安全法》第五十九条“网络运营者不履行本法第二十一条规定的义务的，责令改正。\n\n    第十条“违反本法第二十二条规定的，责令改正。\n\n2. 本办法第三条所称运营者，依照本法第三十三条执行。第十四届第一次会议。（2019）某刑初12号。',
    [['《中华人民共和国网络安全法》第五十九条', 'resolved', '网络安全59'], ['本法第二十一条', 'resolved', '网络安全21'], ['第十条', 'resolved', '网络安全10'],
      ['本法第二十二条', 'resolved', '网络安全22'], ['本办法第三条', 'self', '本3'], ['本法第三十三条', 'self', '本33']]],
]);

// A Taiwan court's case number — an ROC year of two or three digits, 年度, the case's kind, 字第 (113年度上易字第336號) —
// marks a page written under Taiwan's laws, as the 最高法院's 台上字 did already (rocPage.ts): its laws named without the
// People's Republic's name are Taiwan's, and 同法 follows the last of them.
table('citation table: a Taiwan case number of any court marks the page (fix-tw36)', [
  ['a search result citing a high court\'s case: bare law names with 條 and 項',
    '原審112年度上易字第201號判決\n依民事訴訟法第51條第4項規定選任特別代理人,民法第546條第1項亦同。',
    [['民事訴訟法第51條第4項', 'unknown-regulation', ''], ['民法第546條第1項', 'unknown-regulation', '']]],
  ['a district court\'s case, then 同法 after the law named last',
    '北院111年度訴字第987號:債務人聲請停止執行,強制執行法第18條第1、2項分別定有明文,同法第18條第2項並規定其期限。',
    [['強制執行法第18條第1、2項', 'unknown-regulation', ''], ['同法第18條第2項', 'unknown-regulation', '']]],
  ['not a mainland report\'s 2023年度 (four digits, no 字第), nor a page naming a mainland institution; ordinals and case numbers stay unread',
    '某省发布2023年度消费维权十大案例，依据民事诉讼法第五十一条处理。（2019）京01民终123号。第十四届第一次会议。\n另见113年度上易字第336號，人民法院依民事诉讼法第五十二条审理。',
    [['民事诉讼法第五十一条', 'resolved', '民事诉讼51'], ['民事诉讼法第五十二条', 'resolved', '民事诉讼52']]],
]);

// Forms from round 20's fresh government pages (real-gov26): made-up text in the real style against the bundled corpus
// (laws named short: 公路44 is the Highway Law's article 44; 公路安全保护条例27 the regulation's article 27).
import { bundledShortTable as table } from './citations/helpers';

// A 权责清单 basis cell flattened: the title on one line, the articles relied on on the line under it (basisLabelLine.ts).
table('citation table: a line of article labels under a title in a basis cell (real-gov26)', [
  ['two labels, a space between, on the line under the law\'s title', '1.【法律】《中华人民共和国公路法》 \n    第四十四条 第七十六条\n',
    [['第四十四条', 'resolved', '公路44'], ['第七十六条', 'resolved', '公路76']]],
  ['three labels with 、 and a 款, under a title with its order number', '职权依据:\n《公路安全保护条例》(国务院令第593号)\n第二十七条 第六十二条、第六十四条第一款\n',
    [['第二十七条', 'resolved', '公路安全保护条例27'], ['第六十二条、第六十四条第一款', 'resolved', '公路安全保护条例62 公路安全保护条例64.1']]],
  ['not a label followed by its article\'s words after the space: the heading of the article printed',
    '《中华人民共和国公路法》\n第四十四条 任何单位和个人不得擅自占用、挖掘公路。\n',
    []],
  ['not a label with words after it (the later label in them is cited); ordinals and case numbers stay unread',
    '《中华人民共和国公路法》\n第四十四条 依照第七十六条处理。\n第十四届第一次会议。第2项商品。（2019）某刑初12号。\n',
    [['第七十六条', 'resolved', '公路76']]],
]);

table('citation table: one label alone under a title line, the next column\'s numbered entry below (real-gov26)', [
  ['the regulation\'s article, 1.立案责任 on the next line', '2.【行政法规】《公路安全保护条例》(国务院令第593号)\n    第二十七条\n    1.立案责任:发现违法行为,予以审查。\n',
    [['第二十七条', 'resolved', '公路安全保护条例27']]],
  ['not a label alone whose article\'s words follow on the next line (a reprint\'s heading)',
    '《中华人民共和国民法典》\n第一千二百一十九条\n医务人员在诊疗活动中应当向患者说明病情和医疗措施。\n',
    []],
  ['not a label alone under a line of prose, a numbered line below; nor a year or a decimal below a title line',
    '本单位依法开展工作。\n第二十七条\n1.立案责任:发现违法行为。\n《公路安全保护条例》\n第二十七条\n2019年起施行。\n',
    []],
]);

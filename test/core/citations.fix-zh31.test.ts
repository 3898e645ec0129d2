// Forms from heldout28 (gov and court), a tuning set for the twenty-first round (fix-zh31): made-up text in the real
// style against the bundled corpus (laws named short: 种子78.1.1 is the Seed Law's article 78, paragraph 1, item 1).
import { bundledShortTable as table } from './citations/helpers';

// A chapter's number glued before an article's label, the two opening a line, a space and the article's words after
// them: the heading of the article printed, as 第三十条 … at a line's start is (chapterPrefixHeading.ts).
table('citation table: a chapter\'s number before an article heading at a line\'s start (fix-zh31)', [
  ['a page naming the regulation above, then 第五章第三十二条 and the article\'s words after a space: a heading',
    '本期解读的政策：《中华人民共和国森林法》\n第五章第三十二条 国家实行天然林全面保护制度，严格限制天然林采伐。\n',
    []],
  ['with a section too and a bracketed name', '《中华人民共和国森林法》\n第六章第一节第七十四条【法律责任】违反本法规定，进行开垦的，由县级以上人民政府林业主管部门责令停止违法行为。\n',
    []],
  ['not 第五章第三十二条规定 at a line\'s start, nor a chapter named after 本法, a case number or a session',
    '《中华人民共和国森林法》\n第五章第三十二条规定，国家实行天然林全面保护制度。（2019）某刑初12号。第十四届第一次会议。第2项商品。\n',
    [['第三十二条', 'resolved', '森林32']]],
  ['the title linked as a file (.pdf) above the heading: 本法 and 本条 in the printed text are the law\'s and the article\'s',
    '相关政策：《中华人民共和国森林法》.pdf\n第六章第七十四条 违反本法规定，进行开垦的，依照本法第三十二条处理；按照本条规定处罚。\n',
    [['本法第三十二条', 'resolved', '森林32'], ['本条', 'resolved', '森林74']]],
]);

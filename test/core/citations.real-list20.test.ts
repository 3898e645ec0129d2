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

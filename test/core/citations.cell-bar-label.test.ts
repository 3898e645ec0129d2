// fix-gov70 form 2 (pool70-gov p01, a penalty-provision table of 食品安全法 as the pages print tables — each cell on a
// line of its own, closed by " |"): a label alone in its cell, the cell's bar right after it (第三十五条 |), is the
// article the table cites, as the same cell printed with its bar before it (| 第三十五条 |) already is; a label with
// its article's words in the cell (第十条 公司的法定代表人… |) stays the heading of the text printed
// (citations/layout/cellBarLabel.ts).
import { bundledShortTable as table } from './citations/helpers';

const HEAD = '食品安全法中处罚条款及处罚内容一览表\n违法行为 |\n处罚条款 |\n违反条款 |\n';

table('citation table: a label alone in a table cell closed by its bar (fix-gov70)', [
  ['the 违反条款 cell after the 处罚条款 cell: both cite the law the table is about',
    `${HEAD}未取得食品生产经营许可从事食品生产经营活动 |\n第一百二十二条第一款 |\n没收违法所得。 |\n第三十五条 |\n`,
    [['第一百二十二条第一款', 'resolved', '食品安全122.1'], ['第三十五条', 'resolved', '食品安全35']]],
  ['a full-width bar, spaces before it',
    `${HEAD}未取得食品添加剂生产许可 |\n第一百二十二条第一款 |\n第三十九条　｜\n`,
    [['第一百二十二条第一款', 'resolved', '食品安全122.1'], ['第三十九条', 'resolved', '食品安全39']]],
  ['the bar printed before the cell: read so already',
    `${HEAD}| 未取得许可 | 第一百二十二条第一款 | 罚款 |\n| 第三十五条 |\n`,
    [['第一百二十二条第一款', 'resolved', '食品安全122.1'], ['第三十五条', 'resolved', '食品安全35']]],
  ['a label with its words in the cell stays the heading of the text printed',
    '《中华人民共和国食品安全法》条文对照表\n修改前 |\n修改后 |\n第三十五条 国家对食品生产经营实行许可制度。 |\n',
    []],
  ['a label and a space at a line start without a bar stays a heading',
    '《中华人民共和国食品安全法》\n第三十五条 国家对食品生产经营实行许可制度。\n',
    []],
]);

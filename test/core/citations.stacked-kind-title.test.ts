// Form 4 of fix-zh63: 本办法 / 本条例 in a provision quoted from a title stacking two kind words (《某市旅游市场管理办法条例》
// 第三十四条，违反本办法第十六条规定的…) name the quoted text, not the page, when the title holds that kind word right before
// its last one (quotation/unmarkedQuotation.ts selfWordNames). Made-up rows; unknown titles list no targets.
import { bundledShortTable as table } from './citations/helpers';

const LEAD = '处罚种类：责令停止非法经营、罚款\n法律依据：';
table('citation table: a self word naming a title that stacks two kind words (fix-zh63)', [
  ['本办法 in a provision quoted from a 办法条例', LEAD + '《某市旅游市场管理办法条例》第三十四条，违反本办法第十六条规定未经许可的，由旅游行政主管部门责令停止。',
    [['《某市旅游市场管理办法条例》第三十四条', 'unknown-regulation', ''], ['本办法第十六条', 'unknown-regulation', '']]],
  ['traditional script', LEAD + '《某市旅遊市場管理辦法條例》第三十四條，違反本辦法第十六條規定未經許可的，由旅遊行政主管部門責令停止。',
    [['《某市旅遊市場管理辦法條例》第三十四條', 'unknown-regulation', ''], ['本辦法第十六條', 'unknown-regulation', '']]],
  ['本条例 after a 条例 named so: as before', LEAD + '《某市旅游市场管理条例》第三十四条，违反本条例第十六条规定未经许可的，由旅游行政主管部门责令停止。',
    [['《某市旅游市场管理条例》第三十四条', 'unknown-regulation', ''], ['本条例第十六条', 'unknown-regulation', '']]],
  // Look-alikes left as before.
  ['本办法 after a plain 条例: the page\'s own', LEAD + '《某市旅游市场管理条例》第三十四条，违反本办法第十六条规定未经许可的，由旅游行政主管部门责令停止。',
    [['《某市旅游市场管理条例》第三十四条', 'unknown-regulation', ''], ['本办法第十六条', 'self', '本16']]],
  ['本条例 after a 条例实施细则: not the rules (the kind word four characters from the end)', LEAD + '《某市旅游条例实施细则》第十条，违反本条例第十六条规定未经许可的，由旅游行政主管部门责令停止。',
    [['《某市旅游条例实施细则》第十条', 'unknown-regulation', ''], ['本条例第十六条', 'self', '本16']]],
]);

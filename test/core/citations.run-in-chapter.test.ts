// A regulation's text with its line breaks lost, its chapter headings run straight into the article labels
// (headingRun.ts afterRunInChapter): 第一章 总则第一条 根据…。第二条 …。第二章 监督管理第三条 … — the labels are the
// text's own headings, not citations. Made-up text against national texts trimmed to their first articles
// (test/fixtures/national-titles).
import * as assert from 'assert';
import { nationalSummary } from './citations/helpers';

const SHORT: Record<string, string> = { 中华人民共和国刑法: '刑法' };

type Row = [name: string, doc: string, expected: [string, string, string][]];

const rows: Row[] = [
  ['a flattened implementing regulation: its headings are no citations, the law it cites is',
    '某某法实施细则\n第一章 总则第一条 根据《中华人民共和国刑法》第十条的规定，制定本细则 。第二条 《刑法》及本细则中下列用语的含义是：（一）某某。第二章 监督管理第三条 县级以上人民政府负责监督管理 。第四条 有关部门应当配合。\n',
    [['《中华人民共和国刑法》第十条', 'resolved', '刑法10']]],
  ['a section heading run in after a full stop',
    '某某办法\n……应当登记。第二节 登记第十二条 申请人应当提交材料。第十三条 登记机关应当审查。\n',
    []],
  ['a chapter and its name after a law\'s title stay the writer\'s citation',
    '依照《中华人民共和国刑法》第一章总则第十条规定处理。',
    [['《中华人民共和国刑法》第一章', 'resolved', '刑法:第一章'], ['第十条', 'resolved', '刑法10']]],
  ['a chapter heading glued to words before it is not run in',
    '依照《中华人民共和国刑法》处理，参见其第一章总则第十条规定。',
    [['第十条', 'resolved', '刑法10']]],
];

describe('citation table: a chapter heading run into an article label', () => {
  for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});

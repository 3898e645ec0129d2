// Forms from the Chinese tuning sets' residual errors after the fourteenth measurement (zh15): made-up text in the real
// style against the bundled corpus (laws named short: 刑342 is the Criminal Law's article 342).
import * as assert from 'assert';
import { bundledShortSummary } from './citations/helpers';

type Row = [name: string, doc: string, expected: [string, string, string][]];

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(bundledShortSummary(doc), expected, doc));
  });
}

const LAB = '劳动合同';
const INTERP = '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）';

// Article headings of a pasted text after a comma and a space (headingRun.ts), and after a caption before the title
// on a printed article's line (lawExcerpt.ts PRINTED_LINE): headings, not citations. A label with no neighbour so, a
// label going on with 规定, and the labels under a 法律依据 caption stay citations.
table('citation table: headings pasted after a comma or a caption (zh15)', [
  ['after 回复如下， and a space, the next label after 。 and a space: both headings',
    '对于这个问题，回复如下， 第三条 违反草原法的规定，开垦草原面积较大的，依照刑法第三百四十二条的规定定罪处罚。 第四条 开垦草原“面积较大”，以二十亩为起点。',
    [['刑法第三百四十二条', 'resolved', '刑342']]],
  ['a label after a comma and a space with no neighbour in a run stays a citation',
    '《中华人民共和国刑法》第三条规定了罪刑法定原则， 第五条 则规定了罪责刑相适应原则。',
    [['《中华人民共和国刑法》第三条', 'resolved', '刑3'], ['第五条', 'resolved', '刑5']]],
  ['法律分析： before the title: the labels pasted after it are headings, numbered as they may be',
    '法律分析：《中华人民共和国草原法》第三十八条进行矿藏开采和工程建设，应当不占或者少占草原。 第六十五条非法使用草原的，由主管部门责令退还。 第六十八条未经批准采集草原野生植物的，由主管部门责令停止违法行为。',
    [['《中华人民共和国草原法》第三十八条', 'resolved', '草原38']]],
  ['法律依据： lists the articles relied on: each label stays a citation',
    '法律依据：《中华人民共和国草原法》第三十八条进行矿藏开采和工程建设，应当不占或者少占草原。第六十五条非法使用草原的，由主管部门责令退还。',
    [['《中华人民共和国草原法》第三十八条', 'resolved', '草原38'], ['第六十五条', 'resolved', '草原65']]],
  ['under a caption, a label going on with 规定 stays a citation',
    '法律分析：《中华人民共和国草原法》第三十八条进行矿藏开采和工程建设，应当不占或者少占草原。第六十五条规定了相应的罚则。',
    [['《中华人民共和国草原法》第三十八条', 'resolved', '草原38'], ['第六十五条', 'resolved', '草原65']]],
  ['a case number, a session and a numbered entry after a caption stay unread',
    '相关法条：（2019）某刑初12号判决第二项。 第十四届第一次会议。 第2项商品。',
    []],
]);

// Forms from the misses of a held-out-like measurement (heldout8, read after it was scored): made-up text in the
// real style against national texts trimmed to their first articles (test/fixtures/national-titles).
import * as assert from 'assert';
import { bundledSummary, nationalSummary } from './citations/helpers';

const SHORT: Record<string, string> = { 中华人民共和国刑法: '刑法' };

type Row = [name: string, doc: string, expected: [string, string, string][]];

// A commentary's entry titled by its article, a dash and what the article is about (scanner.ts): a heading.
const dashHeadingRows: Row[] = [
  ['an entry heading with a dash and 关于, then a citation in its text',
    '第二十条-关于正当防卫的规定\n依照《中华人民共和国刑法》第二十条的规定，不负刑事责任。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20']]],
  ['two dashes and 关于…的说明',
    '依照《中华人民共和国刑法》处理。\n第十条——关于域外刑事判决的说明\n',
    []],
  ['no dash: 第二十条关于…的规定 at a line start stays a citation of the law in context',
    '依照《中华人民共和国刑法》处理。\n第二十条关于正当防卫的规定，应当遵守。',
    [['第二十条', 'resolved', '刑法20']]],
  ['the heading names the article printed below under its law\'s title: 本条 in the commentary is that article',
    '第二十条-关于正当防卫的规定\n1\n《中华人民共和国刑法》\n第二十条 为了使国家、公共利益、本人或者他人的人身、财产和其他权利免受正在进行的不法侵害，采取的制止行为，不负刑事责任。\n有关机关依照《中华人民共和国行政处罚法》处理的，从其规定。\n2\n【释义】本条是关于正当防卫的规定。',
    [['本条', 'resolved', '刑法20']]],
  ['the heading alone, its law never named: 本条 is not read',
    '第二十一条-关于紧急避险的规定\n【释义】本条是关于紧急避险的规定。',
    []],
  ['a range written with a dash stays a range',
    '依照《中华人民共和国刑法》处理。\n第十七条-第二十条规定了刑事责任。',
    [['第十七条-第二十条', 'resolved', '刑法17 刑法18 刑法19 刑法20']]],
];

describe('citation table: an entry heading 第N条-关于… (heldout8)', () => {
  for (const [name, doc, expected] of dashHeadingRows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});

// English statute text printed as a Markdown list under a label ("- Article 246 Whoever …"), and a commentary's entry
// headed by its article and a caption opening with an ordinal ("Article 1197 (10th Entity of Responsibility)"): the
// labels are headings of the text printed, not citations (englishHeadingAt). Bulleted citations stay citations.
const englishHeadingRows: Row[] = [
  ['bulleted statute text under a label',
    'Criminal Law provisions on insult\n- Article 246 Whoever publicly insults another person shall be sentenced to imprisonment.\n- Article 98 The term used in this Law means a complaint by the victim.\n',
    []],
  ['a caption opening with an ordinal',
    'Article 1197 (10th Entity of Responsibility)\n\nWhere a network service provider knows that its users infringe the rights of others, it is liable.\n',
    []],
  ['bulleted citations stay citations',
    'Notes\n- Article 5 of the Labor Law requires equal pay.\n- Article 12 (3) applies as well.\n',
    [['Article 5 of the Labor Law', 'resolved', '中华人民共和国劳动法5'], ['Article 12 (3)', 'unknown-paragraph', '中华人民共和国劳动法12.3']]],
  ['a bracketed caption followed by "of" is a citation',
    'Under Article 39 (Dismissal for Cause) of the Labor Contract Law, the employer may terminate.\n',
    [['Article 39 (Dismissal for Cause) of the Labor Contract Law', 'resolved', '中华人民共和国劳动合同法39']]],
];

describe('citation table: English statute text as a list, captions opening with an ordinal (heldout7/8)', function () {
  this.timeout(120000);
  for (const [name, doc, expected] of englishHeadingRows) it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected, doc));
});

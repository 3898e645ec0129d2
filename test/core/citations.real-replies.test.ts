// Citations as replies to deputies' proposals, administrative review decisions and government notices write them
// (issue 14, branch real-replies). Made-up text in the real style, against real national texts trimmed to their first
// articles (test/fixtures/national-titles; test/fixtures/law-abbreviations for the shortened names of laws). Each
// group names the rule it tests; positive and negative rows.
import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';
import { FIXTURES, nationalSummary } from './citations/helpers';

const SHORT: Record<string, string> = {
  中华人民共和国公司法: '公司',
  中华人民共和国刑法: '刑法',
  中华人民共和国行政处罚法: '处罚',
  信访条例: '信访',
  '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（二）': '公司规定二',
  中华人民共和国全国人民代表大会和地方各级人民代表大会代表法: '代表法',
  中华人民共和国地方各级人民代表大会和地方各级人民政府组织法: '组织法',
  中华人民共和国民事诉讼法: '民诉',
  中华人民共和国行政诉讼法: '行诉',
  中华人民共和国刑事诉讼法: '刑诉',
  中华人民共和国劳动合同法: '劳合',
  中华人民共和国国防交通法: '国防交通',
};

const GS = '《中华人民共和国公司法》';
const XF = '《中华人民共和国刑法》';

type Row = [name: string, doc: string, expected: [string, string, string][]];

const national: Row[] = [
  // ---- 中 / 中的 between an article and its 款 or 项 (scanner partInUnit) ----
  ['第十条中第二、三款: the 款 of that article', `根据${GS}第10条中第2、3款的规定，应当重新确定。`, [[`${GS}第10条中第2、3款`, 'resolved', '公司10.2 公司10.3']]],
  ['第十条中的第二款', `依照${GS}第十条中的第二款处理。`, [[`${GS}第十条中的第二款`, 'resolved', '公司10.2']]],
  ['an article after 中 is not its part: two citations', `${GS}第十条中第十二条的规定`, [[`${GS}第十条`, 'resolved', '公司10'], ['第十二条', 'resolved', '公司12']]],
  ['中 before prose is not joined', `${GS}第十条中第一次出现的“董事”一词`, [[`${GS}第十条`, 'resolved', '公司10']]],

  // ---- several 款 quoted, one per line (unmarkedQuotation.ts) ----
  ['两款 quoted over two lines: 本法 on the second is the cited law', `${XF}第十七条第一、二款规定: 已满十六周岁的人犯罪，应当负刑事责任。\n已满十四周岁不满十六周岁的人，依照本法第二十条处理。\n\n本法第三条另有说明。`, [
    [`${XF}第十七条第一、二款`, 'resolved', '刑法17.1 刑法17.2'],
    ['本法第二十条', 'resolved', '刑法20'],
    ['本法第三条', 'self', '本3'],
  ]],
  ['one 款 quoted: the next line is the writer\'s again', `${XF}第十七条第一款规定: 已满十六周岁的人犯罪，应当负刑事责任。\n依照本法第二十条处理。`, [
    [`${XF}第十七条第一款`, 'resolved', '刑法17.1'],
    ['本法第二十条', 'self', '本20'],
  ]],

  // ---- 本办法 / 本条例 paraphrasing the article the same sentence cited (analyze.ts paraphrasedLaw) ----
  ['本办法 in the sentence citing an unknown 办法\'s article: that 办法', '根据《某某工伤认定办法》第五条之规定，用人单位未按期申请的，职工可以直接按照本办法第四条规定提出申请。', [
    ['《某某工伤认定办法》第五条', 'unknown-regulation', ''],
    ['本办法第四条', 'unknown-regulation', ''],
  ]],
  ['本条例 in the sentence citing a 条例 of the corpus', '根据《信访条例》第三条的规定，各级人民政府应当畅通信访渠道，并依照本条例第二条的规定接待。', [
    ['《信访条例》第三条', 'resolved', '信访3'],
    ['本条例第二条', 'resolved', '信访2'],
  ]],
  ['本规定 in the sentence citing a 规定 (a 司法解释 with its number in brackets)', '根据最高人民法院《关于适用〈中华人民共和国公司法〉若干问题的规定（二）》第一条的规定，人民法院应予受理，但本规定第二条另有规定的除外。', [
    ['《关于适用〈中华人民共和国公司法〉若干问题的规定（二）》第一条', 'resolved', '公司规定二1'],
    ['本规定第二条', 'resolved', '公司规定二2'],
  ]],
  ['本法 after an unknown law\'s article in the same paragraph: that law', '依据《某某促进法》第五条规定，县级人民政府应当组织实施，并依照本法第八条报告。', [
    ['《某某促进法》第五条', 'unknown-regulation', ''],
    ['本法第八条', 'unknown-regulation', ''],
  ]],
  ['a new sentence: 本办法 is the document\'s again', '《某某工伤认定办法》第五条另有规定。本办法第四条规定的期限，按工作日计算。', [
    ['《某某工伤认定办法》第五条', 'unknown-regulation', ''],
    ['本办法第四条', 'self', '本4'],
  ]],
  ['a 办法 named alone (the notice\'s own attached 办法): 本办法 stays self', '现将《某某管理办法》印发给你们，请按照本办法第三条执行。', [['本办法第三条', 'self', '本3']]],
  ['a self word of another kind stays the writer\'s', '根据《信访条例》第三条的规定，依照本办法第二条办理。', [
    ['《信访条例》第三条', 'resolved', '信访3'],
    ['本办法第二条', 'self', '本2'],
  ]],
  ['a text about a draft 办法: its 本办法 is the draft', '关于《某某管理办法（征求意见稿）》的起草说明\n\n根据《某某工伤认定办法》第五条之规定，本办法第四条作了衔接。', [
    ['《某某工伤认定办法》第五条', 'unknown-regulation', ''],
    ['本办法第四条', 'self', '本4'],
  ]],

  // ---- not citations: proposal numbers, sessions, document numbers, a decision's own items ----
  ['a proposal\'s number and session', `关于对市六届人大一次会议第255号建议的答复；市政协八届一次会议第094号提案。${GS}第十条`, [[`${GS}第十条`, 'resolved', '公司10']]],
  ['a decision\'s own items and a certificate number', `请求撤销茶政处决字〔2021〕2号处理决定书第三项、第四项；茶政字第(9-206)号使用证。${GS}第十条`, [[`${GS}第十条`, 'resolved', '公司10']]],
];

let abbreviations: Corpus | null = null;
const abbreviationCorpus = (): Corpus => (abbreviations ??= loadCorpus({ bundled: false, folders: [path.join(FIXTURES, 'law-abbreviations')] }));

const notation = (t: { regulation: string | null; article: number | null; paragraph: number | null }) =>
  `${t.regulation === null ? '本' : SHORT[t.regulation] ?? t.regulation}${t.article ?? ''}${t.paragraph !== null ? `.${t.paragraph}` : ''}`;
const abbreviationSummary = (text: string): [string, string, string][] =>
  analyzeDocument(text, abbreviationCorpus()).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(notation).join(' ')]);

const shortened: Row[] = [
  // ---- a law shortened to the words after its organs, or to characters of its title in order (titles.ts abbreviationOf) ----
  ['代表法: the words after the people\'s congresses', '（代表法第三条和第十八条之规定）', [['代表法第三条和第十八条', 'resolved', '代表法3 代表法18']]],
  ['地方组织法: characters in order, the first first', '地方组织法第十九条明确规定', [['地方组织法第十九条', 'resolved', '组织法19']]],
  ['民诉法 with no 民事诉讼法 cited before', '依照民诉法第三条', [['民诉法第三条', 'resolved', '民诉3']]],
  ['诉讼法 shortens three laws: none', '依照诉讼法第三条', [['诉讼法第三条', 'unknown-regulation', '']]],
  ['合同法 is not 劳动合同法 (other words ending a title are no name)', '依照合同法第十条', [['合同法第十条', 'unknown-regulation', '']]],
  ['交通法 is not 国防交通法', '违反交通法第十条', [['交通法第十条', 'unknown-regulation', '']]],
  // 调解仲裁法 ends two titles and holds a third (仲裁法), whose word boundary is missing (unknownLawName.ts unknownNameBefore).
  ['调解仲裁法 ends two laws\' names: ambiguous, never 仲裁法 nor the law cited before', '依照《中华人民共和国劳动合同法》第十条，劳动者依据调解仲裁法第五条申请仲裁。', [
    ['《中华人民共和国劳动合同法》第十条', 'resolved', '劳合10'],
    ['调解仲裁法第五条', 'ambiguous', '中华人民共和国农村土地承包经营纠纷调解仲裁法5 中华人民共和国劳动争议调解仲裁法5'],
  ]],
  ['…the one of them cited before', '依照《中华人民共和国劳动争议调解仲裁法》第二条，依据调解仲裁法第五条申请。', [
    ['《中华人民共和国劳动争议调解仲裁法》第二条', 'resolved', '中华人民共和国劳动争议调解仲裁法2'],
    ['调解仲裁法第五条', 'resolved', '中华人民共和国劳动争议调解仲裁法5'],
  ]],
  ['…not an ambiguous mention of both before', '依据调解仲裁法第五条；又依据调解仲裁法第六条。', [
    ['调解仲裁法第五条', 'ambiguous', '中华人民共和国农村土地承包经营纠纷调解仲裁法5 中华人民共和国劳动争议调解仲裁法5'],
    ['调解仲裁法第六条', 'ambiguous', '中华人民共和国农村土地承包经营纠纷调解仲裁法6 中华人民共和国劳动争议调解仲裁法6'],
  ]],
  ['仲裁法 after a governing word is 仲裁法; a word glued before a name no law ends stays no name', '依据仲裁法第五条。公司仲裁法第六条', [
    ['仲裁法第五条', 'resolved', '中华人民共和国仲裁法5'], ['第六条', 'resolved', '中华人民共和国仲裁法6'],
  ]],
  // A short name in 《》 names its law as without them (analyze.ts bracketedShortName); one off a title is a typo.
  ['a short name in 《》 is shortened as without them', '《代表法》第三条', [['《代表法》第三条', 'resolved', '代表法3']]],
  ['…and as without them a name shortening no single law names none', '《诉讼法》第三条', [['《诉讼法》第三条', 'unknown-regulation', '']]],

  // ---- a law named in prose is the law of a bare article later in the sentence (proseLawName.ts) ----
  ['代表法在……一章单列第十八条: after another law cited before', '对此，地方组织法第十九条作了规定。代表法在“代表执行职务的保障”一章单列第十八条。', [
    ['地方组织法第十九条', 'resolved', '组织法19'],
    ['第十八条', 'resolved', '代表法18'],
  ]],
  ['a known name in prose (劳动合同法在第二章……第十条)', '民诉法第三条另有规定。劳动合同法在第二章专门规定了订立程序，第十条明确了书面形式。', [
    ['民诉法第三条', 'resolved', '民诉3'],
    ['第十条', 'resolved', '劳合10'],
  ]],
  ['a shortened name in an earlier sentence: the law cited last again', '地方组织法第十九条作了规定。代表法另有规定。第十八条明确了代表的权利。', [
    ['地方组织法第十九条', 'resolved', '组织法19'],
    ['第十八条', 'resolved', '组织法18'],
  ]],
  ['words ending in 法 that name no law, and 法律, are not names', '民诉法第三条另有规定。按照有关办法和劳动合同法律关系的做法，第十条另有规定。', [
    ['民诉法第三条', 'resolved', '民诉3'],
    ['第十条', 'resolved', '民诉10'],
  ]],
  ['a name that shortens no law is not a name in prose', '民诉法第三条另有规定。诉讼法在理论上，第十条另有规定。', [
    ['民诉法第三条', 'resolved', '民诉3'],
    ['第十条', 'resolved', '民诉10'],
  ]],
  ['inside a draft regulation a bare article is its own', '# 某某办法\n\n第一条　为了规范管理，制定本办法。\n\n第二条　劳动合同法在这方面另有规定的，适用第一条。\n', [['第一条', 'self', '本1']]],
];

describe('citation table: replies, review decisions and notices', () => {
  for (const [name, doc, expected] of national) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
  for (const [name, doc, expected] of shortened) it(name, () => assert.deepStrictEqual(abbreviationSummary(doc), expected, doc));
});

describe('a title whose final 法 starts another word is no title', () => {
  const rows: [string, boolean][] = [
    ['不符合国家劳动合同法律政策。', false],
    ['聘请劳动合同法律顾问。', false],
    ['清理劳动合同法规和政策文件。', false],
    ['执行劳动合同法有关规定。', true],
    ['按照劳动合同法规定的程序办理。', true],
    ['劳动合同法规范的对象是用人单位。', true],
  ];
  for (const [text, named] of rows) {
    it(`${text} → ${named ? 'a title' : 'no title'}`, () => {
      const a = analyzeDocument(text, abbreviationCorpus());
      assert.strictEqual(a.citations.some((c) => c.titleOnly), named, JSON.stringify(a.citations.map((c) => c.text)));
      assert.strictEqual(a.diagnostics.some((d) => d.code === 'missing-title-marks'), named);
    });
  }
});

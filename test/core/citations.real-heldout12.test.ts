// Citations as penalty decisions, replies to deputies, case pages and English memos write them — forms the twelfth
// fair measurement of issue 14 found (fixed after it, so these are tuned, not held out): a title inside another
// provision's quoted text, a bare law name after 应属, 条 counting suggestions, a repealed title that is the end of a
// corpus title, an English title's words in another order or form. Made-up text in their style; each group names its
// rule. Notation as in citations.table.test.ts.
import * as assert from 'assert';
import { analyze, bundledShortSummary, summary } from './citations/helpers';

type Row = [text: string, status: string, targets: string];

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';
const M = '《内蒙古自治区全方位建设模范自治区促进条例》';

// Against the seed corpus (Z, M: two of the six 促进条例).
const seedCases: [name: string, doc: string, expected: Row[]][] = [
  // ---- a title inside quoted text is the quoted provision's words: the writer's list after it stays the quoting law's ----
  ['a list of one regulation\'s articles, each quoted, one quotation naming another', `当事人的行为违反了${Z}第二十条规定：“有关单位不得拒绝。”、第十九条第一款规定：“依照${M}的规定处理”、第十九条第二款规定：“违反本条例第二十条规定的，责令改正。”`, [
    [`${Z}第二十条`, 'resolved', '筑牢20'],
    ['第十九条第一款', 'resolved', '筑牢19.1'],
    ['第十九条第二款', 'resolved', '筑牢19.2'],
    ['本条例第二十条', 'resolved', '筑牢20'],
  ]],
  // Negative rows: outside a quotation a title still takes over; a citation of it inside the quotation is its own.
  ['a title named in the writer\'s own text after the quotation takes over as before', `${Z}第二十条规定：“有关单位不得拒绝。”同时参照${M}。第五条也作了规定。`, [
    [`${Z}第二十条`, 'resolved', '筑牢20'],
    ['第五条', 'resolved', '模范5'],
  ]],
  ['a citation of the other law\'s article inside the quotation is its own, and the article next to it after the quotation too (第十四届 stays out)', `${Z}第二十条规定：“第十四届会议后，依照${M}第五条处理。”第二十一条另有规定。`, [
    [`${Z}第二十条`, 'resolved', '筑牢20'],
    [`${M}第五条`, 'resolved', '模范5'],
    ['第二十一条', 'resolved', '模范21'],
  ]],
  // ---- 条 counting suggestions and measures: 第一条建议 is the first suggestion ----
  ['第一条建议, 第二条措施 after a citation are counts, not articles', `根据${Z}第十条规定，对委员提出的第一条建议，我们已落实；第二条措施正在推进，第三条红线不得突破。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
  ]],
  ['negative: 第一条规定, 第一条的建议 and a title before it stay citations', `${Z}第十条规定了职责，第十一条规定：应当听取建议。${M}第五条建议各地落实。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['第十一条', 'resolved', '筑牢11'],
    [`${M}第五条`, 'resolved', '模范5'],
  ]],
];

// Against the bundled corpus (national laws).
const bundledCases: [name: string, doc: string, expected: Row[]][] = [
  // ---- a bare article in the sentence of the document's own article cited just before goes on citing the document ----
  ['本办法第三条…，第五条… after a law cited earlier: the document\'s own 第五条', '申请人依据《中华人民共和国公司法》第十条提出申请。本办法第三条规定了申请条件，第五条规定了办理期限。', [
    ['《中华人民共和国公司法》第十条', 'resolved', '公司10'],
    ['本办法第三条', 'self', '本3'],
    ['第五条', 'self', '本5'],
  ]],
  ['本补充规定第一条、第四条自…施行，第二条、第三条自…施行', '根据《中华人民共和国民法典》第五百条，制定本补充规定。本补充规定第一条、第四条自2020年1月1日起施行，第二条、第三条自2021年1月1日起施行。', [
    ['《中华人民共和国民法典》第五百条', 'resolved', '民法典500'],
    ['本补充规定第一条、第四条', 'self', '本1 本4'],
    ['第二条、第三条', 'self', '本2 本3'],
  ]],
  // Negative rows: a new sentence, or a title in between, returns to the law in context.
  ['negative: after a full stop the bare article is the law\'s again', '申请人依据《中华人民共和国公司法》第十条提出申请。本办法第三条规定了申请条件。第五条规定，设立公司应当依法制定公司章程。', [
    ['《中华人民共和国公司法》第十条', 'resolved', '公司10'],
    ['本办法第三条', 'self', '本3'],
    ['第五条', 'resolved', '公司5'],
  ]],
  ['negative: a title named in between takes over (第十四届 stays out)', '本办法第三条和《中华人民共和国公司法》第十条、第五条均有规定，第十四届会议已作说明。', [
    ['本办法第三条', 'self', '本3'],
    ['《中华人民共和国公司法》第十条、第五条', 'resolved', '公司10 公司5'],
  ]],
  // ---- a bare law name after 应属 / 均属, as judgments write 应属刑法第…条规定的 ----
  ['应属刑法第一百一十四条, 均属刑法第三百三十八条', '涉案废油应属刑法第一百一十四条规定的危险物质，上述物质均属刑法第三百三十八条规定的有毒物质。', [
    ['刑法第一百一十四条', 'resolved', '刑114'],
    ['刑法第三百三十八条', 'resolved', '刑338'],
  ]],
  ['negative: a word ending in 属 before a name is no citation of it (金属, 亲属)', '该金属公司法务部门和其亲属刑法知识有限，（2019）某刑初12号判决第二项已生效。', []],
  // ---- a title the corpus records as repealed names that regulation, not a longer corpus title ending with it ----
  ['《公路管理条例》 (repealed in 2011) is not 收费公路管理条例: unknown-regulation', '依照《公路管理条例》第二十九条的规定处理。', [
    ['《公路管理条例》第二十九条', 'unknown-regulation', ''],
  ]],
  ['negative: a title with its head left off still names the corpus title ending with it', '依照《道路交通安全法实施条例》第十条、《交通事故处理程序规定》第四十五条和《收费公路管理条例》第二十九条处理。', [
    ['《道路交通安全法实施条例》第十条', 'resolved', '道路交通安全法实施条例10'],
    ['《交通事故处理程序规定》第四十五条', 'resolved', '道路交通事故处理程序规定45'],
    ['《收费公路管理条例》第二十九条', 'resolved', '收费公路管理条例29'],
  ]],
  // ---- an English title with a known one's words in another order or form is that law (englishTitleBag.ts) ----
  ['"the Civil Procedural Law", "Regulations on Annual Paid Leave for Employees"', 'Article 12 of the Civil Procedural Law applies, and under Article 5 of the Regulations on Annual Paid Leave for Employees the employer decides.', [
    ['Article 12 of the Civil Procedural Law', 'resolved', '民事诉讼12'],
    ['Article 5 of the Regulations on Annual Paid Leave for Employees', 'resolved', '职工带薪年休假条例5'],
  ]],
  ['"the Corporate Income Tax Law" as tax memos and the State Council\'s English name the Enterprise Income Tax Law (data, sourced)', 'Article 8 of the Corporate Income Tax Law lists deductions.', [
    ['Article 8 of the Corporate Income Tax Law', 'resolved', '企业所得税8'],
  ]],
  ['negative: another country\'s law, other words, too few words: no law of the corpus', 'Article 12 of the Civil Procedure Law of Japan differs. Article 3 of the Employees Annual Leave Rules and Article 5 of the Law on Procedure are cited too.', [
    ['Article 3 of the Employees Annual Leave Rules', 'unknown-regulation', ''],
    ['Article 5 of the Law on Procedure', 'unknown-regulation', ''],
  ]],
];

describe('citation table: the twelfth fair measurement\'s forms (issue 14), seed corpus', () => {
  for (const [name, doc, expected] of seedCases) {
    it(name, () => {
      const got = summary(analyze(doc));
      assert.deepStrictEqual(got, expected, `\n${doc}\n→ ${JSON.stringify(got)}`);
    });
  }
});

describe('citation table: the twelfth fair measurement\'s forms (issue 14), bundled corpus', () => {
  for (const [name, doc, expected] of bundledCases) {
    it(name, () => {
      const got = bundledShortSummary(doc);
      assert.deepStrictEqual(got, expected, `\n${doc}\n→ ${JSON.stringify(got)}`);
    });
  }
});

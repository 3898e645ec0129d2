// Citations as government and drafting texts and legal Q&A pages write them (issue 14, branch real-gov3): excerpts
// of a regulation reprinted from its middle, titles on their own line above the article, names of laws the corpus
// lacks written without 《》, … Made-up text in the real style, against real national texts trimmed to their first
// articles (test/fixtures/national-titles). Each group names the rule it tests; positive and negative rows.
import * as assert from 'assert';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { nationalSummary, nationalTitlesCorpus } from './citations/helpers';

const SHORT: Record<string, string> = {
  中华人民共和国公司法: '公司',
  中华人民共和国刑法: '刑法',
  中华人民共和国行政处罚法: '处罚',
  中华人民共和国道路交通安全法: '道交',
  信访条例: '信访',
};

const SHORT_GS = '《中华人民共和国公司法》';
const SHORT_CF = '《中华人民共和国行政处罚法》';

type Row = [name: string, doc: string, expected: [string, string, string][]];

/** A regulation's text from its middle: 第七条 … 第十一条 at line starts, no title above. */
const EXCERPT = [
  '（四）其他应当公开的事项。',
  '第七条 规范性文件应当符合下列要求：',
  '（一）不得超越权限；',
  '（二）具有可操作性。',
  '第八条 审核机构应当以本规定第七条为标准进行审核。',
  '第九条 报送备案的文件有下列情形之一的，不予备案：',
  '（一）未经审核的；',
  '（二）未经集体讨论的；',
  '（三）未公开发布的。',
  '联合制定的文件，由主办机关按前款第（二）、（三）项规定报送。',
  '第十条 违反本规定第三条或者第九条规定的，责令改正；前条另有规定的除外。',
  '',
].join('\n');

/** Three headings from a regulation's middle, for rows that need its own text in view. */
const EXCERPT_HEAD = '第七条 甲。\n第八条 乙。\n第九条 丙。\n';

const rows: Row[] = [
  // ---- an excerpt of a regulation from its middle is its own text (regulationExcerpt.ts) ----
  ['an excerpt: 前款第（二）、（三）项 is its own', EXCERPT, [
    ['本规定第七条', 'self', '本7'],
    ['前款第（二）、（三）项', 'self', '本9.1.2 本9.1.3'],
    ['本规定第三条或者第九条', 'self', '本3 本9'],
    ['前条', 'self', '本9'],
  ]],
  ['an excerpt: half-width brackets and a bare article', EXCERPT.replace('前款第（二）、（三）项', '前款第(二)、(三)项').replace('前条另有规定', '第八条另有规定'), [
    ['本规定第七条', 'self', '本7'],
    ['前款第(二)、(三)项', 'self', '本9.1.2 本9.1.3'],
    ['本规定第三条或者第九条', 'self', '本3 本9'],
    ['第八条', 'self', '本8'],
  ]],
  ['an excerpt: a 章 it does not show is its own, not checked', `${EXCERPT}第十一条 依照本规定第二章的规定办理。\n`, [
    ['本规定第七条', 'self', '本7'],
    ['前款第（二）、（三）项', 'self', '本9.1.2 本9.1.3'],
    ['本规定第三条或者第九条', 'self', '本3 本9'],
    ['前条', 'self', '本9'],
    ['本规定第二章', 'self', '本:第二章'],
  ]],
  ['two headings are no excerpt: 前款 stays unread', '第七条 规范性文件应当公开。\n第八条 报备的文件有下列情形之一的，不予备案：\n（一）未经审核的；\n（二）未公开的。\n联合制定的，按前款第（二）项办理。\n', []],
  ['headings that skip a number are no excerpt', '第七条 规范性文件应当公开。\n第八条 文件应当审核。\n第十条 报备的文件有下列情形之一的，不予备案：\n（一）未经审核的；\n（二）未公开的。\n联合制定的，按前款第（二）项办理。\n', []],
  ['articles printed under a title are the title\'s, not the page\'s', `法律依据：《中华人民共和国刑法》\n第十七条 已满十六周岁的人犯罪，应当负刑事责任。\n第十八条 精神病人在不能辨认的时候造成危害结果的，不负刑事责任。\n第十九条 又聋又哑的人犯罪，可以从轻处罚。\n依照前款规定处理。\n`, [['前款', 'resolved', '刑法19.1']]],

  // ---- names the corpus lacks, without 《》: …通则, a local regulation opening with its place (unknownLawName.ts) ----
  ['a name ending in 通则 is a law\'s: not the law cited before', `${SHORT_GS}第十条规定了出资。本条是由民法通则第十二条修改而来。`, [
    [`${SHORT_GS}第十条`, 'resolved', '公司10'],
    ['本条', 'resolved', '公司10'],
    ['民法通则第十二条', 'unknown-regulation', ''],
  ]],
  ['a local regulation\'s name with its place: unknown-regulation', '根据重庆市容环境卫生管理条例第18条，道路上禁止设摊。依照浙江省某某管理办法第十条处理。', [
    ['重庆市容环境卫生管理条例第18条', 'unknown-regulation', ''],
    // The name is now part of the citation, as the 条例's is (fix-listname19: 办法 no longer sent down the 法 path,
    // which named nothing); before, proseLawName read it and the citation was 第十条 alone — same status.
    ['浙江省某某管理办法第十条', 'unknown-regulation', ''],
  ]],
  ['the place must open the name at a word boundary; 有关规定, 该办法 name nothing', `${SHORT_GS}第十条另有规定。按照有关规定第五条，参照该办法第六条，依照本市管理条例第七条。`, [
    [`${SHORT_GS}第十条`, 'resolved', '公司10'],
    ['第五条', 'resolved', '公司5'],
    ['该办法第六条', 'resolved', '公司6'],
    ['第七条', 'resolved', '公司7'],
  ]],

  // ---- an amending text: items alone before 修改为 / after 作为, 该条第X款, under a title known or not (scanner
  //      ITEM_CUE, analyze.ts lastAnyArticle) ----
  ['a 修正案草案: an item alone before 修改为 and after 作为 is the amended article\'s', `三、将${SHORT_CF}第三条第六项修改为：“（六）甲”。\n    第八项修改为：“（八）乙”。\n    增加一项，作为第九项：“（九）丙”。\n`, [
    [`${SHORT_CF}第三条第六项`, 'unknown-item', '处罚3..6'],
    ['第八项', 'unknown-item', '处罚3..8'],
    ['第九项', 'unknown-item', '处罚3..9'],
  ]],
  ['a 修改决定 of a local regulation the corpus lacks: its items and 款 alone are its', '1.在《某某省农村能源条例》第七条中增加一项作为第六项，即：“负责节能工作；”\n第十三条增加一款作为该条第二款，即：“甲。”\n', [
    ['《某某省农村能源条例》第七条', 'unknown-regulation', ''],
    ['第六项', 'unknown-regulation', ''],
    ['第十三条', 'unknown-regulation', ''],
    ['该条第二款', 'unknown-regulation', ''],
  ]],
  ['an item alone after an unknown title\'s article, in a sentence citing it', '违反《某某市养犬条例》第十条第一款第（二）项的，依照第（三）项处理。', [
    ['《某某市养犬条例》第十条第一款第（二）项', 'unknown-regulation', ''],
    ['第（三）项', 'unknown-regulation', ''],
  ]],
  ['no article cited before: an item alone is none; 第2项商品 and 作为第2项工作 are entries', `本次检查把安全作为第2项工作。${SHORT_CF}第三条另有规定，第2项商品修改为合格品。`, [
    [`${SHORT_CF}第三条`, 'resolved', '处罚3'],
  ]],
  ['本条 after a repealed law\'s article compared stays the article discussed', `${SHORT_GS}第十条规定了出资。本条是由民法通则第十二条修改而来。本条确立了出资制度。`, [
    [`${SHORT_GS}第十条`, 'resolved', '公司10'],
    ['本条', 'resolved', '公司10'],
    ['民法通则第十二条', 'unknown-regulation', ''],
    ['本条', 'resolved', '公司10'],
  ]],

  // ---- 条 left out before 的 / 规定, right after a law's name (scanner articleWithout条; hint malformed-citation) ----
  ['《…》第三的规定: the article, 条 left out', `依照${SHORT_CF}第三的规定处理。`, [[`${SHORT_CF}第三`, 'resolved', '处罚3']]],
  ['a list ending 第五的规定 after a title', `依照${SHORT_CF}第二条、第五的规定处理。`, [[`${SHORT_CF}第二条、第五`, 'resolved', '处罚2 处罚5']]],
  ['a repealed law\'s bare name: 原合同法第四十七的内容', '民法典在合同编中删除了原合同法第四十七的内容。', [['合同法第四十七', 'unknown-regulation', '']]],
  ['no law\'s name before: 第四十七的 is an ordinal', `${SHORT_CF}第三条另有规定。排名第四十七的企业，${SHORT_CF}第四十七名。`, [[`${SHORT_CF}第三条`, 'resolved', '处罚3']]],

  // ---- a numeral wrapped at a line end (PDF pages, compilations; scanner numeralWrapped) ----
  ['第四十⏎二条: one number across the break', `依照${SHORT_GS}第十\n二条第二款的规定，及${SHORT_GS}第十\n六条。`, [
    [`${SHORT_GS}第十\n二条第二款`, 'resolved', '公司12.2'],
    [`${SHORT_GS}第十\n六条`, 'resolved', '公司16'],
  ]],
  ['第⏎ after 本条例 / a bare name: the line break after 第 belongs to the unit', `${EXCERPT_HEAD}依照本条例第\n九条的规定处理。\n`, [
    ['本条例第\n九条', 'self', '本9'],
  ]],
  ['第 at a line end before words stays unread', `${EXCERPT_HEAD}本条例另有规定的，从其规定。名列第\n一名的除外。\n`, []],
  ['a numeral at a line end followed by no unit word stays unread', `${SHORT_GS}第三条另有规定，名列第十\n二人参加，第二\n十名。`, [
    [`${SHORT_GS}第三条`, 'resolved', '公司3'],
  ]],
];

describe('citation table: government and drafting texts, Q&A pages (real-gov3)', () => {
  for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});

describe('an excerpt of a regulation (regulationExcerpt.ts)', () => {
  it('reports no numbering problem and offers no structure to renumber', () => {
    const a = analyzeDocument(EXCERPT, nationalTitlesCorpus());
    assert.deepStrictEqual(a.diagnostics.filter((d) => /^numbering-|unknown-article/.test(d.code)).map((d) => d.code), []);
    assert.strictEqual(a.structure, null);
  });
  it('条 left out after a title: a hint with the fix', () => {
    const a = analyzeDocument(`依照${SHORT_CF}第三的规定处理。`, nationalTitlesCorpus());
    const d = a.diagnostics.find((x) => x.code === 'malformed-citation');
    assert.ok(d, JSON.stringify(a.diagnostics.map((x) => x.code)));
    assert.strictEqual(d!.severity, 'hint');
  });
  it('a draft from 第一条 still is one (numbering checked, structure offered)', () => {
    const a = analyzeDocument('第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本市。\n第四条 本办法自公布之日起施行。\n', nationalTitlesCorpus());
    assert.ok(a.structure);
    assert.ok(a.diagnostics.some((d) => d.code === 'numbering-gap'));
  });
});

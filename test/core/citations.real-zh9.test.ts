// Forms from the misses of the ninth fair measurement on Chinese pages (court/penalty and government/Q&A pages, zh9):
// made-up text in the real style against national texts trimmed to their first articles (test/fixtures/national-titles).
import * as assert from 'assert';
import { nationalSummary } from './citations/helpers';

const SHORT: Record<string, string> = { 中华人民共和国刑法: '刑法', 中华人民共和国行政处罚法: '处罚' };

type Row = [name: string, doc: string, expected: [string, string, string][]];

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
  });
}

// A document cited by its part and then its article (partArticle.ts): the article is that document's.
table('citation table: an article cited after a part number (zh9)', [
  ['a discretion standard the corpus lacks, its part and article after a law cited before',
    '依照《中华人民共和国行政处罚法》第五条，参照《某区城市管理行政处罚裁量标准》第三部分第八条，决定处以罚款。',
    [['《中华人民共和国行政处罚法》第五条', 'resolved', '处罚5'], ['第八条', 'unknown-regulation', '']]],
  ['a part in Arabic numerals',
    '依照《中华人民共和国刑法》第二十条，参照《某市轻微违法行为处理指引》第2部分第十一条处理。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'], ['第十一条', 'unknown-regulation', '']]],
  ['a report\'s part named alone gives it no context: the next article stays the law\'s',
    '依照《中华人民共和国刑法》第二十条处理。《某区年度工作报告》第二部分提出了要求。第二十一条规定的情形应当审查。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'], ['第二十一条', 'resolved', '刑法21']]],
  ['a paragraph of a part (第二部分第三段) is no article',
    '依照《中华人民共和国刑法》第二十条处理。《某区年度工作报告》第二部分第三段提出了要求。第二十一条规定的情形应当审查。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'], ['第二十一条', 'resolved', '刑法21']]],
  ['a case number and a session are no part',
    '（2019）某刑初12号判决认为，依照《中华人民共和国刑法》第二十条处理。第十四届第一次会议通过。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20']]],
]);

// 条 left out before 之规定 right after a law's name (chain.ts listEndWithout条; malformed-citation gives the fix).
table('citation table: 条 left out before 之规定 (zh9)', [
  ['《…》第三之规定: the article',
    '当事人违反了《中华人民共和国行政处罚法》第三之规定，依法予以处罚。',
    [['《中华人民共和国行政处罚法》第三', 'resolved', '处罚3']]],
  ['a list ending 第二十之规定',
    '依照《中华人民共和国刑法》第十七条、第二十之规定，判决如下。',
    [['《中华人民共和国刑法》第十七条、第二十', 'resolved', '刑法17 刑法20']]],
  ['no law\'s name before: 第十四之规定 is not read',
    '依照《中华人民共和国刑法》第二十条处理。申请人应当在第十四之规定期限内补正。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20']]],
  ['a judgment\'s item and a case number stay unread',
    '（2019）某刑初12号判决第二项之规定，依照《中华人民共和国刑法》第二十条执行。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20']]],
]);

// 本法 in a cited law's sentence going on past a line break after ，or ； (sentenceRunsOn.ts): the law cited.
table('citation table: 本法 in a paraphrase going on onto the next line (zh9)', [
  ['the line ends with ；: the next line\'s 本法 is the law cited',
    '答：根据《中华人民共和国刑法》第十七条的规定，已满十六周岁的人犯罪，应当负刑事责任；\n已满十四周岁不满十六周岁的人，依照本法第二十条处理。',
    [['《中华人民共和国刑法》第十七条', 'resolved', '刑法17'], ['本法第二十条', 'resolved', '刑法20']]],
  ['the line ends with ， after the law\'s words began on it',
    '根据《中华人民共和国行政处罚法》第三条的规定，行政机关实施处罚，\n违反本法第五条的，不予处罚。',
    [['《中华人民共和国行政处罚法》第三条', 'resolved', '处罚3'], ['本法第五条', 'resolved', '处罚5']]],
  ['的规定， alone ending the line: the writer\'s own sentence follows',
    '问：根据《中华人民共和国行政处罚法》第三条的规定，\n违反本法第五条的，不予处罚吗？',
    [['《中华人民共和国行政处罚法》第三条', 'resolved', '处罚3'], ['本法第五条', 'self', '本5']]],
  ['the line ends with 。: the paraphrase ends',
    '根据《中华人民共和国刑法》第十七条的规定处理。\n本法第二十条另有规定。',
    [['《中华人民共和国刑法》第十七条', 'resolved', '刑法17'], ['本法第二十条', 'self', '本20']]],
  ['a blank line after ，ends it too',
    '根据《中华人民共和国刑法》第十七条的规定处理，\n\n本法第二十条另有规定。',
    [['《中华人民共和国刑法》第十七条', 'resolved', '刑法17'], ['本法第二十条', 'self', '本20']]],
  ['a heading line in between ends it',
    '根据《中华人民共和国刑法》第十七条的规定，\n第十四届第一次会议纪要\n本法第二十条另有规定。',
    [['《中华人民共和国刑法》第十七条', 'resolved', '刑法17'], ['本法第二十条', 'self', '本20']]],
]);

// A second article run on after the first under a law's title line (headingRun.ts headingInPrintedLine): a heading.
table('citation table: an article printed run-in after another under a title line (zh9)', [
  ['the run-in label is a heading, and 本条 in its text is that article',
    '《中华人民共和国刑法》\n第二十条 为了使本人的权利免受正在进行的不法侵害，采取的制止行为，不负刑事责任。第十七条 已满十六周岁的人犯罪，应当负刑事责任。本条所称犯罪是指本法规定的行为。',
    [['本条', 'resolved', '刑法17']]],
  ['the run-in label glued to 规定 stays a citation',
    '《中华人民共和国刑法》\n第二十条 为了使本人的权利免受不法侵害，采取的制止行为，不负刑事责任。第十七条规定的年龄另行计算。',
    [['第十七条', 'resolved', '刑法17']]],
  ['a line opening with a citation, not a printed article: the label after 。 stays a citation',
    '依照《中华人民共和国刑法》第二十条处理。第十七条 已满十六周岁的人犯罪，应当负刑事责任。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'], ['第十七条', 'resolved', '刑法17']]],
  ['a session and a meeting after 。 are no heading nor citation',
    '《中华人民共和国刑法》\n第二十条 为了使本人的权利免受不法侵害，不负刑事责任。第十四届 第一次会议通过。',
    []],
]);

// A commentary printing one article under a line naming its law without 《》 and its chapter (scanner titleLineAbove).
table('citation table: an article printed under its law\'s name and chapter (zh9)', [
  ['本法 in the printed article is that law\'s, 本条 in the commentary its article',
    '中华人民共和国刑法(第二章)\n第二十条 为了使本人的权利免受不法侵害，依照本法第十七条的规定不负刑事责任。\n【本条主旨】\n本条是关于正当防卫的规定。',
    [['本法第十七条', 'resolved', '刑法17'], ['本条', 'resolved', '刑法20'], ['本条', 'resolved', '刑法20']]],
  ['the chapter with its name in full-width brackets',
    '中华人民共和国刑法（第二章 犯罪）\n第二十条 为了使本人的权利免受不法侵害，依照本法第十七条的规定不负刑事责任。',
    [['本法第十七条', 'resolved', '刑法17']]],
  ['no law\'s name on the line: 本法 stays the document\'s own',
    '某某公司工作规则(第三章)\n第二十条 依照本法第十七条的规定处理。',
    [['本法第十七条', 'self', '本17']]],
  ['the line goes on after the chapter (a heading of the page\'s own): nothing printed under it',
    '中华人民共和国刑法(第二章)学习笔记\n第二十条 依照本法第十七条的规定处理。',
    [['本法第十七条', 'self', '本17']]],
]);

// 前款 run on after the last item of a draft's first 款 on the same line (runOnParagraph.ts): that 款.
const DRAFT_HEAD = '# 某市某某管理办法（草案）\n\n第一条 为了规范管理，制定本办法。\n\n';
const DRAFT_TAIL = '\n\n第三条 本办法自公布之日起施行。\n';
table('citation table: 前款 run on after the items of a draft\'s first 款 (zh9)', [
  ['前款第三项 after the third item: the first 款\'s item',
    `${DRAFT_HEAD}第二条 经营者应当提交下列材料：（一）申请表；（二）营业执照；（三）承诺书。前款第三项规定的承诺书应当载明期限。${DRAFT_TAIL}`,
    [['前款第三项', 'self', '本2.1.3']]],
  ['前款 alone after the last item',
    `${DRAFT_HEAD}第二条 禁止下列行为：（一）占道经营；（二）乱贴广告。违反前款规定的，责令改正。${DRAFT_TAIL}`,
    [['前款', 'self', '本2.1']]],
  ['前款 in a first 款 listing no items still has nothing before it',
    `${DRAFT_HEAD}第二条 经营者应当提交申请表。前款规定的申请表由市场监管部门制定。${DRAFT_TAIL}`,
    [['前款', 'unknown-paragraph', '']]],
  ['one item number (第2项商品) is no list',
    `${DRAFT_HEAD}第二条 经营者不得销售目录（一）所列商品。前款规定的目录另行公布。${DRAFT_TAIL}`,
    [['前款', 'unknown-paragraph', '']]],
]);

// 前款 in the words run on from a citation of a local regulation the corpus lacks (analyze.ts pastedWords).
table('citation table: 前款 in a paraphrased article of an unknown regulation (zh9)', [
  ['named without 《》 by its place: 前款 is that regulation\'s',
    '根据重庆市养犬管理条例第9条，禁止下列行为：（一）携犬进入商场；（二）放任犬只吠叫。违反前款规定的，处二百元罚款。',
    [['重庆市养犬管理条例第9条', 'unknown-regulation', ''], ['前款', 'unknown-regulation', '']]],
  ['named in 《》',
    '依照《某某市控制吸烟条例》第十条，禁止在室内公共场所吸烟。违反前款规定的，由卫生部门责令改正。',
    [['《某某市控制吸烟条例》第十条', 'unknown-regulation', ''], ['前款', 'unknown-regulation', '']]],
  ['across a line break 前款 stays unread',
    '依照《某某市控制吸烟条例》第十条，禁止在室内公共场所吸烟。\n违反前款规定的，由卫生部门责令改正。',
    [['《某某市控制吸烟条例》第十条', 'unknown-regulation', '']]],
  ['after a known law\'s article whose words do not hold it, 前款 stays unread',
    '依照《中华人民共和国刑法》第二十条，行为人应当审慎。违反前款规定的，另行处理。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑法20']]],
]);

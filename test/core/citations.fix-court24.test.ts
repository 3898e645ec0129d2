// Forms from the nineteenth round's court measurement (heldout22-court, now a tuning set): made-up text in the real
// style against the bundled corpus (laws named short: 民法典585 is the Civil Code's article 585).
import { bundledShortTable as table } from './citations/helpers';

const ARTICLE_585 = '当事人可以约定一方违约时应当根据违约情况向对方支付一定数额的违约金，也可以约定损失赔偿额的计算方法。\n' +
  '约定的违约金低于造成的损失的，人民法院或者仲裁机构可以根据当事人的请求予以增加。\n' +
  '当事人就迟延履行约定违约金的，违约方支付违约金后，还应当履行债务。\n';

// A label opening its line glued to a short caption that ends the line, the article's words on the next line, is the
// article's heading (layout/articleNameHeading.ts gluedNameHeading); what a writer does with an article stays a citation.
table('citation table: an article label glued to its caption alone on its line (fix-court24)', [
  ['the caption glued without a space or brackets: a heading, not a citation',
    `《民法典》第五百八十五条条文解读\n第五百八十五条违约金的约定与调整\n${ARTICLE_585}`,
    [['《民法典》第五百八十五条', 'resolved', '民法典585']]],
  ['not a label going on with what the article does, a range, the law\'s wording, an ordinal or an item',
    '《民法典》第五百八十五条条文解读\n第五百八十五条规定了违约金\n当事人可以约定。\n第五百八十五条至第五百八十七条\n当事人可以约定。\n第五百八十五条之规定\n当事人可以约定。\n第十四届全国人民代表大会第一次会议\n第2项商品\n',
    [['《民法典》第五百八十五条', 'resolved', '民法典585'], ['第五百八十五条', 'resolved', '民法典585'],
      ['第五百八十五条至第五百八十七条', 'resolved', '民法典585 民法典586 民法典587'], ['第五百八十五条', 'resolved', '民法典585']]],
]);

// 本款 in a commentary under an article printed at its head: the 款 the writer last called 本条第N款, in that paragraph
// or the next, whatever article he cited in passing (analyze.ts paragraphOfArticleDiscussed); a 本款 counted past the
// article's last 款 is not in its printed words (analyze.ts quotedTargets).
table('citation table: 本款 in a commentary is the 款 under discussion (fix-court24)', [
  ['本款 after 本条第二款 and another article cited in passing',
    `《民法典》第五百八十五条条文解读\n第五百八十五条违约金的约定与调整\n${ARTICLE_585}本条第二款，讲的是违约金的司法调整。\n《民法典》第五百八十四条规定了损失赔偿额的范围，依照本款规定，违约金过高时也可以请求适当减少。`,
    [['《民法典》第五百八十五条', 'resolved', '民法典585'], ['本条第二款', 'resolved', '民法典585.2'],
      ['《民法典》第五百八十四条', 'resolved', '民法典584'], ['本款', 'resolved', '民法典585.2']]],
  ['not with no 本条第N款 named before, nor two paragraphs further on: unread, never a 款 the article lacks',
    `《民法典》第五百八十五条条文解读\n第五百八十五条违约金的约定与调整\n${ARTICLE_585}本条讲的是违约金。\n实践中，依照本款规定处理。\n第十四届全国人民代表大会第一次会议。`,
    [['《民法典》第五百八十五条', 'resolved', '民法典585'], ['本条', 'resolved', '民法典585']]],
]);

// A name the corpus lacks before an article with spaces around its digits (第2 條, 第 3 条) names that law
// (titles/unknownLawName.ts): unknown-regulation, never the article of that number of every law.
table('citation table: an unknown law named before an article with spaced digits (fix-court24)', [
  ['a Taiwan judgment, the law at its line\'s start', '臺灣臺北地方法院民事判決\n被告明知客戶資料屬於\n電子簽章法第2 條第1 款規定之資料。',
    [['電子簽章法第2 條第1 款', 'unknown-regulation', '']]],
  ['a mainland page, spaces on both sides', '依照某某经营管理法第 3 条的规定处理。',
    [['某某经营管理法第 3 条', 'unknown-regulation', '']]],
  ['not a bare spaced article, a case number or an item', '见第 3 条。（2019）某刑初12号。第2项商品。',
    [['第 3 条', 'no-context', '']]],
]);

// A Q&A site's breadcrumb ends with the page's title (scan/headingLineArticle.ts, titles.ts BEFORE_SHORT_NAME): a law's
// name and an article without 第 after 首页, its separators kept or lost, is that article, as at a line's start.
table('citation table: a law\'s article without 第 in a breadcrumb (fix-court24)', [
  ['the separators lost', '您的当前位置：首页劳动法44条加班费怎么算 法律咨询',
    [['劳动法44条', 'resolved', '劳动44']]],
  ['the separators kept', '当前位置：首页 > 劳动纠纷 > 劳动合同法82条二倍工资怎么算',
    [['劳动合同法82条', 'resolved', '劳动合同82']]],
  ['not a count of articles, an item or a name without an article', '当前位置：首页 > 法规 > 劳动法共107条\n首页第2项商品\n首页劳动法规汇编',
    []],
]);

// A page titled by the one article it explains: once the writer has called it 本条, his later 本条 keeps to it across an
// article cited in passing (analyze.ts titleArticleKept); with no earlier 本条 so read, or a title naming two articles,
// the article a sentence opened with (subjectBefore) or cited last is read, as before.
table('citation table: 本条 on a page titled by one article keeps to it (fix-court24)', [
  ['本条第一款 after another article cited in passing',
    '《劳动合同法》第八十五条条文解读\n本条第一款规定的是用人单位未及时支付劳动报酬的责任。\n《劳动合同法》第三十条第一款规定，用人单位应当及时足额支付劳动报酬。\n关于本条第一款，实践中主要有两个争议。',
    [['《劳动合同法》第八十五条', 'resolved', '劳动合同85'], ['本条第一款', 'resolved', '劳动合同85.1'],
      ['《劳动合同法》第三十条第一款', 'resolved', '劳动合同30.1'], ['本条第一款', 'resolved', '劳动合同85.1']]],
  ['not with no 本条 before it',
    '劳动合同法第八十五条怎么理解\n《劳动合同法》第三十条第一款规定，用人单位应当及时足额支付劳动报酬。\n本条是关于劳动报酬的规定。',
    [['劳动合同法第八十五条', 'resolved', '劳动合同85'], ['《劳动合同法》第三十条第一款', 'resolved', '劳动合同30.1'], ['本条', 'resolved', '劳动合同30']]],
  ['not under a title naming two articles, nor an ordinal',
    '《劳动合同法》第八十五条与第八十七条解读\n本条第一款规定了责任。\n《劳动合同法》第三十条第一款规定，用人单位应当支付。\n关于本条第一款，第十四届会议有讨论。',
    [['《劳动合同法》第八十五条与第八十七条', 'resolved', '劳动合同85 劳动合同87'], ['本条第一款', 'resolved', '劳动合同85.1'],
      ['《劳动合同法》第三十条第一款', 'resolved', '劳动合同30.1'], ['本条第一款', 'resolved', '劳动合同30.1']]],
]);

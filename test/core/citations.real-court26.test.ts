// Forms from the twentieth round's fresh court pages (real-court26: court news, 典型案例, judges' commentary, lawyers'
// articles and Q&A): made-up text in the real style against the bundled corpus (laws named short: 民法典1041.1 is the
// Civil Code's article 1041, paragraph 1).
import { bundledShortTable as table } from './citations/helpers';

const ARTICLE_1041 = '第一千零四十一条 婚姻家庭受国家保护。\n实行婚姻自由、一夫一妻、男女平等的婚姻制度。\n保护妇女、未成年人、老年人、残疾人的合法权益。\n';

// 该条 before a 款 under an article a 释义 page printed is that article, as 本条 there is, when no article was cited after
// its label (analyze.ts sameArticlePrinted); an article cited after the label is still the one 该条 points to.
table('citation table: 该条第N款 under an article printed on the page (real-court26)', [
  ['under the printed article, the notes above it having cited another article of the code',
    `关于民法的调整对象，《民法典》第二条已有规定。\n${ARTICLE_1041}【要义精解】\n该条第一款、第三款是宣示性规定，不属于裁判规则。`,
    [['《民法典》第二条', 'resolved', '民法典2'], ['该条第一款、第三款', 'resolved', '民法典1041.1 民法典1041.3']]],
  ['with no article cited before, and in traditional script with Arabic numbers',
    `${ARTICLE_1041}【释义】\n该条第二款规定了婚姻制度。\n第一千零四十一條 婚姻家庭受國家保護。\n實行婚姻自由、一夫一妻、男女平等的婚姻製度。\n保護婦女、未成年人、老年人、殘疾人的合法權益。\n【要義精解】\n該條第1款是宣示性規定。`,
    [['该条第二款', 'resolved', '民法典1041.2'], ['該條第1款', 'resolved', '民法典1041.1']]],
  ['not when an article was cited after the label: that one', `${ARTICLE_1041}【释义】\n《刑法》第二十条规定了正当防卫，该条第二款规定了防卫过当。`,
    [['《刑法》第二十条', 'resolved', '刑20'], ['该条第二款', 'resolved', '刑20.2']]],
  ['not under a label whose words open no law\'s article, nor 该条 with no 款, an ordinal or a case number',
    '第九条 某某公司应当建立安全生产台账。\n【说明】\n该条第一款要求建立台账，该条是管理规定。（2019）某刑初12号。第十四届第一次会议。第2项商品。',
    []],
]);

// 各 before 编 / 分编 / 章 / 节 makes the article after it that number's article in each part — several, none the law's
// article of that number (chapterArticle.ts): no citation; a part of the law named by its number still divides the law.
table('citation table: the article of a number in each part, 各分编第1条 (real-court26)', [
  ['各分编第1条, 各章的第一条 and in traditional script, after the code was cited',
    '关于民法的调整对象，《民法典》第二条已有规定。相应地，各分编第1条均规定了调整对象，各章的第一条多为一般规定，各分編第1條亦同。',
    [['《民法典》第二条', 'resolved', '民法典2']]],
  ['not the code\'s own article after its name or a part named by its number, nor an ordinal or a case number',
    '《民法典》第二条已有规定。民法典第五百零九条规定了履行原则，合同编第五百一十条另有规定。（2019）某刑初12号。第十四届第一次会议。第2项商品。',
    [['《民法典》第二条', 'resolved', '民法典2'], ['民法典第五百零九条', 'resolved', '民法典509'], ['第五百一十条', 'resolved', '民法典510']]],
]);

// fix-en61 form 2 (heldout40 English): English names the title table lacked (corpus/data/english-titles.json), and an
// interpretation numbered (I) on a page dated before the numbered text existed is the unnumbered first one then in use
// (citations/binding/seriesFirstText.ts). Made-up text in the real style against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

const JI2004 = '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释';

table('citation table: English names of the Administrative Compulsion Law, the Equity JV regulations, the road accident provisions (fix-en61)', [
  ['"Administrative Compulsion Law of the People’s Republic of China", then its short name',
    'The fine is limited by the second paragraph of Article 45 of the Administrative Compulsion Law of the People’s Republic of China; see also Article 12 of the Administrative Compulsion Law.',
    [['the second paragraph of Article 45 of the Administrative Compulsion Law of the People’s Republic of China', 'resolved', '行政强制45.2'], ['Article 12 of the Administrative Compulsion Law', 'resolved', '行政强制12']]],
  ['the JV regulations with "Equity" and "People\'s Republic of China" dropped',
    'Article 20 of the Regulations for the Implementation of the Law on Chinese-foreign Joint Ventures stipulates that a transfer needs consent.',
    [['Article 20 of the Regulations for the Implementation of the Law on Chinese-foreign Joint Ventures', 'resolved', '中外合资经营企业法实施条例20']]],
  ['the road accident procedure provisions as "Regulations on Procedures …" and by the official name',
    'According to Article 67 of the Regulations on Procedures for Handling Road Traffic Accidents, and Article 68 of the Provisions on the Procedures for Handling Road Traffic Accidents, the facts are found.',
    [['Article 67 of the Regulations on Procedures for Handling Road Traffic Accidents', 'resolved', '道路交通事故处理程序规定67'], ['Article 68 of the Provisions on the Procedures for Handling Road Traffic Accidents', 'resolved', '道路交通事故处理程序规定68']]],
  ['a law the name only resembles stays unknown',
    'Article 20 of the Regulations for the Implementation of the Law on Chinese-foreign Cooperative Schools applies.',
    [['Article 20 of the Regulations for the Implementation of the Law on Chinese-foreign Cooperative Schools', 'unknown-regulation', '']]],
]);

table('citation table: an interpretation numbered (I) on a page dated before the numbered text (fix-en61)', [
  ['"Judicial Interpretation I on Construction Contracts" on a 2019 page: the 2004 interpretation',
    '23 August, 2019\n\nArticle 21 of the Judicial Interpretation I on Construction Contracts sets out the basic principle.',
    [['Article 21 of the Judicial Interpretation I on Construction Contracts', 'resolved', `${JI2004}21`]]],
  ['《施工合同司法解释（一）》 on a page dated 2019 in Chinese: the same',
    '发布日期：2019年8月23日\n《建设工程施工合同司法解释（一）》第二十一条规定了黑白合同。',
    [['《建设工程施工合同司法解释（一）》第二十一条', 'resolved', `${JI2004}21`]]],
  ['on a 2022 page the numbered (一) stays',
    '23 August, 2022\n\nArticle 43 of the Judicial Interpretation I on Construction Contracts governs actual builders.',
    [['Article 43 of the Judicial Interpretation I on Construction Contracts', 'resolved', `${JI2004}（一）43`]]],
]);

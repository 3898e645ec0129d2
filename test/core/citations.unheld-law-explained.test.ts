// fix-lw70: 释义 pages printing a law's articles one by one under a label and its bracketed name, the article's text set
// off by a marker caption (【条文】) and the writer's notes by another (【释义】本条是关于…的规定). The marker is no part of the
// words printed (layout/ownTextHeading.ts TEXT_MARKER), the notes' caption keeps their 本条 under the label across the
// blank lines (NOTES_CAPTION), and a page whose heading explains a law the corpus lacks (民法总则各章重点条文释义, 《合同法》
// 条文释义) prints that law's articles — unknown-regulation, never the Civil Code's article of the same words and number
// (layout/unheldLawExplained.ts). Made-up pages in the layout of the books' WeChat excerpts.
import { bundledShortTable as table } from './citations/helpers';

const NOTE = '说明：本文摘编自一部条文释义，作为标准版本，本文重点抽取若干条文，每天推送一条，请关注本公众号持续阅读，以备学习和工作之需。\n\n';
const CC1 = '第1条【立法目的和依据】\n\n【条文】为了保护民事主体的合法权益，调整民事关系，维护社会和经济秩序，制定本法。\n\n【释义】本条是关于立法目的和依据的规定。\n';
const CC1041 = '第一千零四十一条【婚姻家庭受国家保护】\n\n【条文】婚姻家庭受国家保护。实行婚姻自由、一夫一妻、男女平等的婚姻制度。\n\n【释义】本条是关于婚姻家庭受国家保护的规定。\n';
const TW109 = '第109條【人身自由、人格尊嚴受法律保護】\n\n【條文】自然人的人身自由、人格尊嚴受法律保護。\n\n【釋義】本條是關於自然人的人身自由、人格尊嚴受法律保護的規定。\n';
const CL114 = '第一百一十四条【违约金】\n\n【条文】当事人可以约定一方违约时应当根据违约情况向对方支付一定数额的违约金。\n\n【释义】本条是关于违约金的规定。\n';

table('citation table: 本条 of a 释义 under a label with 【条文】 and 【释义】, and the law its heading explains (fix-lw70)', [
  ['a held law: the marker is no part of the printed words', '民法典重点条文释义\n\n' + CC1, [['本条', 'resolved', '民法典1']]],
  ['deep in the page: the notes\' caption keeps 本条 under the label', '民法典重点条文释义\n\n' + NOTE + NOTE + CC1041,
    [['本条', 'resolved', '民法典1041']]],
  ['a heading explaining the 民法总则, which the corpus lacks: its article, not the Civil Code\'s', '重磅！民法总则各章40个重点条文权威释义\n\n' + CC1,
    [['本条', 'unknown-regulation', '']]],
  ['traditional script, the name in a caption of the heading', '權威機構專家解讀【民法總則各章40個重點條文釋義】四\n\n' + NOTE + TW109,
    [['本條', 'unknown-regulation', '']]],
  ['a repealed law\'s title explained', '《中华人民共和国合同法》条文释义\n\n' + CL114, [['本条', 'unknown-regulation', '']]],
  ['the law in 《》 with the article printed without captions', '《中华人民共和国民法总则》释义\n\n第一条 为了保护民事主体的合法权益，制定本法。\n\n【释义】本条是关于立法目的的规定。\n',
    [['本条', 'unknown-regulation', '']]],
  // Look-alikes left as before.
  ['a held law\'s part named (刑法总则): the law\'s article', '刑法总则条文释义\n\n第一条 为了惩罚犯罪，保护人民，根据宪法，结合我国同犯罪作斗争的具体经验及实际情况，制定本法。\n\n【释义】本条是关于刑法的立法目的和根据的规定。\n',
    [['本条', 'resolved', '刑1']]],
  ['a heading naming the 民法总则 without explaining it: the printed words decide', '民法总则今日起施行\n\n第一条 为了保护民事主体的合法权益，制定本法。\n\n本条是关于立法目的的规定。\n',
    [['本条', 'resolved', '民法典1']]],
  ['the marker alone, notes without a caption: read as under a label with no marker', '民法典重点条文释义\n\n' + NOTE + NOTE + '第一千零四十一条【婚姻家庭受国家保护】\n\n【条文】婚姻家庭受国家保护。\n\n本条是关于婚姻家庭受国家保护的规定。\n',
    [['本条', 'resolved', '民法典1041']]],
  ['a heading comparing the 民法总则 with the Civil Code: the printed words decide', '民法总则与民法典总则编条文对照释义\n\n' + CC1,
    [['本条', 'resolved', '民法典1']]],
  ['a heading explaining the 民法总则 over no label: 本条 names nothing', '重磅！民法总则重点条文释义\n\n' + NOTE + '本条是关于立法目的和依据的规定。\n', []],
]);

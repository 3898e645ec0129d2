// Forms from the heldout18/heldout19 court measurements' residual errors (fix-court20): made-up text in the real style
// against the bundled corpus (laws named short: 刑264 is the Criminal Law's article 264).
import { bundledShortTable as table } from './citations/helpers';

const THEFT = '最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释';

// A line holding an interpretation's title alone and 有关条文 / 相关条文 (a list number before it) heads the articles
// printed under it: their 本解释 and 前款 are that interpretation's, also from the second article on, after the empty
// line that ends the first (scanner.ts TITLE_ANNOUNCES_TEXT; basisTitleAbove.ts where the articles open with 第一条).
table('citation table: an interpretation\'s articles printed under its title and 有关条文 (fix-court20)', [
  ['articles from 第一条 on under 相关条文： — 前款 by the words it stands in, 本解释 the interpretation',
    '某某律师事务所\n\n三、《' + THEFT + '》相关条文：\n\n第一条 盗窃公私财物价值一千元至三千元以上、三万元至十万元以上、三十万元至五十万元以上的，应当分别认定为刑法第二百六十四条规定的“数额较大”、“数额巨大”、“数额特别巨大”。\n\n各省、自治区、直辖市高级人民法院、人民检察院可以根据本地区经济发展状况，并考虑社会治安状况，在前款规定的数额幅度内，确定本地区执行的具体数额标准。\n\n第六条 盗窃公私财物，具有本解释第二条第三项至第八项规定情形之一的，可以认定为“其他严重情节”。',
    [['刑法第二百六十四条', 'resolved', '刑264'], ['前款', 'resolved', `${THEFT}1.1`],
      ['本解释第二条第三项至第八项', 'resolved', [3, 4, 5, 6, 7, 8].map((i) => `${THEFT}2..${i}`).join(' ')]]],
  ['articles from the middle under 有关条文 with no colon: the next article after an empty line is still the interpretation\'s',
    '一、盗窃罪的数额标准是多少？\n\n盗窃罪的数额由司法解释规定，各地标准不同。\n\n二、《' + THEFT + '》有关条文\n\n第三条 二年内盗窃三次以上的，应当认定为“多次盗窃”。\n\n非法进入供他人家庭生活的住所盗窃的，属于刑法第二百六十四条规定的“入户盗窃”。\n\n第五条 盗窃未遂，具有本解释第二条规定情形之一的，应当依法追究刑事责任。',
    [['刑法第二百六十四条', 'resolved', '刑264'], ['本解释第二条', 'resolved', `${THEFT}2`]]],
  ['not a title in the writer\'s sentence (…有关条文处理。): 本解释 under it stays the page\'s own; case numbers and sessions no citations',
    '本院认为，被告人的行为应当依照《' + THEFT + '》有关条文处理。\n\n第六条 盗窃公私财物，具有本解释第二条第三项至第八项规定情形之一的，可以认定为“其他严重情节”。（2019）某刑初12号，第十四届第一次会议。',
    [['本解释第二条第三项至第八项', 'self', '本2..3 本2..4 本2..5 本2..6 本2..7 本2..8']]],
]);

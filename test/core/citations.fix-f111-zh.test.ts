// Forms of heldout55's court and lawyer sets (round 31, f111-zh): made-up text in the real style against the bundled
// corpus (laws named short: 刑法345.2 is the Criminal Law's article 345, 款 2; 本 = self).
// Start (unchanged code, 62a807f3): 15 rows — 4 right, 11 wrong (caption heading 3 of 3 wrong, 前款 under it wrong; spaced
// 条 款 label 2 of 2 wrong; 刑法 after 明确 3 of 3 missed; 前款 in a printed article under a title line and a label alone
// on its line 2 of 2 wrong, 前款 in a law reprinted under a 法律依据 line 1 of 2 wrong). End: the 12 rows kept all right;
// the 3 rows of 前款 under a label alone on its line / a reprinted law (heldout55-court 08:18, lawyer 26) are left open —
// not fixed in this round, so not kept here (the report lists them).
import { bundledShortTable as table } from './citations/helpers';

// A printed article under a caption line (法条链接 / 相关法条 / 法律链接): the line-start title and label set off by a
// space, or glued to a bracketed crime name, over the article's own words is printed law (a heading), not a citation; its
// 前款 is that article's first 款. Without the caption (the page's first line, real-qa7) or glued to 规定 it stays a citation.
table('citation table: a title and label heading a printed article under a caption line (f111-zh)', [
  ['法条链接： title+label, a space, the words; 前款 after its items',
    '法院依法对其罚款五千元。\n法条链接：\n《中华人民共和国民事诉讼法》第一百一十四条 诉讼参与人或者其他人有下列行为之一的，人民法院可以予以罚款、拘留：\n（一）伪造、毁灭重要证据的；\n（二）以暴力方法阻止证人作证的。\n人民法院对有前款规定的行为之一的单位，可以对其主要负责人予以罚款。',
    [['前款', 'resolved', '民事诉讼114.1']]],
  ['法条链接 (no colon): title+label glued to 【罪名】',
    '检察官提醒\n保护耕地人人有责。\n法条链接\n《中华人民共和国刑法》第三百四十二条【非法占用农用地罪】违反土地管理法规，非法占用耕地、林地等农用地，数量较大的，处五年以下有期徒刑。',
    []],
  ['相关法条： a short title, a space, 【罪名】',
    '被告人犯失火罪。\n相关法条：\n《刑法》第一百一十五条 【放火罪】放火、决水、爆炸以及投放毒害性物质的，致人重伤、死亡的，处十年以上有期徒刑、无期徒刑或者死刑。\n过失犯前款罪的，处三年以上七年以下有期徒刑。',
    [['前款', 'resolved', '刑115.1']]],
  ['not without a caption line: the page opening with the title+label stays a citation (real-qa7)',
    '《刑法》第二百三十八条 【非法拘禁罪】非法拘禁他人的，处三年以下有期徒刑。犯前款罪，致人重伤的，处三年以上十年以下有期徒刑。',
    [['《刑法》第二百三十八条', 'resolved', '刑238'], ['前款', 'resolved', '刑238.1']]],
  ['not a title+label glued to 规定 under the caption: the writer\'s citation',
    '法条链接：\n《中华人民共和国刑法》第三百四十二条规定，违反土地管理法规，非法占用耕地的，处五年以下有期徒刑。',
    [['《中华人民共和国刑法》第三百四十二条', 'resolved', '刑342']]],
]);

// A law's title alone on a line, then a label of 条 and 款 spaced apart (第三百四十五条 第二款 违反…) over that 款's words:
// printed law, a heading, as 第三百四十五条第二款 违反… is (layout/ownTextHeading.ts setOffLabel).
table('citation table: a spaced 条 款 label under a title line (f111-zh)', [
  ['第三百四十五条 第二款 under 《中华人民共和国刑法》',
    '法院判处被告人有期徒刑三年。\n《中华人民共和国刑法》\n第三百四十五条 第二款 违反森林法的规定，滥伐森林或者其他林木，数量较大的，处三年以下有期徒刑。\n部分图片源于网络',
    []],
  ['第二十二条 第一款 under 《中华人民共和国道路交通安全法》',
    '交警提示：\n《中华人民共和国道路交通安全法》\n第二十二条 第一款 机动车驾驶人应当遵守道路交通安全法律、法规的规定，按照操作规范安全驾驶、文明驾驶。',
    []],
  ['not the label in prose after the title line',
    '《中华人民共和国刑法》\n依照第三百四十五条 第二款的规定判处。',
    [['第三百四十五条 第二款', 'resolved', '刑345.2']]],
]);

// 刑法第N條 after a short name and 明確 (《解釋》明確刑法第三百一十二條規定的…): a citation of the Criminal Law.
table('citation table: 刑法第N條 after 《解釋》明確 (f111-zh)', [
  ['traditional', '對此，《解釋》明確刑法第三百一十二條規定的犯罪方法包括任何足以掩飾犯罪所得的行為手段。',
    [['刑法第三百一十二條', 'resolved', '刑312']]],
  ['simplified', '对此，《解释》明确刑法第三百一十二条规定的犯罪方法包括任何足以掩饰犯罪所得的行为手段。',
    [['刑法第三百一十二条', 'resolved', '刑312']]],
  ['《意见》明确 and another law', '《意见》明确民法典第一千零六十四条所称的共同意思表示包括事后追认。',
    [['民法典第一千零六十四条', 'resolved', '民法典1064']]],
]);

// Forms from the twenty-first fair measurement's residual errors (heldout21 gov and court, now tuning sets): made-up text
// in the real style against the bundled corpus (laws named short: 道路交通安全19.1 is that law's article 19, 款 1).
import { bundledShortTable as table } from './citations/helpers';

// 本法 / 本规定 in an article's text the page set out after its citation, once that text named another law as a whole
// (依照《某法》的规定, 按照《某条例》规定的幅度): the printed article's law, not the law named last
// (quotation/otherLawInArticleText.ts).
table('citation table: 本法 in printed article text after another law named as a whole (fix-gov22)', [
  ['本法 on the next line of an article printed after a colon, after 依照《行政许可法》的规定',
    '《中华人民共和国道路交通安全法》第十九条：驾驶机动车，应当依法取得机动车驾驶证。\n公安机关交通管理部门应当依照《中华人民共和国行政许可法》的规定，审查申请人依照本法第十九条第一款规定提交的材料。',
    [['《中华人民共和国道路交通安全法》第十九条', 'resolved', '道路交通安全19'], ['本法第十九条第一款', 'resolved', '道路交通安全19.1']]],
  ['本规定 in a table cell of articles run together, after 按照《某条例》规定的幅度',
    '| 实施依据 | 《禁止使用童工规定》第二条 国家机关、社会团体不得招用不满16周岁的未成年人。第四条 用人单位招用人员时，必须核查身份证。第八条 用人单位未按照本规定第四条的规定保存材料的，处1万元罚款。第六条第一款：用人单位使用童工的，按照《使用有毒物品作业场所劳动保护条例》规定的罚款幅度从重处罚。劳动保障行政部门并应当责令用人单位限期改正。第九条 未依法登记的单位使用童工的，依照本规定第六条规定的标准加一倍罚款。 |',
    [['《禁止使用童工规定》第二条', 'resolved', '禁止使用童工规定2'], ['本规定第四条', 'resolved', '禁止使用童工规定4'], ['第六条第一款', 'resolved', '禁止使用童工规定6.1'], ['本规定第六条', 'resolved', '禁止使用童工规定6']]],
  ['not a writer paraphrasing the law whose article he cited, nor one naming a law alone with no article text set out',
    '根据《中华人民共和国劳动合同法》第四十八条的规定，用人单位应当依照本法第八十七条规定支付赔偿金。\n《中华人民共和国道路交通安全法》第十九条规定了驾驶证制度，审查时应当依照《中华人民共和国行政许可法》的规定，本法第三十二条规定了期限。',
    [['《中华人民共和国劳动合同法》第四十八条', 'resolved', '劳动合同48'], ['本法第八十七条', 'resolved', '劳动合同87'], ['《中华人民共和国道路交通安全法》第十九条', 'resolved', '道路交通安全19'], ['本法第三十二条', 'resolved', '行政许可32']]],
  ['not after a blank line, nor ordinals and case numbers',
    '《中华人民共和国道路交通安全法》第十九条：驾驶机动车，应当依法取得机动车驾驶证。\n\n应当依照《中华人民共和国行政许可法》的规定，适用本法第三十二条。第十四届第一次会议。（2019）某刑初12号。第2项商品。',
    [['《中华人民共和国道路交通安全法》第十九条', 'resolved', '道路交通安全19'], ['本法第三十二条', 'resolved', '行政许可32']]],
]);

// An item alone quoted right after a quoted 款 (第三款“…”，第一项“…”): an item of that 款, also when the citation named the
// article and then the 款 after a comma, and when the regulation is one the corpus lacks (scan/scanner.ts
// paragraphAfterQuotation).
table('citation table: an item quoted after a quoted 款 (fix-gov22)', [
  ['a known law\'s 款 quoted, then its item quoted',
    '依照《中华人民共和国道路交通安全法》第九十九条第一款“有下列行为之一的，处罚款”，第一项“未取得驾驶证驾驶的”，予以处罚。',
    [['《中华人民共和国道路交通安全法》第九十九条第一款', 'resolved', '道路交通安全99.1'], ['第一项', 'resolved', '道路交通安全99.1.1']]],
  ['an unknown standard\'s article, its 款 after a comma, then an item: unknown-regulation',
    '按照《某县文化市场行政处罚裁量基准》第6条，第二款“接纳未成年人的”，第一项“没有违法所得的，处5000元罚款”。',
    [['《某县文化市场行政处罚裁量基准》第6条，第二款', 'unknown-regulation', ''], ['第一项', 'unknown-regulation', '']]],
  ['not an item after a quoted article with no 款 named, nor one not followed by a quotation, nor ordinals',
    '依照《中华人民共和国道路交通安全法》第九十九条“有下列行为之一的，处罚款”，第一项商品另计。第十四届第一次会议。（2019）某刑初12号。第2项商品。',
    [['《中华人民共和国道路交通安全法》第九十九条', 'resolved', '道路交通安全99']]],
]);

// 总则 ends a law's title as 通则 does (text.ts LAW_TITLE_END): a title so ending the corpus lacks, named alone (with a
// 以下简称 bracket), is the law of a bare article after it, across a sentence — unknown-regulation, not no-context.
table('citation table: a law titled …总则 the corpus lacks, then a bare article (fix-gov22)', [
  ['named with a 以下简称 bracket, the bare article in the next sentence',
    '草案基本延续了《中华人民共和国民法总则》（以下简称《民法总则》）中关于法人的规定。后又在营利法人部分规定了例外，即第八十三条。',
    [['第八十三条', 'unknown-regulation', '']]],
  ['not a plan\'s title, nor ordinals and case numbers',
    '草案基本延续了《某某发展规划》中关于法人的规定。后又规定了例外，即第八十三条。第十四届第一次会议。（2019）某刑初12号。第2项商品。',
    [['第八十三条', 'no-context', '']]],
]);

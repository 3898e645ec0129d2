// Forms from mainland court material and commentary (heldout29-court misses 2 and 3, real-court30, round 22 fix-zh33b):
// made-up text in the real style against the bundled corpus (laws named short: 民法典1165.1 is the Civil Code's article
// 1165, paragraph 1; 反不正当竞争6..4 its article 6, item 4).
import { bundledShortTable as table } from './citations/helpers';

const CPL_INTERP = '最高人民法院关于适用《民事诉讼法》的解释';
const CRPL_INTERP = '最高人民法院关于适用《刑事诉讼法》的解释';
const APL_INTERP = '最高人民法院关于适用《行政诉讼法》的解释';

// A bare 款 in commentary a few hard line breaks after its article's citation (layout/paragraphAlone.ts over
// layout/wrappedLines.ts): breaks inside sentences are no paragraph's end; a break after 。 or a heading still is.
table('citation table: a 款 alone on a later line of a paragraph wrapped at words (fix-zh33b)', [
  ['the 款 two lines on, every break inside a sentence',
    '第二，虽然《\n民法典》第一千一百六十五条第一款未对过错的证明作出规定，但第二款对\n推定过错的情形\n作出了明确的规定。因此，根据归责原则的\n体系，可以认为第一款所规定的责任就是一般过错责任。',
    [['《\n民法典》第一千一百六十五条第一款', 'resolved', '民法典1165.1'], ['第二款', 'resolved', '民法典1165.2'], ['第一款', 'resolved', '民法典1165.1']]],
  ['not after a line ended with a full stop (the writer\'s own paragraph end)',
    '虽然《民法典》第一千一百六十五条第一款未对过错的证明作出规定，但第二款对推定过错的情形作出了明确的规定。\n因此，根据归责原则的体系，\n可以认为第一款所规定的责任就是一般过错责任。',
    [['《民法典》第一千一百六十五条第一款', 'resolved', '民法典1165.1'], ['第二款', 'resolved', '民法典1165.2']]],
  ['not under a heading of the page\'s own, nor an ordinal or a case number on wrapped lines',
    '虽然《民法典》第一千一百六十五条第一款未作规定，但第二款对\n推定过错作出了规定。\n一、可以认为第一款所规定的责任就是一般过错责任。\n第十四届第一次会议的\n（2019）某民初12号案件\n第2项商品。',
    [['《民法典》第一千一百六十五条第一款', 'resolved', '民法典1165.1'], ['第二款', 'resolved', '民法典1165.2']]],
]);

// 该条 after an article quoted whole, the quotation holding more than one sentence (layout/thatArticle.ts): the
// sentences are counted from where the quotation closes; 前款 inside it does not take 该条 over.
table('citation table: 该条 after a quotation of several sentences (fix-zh33b)', [
  ['after a quotation of two sentences',
    '《民法典》第一千一百六十五条规定：“行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。依照法律规定推定行为人有过错，其不能证明自己没有过错的，应当承担侵权责任。”该条是关于过错责任原则的规定。',
    [['《民法典》第一千一百六十五条', 'resolved', '民法典1165'], ['该条', 'resolved', '民法典1165']]],
  ['after a quotation whose text reads 前款: the article quoted',
    '新《公司法》第二十二条规定：“公司的控股股东不得利用关联关系损害公司利益。违反前款规定，给公司造成损失的，应当承担赔偿责任。”该条是关于关联交易的规定。',
    [['《公司法》第二十二条', 'resolved', '公司22'], ['前款', 'resolved', '公司22.1'], ['该条', 'resolved', '公司22']]],
  // Round 34 (decisions140 D): 该条 two sentences past the quotation, same paragraph, is the article (c140; it was none).
  ['two sentences past the quotation (round 34: that article), not inside another text quoted after it',
    '《民法典》第一千一百六十五条规定：“行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。”随后法院审理了此案。二审维持原判。该条是过错责任原则的规定。有关部门对此作出解释，规定“……属于该条规定的情形。”',
    [['《民法典》第一千一百六十五条', 'resolved', '民法典1165'], ['该条', 'resolved', '民法典1165']]],
]);

// 该款 / 该项 right after a citation naming one 款 / one item point back to it (layout/thatArticle.ts); 该项 meaning
// "this item of work" (该项目, 该项工作, 该款项) or after a citation naming no item stays unread.
table('citation table: 该款 and 该项 pointing back to the 款 or item just cited (fix-zh33b)', [
  ['该项 in the same sentence as an article\'s item',
    '《反不正当竞争法》第六条第四项是认定混淆行为的兜底条款，该项面临与《商标法》第五十七条第七项适用界限不清的问题。',
    [['《反不正当竞争法》第六条第四项', 'resolved', '反不正当竞争6..4'], ['该项', 'resolved', '反不正当竞争6..4'], ['《商标法》第五十七条第七项', 'resolved', '商标57..7']]],
  ['该款 in the next sentence after an article\'s 款',
    '《保险法》第十二条第二款规定了人身保险的保险利益。该款是判断合同效力的依据。',
    [['《保险法》第十二条第二款', 'resolved', '保险12.2'], ['该款', 'resolved', '保险12.2']]],
  ['not 该项 after an article cited with no item, nor 该项表决 or 该款项',
    '《公司法》第十六条规定，公司为他人提供担保的，依照公司章程的规定由董事会或者股东会决议。该项规定被理解为内部程序。该项表决由其他股东通过。该款项已支付。',
    [['《公司法》第十六条', 'resolved', '公司16']]],
  ['not 该项目, 该项工作, 该款项 after an item, nor an ordinal or a case number',
    '《反不正当竞争法》第六条第四项是兜底条款。该项目已完成。该项工作由专人负责。该款项已支付。第十四届第一次会议。（2019）某刑初12号。',
    [['《反不正当竞争法》第六条第四项', 'resolved', '反不正当竞争6..4']]],
  ['not 该款 after two 款 named (which one is unsaid)',
    '《民法典》第一千零七十九条第二款、第三款规定了判决离婚的情形，该款是裁判依据。',
    [['《民法典》第一千零七十九条第二款、第三款', 'resolved', '民法典1079.2 民法典1079.3']]],
]);

// 《某法》司法解释 / 《某法》的司法解释 with no ordinal: the one interpretation "on applying" that law, when the title index
// knows the law's name + 司法解释 or + 解释 (titles/titleInterpretation.ts); the articles printed under it are its, and under
// that short name written alone on the line above them too (layout/printedArticleLaw.ts).
// An unbracketed ordinal right before the article is read too; a name the index does not know, with an article after
// it, is an interpretation the corpus cannot name (unknown-regulation), never the law's own article.
table('citation table: 《某法》司法解释 naming the law\'s one interpretation (fix-zh33b)', [
  ['on a line of its own above an article printed, with 前款 in its text',
    '《民事诉讼法》司法解释\n第三百八十一条 当事人申请再审，有下列情形之一的，人民法院不予受理：\n（一）再审申请被驳回后再次提出申请的；\n（二）对再审判决、裁定提出申请的；\n前款第一项、第二项规定情形，人民法院应当告知当事人。',
    [['前款第一项、第二项', 'resolved', `${CPL_INTERP}381.1.1 ${CPL_INTERP}381.1.2`]]],
  ['the criminal procedure law\'s, known by 刑事诉讼法解释',
    '《刑事诉讼法》司法解释\n第一条 人民法院直接受理的自诉案件包括：\n（一）告诉才处理的案件；\n前款第一项规定的案件，人民法院应当受理。',
    [['前款第一项', 'resolved', `${CRPL_INTERP}1.1.1`]]],
  ['in prose, with 的 and with the law\'s full title',
    '根据《民事诉讼法》的司法解释第三百八十一条的规定，不予受理。根据《中华人民共和国行政诉讼法》司法解释第二条的规定，诉讼请求是指具体请求。',
    [['《民事诉讼法》的司法解释第三百八十一条', 'resolved', `${CPL_INTERP}381`], ['《中华人民共和国行政诉讼法》司法解释第二条', 'resolved', `${APL_INTERP}2`]]],
  ['its short name without marks on a line of its own (the words printed are that article\'s)',
    '民事诉讼法司法解释\n第三百八十一条 当事人申请再审，有下列情形之一的，人民法院不予受理：\n（一）再审申请被驳回后再次提出申请的；\n（二）对再审判决、裁定提出申请的；\n前款第一项、第二项规定情形，人民法院应当告知当事人。',
    [['前款第一项、第二项', 'resolved', `${CPL_INTERP}381.1.1 ${CPL_INTERP}381.1.2`]]],
  ['not under the short name when the words printed are not that article\'s',
    '民事诉讼法司法解释\n第三百八十一条 本所律师提示，有下列情形之一的，请及时咨询：\n（一）判决送达后超过期限的；\n前款第一项规定情形，请携带材料到所。',
    []],
  ['an ordinal without brackets right before the article',
    '依据《公司法》司法解释三第十六条，股东应当补足出资。',
    [['《公司法》司法解释三第十六条', 'resolved', '最高人民法院关于适用《公司法》若干问题的规定（三）16']]],
  ['a law with several interpretations, or none known so, with an article after: an interpretation unknown, not the law\'s article',
    '根据《民法典》司法解释第一条的规定，不予受理。根据《劳动合同法》的司法解释第五条规定，不予受理。',
    [['《民法典》司法解释第一条', 'unknown-regulation', ''], ['《劳动合同法》的司法解释第五条', 'unknown-regulation', '']]],
  ['not without an article after it, nor 解释 as a verb, an ordinal or a case number',
    '《民法典》司法解释第一次征求意见稿已公布。《刑法》解释一下就明白。第十四届第一次会议。（2019）某民初12号。',
    []],
  ['not a law with several interpretations (no guess), nor an ordinal or a case number',
    '《民法典》司法解释\n第一条 当事人申请，有下列情形之一的：\n前款规定情形，人民法院应当告知当事人。\n第十四届第一次会议。（2019）某民初12号。',
    []],
]);

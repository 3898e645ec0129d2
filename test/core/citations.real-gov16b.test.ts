// Forms from the government and legal-information pages of the sixteenth page round, second set (real-gov16; the
// earlier set's rows are in citations.real-gov16.test.ts): made-up text in the real style against the bundled corpus
// (laws named short: 劳动47 is the Labour Law's article 47).
import { bundledShortTable as table } from './citations/helpers';


// A title named alone and tied to the bare article after it by 对于 / 关于 / 中 (analyze.ts TITLE_THEN_ARTICLE): that
// law's article, not the same-numbered article under discussion; a title named in passing before a new sentence leaves
// the repeated number to the article discussed.
table('citation table: a title tied to the bare article after it (real-gov16)', [
  ['《劳动法》对于第四十七条 after 劳动合同法第四十七条: the Labour Law\'s',
    '劳动合同法第四十七条是关于经济补偿的规定。\n《中华人民共和国劳动法》对于第四十七条的规定：用人单位根据本单位的生产经营特点确定工资。\n',
    [['劳动合同法第四十七条', 'resolved', '劳动合同47'], ['第四十七条', 'resolved', '劳动47']]],
  ['《劳动法》中第四十七条 likewise',
    '《劳动合同法》第四十七条规定了经济补偿。而《劳动法》中第四十七条讲的是工资分配。\n',
    [['《劳动合同法》第四十七条', 'resolved', '劳动合同47'], ['第四十七条', 'resolved', '劳动47']]],
  ['a title named in passing, then a new sentence: the article discussed',
    '《劳动合同法》第四十七条规定了经济补偿，计算时还应参照《劳动法》。综上，第四十七条明确了标准。\n',
    [['《劳动合同法》第四十七条', 'resolved', '劳动合同47'], ['第四十七条', 'resolved', '劳动合同47']]],
  ['ordinals, sessions and case numbers after such a title stay unread',
    '《劳动法》对于第十四届全国人大第一次会议的议题，（2019）某民初12号，第2项商品。\n',
    []],
]);

// A label after a caption in 【】 and a space, with a space and its text after it (scanner articleHeadingAt): the
// heading of the article printed, as after a colon; a label going on with 规定 there stays a citation.
table('citation table: an article heading after a caption in 【】 (real-gov16)', [
  ['条文释义：第四十七条【终局裁决】  第四十七条 下列…: the second label heads the text',
    '劳动争议调解仲裁法条文释义：第四十七条【终局裁决】  第四十七条 下列劳动争议，除本法另有规定的外，仲裁裁决为终局裁决。\n',
    [['第四十七条', 'resolved', '劳动争议调解仲裁47']]],
  ['【说明】 第四十七条规定了…: a citation',
    '《中华人民共和国劳动争议调解仲裁法》第四十六条规定了裁决书的签名。\n【说明】 第四十七条规定了终局裁决。\n',
    [['《中华人民共和国劳动争议调解仲裁法》第四十六条', 'resolved', '劳动争议调解仲裁46'], ['第四十七条', 'resolved', '劳动争议调解仲裁47']]],
  ['ordinals, sessions and case numbers after a caption stay unread',
    '【注】 第十四届全国人大第一次会议，（2019）某民初12号，第2项商品。\n',
    []],
]);

// Outside a regulation, 本款 right after a 款 named on its own (analyze.ts paragraphUnderDiscussion): that 款; with none
// named so just before, or across a line break, 本款 stays unread.
table('citation table: 本款 after a 款 a commentary named (real-gov16)', [
  ['第一款是关于…的规定。根据本款的规定: 本款 is that 款',
    '《中华人民共和国道路交通安全法》第七十六条规定了赔偿责任。本条共分两款。\n第一款是关于机动车发生交通事故的规定。根据本款的规定，保险公司先行赔偿。\n',
    [['《中华人民共和国道路交通安全法》第七十六条', 'resolved', '道路交通安全76'], ['本条', 'resolved', '道路交通安全76'], ['第一款', 'resolved', '道路交通安全76.1'], ['本款', 'resolved', '道路交通安全76.1']]],
  ['本款 on the next line after a 款 cited with its title: unread',
    '《中华人民共和国道路交通安全法》第七十六条第二款规定了故意碰撞。\n本款适用于行人。\n',
    [['《中华人民共和国道路交通安全法》第七十六条第二款', 'resolved', '道路交通安全76.2']]],
  ['本款 with no 款 named before: unread; ordinals and case numbers stay unread',
    '根据本款的规定，第十四届全国人大第一次会议审议，（2019）某民初12号，第2项商品。\n',
    []],
]);

// Articles set out one after another after a 法律依据 citation, each label glued to its words after a full stop
// (analyze.ts lastPastedLabel): 前款 in a later article's words is that article's first 款, not the first article's.
table('citation table: 前款 in the words of the next article set out (real-gov16)', [
  ['法律依据：《民法典》第七百零六条…。第七百一十三条…前款…: 713.1',
    '法律依据：《中华人民共和国民法典》第七百零六条当事人未依照法律、行政法规规定办理租赁合同登记备案手续的，不影响合同的效力。第七百一十三条承租人在租赁物需要维修时可以请求出租人在合理期限内维修。因承租人的过错致使租赁物需要维修的，出租人不承担前款规定的维修义务。\n',
    [['《中华人民共和国民法典》第七百零六条', 'resolved', '民法典706'], ['第七百一十三条', 'resolved', '民法典713'], ['前款', 'resolved', '民法典713.1']]],
  ['前款 in the first article\'s words stays the first article\'s',
    '法律依据：《中华人民共和国民法典》第七百一十三条承租人在租赁物需要维修时可以请求出租人在合理期限内维修。因承租人的过错致使租赁物需要维修的，出租人不承担前款规定的维修义务。\n',
    [['《中华人民共和国民法典》第七百一十三条', 'resolved', '民法典713'], ['前款', 'resolved', '民法典713.1']]],
  ['ordinals and case numbers in such words stay unread',
    '法律依据：《中华人民共和国民法典》第七百零六条当事人未依照法律规定办理登记备案手续的，不影响合同的效力。第十四届全国人大第一次会议，（2019）某民初12号，第2项商品。\n',
    [['《中华人民共和国民法典》第七百零六条', 'resolved', '民法典706']]],
]);

// 前款 in an unknown regulation's article printed under its label below the citation (analyze.ts pastedWords): that
// regulation's (unknown-regulation); under a label numbered otherwise it stays unread.
table('citation table: 前款 in an unknown regulation\'s article printed below its citation (real-gov16)', [
  ['法律依据：《某某规定》第十三条 ⏎ … ⏎ 第十四条 ⏎ … ⏎ 前款…: unknown-regulation',
    '法律依据：《某某市行政处罚程序规定》第十三条\n\n违法事实确凿的，可以当场作出行政处罚决定。\n\n第十四条\n\n执法人员应当出示证件。\n\n前款规定的决定书应当载明当事人的基本情况。\n',
    [['《某某市行政处罚程序规定》第十三条', 'unknown-regulation', ''], ['前款', 'unknown-regulation', '']]],
  ['a label numbered otherwise above it: 前款 unread',
    '法律依据：《某某市行政处罚程序规定》第十三条\n\n违法事实确凿的，可以当场作出行政处罚决定。\n\n第二十条\n\n执法人员应当出示证件。\n\n前款规定的决定书应当载明当事人的基本情况。\n',
    [['《某某市行政处罚程序规定》第十三条', 'unknown-regulation', '']]],
  ['ordinals and case numbers in such text stay unread',
    '法律依据：《某某市行政处罚程序规定》第十三条\n\n执法人员应当出示证件。第十四届全国人大第一次会议，（2019）某民初12号，第2项商品。\n',
    [['《某某市行政处罚程序规定》第十三条', 'unknown-regulation', '']]],
]);

// A proposal's title naming an article of a regulation in 〈〉 (scanner PROPOSAL_ON_ARTICLE): that article is cited; an
// amending decision's title (history notes) and a proposal naming no article stay as they were.
table('citation table: an article named in a proposal\'s title (real-gov16)', [
  ['《关于修订〈某条例〉第六十四条的议案》: the nested title\'s article',
    '建议将代表提出的《关于修订〈贵州省生态文明建设促进条例〉第六十四条的议案》交省人大环境与资源保护委员会审议。\n',
    [['〈贵州省生态文明建设促进条例〉第六十四条', 'unknown-regulation', '']]],
  ['a proposal on a law in the corpus: resolved',
    '代表提出的《关于修改〈中华人民共和国劳动法〉第四十七条的建议》已交办。\n',
    [['〈中华人民共和国劳动法〉第四十七条', 'resolved', '劳动47']]],
  ['an amending decision\'s title and a proposal naming no article: no citation; ordinals stay unread',
    '第十四届全国人大第一次会议《关于修改〈中华人民共和国劳动法〉第四十七条的决定》第一次修正。代表提出的《关于修订〈贵州省生态文明建设促进条例〉的议案》，（2019）某民初12号。\n',
    []],
]);

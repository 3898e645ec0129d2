// Form 1 of fix-zh63: a bullet's label naming one 款, set off by a colon over that 款's own words, under a line naming the
// article, is the heading of the 款 restated (layout/bulletedParagraphLabel.ts), as the label opening its line is; its
// 前款 stays the article's. Made-up text; laws named short (民法典585.2 is the Civil Code's article 585, paragraph 2).
import { bundledShortTable as table } from './citations/helpers';

const LEAD = '违约金调整的规则集中规定在《民法典》第585条，该条共三款，具体内容如下:\n';
const P1 = '第585条第1款:当事人可以约定一方违约时应当根据违约情况向对方支付一定数额的违约金，也可以约定因违约产生的损失赔偿额的计算方法。\n';
const P2 = '第585条第2款:约定的违约金低于造成的损失的，人民法院或者仲裁机构可以根据当事人的请求予以增加。\n';
const INS = '保险纠纷中最常引用的是《保险法》第十六条。条文如下：\n';
const I2 = '第十六条第二款：投保人故意或者因重大过失未履行前款规定的如实告知义务，足以影响保险人决定是否同意承保的，保险人有权解除合同。\n';
const I3 = '第十六条第三款：前款规定的合同解除权，自保险人知道有解除事由之日起，超过三十日不行使而消灭。\n';
const HEAD: [string, string, string] = ['《民法典》第585条', 'resolved', '民法典585'];
const INS_HEAD: [string, string, string] = ['《保险法》第十六条', 'resolved', '保险16'];

table('citation table: a bullet\'s 款 label over the 款\'s own words is a heading (fix-zh63)', [
  ['dash bullets: headings, no citation', LEAD + '- ' + P1 + '- ' + P2, [HEAD]],
  ['middle-dot bullets', LEAD + '· ' + P1 + '· ' + P2, [HEAD]],
  ['bullet marks', LEAD + '• ' + P1 + '• ' + P2, [HEAD]],
  ['numbered bullets', LEAD + '1. ' + P1 + '2. ' + P2, [HEAD]],
  ['前款 inside the bullets stays the article\'s 前款', INS + '- ' + I2 + '- ' + I3,
    [INS_HEAD, ['前款', 'resolved', '保险16.1'], ['前款', 'resolved', '保险16.2']]],
  ['no bullet: a heading as before', LEAD + P1 + P2, [HEAD]],
  // Look-alikes that stay citations.
  ['a bullet with the writer\'s words after the colon stays a citation', LEAD + '- 第585条第2款:法院可依当事人请求增加违约金。\n',
    [HEAD, ['第585条第2款', 'resolved', '民法典585.2']]],
  ['a bullet citing the 款 with 规定 stays a citation', LEAD + '- 第585条第2款规定，约定的违约金低于造成的损失的，可以请求增加。\n',
    [HEAD, ['第585条第2款', 'resolved', '民法典585.2']]],
  ['a bullet of a whole article after a list number is left as before', '《民法典》相关条文：\n1. 第585条:当事人可以约定一方违约时应当根据违约情况向对方支付一定数额的违约金。\n',
    [['第585条', 'resolved', '民法典585']]],
  ['a word before the label is no bullet: stays a citation', LEAD + '另见 第585条第2款:约定的违约金低于造成的损失的，人民法院或者仲裁机构可以根据当事人的请求予以增加。\n',
    [HEAD, ['第585条第2款', 'resolved', '民法典585.2']]],
]);

// The words opening a short-name bracket are one definition (titles/shortFormBracket.ts SHORT_NAME_OPEN), read by the
// scanner, analyze.ts, terms/definitions.ts, laterShortName.ts, versionWord.ts and titleTiedToArticle.ts alike. Where
// the copies once differed — 下文简称 (no copy read it), 以下简称为 (only the bracket's own reader), 以下统称 (not the
// readers tying a bare article to the title), 以下簡稱 on a simplified page (only one of them) — a short name so given
// is given all the same: each row reads as the same text with 以下简称 does. Against the bundled corpus (企业破产2 is the
// Enterprise Bankruptcy Law's article 2).
import { bundledShortTable as table } from './citations/helpers';

const LATER = '根据《中华人民共和国企业破产法》（以下简称《甲法》）的规定，另依《中华人民共和国公司法》第三条，《甲法》第二条规定了破产原因。';

table('citation table: every form of the short-name bracket gives the name (shortFormBracket.ts SHORT_NAME_OPEN)', [
  ['以下简称: the short name used after another citation is the title\'s',
    LATER,
    [['《中华人民共和国公司法》第三条', 'resolved', '公司3'], ['《甲法》第二条', 'resolved', '企业破产2']]],
  ['下文简称, as 以下简称',
    LATER.replace('以下简称', '下文简称'),
    [['《中华人民共和国公司法》第三条', 'resolved', '公司3'], ['《甲法》第二条', 'resolved', '企业破产2']]],
  ['以下簡稱 in traditional script on a simplified page, as 以下简称',
    LATER.replace('以下简称', '以下簡稱'),
    [['《中华人民共和国公司法》第三条', 'resolved', '公司3'], ['《甲法》第二条', 'resolved', '企业破产2']]],
  ['the bare article right after a 下文简称 bracket is the title\'s (analyze.ts namedFrom)',
    '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（下文简称《借贷规定》）第二十五条规定了利率。',
    [['第二十五条', 'resolved', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定25']]],
  ['以下统称 and 下文简称 introduce the law a bare article later in the sentence cites (titleTiedToArticle.ts)',
    '《中华人民共和国公司法》第三条曾作规定。\n全国人大常委会通过《中华人民共和国企业破产法》（以下统称《破产法》）以后，第三条规定了管辖法院。《中华人民共和国公司法》第二条曾作规定。\n全国人大常委会通过《中华人民共和国企业破产法》（下文简称《破产法》）以后，第二条规定了破产原因。',
    [['《中华人民共和国公司法》第三条', 'resolved', '公司3'], ['第三条', 'resolved', '企业破产3'], ['《中华人民共和国公司法》第二条', 'resolved', '公司2'], ['第二条', 'resolved', '企业破产2']]],
  ['以下统称 with 其中 after it (titleTiedToArticle.ts)',
    '进一步解析2006年《中华人民共和国破产法》第2条。\n  2006年8月27日正式颁布了《中华人民共和国企业破产法》(以下统称《企业破产法》),其中第2条对破产原因进行了界定。',
    [['《中华人民共和国破产法》第2条', 'unknown-regulation', ''], ['第2条', 'resolved', '企业破产2']]],
  ['以下简称为 and 下文简称 naming the older text by its version word, as 以下简称 (versionWord.ts; the corpus lacks it)',
    '2005年修订前的公司法（以下简称为“原公司法”）第二十条规定了股东责任。原公司法第十二条规定了经营范围。\n2005年修订前的公司法（下文简称“原公司法”）第二十条规定了股东责任。',
    [['第二十条', 'unknown-regulation', ''], ['原公司法第十二条', 'unknown-regulation', ''], ['第二十条', 'unknown-regulation', '']]],
]);

table('citation table: a headline\'s short name defined below by 下文简称 (laterShortName.ts)', [
  ['a held interpretation\'s short name in the headline, 下文简称 below',
    '释义第5条的理解\n《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》（下文简称“释义”）第5条规定了管辖。',
    [['释义第5条', 'resolved', '最高人民法院关于适用《民事诉讼法》的解释5'], ['第5条', 'resolved', '最高人民法院关于适用《民事诉讼法》的解释5']]],
]);

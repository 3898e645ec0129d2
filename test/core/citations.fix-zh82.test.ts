// Forms of heldout52's court set (fix-zh82): made-up text in the real style against the bundled corpus (laws named
// short: 企业破产2 is the Enterprise Bankruptcy Law's article 2).
import { bundledShortTable as table } from './citations/helpers';

// A bare article after a title the writer just gave a short name, or joined it to by 其中, is that title's — not the
// article of the same number cited earlier with another title (titles/titleTiedToArticle.ts). A title named in passing,
// or a short name given in an earlier sentence, leaves the article cited again where it was (referenceSubject.ts).
table('citation table: a bare article after a title just given a short name or joined by 其中 (fix-zh82)', [
  ['a near-miss title cited at that number above, the law introduced with its short name and 其中',
    '进一步解析2006年《中华人民共和国破产法》第2条。\n  2006年8月27日正式颁布了《中华人民共和国企业破产法》(以下简称《企业破产法》),其中第2条对破产原因进行了界定。',
    [['《中华人民共和国破产法》第2条', 'unknown-regulation', ''], ['第2条', 'resolved', '企业破产2']]],
  ['another law cited at that number, the next introduced with 其中 alone',
    '《中华人民共和国公司法》第二条规定了公司的种类。2006年又颁布了《中华人民共和国企业破产法》，其中第二条规定了破产原因。',
    [['《中华人民共和国公司法》第二条', 'resolved', '公司2'], ['第二条', 'resolved', '企业破产2']]],
  ['a short name given, the bare article later in that sentence (the next paragraph after the other law\'s article)',
    '《中华人民共和国公司法》第三条曾作规定。\n全国人大常委会通过《中华人民共和国企业破产法》（以下简称《破产法》）以后，第三条规定了管辖法院。',
    [['《中华人民共和国公司法》第三条', 'resolved', '公司3'], ['第三条', 'resolved', '企业破产3']]],
  ['not a title named in passing after the article discussed (综上), nor a short name given in an earlier sentence',
    '《中华人民共和国社会保险法》第六十三条规定了强制征缴。划拨需遵循《中华人民共和国商业银行法》。综上，第六十三条通过强制手段保障基金。',
    [['《中华人民共和国社会保险法》第六十三条', 'resolved', '社会保险63'], ['第六十三条', 'resolved', '社会保险63']]],
  ['not a short name given to the title cited with the article, another title named in passing after it',
    '《中华人民共和国社会保险法》（以下简称《社保法》）第六十三条规定了强制征缴，划拨需遵循《中华人民共和国商业银行法》的规定，因此第六十三条通过强制手段保障基金。',
    [['第六十三条', 'resolved', '社会保险63'], ['第六十三条', 'resolved', '社会保险63']]],
]);

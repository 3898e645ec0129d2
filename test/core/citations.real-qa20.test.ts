// Forms from lawyers' Q&A pages (real-qa20): made-up text in the real style against the bundled corpus (laws named
// short: 刑265 is the Criminal Law's article 265).
import { bundledShortTable as table } from './citations/helpers';

// A judicial interpretation reproduced with each article's label glued to its text, the text opening with the law it
// explains (titles.ts ARTICLE_LABEL_BEFORE): the law's name after the label is a name, its article the law's — not
// one more article of the interpretation (unknown here, the corpus lacking it).
table('citation table: a law named right after an article label glued to its text (real-qa20)', [
  ['an interpretation the corpus lacks, its article 2 opening with 刑法第…条',
    '最高人民法院《关于审理盗窃案件具体应用法律若干问题的解释》第二条刑法第二百六十五条规定的“以牟利为目的”，是指为了出售。',
    [['《关于审理盗窃案件具体应用法律若干问题的解释》第二条', 'unknown-regulation', ''], ['刑法第二百六十五条', 'resolved', '刑265']]],
  ['after a 之一 label too, and with Arabic numerals',
    '某解释第3条之一刑法第133条之一规定的“醉酒”，依照该规定认定。',
    [['第3条之一', 'no-context', ''], ['刑法第133条之一', 'resolved', '刑133']]],
  ['not a longer word ending in a name after the label, nor an ordinal, a session or a case number',
    '《中华人民共和国刑法》第二条母公司法第三条另有规定。第十四届第一次会议。第2项商品。（2019）某刑初12号。',
    [['《中华人民共和国刑法》第二条', 'resolved', '刑2'], ['第三条', 'resolved', '刑3']]],
]);

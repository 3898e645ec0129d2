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
    [['第3条之一', 'no-context', ''], ['刑法第133条之一', 'resolved', '刑133之1']]],
  ['not a longer word ending in a name after the label, nor an ordinal, a session or a case number',
    '《中华人民共和国刑法》第二条母公司法第三条另有规定。第十四届第一次会议。第2项商品。（2019）某刑初12号。',
    [['《中华人民共和国刑法》第二条', 'resolved', '刑2'], ['第三条', 'resolved', '刑3']]],
]);

// A bare 第N条 opening its line, followed by the first words of article N of some regulation of the corpus other than
// the law in context (reprintedOtherText.ts): the heading of that article's text pasted, no citation of the law's
// article N; prose after a label, or words that open no such article, keep it a citation.
table('citation table: a line-start label heading another regulation\'s pasted text (real-qa20)', [
  ['the 盗窃 interpretation\'s article 1 pasted under a bracketed word, after a law was cited',
    '刑法修正案（八）第三十九条对原条文作出修改。\n\n【司法解释】\n\n第一条盗窃公私财物价值一千元至三千元以上、三万元至十万元以上的，应当分别认定为数额较大。',
    [['刑法修正案（八）第三十九条', 'resolved', '刑法修正案（八）39']]],
  ['not a label the writer goes on from with 规定, nor one followed by words of his own; nor an ordinal or a case number',
    '《中华人民共和国刑法》第二百六十四条规定了盗窃罪。\n第一条规定了刑法的目的。\n第三条我们再看。\n第十四届第一次会议。（2019）某刑初12号。',
    [['《中华人民共和国刑法》第二百六十四条', 'resolved', '刑264'], ['第一条', 'resolved', '刑1'], ['第三条', 'resolved', '刑3']]],
]);

// 通则 ends a law's title (text.ts LAW_TITLE_END): 《民法通则》, which the corpus lacks, named alone is the law of the bare
// articles after it — unknown-regulation, not no-context; a bracketed name ending otherwise (a plan) is still no law.
table('citation table: a title ending in 通则 named alone, then bare articles (real-qa20)', [
  ['an old answer quoting the General Principles article by article',
    '《民法通则》里有关诉讼期限的法律条文: 第135条:向人民法院请求保护民事权利的诉讼时效期间为三年。 第137条:诉讼时效期间从知道权利被侵害时起计算。',
    [['第135条', 'unknown-regulation', ''], ['第137条', 'unknown-regulation', '']]],
  ['not a plan named alone, nor an ordinal, a session or a case number',
    '《某某发展规划》里说得明白: 第135条另有安排。第十四届第一次会议。（2019）某刑初12号。第2项商品。',
    [['第135条', 'no-context', '']]],
]);

// Forms from the real-judg23 page helper's court pages (judgments, rulings, judges' articles): made-up text in the real
// style against the bundled corpus (laws named short: 民法典52 is the Civil Code's article 52).
import { bundledShortTable as table } from './citations/helpers';

// A judge's article on a provision of a law the corpus lacks (a repealed law: 侵权责任法, 合同法) names another regulation
// alone in passing and repeats the provision's number bare: the provision under discussion, of the law the corpus lacks
// (analyze.ts unknownArticleCitedAgain) — not an article of the regulation named in passing.
table('citation table: a repealed law\'s article repeated bare after a regulation named in passing (real-judg23)', [
  ['the number repeated after a code named alone that has an article of that number',
    '下文以《合同法》第五十二条为中心进行分析，认为该条并未被《民法典》完全吸收。适用第五十二条时，应当区分效力性强制性规定。',
    [['《合同法》第五十二条', 'unknown-regulation', ''], ['该条', 'unknown-regulation', ''], ['第五十二条', 'unknown-regulation', '']]],
  ['repeated twice, with an interpretation named alone in between',
    '《侵权责任法》第三十五条并未取代《人身损害赔偿司法解释》。适用第三十五条时，应限于自然人之间；《民法典》施行后，第三十五条的精神仍有参考价值。',
    [['《侵权责任法》第三十五条', 'unknown-regulation', ''], ['第三十五条', 'unknown-regulation', ''], ['第三十五条', 'unknown-regulation', '']]],
  ['not after an article of a known law cited in between, nor another number',
    '《合同法》第五十二条规定了无效情形，《民法典》第一百四十三条规定了有效要件。适用第五十二条时亦同；第五十三条另有规定。',
    [['《合同法》第五十二条', 'unknown-regulation', ''], ['《民法典》第一百四十三条', 'resolved', '民法典143'], ['第五十二条', 'resolved', '民法典52'], ['第五十三条', 'resolved', '民法典53']]],
  ['not another state\'s law (a Chinese law named after it ends its articles), nor an ordinal, a session or a case number',
    '《德国民法典》第823条规定了侵权责任，我国《民法典》亦有规定。第823条规定了什么？第十四届第一次会议，第2项商品，（2019）某刑初12号。',
    [['第823条', 'resolved', '民法典823']]],
]);

// An interpretation's long title shortened in 《》 and left undefined, in the paragraph that names it in full before or
// after (titles/paragraphShortName.ts): that title — its words in order, the same kind word last, one title fitting.
table('citation table: an undefined short name of a title the paragraph names in full (real-judg23)', [
  ['before the full title in the same paragraph',
    '法院依照《仲裁规定》第3条、第4条作出驳回执行申请裁定——《最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定》第五条规定了复议。',
    [['《仲裁规定》第3条、第4条', 'resolved', '最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定3 最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定4'],
      ['《最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定》第五条', 'resolved', '最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定5']]],
  ['after it, a name of two of its words',
    '本案适用《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》第二十八条。依照《执行异议规定》第二十八条，异议成立。',
    [['《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》第二十八条', 'resolved', '最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定28'],
      ['《执行异议规定》第二十八条', 'resolved', '最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定28']]],
  ['not in another paragraph, nor where two titles fit, nor a mistyped law, nor an ordinal or a case number',
    '依照《仲裁规定》第三条。\n本案适用《最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定》第三条。\n《执行规定》第五条与《最高人民法院关于人民法院执行工作若干问题的规定（试行）》、《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》并列。现行《民事讼诉法》第227条。第十四届第一次会议，（2019）某执复12号。',
    [['《仲裁规定》第三条', 'unknown-regulation', ''],
      ['《最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定》第三条', 'resolved', '最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定3'],
      ['《执行规定》第五条', 'unknown-regulation', ''], ['《民事讼诉法》第227条', 'unknown-regulation', '']]],
]);

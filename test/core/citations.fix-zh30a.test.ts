// Forms of traditional-script and Taiwan pages (round 21, fix-zh30a): made-up text in the real style against the
// bundled corpus (laws named short: 民法典1062 is the Civil Code's article 1062).
import { bundledShortTable as table } from './citations/helpers';

// 本条 followed in its own sentence by 即 and the articles it stands for (thisArticleListed.ts): the list is the
// citation, 本条 no mention; 本条 whose 即 explains words, not articles, stays the article under discussion.
table('citation table: 本条 standing for the articles listed after 即 (fix-zh30a)', [
  ['traditional script, after a title-only law: the list alone, unknown', '依《民法典》第一千零六十二條規定處理。為了區別《合同法》所稱的承攬人，本條採用了「掛靠人」的說法，即第3條、第7條、9條，三處均指借用資質者。',
    [['《民法典》第一千零六十二條', 'resolved', '民法典1062'], ['第3條、第7條、9條', 'unknown-regulation', '']]],
  ['simplified, 亦即 and a colon before the list', '依《民法典》第一千零六十二条规定处理。为便于理解，本条引入了“共同财产”的概念，亦即：第十条、第十一条，二者均指婚后所得。',
    [['《民法典》第一千零六十二条', 'resolved', '民法典1062'], ['第十条、第十一条', 'resolved', '民法典10 民法典11']]],
  ['not 即 explaining words: 本条 is the article cited before', '依《民法典》第一千零六十二条规定处理。本条规定了共同财产的范围，即工资、奖金等收入。',
    [['《民法典》第一千零六十二条', 'resolved', '民法典1062'], ['本条', 'resolved', '民法典1062']]],
  ['not an article after 即 in the next sentence, nor ordinals and case numbers', '依《民法典》第一千零六十二条规定处理。本条规定了共同财产。即第十四届第一次会议所定，（2019）某民初12号。',
    [['《民法典》第一千零六十二条', 'resolved', '民法典1062'], ['本条', 'resolved', '民法典1062']]],
]);


// A jurisdiction before a title says whose law it is (heldout19 court, now a tuning set; titles/jurisdictionBefore.ts):
// made-up text in the real style against the bundled corpus (laws named short).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: another state named before a title (fix-owner19)', [
  ['日本《民事诉讼法》: that state\'s law, its bare articles after it too — no citations', '日本《民事诉讼法》第二百四十八条规定了损害额的酌定，第二百四十九条亦同。',
    []],
  ['with 的 between, and a state opening the title', '美国的《反海外腐败法》第2条禁止行贿。《德国民法典》第242条规定了诚实信用原则。',
    []],
  ['the Chinese law named after it is read again', '日本《民法》第709条规定了侵权责任。我国《民法典》第一千一百六十五条规定了过错责任。',
    [['《民法典》第一千一百六十五条', 'resolved', '民法典1165']]],
  ['a state in the sentence but not before the title: the Chinese law', '日本、德国立法例均不同，《民法典》第十条规定了习惯的适用。',
    [['《民法典》第十条', 'resolved', '民法典10']]],
]);

table('citation table: Taiwan, Hong Kong or Macau named before a national law\'s title (fix-owner19)', [
  ['台湾地区《民事诉讼法》: Taiwan\'s law of that name, not the corpus\'s', '台湾地区《民事诉讼法》第二百二十二条也规定了法官的自由心证。',
    [['《民事诉讼法》第二百二十二条', 'unknown-regulation', '']]],
  ['澳門《民法典》 in traditional script', '澳門《民法典》第四百七十七條規定了民事責任。',
    [['《民法典》第四百七十七條', 'unknown-regulation', '']]],
  ['a region as a party, not before the title; a national law about the region', '台湾居民依照《民事诉讼法》第二十条起诉。香港《中华人民共和国香港特别行政区基本法》第二十三条。',
    [['《民事诉讼法》第二十条', 'resolved', '民事诉讼20'], ['《中华人民共和国香港特别行政区基本法》第二十三条', 'resolved', '香港特别行政区基本23']]],
  ['ordinals, sessions, case numbers and goods stay non-citations', '日本第十四届会议，（2019）某刑初12号，台湾第一次会议，第2项商品。', []],
]);

// A version named by the day it took effect (2013年1月1日实施的《民事诉讼法》, heldout19 court): the text that took effect
// that year (scanner.ts VERSION_BEFORE; namedVersion.ts), unknown-regulation when the corpus does not hold it.
table('citation table: a version named by the day it took effect (fix-owner19)', [
  ['a text the corpus lacks: unknown-regulation', '根据2013年1月1日实施的《民事诉讼法》第一百二十七条的规定，被告应在答辩期内提出管辖异议。',
    [['《民事诉讼法》第一百二十七条', 'unknown-regulation', '']]],
  ['起施行 with its day, a text the corpus holds: resolved in it', '2024年7月1日起施行的《中华人民共和国公司法》第十五条规定了公司担保。',
    [['《中华人民共和国公司法》第十五条', 'resolved', '公司15']]],
  ['a full date with 通过 is left alone (an article\'s text names acts so); sessions and case numbers stay unread', '2019年1月1日通过的《民法典》第十条。第十四届第一次会议，（2019）某刑初12号。',
    [['《民法典》第十条', 'resolved', '民法典10']]],
]);

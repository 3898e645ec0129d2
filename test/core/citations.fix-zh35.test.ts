// Forms from the round-22 measurement heldout31 (Chinese pages), now tuning material: made-up text in the real style
// against the bundled corpus (laws named short: 食品安全12.2 is the Food Safety Law's article 12, paragraph 2).
import { bundledShortTable as table } from './citations/helpers';

// A Macau act's number and year right before a title (第3/2010號法律《食品安全法》) names that Macau act: the region's law,
// unknown-regulation, even when its words are a national law's title (titles/jurisdictionBefore.ts).
table('citation table: a Macau act numbered before its title (fix-zh35)', [
  ['a Macau law numbered before a national law\'s title, in traditional script',
    '行政長官根據經第5/2019號法律修改的第3/2010號法律《食品安全法》第十二條第二款的規定，作出本批示。',
    [['《食品安全法》第十二條第二款', 'unknown-regulation', '']]],
  ['a decree-law of the Portuguese administration and an administrative regulation, in simplified script',
    '依照第12/95/M号法令《传染病防治法》第三条及第7/2021号行政法规《食品安全法》第五条的规定。',
    [['《传染病防治法》第三条', 'unknown-regulation', ''], ['《食品安全法》第五条', 'unknown-regulation', '']]],
  ['not a national title with no act number before it, nor one after an order number or a case number',
    '根据《中华人民共和国食品安全法》第十二条，并依照主席令第21号《食品安全法》第五条。（2019）某刑初12号《食品安全法》第六条。',
    [['《中华人民共和国食品安全法》第十二条', 'resolved', '食品安全12'], ['《食品安全法》第五条', 'resolved', '食品安全5'], ['《食品安全法》第六条', 'resolved', '食品安全6']]],
  ['ordinals, sessions and item numbers stay non-citations', '第十四届全国人大第一次会议。第2项商品。', []],
]);

// A list or range of articles written inside the title's marks (《某省森林防火条例第二十九、第三十条》): the law's articles, read
// as after the marks; the chain opens at the list's first 第 (scan/articleInsideMarks.ts).
table('citation table: a list of articles inside the title marks (fix-zh35)', [
  ['第 repeated after 、 with one 条, a province\'s regulation the corpus lacks',
    '3.禁止的行为依据《某某省森林防火条例第十八、第十九条》。',
    [['《某某省森林防火条例第十八、第十九条》', 'unknown-regulation', '']]],
  ['a list with 条 each time and a range, of a national regulation',
    '依据《森林防火条例第二十九条、第三十条》和《森林防火条例第十条至第十二条》执行。',
    [['《森林防火条例第二十九条、第三十条》', 'resolved', '森林防火条例29 森林防火条例30'],
      ['《森林防火条例第十条至第十二条》', 'resolved', '森林防火条例10 森林防火条例11 森林防火条例12']]],
  ['not a text of its own named on the articles, nor ordinals, sessions and item numbers',
    '参见《森林防火条例第十条、第十二条的解读》。第十四届全国人大第一次会议。第2项商品。（2019）某刑初12号。',
    []],
]);

// 该条 followed by what the article does (该条在……方面确立了, 该条赋予, 确立, 确定, 体现, 旨在), after the article quoted whole:
// a mention of that article (layout/thatArticle.ts; scanner.ts SELF_ANCHOR).
table('citation table: 该条 taking 在 or a verb of what a provision does (fix-zh35)', [
  ['该条在 right after the quotation closes',
    '《中华人民共和国民事诉讼法》第一百二十八条规定：“人民法院应当在立案之日起五日内将起诉状副本发送被告。”该条在程序方面确立了送达期限。',
    [['《中华人民共和国民事诉讼法》第一百二十八条', 'resolved', '民事诉讼128'], ['该条', 'resolved', '民事诉讼128']]],
  ['该条赋予 one sentence after the quotation',
    '《中华人民共和国民法典》第一千零六十二条规定：“夫妻在婚姻关系存续期间所得的下列财产，为夫妻的共同财产。”换言之，工资收入属于共同财产。可见，该条赋予夫妻平等的处理权。',
    [['《中华人民共和国民法典》第一千零六十二条', 'resolved', '民法典1062'], ['该条', 'resolved', '民法典1062']]],
  ['not 该条 as a classifier before its noun, nor with no article cited before, nor ordinals and case numbers',
    '该条道路在施工，该条信息确定无误。第十四届全国人大第一次会议。（2019）某刑初12号。第2项商品。',
    []],
]);

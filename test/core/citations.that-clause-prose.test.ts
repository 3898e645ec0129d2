// 该条款 in the writer's running prose, followed by words about a provision (fix-zh41a, heldout34-court form 1): the
// article cited in the same or the previous sentence, as 该条 is (scanner.ts SELF_ANCHOR, layout/thatArticle.ts);
// not a contract's term named since, nor 这一条款 / 此条款. Made-up text in the real style against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

table('citation table: 该条款 in running prose points back to the article just cited (fix-zh41a)', [
  ['the next sentence, after its words quoted, and in the same sentence',
    '《中华人民共和国民法典》第一千一百六十五条是侵权责任编的核心条款之一。从该条款的文义出发，可以归纳出过错责任的构成要件。'
      + '民法典第十条规定：“处理民事纠纷，应当依照法律；法律没有规定的，可以适用习惯。”与旧法相比，该条款更加注重习惯的作用。'
      + '在审判实践中，《中华人民共和国保险法》第十六条的适用较为常见，下文通过案例说明该条款的应用。',
    [['《中华人民共和国民法典》第一千一百六十五条', 'resolved', '民法典1165'], ['该条款', 'resolved', '民法典1165'],
      ['民法典第十条', 'resolved', '民法典10'], ['该条款', 'resolved', '民法典10'],
      ['《中华人民共和国保险法》第十六条', 'resolved', '保险16'], ['该条款', 'resolved', '保险16']]],
  // Round 34 (decisions140 D): 该条款 two sentences on in the same paragraph is the article (c140; it was none).
  ['not a contract\'s term named since, 该条款 two sentences on (round 34: that article), not with nothing cited, nor 这一条款; ordinals and case numbers unread',
    '依照《中华人民共和国民法典》第四百九十七条，合同中免除对方主要权利的格式条款无效，该条款的效力应予否定。'
      + '《中华人民共和国保险法》第十七条有变化。一是甲。二是乙。该条款的适用范围较广。'
      + '双方签订的协议第五条约定了违约金。该条款的效力存在争议。'
      + '《中华人民共和国民法典》第十条规定了习惯。这一条款明确了法源。第十四届第一次会议；（2019）某民终12号。',
    [['《中华人民共和国民法典》第四百九十七条', 'resolved', '民法典497'], ['《中华人民共和国保险法》第十七条', 'resolved', '保险17'], ['该条款', 'resolved', '保险17'],
      ['《中华人民共和国民法典》第十条', 'resolved', '民法典10']]],
]);

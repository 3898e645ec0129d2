// 该条 pointing back to the article just named (fix-gaitiao, a convention of round 21): made-up text in the real style
// against the bundled corpus (laws named short: 民法典179 is the Civil Code's article 179).
import { bundledShortTable as table } from './citations/helpers';

// 该条 alone right after the sentence that cited an article (or in it), followed by words about a provision, is that
// article (layout/thatArticle.ts; analyze.ts reads it in the article cited last) — of a law the corpus lacks too.
table('citation table: 该条 alone pointing back to the article just named (fix-gaitiao)', [
  ['该条 in the next sentence, after an article cited with its 款, and after an unknown regulation\'s article',
    '根据《中华人民共和国民法典》（以下简称《民法典》）第一百七十九条的规定，民事主体应当承担侵权责任。该条还具体列举了停止侵害等方式。\n《中华人民共和国刑法》第二十条第二款规定了防卫过当。该条的规定适用于本案。\n《某某市物业管理条例》第十条规定了维修基金。该条明确了业主的义务。',
    [['第一百七十九条', 'resolved', '民法典179'], ['该条', 'resolved', '民法典179'], ['《中华人民共和国刑法》第二十条第二款', 'resolved', '刑20.2'], ['该条', 'resolved', '刑20'],
      ['《某某市物业管理条例》第十条', 'unknown-regulation', ''], ['该条', 'unknown-regulation', '']]],
  ['该条 in the same sentence after a bare article of the law named, and 該條 in traditional script',
    '本文以《中华人民共和国刑法》第二十条为中心，认为该条并未区分情形。\n《中華人民共和國刑法》第二十一條規定了緊急避險，該條規定的要件較嚴。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑20'], ['该条', 'resolved', '刑20'], ['《中華人民共和國刑法》第二十一條', 'resolved', '刑21'], ['該條', 'resolved', '刑21']]],
  ['not 该条件, 该条例, 该条款, 该条线, 该条路, nor 该条 on a later line or with nothing cited; ordinals and case numbers stay unread',
    '《中华人民共和国刑法》第二十条第二款规定了防卫过当。该条件不具备，该条例另有规定，合同中该条款无效，该条线路停运，该条路封闭。\n该条规定了责任。第十四届第一次会议，（2019）某刑初12号，第2项商品。',
    [['《中华人民共和国刑法》第二十条第二款', 'resolved', '刑20.2']]],
  // Round 34 (decisions140 D): 该条 three sentences on in the same paragraph is the article (c140's decision; it was none).
  ['three sentences on in the paragraph (round 34: that article), not after another title named since',
    '《中华人民共和国刑法》第二十条规定了正当防卫。其要件有五。学界争议较大。该条规定的限度如何把握？\n《中华人民共和国刑法》第二十一条规定了紧急避险，《某某学报》对此有专文，该条的要件较严。',
    [['《中华人民共和国刑法》第二十条', 'resolved', '刑20'], ['该条', 'resolved', '刑20'], ['《中华人民共和国刑法》第二十一条', 'resolved', '刑21']]],
]);

// 该条 after an article cited with its words quoted, when the quoted words cite another article: the article that quoted
// them, not the one inside the quotation (analyze.ts quotingArticle).
table('citation table: 该条 after an article and its quoted words citing another (fix-gaitiao)', [
  ['the quoting article, in marks “” and 「」',
    '《中华人民共和国刑法》第二十一条规定：“……本法第二十条……。”该条规定了紧急避险。\n《中華人民共和國刑法》第二十一條規定：「……本法第二十條……。」該條規定了緊急避險。',
    [['《中华人民共和国刑法》第二十一条', 'resolved', '刑21'], ['本法第二十条', 'resolved', '刑20'], ['该条', 'resolved', '刑21'],
      ['《中華人民共和國刑法》第二十一條', 'resolved', '刑21'], ['本法第二十條', 'resolved', '刑20'], ['該條', 'resolved', '刑21']]],
  ['an article cited after the quotation closed is the one pointed back to',
    '《中华人民共和国刑法》第二十一条规定：“……。”另见《中华人民共和国刑法》第二十条，该条规定了正当防卫。',
    [['《中华人民共和国刑法》第二十一条', 'resolved', '刑21'], ['《中华人民共和国刑法》第二十条', 'resolved', '刑20'], ['该条', 'resolved', '刑20']]],
]);

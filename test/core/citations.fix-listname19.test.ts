// A regulation's name without 《》 filling a list item up to its article, and a place's 办法 so named (heldout19 gov, now
// a tuning set; titles/unknownLawName.ts listItemNameBefore): made-up text in the real style against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a list item naming a regulation without 《》 (fix-listname19)', [
  ['each item its own regulation: unknown ones never take the item before\'s law', '法律依据：1、 中华人民共和国公证法第四条2、 某某执业证管理办法第四条3、 某某登记管理规定第十条第一款',
    [['中华人民共和国公证法第四条', 'resolved', '公证4'], ['某某执业证管理办法第四条', 'unknown-regulation', ''], ['某某登记管理规定第十条第一款', 'unknown-regulation', '']]],
  ['after a bracketed number or a colon', '处罚依据：某某经营管理办法第十二条。（二）某某检验规定第三条',
    [['某某经营管理办法第十二条', 'unknown-regulation', ''], ['某某检验规定第三条', 'unknown-regulation', '']]],
  ['a place\'s 办法 named without 《》 after a citing verb', '依据北京市某某管理办法第十条处理。',
    [['北京市某某管理办法第十条', 'unknown-regulation', '']]],
  // An item opening with a citing verb is no list item's name (the verb would be part of it); since fix-zh30a the
  // regulation named right after the verb is a name of its own (unknownLawName.ts citedRegulationBefore).
  ['not an anaphor or a kind alone; an item opening with a citing verb names what follows the verb', '《中华人民共和国公证法》第四条。1、本办法第四条2、有关规定第五条3、依据某某管理办法第六条',
    [['《中华人民共和国公证法》第四条', 'resolved', '公证4'], ['本办法第四条', 'self', '本4'], ['第五条', 'self', '本5'], ['某某管理办法第六条', 'unknown-regulation', '']]],
  ['ordinals, sessions, case numbers and goods stay non-citations', '1、第十四届全国人大常委会第一次会议，（2019）某刑初12号，第2项商品。', []],
]);

// A bare article opening the sentence after one that opened with that article cited with its title, the older texts
// named after it for comparison (《民法典》第1125条是在原《继承法》第7条和《…意见》第13条基础上修改形成的。第1125条共有3款…),
// repeats the passage's subject (fix-zh41a, heldout34-court form 4: subjectCitedAgain.ts, analyze.ts subjectCitedAgain).
// Made-up text in the real style against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a bare article repeating the sentence subject after older texts named (fix-zh41a)', [
  ['the next sentence, and the lines each opening with it below',
    '《中华人民共和国民法典》第1125条是在原《中华人民共和国继承法》第7条和《最高人民法院关于贯彻执行继承法若干问题的意见》第13条基础上修改形成的。第1125条共有3款。\n'
      + '第1125条第1款增加了两种情形。新增情形回应了实践需要。\n第1125条第2款规定了宽恕制度。',
    [['《中华人民共和国民法典》第1125条', 'resolved', '民法典1125'], ['《中华人民共和国继承法》第7条', 'unknown-regulation', ''],
      ['《最高人民法院关于贯彻执行继承法若干问题的意见》第13条', 'unknown-regulation', ''], ['第1125条', 'resolved', '民法典1125'],
      ['第1125条第1款', 'resolved', '民法典1125.1'], ['第1125条第2款', 'resolved', '民法典1125.2']]],
  ['not another number (the older text\'s), nor a number whose sentence opened with another text\'s article; ordinals and case numbers unread',
    '《中华人民共和国民法典》第1125条是在原《中华人民共和国继承法》第7条基础上修改形成的。第7条只规定了四种情形。\n'
      + '《中华人民共和国民法典》第10条规定了习惯。\n《某某省民俗条例》第10条也作了规定。第10条还规定了例外。第十四届第一次会议；（2019）某民终12号。',
    [['《中华人民共和国民法典》第1125条', 'resolved', '民法典1125'], ['《中华人民共和国继承法》第7条', 'unknown-regulation', ''],
      ['第7条', 'unknown-regulation', ''], ['《中华人民共和国民法典》第10条', 'resolved', '民法典10'], ['《某某省民俗条例》第10条', 'unknown-regulation', ''],
      ['第10条', 'unknown-regulation', '']]],
]);

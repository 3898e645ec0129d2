// Forms from the twenty-first round's fresh court pages (real-court30: lawyers' pages and Q&A, judges' articles, court
// news): made-up text in the real style against the bundled corpus (laws named short: 民法典1245 is the Civil Code's
// article 1245; an interpretation keeps its full title).
import { bundledShortTable as table } from './citations/helpers';

const ZX = '最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定';
const BQ = '最高人民法院关于人民法院办理财产保全案件若干问题的规定';

// A court interpretation is named by the kind of case it handles (办理X案件) as by the kind it tries (审理X案件), and a
// kind joining two kinds (执行异议和复议) by the run without 和, its tail or its first kind (titles.ts
// caseKindInterpretation, joinedCaseKind.ts).
table('citation table: an interpretation named by the kind of case it handles, a joined kind shortened (real-court30)', [
  ['the joined kind without 和, its tail, its first kind and the kind itself; 该规定 after them',
    '《执行异议复议规定》第二十八条规定了买受人的条件。《异议复议规定》第二十七条但书另有规定。《执行异议规定》第二十九条适用于消费者。《执行异议和复议规定》第27、28条的关系有争议，该规定第28条的四要件也有争议。',
    [['《执行异议复议规定》第二十八条', 'resolved', `${ZX}28`], ['《异议复议规定》第二十七条但书', 'resolved', `${ZX}27`],
      ['《执行异议规定》第二十九条', 'resolved', `${ZX}29`], ['《执行异议和复议规定》第27、28条', 'resolved', `${ZX}27 ${ZX}28`],
      ['该规定第28条', 'resolved', `${ZX}28`]]],
  ['a kind the court handles (办理财产保全案件), named before 规定', '申请人依照《财产保全规定》第二十三条申请解除保全。',
    [['《财产保全规定》第二十三条', 'resolved', `${BQ}23`]]],
  ['not a part under four characters, nor a word no title\'s kind holds; a case number and ordinals stay unread',
    '《复议规定》第三条不存在。《执行规定》第五条也不存在。（2019）某刑初12号，第十四届第一次会议，第2项商品。',
    [['《复议规定》第三条', 'unknown-regulation', ''], ['《执行规定》第五条', 'unknown-regulation', '']]],
]);

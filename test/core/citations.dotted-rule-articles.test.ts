// A body's rules numbered with dots (fix-zh71; heldout51-gov, heldout41-court): 《…股票上市规则》第1.4条 cites the rules
// (scan/dottedRuleClauses.ts); a technical standard's dotted clauses stay unread (layout/standardClauses.ts).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: dotted articles of a body\'s rules (fix-zh71)', [
  ['an exchange\'s listing rules, their short name given, a run of dotted articles: one unknown-regulation citation',
    '上述行为违反了《公司法》第一百一十五条、《上海证券交易所股票上市规则》(以下简称《股票上市规则》)第1.4条、第2.1条、第10.2.3条等有关规定。',
    [['《公司法》第一百一十五条', 'resolved', '公司115'], ['第1.4条、第2.1条、第10.2.3条', 'unknown-regulation', '']]],
  ['an association\'s rules cited straight after the title, 的规定 between',
    '根据《中国证券业协会会员管理细则》的规定第3.2条，给予纪律处分。',
    [['《中国证券业协会会员管理细则》的规定第3.2条', 'unknown-regulation', '']]],
  ['a technical standard with its code and dotted clauses stays unread',
    '不符合《建筑设计防火规范》(GB 50016-2014)第5.2条、第7条的规定。',
    []],
  ['a standard named without code, dotted clauses after it, stays unread',
    '违反《电梯安装验收规范》第4.1.3条的要求。',
    []],
  ['a dotted number after no title of rules, and version numbers, stay unread',
    '详见第1.4条说明。本软件3.2版于第2.1次会议发布。',
    []],
]);

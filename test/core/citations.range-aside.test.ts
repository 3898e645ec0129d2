// Form 2 of fix-zh63: a range whose first end carries a bracketed aside before 至/到 (《民法典》第967条(以下简称:本条)至
// 第978条) is still the range, every article from first to last (chain/listNote.ts rangeAsideLength). Made-up text; laws
// named short (民法典109 is the Civil Code's article 109).
import { bundledShortTable as table } from './citations/helpers';

const RANGE = '民法典109 民法典110 民法典111';

table('citation table: a range with a bracketed aside after its first end (fix-zh63)', [
  ['a short name given in brackets before 至', '《民法典》第109条(以下简称:本组条文)至第111条，构成人格权保护的基础。',
    [['《民法典》第109条(以下简称:本组条文)至第111条', 'resolved', RANGE]]],
  ['a note on the article before 到, full-width brackets', '详见《民法典》第一百零九条（人身自由、人格尊严）到第一百一十一条的规定。',
    [['《民法典》第一百零九条（人身自由、人格尊严）到第一百一十一条', 'resolved', RANGE]]],
  ['no aside: the range as before', '《民法典》第109条至第111条构成人格权保护的基础。',
    [['《民法典》第109条至第111条', 'resolved', RANGE]]],
  // Look-alikes left as before.
  ['an aside before 至今 is no range', '《民法典》第109条(自然人的人格权)至今仍是讨论的重点。',
    [['《民法典》第109条', 'resolved', '民法典109']]],
  ['an aside before a list\'s 、 is not read so', '《民法典》第109条(以下简称:本条)、第111条构成人格权保护的基础。',
    [['《民法典》第109条', 'resolved', '民法典109'], ['本条', 'resolved', '民法典109'], ['第111条', 'resolved', '民法典111']]],
  ['a lower other end is no range', '《民法典》第111条(人格权的一般规定)至第109条的顺序不同。',
    [['《民法典》第111条', 'resolved', '民法典111'], ['第109条', 'resolved', '民法典109']]],
  ['a bracket holding a provision of its own is no aside', '《民法典》第109条(参见第990条)至第111条构成人格权保护的基础。',
    [['《民法典》第109条', 'resolved', '民法典109'], ['第990条', 'resolved', '民法典990'], ['第111条', 'resolved', '民法典111']]],
]);

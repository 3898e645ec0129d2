// A year alone right before a law's name written without 《》 names that year's text, as before a title (fix-zh41b;
// heldout34 court: a judge's history of an offence, 1979年刑法第157条规定：“…”按照该条规定…). Made-up text in the real style
// against the bundled corpus (laws named short: 刑313 is the Criminal Law's article 313).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a year alone before a law\'s bare name (fix-zh41b)', [
  ['a text the corpus lacks: unknown-regulation, and 该条 pointing back follows',
    '我国刑法关于该罪的规定，始于1979年刑法。1979年刑法第157条规定：“以暴力、威胁方法阻碍国家工作人员依法执行职务的，处3年以下有期徒刑。”按照该条规定，不作为被排除在外。',
    [['刑法第157条', 'unknown-regulation', ''], ['该条', 'unknown-regulation', '']]],
  ['a short name and a year the corpus lacks; a year whose text the corpus holds: that text',
    '2012年民诉法第二百零九条规定了申诉。2021年民诉法第一百六十条规定了简易程序。',
    [['民诉法第二百零九条', 'unknown-regulation', ''], ['民诉法第一百六十条', 'resolved', '民事诉讼160']]],
  ['not the law revised and changed since only by acts of its own (1997年刑法 is the 刑法 in force), nor a date\'s year, nor a name with no year',
    '1997年刑法第313条规定了拒不执行判决、裁定罪。自2019年3月1日起，依照刑法第二十条处理。刑法第157条另有规定。第十四届第一次会议，（2019）某刑初12号。',
    [['刑法第313条', 'resolved', '刑313'], ['刑法第二十条', 'resolved', '刑20'], ['刑法第157条', 'resolved', '刑157']]],
]);

// Forms from the eighteenth round's fair measurement (heldout20, now a tuning set), fix-zh21: made-up text in the real
// style against the bundled corpus (laws named short: 民法典21.1 is the Civil Code's article 21, paragraph 1).
import { bundledShortTable as table } from './citations/helpers';

// A power list's cell noting the decree after the title (《某某条例》(国务院令第123号修改)第五条 文本…。第二十条 文本…): the
// note belongs to the title, the cell opens with the printed article, and the next label after the full stop, set off by
// a space from its own words, heads the next article pasted (lawExcerpt.ts ENTRY_OPENING).
table('citation table: a decree note between the title and the printed article in a list cell (fix-zh21)', [
  ['the later label glued after the full stop, a space before its words: a heading',
    '设定依据 | 《娱乐场所管理条例》(国务院令第458号修订)第五条 县级以上人民政府有关部门负责娱乐场所的监督管理工作。第四十三条 娱乐场所违反本条例规定，由县级公安部门责令改正，给予警告。',
    [['《娱乐场所管理条例》(国务院令第458号修订)第五条', 'resolved', '娱乐场所管理条例5']]],
  ['a dated note in full-width brackets, the same',
    '| 《娱乐场所管理条例》（2016年2月6日修订）第五条 县级以上人民政府有关部门负责娱乐场所的监督管理工作。第四十三条 娱乐场所违反本条例规定，由县级公安部门责令改正。 |',
    [['《娱乐场所管理条例》（2016年2月6日修订）第五条', 'resolved', '娱乐场所管理条例5']]],
  ['not a second article cited after the full stop with 规定, nor a case number or a session',
    '设定依据 | 《娱乐场所管理条例》(国务院令第458号修订)第五条 县级以上人民政府有关部门负责娱乐场所的监督管理工作。第四十三条规定，由县级公安部门责令改正。（2019）某行初12号。第十四届第一次会议。',
    [['《娱乐场所管理条例》(国务院令第458号修订)第五条', 'resolved', '娱乐场所管理条例5'], ['第四十三条', 'resolved', '娱乐场所管理条例43']]],
]);

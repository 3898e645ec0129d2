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

// A page setting every paragraph apart by a blank line (a 普法 page, a book, a 条款摘编) prints an article's 款 one a block:
// 前款 in a later block is the 款 before it, when a blank line stands above the label too and every block between is one
// line ending its sentence (printedParagraph.ts spacedLayout; analyze.ts printedPrevious).
table('citation table: 前款 in an article printed in blank-spaced paragraphs (fix-zh21)', [
  ['a caption, the label, its first 款, then 犯前款罪 two blocks down',
    '（二）相关条文\n\n第二百六十条 虐待家庭成员，情节恶劣的，处二年以下有期徒刑、拘役或者管制。\n\n犯前款罪，致使被害人重伤、死亡的，处二年以上七年以下有期徒刑。\n\n（三）案例评析\n\n本案中被告人多次殴打家人。',
    [['前款', 'resolved', '刑260.1']]],
  ['an excerpt of a code under its section heading, the reference in the third 款',
    '第三节 民事法律行为的效力\n\n第一百四十五条 限制民事行为能力人实施的纯获利益的民事法律行为有效；实施的其他民事法律行为经法定代理人同意或者追认后有效。\n\n相对人可以催告法定代理人自收到通知之日起三十日内予以追认。\n\n依照前款规定撤销的，应当以通知的方式作出。',
    [['前款', 'resolved', '民法典145.2']]],
  ['not a page without the blank line above the label (a commentary going on after the article), nor two lines run together',
    '相关条文\n第二百六十条 虐待家庭成员，情节恶劣的，处二年以下有期徒刑、拘役或者管制。\n\n前款规定的情形较为常见。\n\n（二）条文\n\n第二百六十条 虐待家庭成员，情节恶劣的，处二年以下有期徒刑。\n本案被告人多次殴打家人，\n\n犯前款罪的，从重处罚。',
    []],
  ['not past a heading of the page\'s own, nor a case number or a session',
    '（二）相关条文\n\n第二百六十条 虐待家庭成员，情节恶劣的，处二年以下有期徒刑、拘役或者管制。\n\n二、案例评析\n\n前款所列情形，（2019）某刑初12号判决第二项已认定。第十四届第一次会议。',
    []],
]);

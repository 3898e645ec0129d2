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

// A commentary of a court's interpretation, article by article, its title only in the page's heading lines (法释〔…〕号 ⏎
// 最高人民法院 ⏎ 关于…的解释（一） ⏎ 第三条 文本 ⏎ 【条文主旨】 ⏎ 本条是关于…): the article printed is told by its words, on a long
// run of them, and 本条 in the commentary is it (printedArticleLaw.ts INTERPRETATION, titledAbove).
table('citation table: 本条 in the commentary of an interpretation\'s article under its title lines (fix-zh21)', [
  ['the issuer on its own line, the title on the next (no marks), then the article and its commentary',
    '法释〔2020〕99号\n最高人民法院\n关于审理民间借贷案件适用法律若干问题的规定\n（2020年某月某日修正）\n第二条 出借人向人民法院提起民间借贷诉讼时，应当提供借据、收据、欠条等债权凭证以及其他能够证明借贷法律关系存在的证据。\n【条文主旨】\n本条是关于出借人起诉时应提供证据的规定。',
    [['本条', 'resolved', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定2']]],
  ['not on a few shared words under the title (当事人…的，人民法院…)',
    '最高人民法院\n关于审理民间借贷案件适用法律若干问题的规定\n第二条 出借人向人民法院起诉的，应当提交证据。\n【条文主旨】\n本条是关于证据的规定。',
    []],
  ['not without the title above (a reading app\'s chapter: the text itself), nor a case number or a session',
    '立即打开\n第二条 出借人向人民法院提起民间借贷诉讼时，应当提供借据、收据、欠条等债权凭证以及其他能够证明借贷法律关系存在的证据。\n【条文主旨】\n本条是关于出借人起诉时应提供证据的规定。（2019）某民初12号。第十四届第一次会议。',
    []],
]);

// The former law named with 原 after a comparison (相较于原《…》, 与原《…》不同), or after 较 right behind a title (《民法典》较原
// 《…》): the other side of the comparison, so the bare articles after it stay with the new law (comparedTitle.ts).
table('citation table: the former law compared with, named with 原 (fix-zh21)', [
  ['相较于原《…》, then bare articles in brackets on the next lines',
    '《民法典》相较于原《婚姻法》，在离婚制度上有两处变化：\n一是增设离婚登记的冷静期（第1077条）；\n二是明确夫妻共同债务（第1064条）。',
    [['第1077条', 'resolved', '民法典1077'], ['第1064条', 'resolved', '民法典1064']]],
  ['较原《…》 right behind the new law\'s title, and 与原《…》不同',
    '《民法典》较原《担保法》有两处变化：一是保证期间（第692条）。《民法典》与原《合同法》不同，第五百八十五条调整了违约金。',
    [['第692条', 'resolved', '民法典692'], ['第五百八十五条', 'resolved', '民法典585']]],
  ['not the former law cited with its article, nor 比较 in prose, nor a case number or a session',
    '原《担保法》第二十六条规定了保证期间。比较原《担保法》第二十六条，（2019）某民初12号判决第二项已认定。第十四届第一次会议。',
    [['《担保法》第二十六条', 'unknown-regulation', ''], ['《担保法》第二十六条', 'unknown-regulation', '']]],
]);

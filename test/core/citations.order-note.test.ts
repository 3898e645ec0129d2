// The order that published the text, in brackets between a title and its article (《某条例》(国务院第680号令)第六十六条,
// 《某法》(主席令第26号)第六十四条) names that text: unknown-regulation when the corpus shows no held text can be it, never
// another version read silently (fix-zh41b; heldout34 gov; titles/historyNote.ts orderNoteAt, corpus/orderDate.ts). Made-up text in
// the real style against the bundled corpus (laws named short: 种子64 is the Seed Law's article 64).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: an order number in brackets after the title (fix-zh41b)', [
  ['a State Council order the held text\'s history does not name, dated before that text (国务院第680号令): a text the corpus lacks',
    '该店经营不符合强制性标准的医用口罩，依据《医疗器械监督管理条例》(国务院第680号令)第六十六条第一款第(一)项的规定，责令改正。',
    [['《医疗器械监督管理条例》(国务院第680号令)第六十六条第一款第(一)项', 'unknown-regulation', '']]],
  ['an order with its year, not named by the held text\'s history: that year\'s text, which the corpus lacks',
    '依据《医疗器械监督管理条例》(2017年国务院令第680号修订)第六十六条的规定，责令改正。',
    [['《医疗器械监督管理条例》(2017年国务院令第680号修订)第六十六条', 'unknown-regulation', '']]],
  ['a President\'s order numbered below the orders of the held text\'s term before it (主席令第26号): a text the corpus lacks',
    '| 实施依据 | 《中华人民共和国种子法》(主席令第26号)第六十四条:违反本法规定,经营、推广应当审定而未经审定通过的种子的,责令停止。 |',
    [['《中华人民共和国种子法》(主席令第26号)第六十四条', 'unknown-regulation', '']]],
  ['not an order the held text\'s history names, its year written or not (2006年国务院令第458号, 国务院令第276号: the first publication, which lists cite it by), nor the held text\'s own order, nor one the corpus cannot rule out, nor an order with its year (that year\'s text), nor a ministry\'s order',
    '依据《娱乐场所管理条例》(2006年国务院令第458号)第五条。另见《医疗器械监督管理条例》（国务院令第276号）第六十六条。依据《医疗器械监督管理条例》(国务院令第739号)第六十六条。依据《中华人民共和国种子法》(主席令第105号)第六十四条。依据《中华人民共和国种子法》(2021年主席令第105号公布)第六十四条。依据《某某管理办法》(某某部令第5号)第六条。第十四届第一次会议，（2019）某刑初12号。',
    [['《娱乐场所管理条例》(2006年国务院令第458号)第五条', 'resolved', '娱乐场所管理条例5'], ['《医疗器械监督管理条例》（国务院令第276号）第六十六条', 'resolved', '医疗器械监督管理条例66'], ['《医疗器械监督管理条例》(国务院令第739号)第六十六条', 'resolved', '医疗器械监督管理条例66'], ['《中华人民共和国种子法》(主席令第105号)第六十四条', 'resolved', '种子64'],
      ['《中华人民共和国种子法》(2021年主席令第105号公布)第六十四条', 'resolved', '种子64'], ['《某某管理办法》(某某部令第5号)第六条', 'unknown-regulation', '']]],
]);

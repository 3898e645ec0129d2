// Round 31 (s112, one definition per reading): the rows pinning where one shared reader reads wider than a copy it
// replaced did. The article label opening a line now has one numeral class (text.ts ARTICLE_NUMERAL: 千, 两 and the
// full-width figures with the rest); before, the 本办法-under-a-name-line reader (pageLayoutLaws.ts titleLineOver) lacked
// 千 and ０-９, and the no-own-text 本法 reader (binding/ownlessSelf.ts) lacked 两. A label the chain reads as an article
// (第９条, 第一千零一条, 第两条) is such a label for every reader. Made-up text in the real style, against the bundled corpus.
// Start figures (the narrower copies): row 1 self 本5..4, row 2 self 本3, row 3 no-context — 0 right, 3 wrong; after: 3 right.
// LawRefBook, eval-dev and the heldout55 pages hold none of these forms (0 differing, identical).
import { bundledShortTable, type ShortRow } from './citations/helpers';

const rows: ShortRow[] = [
  ["+ a reprinted 办法's article labelled in full-width figures under its name line: 本办法 is that (unknown) 办法", "来源：某市商务局 2025-03-10\n\n某某站(点)计量监督管理办法\n\n第９条经营者违反本办法有关规定，应当按以下规定进行处罚：\n\n(一)违反本办法第５条第(四)项规定的，责令停止使用。\n", [["本办法第５条第(四)项","unknown-regulation",""]]],
  ["+ a reprinted 规定's article numbered past a thousand under its name line: 本规定 is that (unknown) 规定", "来源：某县档案局\n\n某某档案管理工作规定\n\n第一千零一条违反本规定第三条的，由档案主管部门责令改正。\n", [["本规定第三条","unknown-regulation",""]]],
  ["+ a page printing an article labelled 第两条 at a line's start has articles: 本法 is read as on any such page", "相关法条：\n第两条 破产财产在优先清偿破产费用和共益债务后，依照下列顺序清偿。\n律师解读：依照本法第一百零九条的规定，担保权人优先受偿。\n", [["本法第一百零九条","self","本109"]]],
];

bundledShortTable('one numeral class for a line-start article label (s112)', rows);

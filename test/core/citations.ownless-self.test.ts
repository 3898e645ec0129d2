// Round 30 (heldout54-lawyer p18): 本法 on a page with no article structure of its own that names no law is no self
// reference — its article has no regulation to belong to (binding/ownlessSelf.ts). Made-up text in the real style,
// against the bundled corpus.
import { bundledShortTable, type ShortRow } from './citations/helpers';

const rows: ShortRow[] = [
  ["+ a Q&A page paraphrasing a law it never names, no articles of its own: 本法第N条 has no regulation (no-context)", "破产人所欠职工的工资和医疗、伤残补助、抚恤费用，依照本法第一百一十三条的规定清偿；不足清偿的部分，依照本法第一百零九条的规定处理。\n全文460个字，阅读预计需要2分钟\n", [["本法第一百一十三条","no-context",""],["本法第一百零九条","no-context",""]]],
  ["− the page names the law: 本法 is that law, as before", "《中华人民共和国企业破产法》规定了清偿顺序。破产人所欠职工的工资，依照本法第一百一十三条的规定清偿。\n", [["本法第一百一十三条","resolved","企业破产113"]]],
  ["− a draft with its own articles: 本办法第一条 is its own (self)", "某某市物业管理办法（草案）\n第一条 为了规范物业管理活动，制定本办法。\n第二条 本办法第一条所称物业，是指房屋及配套设施。\n", [["本办法第一条","self","本1"]]],
  ["− a page printing an article at a line's start: read as before (the printed law)", "相关法条：\n第一百一十三条 破产财产在优先清偿破产费用和共益债务后，依照下列顺序清偿。\n律师解读：依照本法第一百零九条的规定，担保权人优先受偿。\n", [["本法第一百零九条","resolved","企业破产109"]]],
  ["− 本办法 on a page naming no regulation and without articles: the page's own (a 办法 printed without its structure), as settled", "依照本办法第三条的规定，申请人应当提交材料。", [["本办法第三条","self","本3"]]],
];

bundledShortTable('本法 on a page that is no regulation and names none (ownlessSelf.ts)', rows);

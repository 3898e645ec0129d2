// Form 3 of round 26 (fix-zh60, heldout39-gov): a document number whose series holds a bracketed word (法(经)发, 国办发(明电))
// between a title and its article links them as any number does (scan/scanner.ts TITLE_LINK), against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

table("citation table: a bracketed series word inside the number between a title and its article (fix-zh60)", [
  ["an unknown answer after a held interpretation's short name, a notice: the article is the unknown title's",
    "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（以下简称《民间借贷规定》）第十条规定了借贷合同的效力。1990年最高法院发布的《关于审理联营合同纠纷案件若干问题的解答》(法(经)发〔1990〕27号)第4条第2款规定，“明为联营，实为借贷”的合同无效。\n《国务院办公厅关于做好某项工作的通知》（国办发(明电)〔2020〕5号）第三条要求各地落实。",
    [["第十条","resolved","最高人民法院关于审理民间借贷案件适用法律若干问题的规定10"],["《关于审理联营合同纠纷案件若干问题的解答》(法(经)发〔1990〕27号)第4条第2款","unknown-regulation",""],["《国务院办公厅关于做好某项工作的通知》（国办发(明电)〔2020〕5号）第三条","unknown-regulation",""]]],
  ["not an ordinal after the number, nor a note that is no number (the bare article keeps the short name's)",
    "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（以下简称《民间借贷规定》）第十条规定了借贷合同的效力。《关于审理联营合同纠纷案件若干问题的解答》(法(经)发〔1990〕27号)第一次会议纪要已废止。\n《民间借贷规定》(见附件(一)说明)第十一条另有规定。",
    [["第十条","resolved","最高人民法院关于审理民间借贷案件适用法律若干问题的规定10"],["第十一条","resolved","最高人民法院关于审理民间借贷案件适用法律若干问题的规定11"]]],
]);

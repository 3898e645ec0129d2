// Form 2 of round 26 (fix-zh60, heldout39-court): a 款 named with its 项 right after an article cited without a 款 is
// that article's (scan/paragraphItemAfterArticle.ts), against the bundled corpus (劳动合同38.1.3 is item 3 of the first
// 款 of the Labour Contract Law's article 38).
import { bundledShortTable as table } from './citations/helpers';

table("citation table: a 款 and its 项 right after an article cited without a 款 (fix-zh60)", [
  ["bracketed and plain numerals, in the same sentence and the next, a 项 the 款 lacks",
    "我国《劳动合同法》第三十八条赋予了劳动者单方解除劳动合同的权利，其中第(一)款第(三)项规定，用人单位未依法缴纳社会保险费的，劳动者可以解除劳动合同。\n公司主张适用《劳动合同法》第四十条规定，本院认为，本案符合第（一）款第（三）项的情形。依照《中华人民共和国行政处罚法》第三十三条的规定，罚款符合第（二）款第3项。",
    [["《劳动合同法》第三十八条","resolved","劳动合同38"],["第(一)款第(三)项","resolved","劳动合同38.1.3"],["《劳动合同法》第四十条","resolved","劳动合同40"],["第（一）款第（三）项","resolved","劳动合同40.1.3"],["《中华人民共和国行政处罚法》第三十三条","resolved","行政处罚33"],["第（二）款第3项","unknown-item","行政处罚33.2.3"]]],
  ["not a 款 alone, a judgment's 款, a pair on another line, nor a 项 alone (the item rules' as before)",
    "《劳动合同法》第十条明确了书面形式，其中第二款另有规定。依照《劳动合同法》第三十八条的规定，维持原判决第一款第二项。\n依照《劳动合同法》第三十八条的规定。\n第一款第三项所列费用由公司承担。\n一、处理意见\n（一）根据《劳动合同法》第三十八条，按第(一)项执行。",
    [["《劳动合同法》第十条","resolved","劳动合同10"],["《劳动合同法》第三十八条","resolved","劳动合同38"],["《劳动合同法》第三十八条","resolved","劳动合同38"],["《劳动合同法》第三十八条","resolved","劳动合同38"],["第(一)项","resolved","劳动合同38..1"]]],
]);

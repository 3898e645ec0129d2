// Form 1 of round 26 (fix-zh60, heldout39-court): a short name a page uses in its headline before the 以下简称 bracket
// defining it below (titles/laterShortName.ts), against the bundled corpus (laws named short: 民法典20 is the Civil
// Code's article 20).
import { bundledShortTable as table } from './citations/helpers';

table("citation table: a short name a headline uses before the bracket defining it (fix-zh60)", [
  ["an unknown interpretation's short name in the headline, defined below",
    "最新判例用司法解释二第19条否定的法律解读\n劳动争议地域化明显。以《最高人民法院关于审理劳动争议案件适用法律问题的解释(二)》(以下简称“司法解释二”)第19条为例，普遍观点认为应当支持。\n终审法院通过对司法解释二第19条的分析，驳回了请求。",
    [["司法解释二第19条","unknown-regulation",""],["第19条","unknown-regulation",""],["司法解释二第19条","unknown-regulation",""]]],
  ["a held interpretation's; a name defined twice: before both the first, after the second the nearest",
    "释义第5条与新法第二十条的关系\n《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》（以下简称“释义”）第5条规定了管辖。前文所引《中华人民共和国民法典》（以下简称“新法”）第二十条；下文另引《中华人民共和国民事诉讼法》（以下简称“新法”）第二十条，新法第二十一条。",
    [["释义第5条","resolved","最高人民法院关于适用《民事诉讼法》的解释5"],["新法第二十条","resolved","民法典20"],["第5条","resolved","最高人民法院关于适用《民事诉讼法》的解释5"],["第二十条","resolved","民法典20"],["第二十条","resolved","民事诉讼20"],["新法第二十一条","resolved","民事诉讼21"]]],
  ["not a kind word alone, a self word or a party's name, nor the name without an article",
    "条例第5条、本法第3条与甲方第2条：司法解释二的理解\n《某某省物业管理条例》（以下简称条例）第五条规定，某某公司（以下简称甲方）。《最高人民法院关于审理劳动争议案件适用法律问题的解释(二)》(以下简称“司法解释二”)正式施行。",
    [["条例第5条","no-context",""],["本法第3条","self","本3"],["第2条","self","本2"],["第五条","unknown-regulation",""]]],
  ["not in running text on the definition's own line: used before it there, the name stays unknown",
    "劳动争议案件裁审综述\n根据司法解释二第19条的规定，用人单位应当补缴。《最高人民法院关于审理劳动争议案件适用法律问题的解释(二)》(以下简称“司法解释二”)已施行。",
    [["第19条","no-context",""]]],
]);

// Form 4 of round 26 (fix-zh60, heldout39-gov): 该条款 (該條款) after a citation of one 款 is that 款, as 该款 is
// (layout/thatArticle.ts clauseParagraph), against the bundled corpus (行政处罚33.1 is the first 款 of article 33 of
// the Administrative Penalty Law).
import { bundledShortTable as table } from './citations/helpers';

table("citation table: 该条款 after a citation of one 款 (fix-zh60)", [
  ["after a quotation, in the next sentence, after a citing word, in traditional script",
    "2021年修订通过的《行政处罚法》第33条第1款规定：“初次违法且危害后果轻微并及时改正的，可以不予行政处罚。”该条款是在原条文基础上新增的规定。\n《中华人民共和国民法典》第五百七十七条第一款规定了违约责任，该条款更加注重守约方的救济。根据《民法典》第一千一百六十五条第二款，该条款规定了过错推定。\n2021年修訂通過的《行政處罰法》第33條第1款規定:“初次違法且危害后果輕微并及時改正的,可以不予行政處罰”。該條款是新增的規定。",
    [["《行政处罚法》第33条第1款","resolved","行政处罚33.1"],["该条款","resolved","行政处罚33.1"],["《中华人民共和国民法典》第五百七十七条第一款","resolved","民法典577.1"],["该条款","resolved","民法典577.1"],["《民法典》第一千一百六十五条第二款","resolved","民法典1165.2"],["该条款","resolved","民法典1165.2"],["《行政處罰法》第33條第1款","resolved","行政处罚33.1"],["該條款","resolved","行政处罚33.1"]]],
  ["not after an article alone or after two 款 (the article, as before), nor a contract's term",
    "《中华人民共和国民法典》第五百七十七条规定了违约责任，该条款更加注重守约方的救济。\n《中华人民共和国民法典》第一千一百六十五条第一款、第二款规定了过错责任，该条款更加注重受害人的救济。\n《中华人民共和国民法典》第四百九十六条第二款规定了格式条款，合同中该条款是否有效，应当审查。",
    [["《中华人民共和国民法典》第五百七十七条","resolved","民法典577"],["该条款","resolved","民法典577"],["《中华人民共和国民法典》第一千一百六十五条第一款、第二款","resolved","民法典1165.1 民法典1165.2"],["该条款","resolved","民法典1165"],["《中华人民共和国民法典》第四百九十六条第二款","resolved","民法典496.2"]]],
]);

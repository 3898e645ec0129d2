// Form 6 of round 26 (fix-zh60, heldout39-gov): a 第N款 glued to an entry's words right after the colon of a list its
// article announces (按照下列程序处理：第二款调查取证) labels the entry, no 款 cited (scan/listEntryParagraph.ts), against the
// bundled corpus (行政处罚33.2 is the second 款 of the Administrative Penalty Law's article 33).
import { bundledShortTable as table } from './citations/helpers';

table("citation table: a 款 labelling an entry after a list's colon (fix-zh60)", [
  ["下列 and 如下 before the colon, in printed article text under a local regulation",
    "1.《某省劳动监察条例》(2002年7月26日某省人民代表大会常务委员会通过)第十六条 对涉嫌违反劳动法律、法规的行为，按照下列程序处理：第二款调查取证。\n2.《某省劳动监察条例》(2002年7月26日通过)第十七条 劳动监察机构应当依照如下步骤办理：第三款作出处理决定。",
    [["《某省劳动监察条例》(2002年7月26日某省人民代表大会常务委员会通过)第十六条","unknown-regulation",""],["《某省劳动监察条例》(2002年7月26日通过)第十七条","unknown-regulation",""]]],
  ["not a 款 with words of a reference after it (规定的, 所列), after the list's colon or elsewhere",
    "1.《某省劳动监察条例》(2002年7月26日通过)第十六条 对涉嫌违反劳动法律、法规的行为，按照下列程序处理：第二款规定的情形除外。\n2.《中华人民共和国行政处罚法》第三十三条 违法行为轻微并及时改正的，不予行政处罚。初次违法且危害后果轻微并及时改正的，可以不予行政处罚。第二款所列情形，行政机关应当教育。",
    [["《某省劳动监察条例》(2002年7月26日通过)第十六条","unknown-regulation",""],["第二款","unknown-regulation",""],["《中华人民共和国行政处罚法》第三十三条","resolved","行政处罚33"],["第二款","resolved","行政处罚33.2"]]],
]);

// Form 5 of round 26 (fix-zh60): a circled note mark (①) glued to a listed provision does not end the list, as [2] does
// not (chain/listNote.ts footnoteMarkerLength), against the bundled corpus (公司5 is the Company Law's article 5).
import { bundledShortTable as table } from './citations/helpers';

table("citation table: a circled note mark inside a list of provisions (fix-zh60)", [
  ["with 第 after 、 or 和, and a number without 第 after 、",
    "《公司法》第5条①、第6条②规定了公司的社会责任。\n《中华人民共和国公司法》第五条①和第六条规定了公司的社会责任，《民法典》第1165条①、1166条规定了侵权责任。",
    [["《公司法》第5条①、第6条","resolved","公司5 公司6"],["《中华人民共和国公司法》第五条①和第六条","resolved","公司5 公司6"],["《民法典》第1165条①、1166条","resolved","民法典1165 民法典1166"]]],
  ["not before another mark or an ordinal; [2] stays a note mark, no 款",
    "《公司法》第5条①、②两项内容由作者整理。\n《公司法》第5条①、第二次会议纪要另有说明。\n2023《公司法》第51条[2]和53条[3]新增的董事核查催缴出资义务。",
    [["《公司法》第5条","resolved","公司5"],["《公司法》第5条","resolved","公司5"],["《公司法》第51条[2]和53条","resolved","公司51 公司53"]]],
]);

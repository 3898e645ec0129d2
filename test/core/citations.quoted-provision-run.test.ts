// Round 30 (heldout54-court p04): a line-start article label, a colon and its words in quotation marks, in a run of
// provisions printed one after another, heads the provision printed (layout/quotedProvisionRun.ts); the writer's own
// lines citing an article keep it a citation. Made-up text in the real style, against the bundled corpus.
import { bundledShortTable, type ShortRow } from './citations/helpers';

const rows: ShortRow[] = [
  ["+ a run of provisions each quoted after its label and a colon: the labels head them; 前款 and 本条例 in them the law's", "相关规定：\n\n工伤保险条例：第十四条：“职工有下列情形之一的，应当认定为工伤：（一）在工作时间和工作场所内，因工作原因受到事故伤害的；（二）患职业病的。”\n\n第十五条：“职工有下列情形之一的，视同工伤：（一）在工作时间和工作岗位，突发疾病死亡的。职工有前款第（一）项情形的，按照本条例的有关规定享受工伤保险待遇。”\n\n第十六条：“职工符合本条例第十四条、第十五条的规定，但是有下列情形之一的，不得认定为工伤或者视同工伤。”\n", [["第十四条","resolved","工伤保险条例14"],["前款第（一）项","resolved","工伤保险条例15.1.1"],["本条例第十四条、第十五条","resolved","工伤保险条例14 工伤保险条例15"]]],
  ["+ a label, a colon and its quoted words under a caption ending with a colon: a heading, no citation", "相关规定：\n\n第十五条：“职工有下列情形之一的，视同工伤。”\n", []],
  ["− 第十五条规定：“…” under the quoted provision: the writer cites it", "工伤保险条例：第十四条：“职工有下列情形之一的，应当认定为工伤：（一）在工作时间和工作场所内，因工作原因受到事故伤害的；（二）患职业病的。”\n\n第十五条规定：“职工有下列情形之一的，视同工伤。”\n", [["第十四条","resolved","工伤保险条例14"],["第十五条","resolved","工伤保险条例15"]]],
  ["− 第十五条：适用于… (the writer's words, no quotation mark): a citation", "工伤保险条例：第十四条：“职工有下列情形之一的，应当认定为工伤：（一）在工作时间和工作场所内，因工作原因受到事故伤害的；（二）患职业病的。”\n\n第十五条：适用于视同工伤的情形。\n", [["第十四条","resolved","工伤保险条例14"],["第十五条","resolved","工伤保险条例15"]]],
  ["− 第十五条：“…”建议删除该条。 (a comment after the quotation on its line): a citation", "工伤保险条例：第十四条：“职工有下列情形之一的，应当认定为工伤：（一）在工作时间和工作场所内，因工作原因受到事故伤害的；（二）患职业病的。”\n\n第十五条：“职工有下列情形之一的，视同工伤。”建议删除该条。\n", [["第十四条","resolved","工伤保险条例14"],["第十五条","resolved","工伤保险条例15"]]],
  ["− under a line of the writer's prose (no quotation closing it): a citation", "本院认为，原告的情形符合《工伤保险条例》的规定，应予认定\n第十五条：“职工有下列情形之一的，视同工伤。”\n", [["第十五条","resolved","工伤保险条例15"]]],
];

bundledShortTable('a label, a colon and the quoted provision in a run of provisions printed (quotedProvisionRun.ts)', rows);

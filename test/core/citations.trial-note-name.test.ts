// Round 30 (heldout54-lawyer p17): (试行) right after a law's name written without 《》 names the text issued on trial, a
// title of its own (scan/trialNote.ts). Made-up text in the real style, against the bundled corpus.
import { bundledShortTable, type ShortRow } from './citations/helpers';

const rows: ShortRow[] = [
  ["+ 企业破产法(试行) without 《》: the trial text, which the corpus lacks — never the later law", "中国企业破产法(试行)第37条规定的破产清偿顺序为：（1）破产企业所欠职工工资。", [["企业破产法(试行)第37条","unknown-regulation",""]]],
  ["+ 民事诉讼法（试行）, full-width brackets: the trial text, unknown", "1982年施行的民事诉讼法（试行）第五十九条规定了回避的情形。", [["民事诉讼法（试行）第五十九条","unknown-regulation",""]]],
  ["+ a 试行 text the corpus holds, ASCII brackets: that text, not the later rules", "依照人民检察院刑事诉讼规则(试行)第五十九条的规定，应当告知。", [["人民检察院刑事诉讼规则(试行)第五十九条","resolved","人民检察院刑事诉讼规则（试行）59"]]],
  ["− the name without the note: the law in force", "根据企业破产法第三十七条的规定，管理人可以取回质物。", [["企业破产法第三十七条","resolved","企业破产37"]]],
  ["− a version note in brackets: that version, as before", "根据公司法(2018年修正)第十条的规定，公司住所应当登记。", [["公司法(2018年修正)第十条","resolved","公司10"]]],
  ["− the title in 《》 with its note: unknown, as before", "依照《企业破产法（试行）》第三十七条，清偿顺序如下。", [["《企业破产法（试行）》第三十七条","unknown-regulation",""]]],
];

bundledShortTable('a bare law name with its trial note names the trial text (trialNote.ts)', rows);

// Round 30 (heldout54-lawyer p15): a 款 named alone with its words quoted after a colon is a 款 of the article the
// sentence opened with when it is not the last article's (quotation/quotedParagraphSubject.ts); 该款 right after a 款 named
// alone is that 款 (layout/thatArticle.ts). Made-up text in the real style, against the bundled corpus.
import { bundledShortTable, type ShortRow } from './citations/helpers';

const rows: ShortRow[] = [
  ["+ 新法第89条在老法第74条的基础上增加了一款，即第三款：“…” — the subject's 款 (its words quoted); 该款 after it that 款", "2023年修订后的《中华人民共和国公司法》（下称“新公司法”）第89条在2018年《中华人民共和国公司法》（下称“老公司法”）第74条的基础上增加了一款，即第三款：“公司的控股股东滥用股东权利，严重损害公司或者其他股东利益的，其他股东有权请求公司按照合理的价格收购其股权。”该款系借鉴于英美法系的股东压迫救济制度。", [["第89条","resolved","公司89"],["第74条","resolved","公司74"],["第三款","resolved","公司89.3"],["该款","resolved","公司89.3"]]],
  ["+ 第八十九条增加了一款，即第三款：“…”该款… — 该款 is the 款 just named", "《中华人民共和国公司法》第八十九条增加了一款，即第三款：“公司的控股股东滥用股东权利，严重损害公司或者其他股东利益的，其他股东有权请求公司按照合理的价格收购其股权。”该款赋予了中小股东退出的权利。", [["《中华人民共和国公司法》第八十九条","resolved","公司89"],["第三款","resolved","公司89.3"],["该款","resolved","公司89.3"]]],
  ["− the words quoted are no 款 of either article: the 款 stays unread", "新《中华人民共和国公司法》第89条在原《中华人民共和国公司法》第74条的基础上增加了一款，即第三款：“公司应当每年召开一次股东大会。”该款引起了讨论。", [["《中华人民共和国公司法》第89条","resolved","公司89"],["《中华人民共和国公司法》第74条","resolved","公司74"]]],
  ["− 该款 after an article cited with its 款: that 款, as before", "《中华人民共和国公司法》第八十九条第二款规定了起诉期限。该款是程序性规定。", [["《中华人民共和国公司法》第八十九条第二款","resolved","公司89.2"],["该款","resolved","公司89.2"]]],
  ["− 第三款 inside the quoted words of 第四款: 该款 after the quotation is the 款 cited (第四款), not the quoted one", "《中华人民共和国公司法》第八十九条第四款规定：“公司因本条第一款、第三款规定的情形收购的本公司股权，应当在六个月内依法转让或者注销。”该款对收购后的股权作了安排。", [["《中华人民共和国公司法》第八十九条第四款","resolved","公司89.4"],["本条第一款、第三款","resolved","公司89.1 公司89.3"]]],
];

bundledShortTable('a 款 added and quoted, and 该款 after it (quotedParagraphSubject.ts)', rows);

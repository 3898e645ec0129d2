// Rule (issue 14 form 1, heldout18-gov; 行政处罚事项 and 权责清单 tables whose 依据名称 cell names a local regulation
// without 《》, its adoption note in the next cell, then the article in the 具体规定 cell, the cells run together:
// 某某省某某管理条例2016年3月1日某某省第十二届人民代表大会常务委员会第九次会议通过第四十条:“违反本条例规定，……”): the
// note between a regulation's name and its article does not break the link, as a parenthetical between 《title》 and
// its article does not — the article is that regulation's. When the corpus does not know the name it is
// unknown-regulation, never an article of whatever law has that number (no-context). The note: a date (2016年3月1日),
// then at most 60 characters naming who adopted, approved, amended or issued it (某某省第十二届人民代表大会常务委员会第九次
// 会议, 某某市人民政府令第5号) ending in that verb (通过, 批准, 修正, 修订, 公布, 发布, 施行), possibly several notes in a row
// (…通过 2020年…修正), possibly in brackets. The name: a place-prefixed regulation's name (a province-level place, or a
// city, county or district after a word boundary: unknownLawName.ts) ending in 条例, 办法, 规定 or 细则 right before the
// note. Where the cells run together the name's word boundary is lost (…人民代表大会山东省…条例): there the name opens
// at the last province-level place before its ending. 第十二届 and 第九次会议 in the note stay non-citations (scanner).
import { LOCAL_ENDING, localNameBefore, PLACES } from './unknownLawName';

const DATE = '[0-9０-９]{4}[ \u3000]*年[ \u3000]*[0-9０-９]{1,2}[ \u3000]*月[ \u3000]*[0-9０-９]{1,2}[ \u3000]*日';
const ONE_NOTE = `${DATE}[^。；;！!？?\\n“”"《》()（）]{0,60}?(?:通过|批准|修正|修订|公布|发布|施行)`;
/** One or more adoption notes, bare or bracketed, ending where the article starts. */
const NOTES_BEFORE = new RegExp(`(?:[(（][ \u3000]*${ONE_NOTE}[ \u3000]*[)）]|(?:${ONE_NOTE}[，,、 \u3000]*)+)[ \u3000]*$`);
/** The characters NOTES_BEFORE may end with (its verb's last, a closing bracket, a separator, a space): checked first. */
const NOTE_ENDS = new Set([...'过准正订布行)），,、 \u3000'].map((c) => c.charCodeAt(0)));
const NOT_IN_NAME = /人民代表大会|人民政府|常务委员会|地方性法规|政府规章/;

/** What the rule needs of the corpus's names: does a known title end here (then it is found as a known one). */
export interface KnownEnding {
  matchEnding(text: string, end: number, shortNames?: boolean): number;
}

/**
 * The place-prefixed regulation's name the corpus does not know, then its adoption note, ending right before `p` (where
 * the cited article starts): [start, end] of the name, or null.
 */
export function adoptedNameBefore(text: string, p: number, known?: KnownEnding | null): [number, number] | null {
  if (!NOTE_ENDS.has(text.charCodeAt(p - 1))) return null; // most articles: no note can end before them
  const note = NOTES_BEFORE.exec(text.slice(Math.max(0, p - 200), p));
  if (!note) return null;
  const end = p - note[0].length;
  if (!LOCAL_ENDING.test(text.slice(Math.max(0, end - 2), end))) return null;
  if (known && known.matchEnding(text, end, true) !== -1) return null;
  const bounded = localNameBefore(text, end);
  if (bounded !== -1 && !NOT_IN_NAME.test(text.slice(bounded, end))) return [bounded, end];
  // Cells run together: the last province-level place before the ending opens the name.
  for (let s = end - 6; s >= Math.max(0, end - 30); s--) {
    if (!/[\u4e00-\u9fff]/.test(text[s])) return null;
    if (PLACES.some((place) => text.startsWith(place, s)) && !NOT_IN_NAME.test(text.slice(s, end))) return [s, end];
  }
  return null;
}

// Rule (issue 14, real-list20; 权责清单 and 事项目录 cells: 《旅行社条例》(2009年国务院令第550号,2016年2月6日予以修改)第七条,
// 《营业性演出管理条例》(2008年7月22日国务院令第528号,2020年11月29日中华人民共和国国务院令第732号修订)第六条,
// 《民用爆炸物品安全管理条例》(2006年5月国务院令第466号,2014年7月修正)第四条): a list names the text it relies on by the
// act's history after its title — how it was made, then, after a comma, the last amendment it knew, the note closing on
// that amendment. That amendment names the version cited, as (2016年修正) does. Only a note that opens with the act's
// making (an order's or a document's number, 公布, 发布, 通过) and closes on 修改, 修正 or 修订 with its year; a note
// closing on another event (…起施行) names none.

/** The last amendment a history note in brackets at `at` closes on. */
export interface HistoryVersion {
  year: number;
  /** Where the note ends (after its closing bracket). */
  end: number;
}

const HISTORY_NOTE = /[（(]([^（()）\n]{4,80}?)[，,；;、][ \t\u3000]*(?:根据[ \t\u3000]*)?([0-9]{4})[ \t\u3000]*年(?:[ \t\u3000]*[0-9]{1,2}[ \t\u3000]*月(?:[ \t\u3000]*[0-9]{1,2}[ \t\u3000]*日)?)?[^（()），,；;、\n]{0,24}?(?:予以)?(?:修改|修正|修订|修訂)本?[ \t\u3000]*[)）]/y;
/** How the act was made, as the note's first part says it. */
const MADE = /令|号|號|公布|发布|發布|通过|通過/;

/** The version a history note in brackets right at `at` (after a title) names by its last amendment, or null. */
export function historyNoteVersion(text: string, at: number): HistoryVersion | null {
  HISTORY_NOTE.lastIndex = at;
  const m = HISTORY_NOTE.exec(text);
  if (!m || !MADE.test(m[1])) return null;
  return { year: +m[2], end: HISTORY_NOTE.lastIndex };
}

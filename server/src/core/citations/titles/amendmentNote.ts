// A title in a regulation's amendment note.
//
// Rule (what real writers do): the 设定依据 of a 权责清单, a 公示 page and a database copy print a regulation's
// history after its title — 《某某管理办法》（某部令第55号）。根据2017年12月15日发布的《某部关于废止和修改部分部门规章的
// 决定》（某部令第57号）修订。 第二十一条 …, or （根据2016年2月6日《国务院关于修改部分行政法规的决定》第一次修订）. The
// title in 根据 … 修订/修正 names the act that amended the regulation, not a regulation the writer goes on to cite: the
// articles and 本办法 after the note are the amended regulation's, so the note's title does not take over the context.

/** 根据 and a date or 发布的 before the title, on its line. */
const BEFORE = /根据[^。；;\n《》]{0,30}$/;
/** 修订 / 修正 after the title (its 文号 in brackets and 第一次 may come between). */
const AFTER = /^[ \u3000]*(?:[（(][^（()）\n]{1,40}[)）])?[ \u3000]*(?:第[一二三四五六七八九十\d]{1,3}次)?(?:修订|修正|修改)/;

/** The note right after a title: only its 文号 in brackets and a stop or comma between (《…办法》（某部令第55号）。根据…). */
const RIGHT_AFTER_TITLE = /》[ \u3000]*(?:[（(][^（()）\n]{0,40}[)）])?[ \u3000。，,；;]*$/;

/**
 * Whether the title from `start` to `end` is the amending act of an amendment note (根据《…决定》修订) that follows a
 * regulation's title on its line or stands in brackets of its own (（…公布 根据《…决定》修正）); 根据《刑法》修订的内容 in
 * prose is no note.
 */
export function inAmendmentNote(text: string, start: number, end: number): boolean {
  const before = BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!before || !AFTER.test(text.slice(end, end + 60))) return false;
  const noteAt = start - before[0].length;
  const near = text.slice(Math.max(0, noteAt - 120), noteAt);
  const line = near.slice(near.lastIndexOf('\n') + 1);
  return RIGHT_AFTER_TITLE.test(line) || /[（(][^（()）]*$/.test(line);
}

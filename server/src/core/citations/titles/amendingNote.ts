// Rule (issue 14, fix-zh41b; heldout34 gov, a 权责清单 basis cell: 【法律】《中华人民共和国种子法》(2021年12月24日,…第三十二次会议
// 通过《全国人民代表大会常务委员会关于修改<中华人民共和国种子法>的决定》,自2022年3月1日起施行。) 第七十一条 品种测试…): a list
// names the text it relies on by a history note in brackets after the title — the amending decision that made it, by its
// own title in 《》, and when it took effect. The amending act never takes over (README: "the amending act not taking
// over"): the article after the note is the law's, read in the version the document's date picks — the amended text on
// a page written after the decision, as with the history note of a penalty decision (《某法》（2013年…公布，根据2018年…
// 《…关于修改〈某法〉的决定》修正）第十条, real-penalty2: the amended law stays in context). Only a decision or 修正案
// amending that law by name (关于修改<某法>的决定, 某法修正案) or several laws at once (…等十二部法律的决定), and only with the
// article right after the note (spaces at most between).
import { SERIES_IN_BRACKETS } from './seriesNumber';

/** A bracketed note that may hold titles in 《》 (their own brackets inside them), the article's 第 right after it. */
const NOTE = /[（(]((?:[^（()）《》\n]|《[^《》\n]{1,120}》){4,240})[)）][ \t\u3000]*(?=第)/y;
/** An amending act named in 《》: a decision amending laws, or an amendment (修正案). */
const ACT = new RegExp(`《([^《》\\n]*(?:关于修改[^《》\\n]*的决定|修正案(?:${SERIES_IN_BRACKETS})?))》`, 'g');
/** The country's name a decision's title may carry before the law it amends, or leave out. */
const NATIONAL = /^中华人民共和国/;
/**
 * A decision amending several acts at once: …等十二部法律的决定, and (fix-zh42, heldout35 gov) 关于修改部分行政法规的决定,
 * 关于修改部分法规的决定, 关于修改部分法律的决定 — the State Council's and local congresses' yearly omnibus decisions.
 */
const SEVERAL_LAWS = /等[一二三四五六七八九十百0-9]+部(?:法律|行政法规)|部分(?:法律|行政法规|法规|规章|地方性法规)/;

/**
 * Where the article's 第 stands after an amending note right at `at` after a title named `written` (the rule above),
 * or -1 when there is no such note.
 */
export function amendingNoteEnd(text: string, at: number, written: string): number {
  NOTE.lastIndex = at;
  const m = NOTE.exec(text);
  if (!m) return -1;
  const name = written.replace(NATIONAL, '');
  if (name.length < 2) return -1;
  ACT.lastIndex = 0;
  for (let a = ACT.exec(m[1]); a; a = ACT.exec(m[1])) if (a[1].includes(name) || SEVERAL_LAWS.test(a[1])) return NOTE.lastIndex;
  return -1;
}

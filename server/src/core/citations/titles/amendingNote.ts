// Rule (issue 14, fix-zh41b; heldout34 gov, a 权责清单 basis cell: 【法律】《中华人民共和国种子法》(2021年12月24日,…第三十二次会议
// 通过《全国人民代表大会常务委员会关于修改<中华人民共和国种子法>的决定》,自2022年3月1日起施行。) 第七十一条 品种测试…): a list
// names the text it relies on by a history note in brackets after the title — the amending decision that made it, by its
// own title in 《》, and when it took effect. The amending act never takes over (README: "the amending act not taking
// over"): the article after the note is the law's, in the text as that decision amended it — the year written before
// the decision's title (the day it was adopted), as (2021年修正) would name it. Only a decision or 修正案 amending that
// law by name (关于修改<某法>的决定, 某法修正案) or several laws at once (…等十二部法律的决定), and only with the article right
// after the note (spaces at most between); a note with no year names no version (the text in force).

/** What a note after a title says of the text cited: the amending act's year (null: none written) and where it ends. */
export interface AmendingNote {
  year: number | null;
  /** Where the note ends (after its closing bracket and the spaces after it, at the article's 第). */
  end: number;
}

/** A bracketed note that may hold titles in 《》 (their own brackets inside them). */
const NOTE = /[（(]((?:[^（()）《》\n]|《[^《》\n]{1,120}》){4,240})[)）][ \t\u3000]*(?=第)/y;
/** An amending act named in 《》: a decision amending laws, or an amendment (修正案). */
const ACT = /《([^《》\n]*(?:关于修改[^《》\n]*的决定|修正案(?:[（(][一二三四五六七八九十]+[)）])?))》/g;
const NATIONAL = /^中华人民共和国/;

/** The amending note right at `at` after a title named `written`, when the article follows it; else null. */
export function amendingNoteAt(text: string, at: number, written: string): AmendingNote | null {
  NOTE.lastIndex = at;
  const m = NOTE.exec(text);
  if (!m) return null;
  const name = written.replace(NATIONAL, '');
  if (name.length < 2) return null;
  ACT.lastIndex = 0;
  for (let a = ACT.exec(m[1]); a; a = ACT.exec(m[1])) {
    const act = a[1];
    if (!act.includes(name) && !/等[一二三四五六七八九十百0-9]+部(?:法律|行政法规)/.test(act)) continue;
    const years = [...m[1].slice(0, a.index).matchAll(/((?:19|20)[0-9]{2})[ \t\u3000]*年/g)];
    return { year: years.length ? +years[years.length - 1][1] : null, end: NOTE.lastIndex };
  }
  return null;
}

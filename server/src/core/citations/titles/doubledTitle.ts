// Rule (issue 14, fix-zh50, heldout36-gov p18; content farms rewriting a Q&A page, a title put in marks twice with its
// last character written again outside the inner ones: 根据《《食品安全法》法》第2條…；第九十九條…): the inner title is the
// one the writer named, the outer marks and the repeated character are the site's slip — the citation is of that
// title, and the bare articles after it belong to it as after any title. Only when the character after the inner 》 is
// the inner title's own last character (法, 例, 定 …) and nothing else stands in the outer marks; 《〈某法〉实施条例》
// or 《《某法》释义》 are other titles (a work or a rule on the law) and stay as they are.

/** 《食品安全法》法: the inner title (group 1) and the one character after it. */
const DOUBLED = /^《([^《》〈〉\n]{2,60})》([\u4e00-\u9fff])$/;

/** The inner title of a title doubled so (`inner`: what the outer marks hold), or null. */
export function doubledTitle(inner: string): string | null {
  const m = DOUBLED.exec(inner);
  return m && m[1].endsWith(m[2]) ? m[1] : null;
}

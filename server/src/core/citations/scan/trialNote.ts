// Rule (round 30, heldout54-lawyer p17; Q&A pages on older law: 中国企业破产法(试行)第37条规定的破产清偿顺序为…): (试行) right
// after a law's name written without 《》 names the text issued on trial — a text of its own (the 1986 企业破产法(试行)),
// not the later law of the same name. The name and the note together are the title, read as 《企业破产法(试行)》 is: the
// corpus's 试行 text when it holds one (人民检察院刑事诉讼规则(试行)第五十九条), else unknown-regulation — never the
// article of that number of the law named without the note. Brackets full-width or ASCII, as pages type them.
/** The trial note ending right before an article: （试行）, (试行). */
const TRIAL_NOTE_BEFORE = /[（(][ \u3000]*试行[ \u3000]*[)）]$/;

/** Where a trial note closing right before `p` opens, or -1. */
export function trialNoteBefore(text: string, p: number): number {
  const m = TRIAL_NOTE_BEFORE.exec(text.slice(Math.max(0, p - 8), p));
  return m ? p - m[0].length : -1;
}

/** The title a name (`name`) with its trial note is read as: the name and the full-width note, as titles hold it. */
export function trialTitle(name: string): string {
  return `${name}（试行）`;
}

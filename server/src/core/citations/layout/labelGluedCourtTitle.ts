// Rule (round 33, f131-zh; heldout57-lawyer, a lawyer's 法律依据 pasting an interpretation's article with its source
// glued after the label: 第七十六條最高人民法院關於《中華人民共和國民法典》婚姻家庭部分適用問題的解釋(壹)雙方對同壹房產…): a
// label opening its line, glued to the title of a court text (最高人民法院关于… / 最高人民检察院关于…, their joint texts) and
// then the article's words, heads that text's printed article — the page names where the words come from, as a
// caption would. No writer cites an article by writing its number first and the court's title after it, so the label
// is no citation, and never one of the law cited before (民法典 76 was read so). A court title before the label
// (…解释（一）第七十六条规定) is cited as before.
import { COURT_ISSUER } from '../courtTitleWords';

/** A court text's title right after the label: 最高人民法院关于…, 最高人民法院、最高人民检察院关于…, traditional script too. */
const COURT_TITLE_AFTER = new RegExp(`^[ \\t\\u3000]*${COURT_ISSUER}(?:[、，和][ \\t\\u3000]*${COURT_ISSUER})?(?:关于|關於)`);

/** Whether the label at [p, end) opens its line (spaces before it only) and is glued to a court text's title. */
export function labelGluedCourtTitle(text: string, p: number, end: number): boolean {
  let i = p - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  return COURT_TITLE_AFTER.test(text.slice(end, end + 24));
}

// Rule (解读 articles, commentaries, Q&A pages, notices forwarding a text): a writer who is not writing the regulation
// itself may give the regulation it explains the short name 本解释, 本规定, 本办法 or 本条例 in a 以下简称 bracket —
// 《最高人民法院关于审理某类案件若干问题的规定》（以下简称本解释）— and then cite its articles so: 本解释第一条规定…. Outside a
// regulation's own text, such a 本X names the title it was given to (defined before it), not the document itself.
// The same in English (issue 14, heldout57 English, f131-en1: a law firm's note on a court's provisions, "… Infringement
// of the Right to Dissemination Online” (these “Provisions”) … Article 4 of these Provisions specified …"): "these
// Provisions", "this Interpretation" outside the text's own printing names the title the page gave that short name.
import { titleKey } from '../text';

/** The context a 本X self word stands for when the document (no regulation of its own) defined it for a title; else null. */
export function definedSelfWord<C>(word: string, ownText: boolean, shortTitles: ReadonlyMap<string, C>): C | null {
  if (ownText) return null;
  if (/^本[\u4e00-\u9fff]{1,4}$/.test(word)) return shortTitles.get(titleKey(word)) ?? null;
  const english = /^(?:these|this)[ \t]+([A-Z][a-z]+)$/i.exec(word);
  return english ? shortTitles.get(titleKey(english[1])) ?? null : null;
}

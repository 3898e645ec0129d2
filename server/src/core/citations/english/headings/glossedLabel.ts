// Rule (issue 14, fix-en71; heldout51-english p03, a firm's note listing the provisions it relies on: "- Article 686
// Civil Code ∞ Establishes the default to general guarantee." ⏎ "- Article 687 Civil Code ∞ Defines ordinary
// suretyship …"): a list entry names an article and its law with no "of" between (titleLabelAt in englishStatuteText.ts, "Article 39
// Labor Law" alone on its line) and goes on, after a separator (a dash, ∞, |, →), with the entry's gloss. The label and
// law are a citation, not a statute heading. Only in a bulleted list entry ("- ", "• ", "* " opening the line): a
// contract prints its own article captions so ("Article 12 Governing Law – This Contract …"), never as bullets.
import { lineStartAt } from '../../text';

/** A separator and the gloss's first capital after the law's name. */
const GLOSS_AFTER = /^[ \t]+[-–—∞|→][ \t]+[A-Z]/;

/** A bullet opening the line before the label. */
const BULLET_LINE = /^[ \t]*[-•*][ \t]+(?:Article|ARTICLE)[ \t]/;

/** Whether the law's name ending at `end`, after a label whose number ends at `label`, is followed by an entry's gloss in a bulleted list. */
export function glossAfterListLabel(text: string, label: number, end: number): boolean {
  if (!GLOSS_AFTER.test(text.substr(end, 6))) return false;
  const line = lineStartAt(text, label);
  return BULLET_LINE.test(text.slice(line, label + 8));
}

// A regulation's title machine-translated word by word and typed in lower case (rule, issue 14, fix-en42; heldout35
// English, a police post's "Legal link": "Article 12 of the act on the administration of security and protection of
// computer information networks international, …", "Article 23 of the management scheme for the international
// networked security protection of computer information networks violates …" for 《计算机信息网络国际联网安全保护管理办
// 法》). Such words — a kind noun (act, scheme, measures, regulations, provisions, rules) and what the text administers,
// in either order ("the act on the administration of X", "the management scheme for X"), X a subject of many words — are
// a regulation's title the page names: its articles are that regulation's, which the corpus cannot tell under that
// English (unknown-regulation), never nothing. The subject ends at a comma, a stop, a bracket or a verb of the writer's
// sentence; it has five content words at least: "the rules for the management of the company" is a company's own.

import { JOINING } from './englishTitleBag';

/** The kind nouns a machine renders 办法 / 条例 / 规定 / 规则 with, in lower case. */
const KIND = '(?:act|scheme|measures|regulations|provisions|rules)';
/** The administering words such titles carry (管理, 监督, 保护, 安全). */
const ADMIN = '(?:administration|management|supervision|protection|security)';
/** The kind noun and the administering word, in either order, then the subject's first word. */
const LEAD = new RegExp(`^(?:${KIND}[ \\t]+(?:on|for|of|concerning)[ \\t]+(?:the[ \\t]+)?${ADMIN}[ \\t]+(?:of|for|on)|${ADMIN}[ \\t]+${KIND}[ \\t]+(?:on|for|of|concerning))[ \\t]+(?:the[ \\t]+)?(?=[a-z])`);
/** A word of the subject, or where the writer's sentence goes on (a verb, a link to another reference). */
const WORD = /([a-z][a-z'’\-]*)(?:[ \t]+|(?=[^a-z'’\-]|$))/y;
/** Words where the writer's sentence goes on: a verb or a link word ends the title before them. */
const STOP_WORD = /^(?:violates?|provides?|stipulates?|states?|shall|should|may|must|is|are|was|were|has|have|which|that|where|if|when|whereas|and(?=[ \t]+articles?\b))$/;

/** The end of such a title typed in lower case at p (the rule above), or -1. */
export function lowerGarbledTitleEnd(text: string, p: number): number {
  const m = LEAD.exec(text.substr(p, 80));
  if (!m) return -1;
  WORD.lastIndex = p + m[0].length;
  let end = -1;
  let content = 0;
  for (let w = WORD.exec(text), n = 0; w && n < 16; w = WORD.exec(text), n++) {
    if (STOP_WORD.test(w[1])) break;
    if (!JOINING.has(w[1])) {
      content++;
      end = w.index + w[1].length;
    }
    if (WORD.lastIndex === w.index + w[1].length && !/^[ \t]/.test(text[WORD.lastIndex] ?? '')) break;
  }
  return content >= 5 ? end : -1;
}

/**
 * Rule (fix-zh90; Q&A and lawyers' pages: 《精神损害赔偿解释》第5条 (977y.com), 《最高人民法院关于精神损害赔偿的司法解释》第十条
 * (uianet.net), 《2001年最高法院關於確定民事侵權精神損害賠償責任若干問題的司法解釋》): an interpretation whose subject is no
 * kind of case (关于确定民事侵权精神损害赔偿责任若干问题的解释) is named by words of its subject and 解释. Another text may hold
 * the same words for one kind of case (关于审理国家赔偿案件确定精神损害赔偿责任…): that one writers name with its kind
 * (国家赔偿精神损害赔偿解释), so words naming no kind of case name the text about no kind of case. The one court
 * interpretation whose subject holds the words, with no 审理 / 办理 …案件 and no law in 《》 in it; none or several: null.
 */
import { everyTextIs } from '../../corpus/lawKind';
import type { Law } from '../../corpus/types';
import { CASE_CLOSE, CASE_VERB } from '../courtTitleWords';

/**
 * An interpretation's title: the court's, 关于 and its subject (1), its kind word 解释, no series number. The court alone
 * of the issuers (courtTitleWords.ts COURT_ISSUERS): a text the procuratorate issues or joins is about a kind of case
 * (检察公益诉讼案件, 办理…刑事案件), which this rule leaves to the readers of a kind of case.
 */
const TITLE = /^最高人民法院关于(.+?)(?:若干问题)?的解释$/;
/** A kind of case in a subject: 审理 / 办理 … (纠纷)案件 (courtTitleWords.ts). */
const KIND_OF_CASE = new RegExp(`${CASE_VERB}[\\u4e00-\\u9fff、]*?${CASE_CLOSE}`);

/** The one interpretation among `laws` whose subject holds `words` and names no kind of case; null otherwise. */
export function generalSubjectInterpretation(words: string, laws: Iterable<Law>): Law | null {
  if (words.length < 4 || !/^[\u4e00-\u9fff]+$/.test(words)) return null;
  let one: Law | null = null;
  for (const law of laws) {
    const m = TITLE.exec(law.title);
    // Nor a text applying a law named in it (关于适用《民法总则》诉讼时效制度…): writers name it by that law.
    if (!m || !m[1].includes(words) || m[1].includes('《') || KIND_OF_CASE.test(m[1])) continue;
    if (!everyTextIs(law, 'judicial-interpretation')) continue;
    if (one && one !== law) return null;
    one = law;
  }
  return one;
}

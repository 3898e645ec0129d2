/**
 * Rule (fix-zh90, names harvested from court and lawyers' pages: 《医疗损害司法解释》 for 审理医疗损害责任纠纷案件…的解释,
 * 《融资租赁司法解释》 for 审理融资租赁合同纠纷案件…的解释, 《建设工程司法解释（一）》 for 审理建设工程施工合同纠纷案件…
 * 的解释（一）): writers name a court interpretation by the kind of case of its title with the kind's LAST words left off —
 * the noun that closes it (责任, 合同, 施工合同) — as they leave its first words off (道路 of 道路交通事故损害赔偿,
 * titles.ts caseKindInterpretation). The words written stand right after 审理 / 办理, one to four characters of the kind
 * follow them before (纠纷)案件. A loose reading: four characters written at least, and taken (titles.ts) only when no
 * title has the words exactly and one title alone fits.
 */
import { CASE_CLOSE, CASE_VERB } from '../courtTitleWords';

/** Whether `words` (the name before 解释 / 规定, 医疗损害) opens the kind of case of `title` with one to four characters left off. */
export function kindTailDropped(title: string, words: string): boolean {
  if (words.length < 4 || !/^[\u4e00-\u9fff]+$/.test(words)) return false;
  const at = title.search(new RegExp(`${CASE_VERB}${words}[\\u4e00-\\u9fff]{1,4}?${CASE_CLOSE}`));
  return at !== -1;
}

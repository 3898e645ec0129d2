// Rule (issue 14, a140-qa; lawyers' and tax experts' answers: 您好！根据《某某试点实施办法》第四十条 一项销售行为…为混合
// 销售。⏎本条所称从事货物生产的单位，包括…): an answer opens its line with a citing verb (根据, 依据, 依照, 按照 …), after a
// greeting or 答： at most, and pastes the cited article's words after the citation — the line is the article's, as a
// line opening with the citation or a label is (unmarkedQuotation.ts labelledLineStart), so a line under it opening
// with 本条 / 前款 is the article's next 款 too. A citing verb inside the writer's sentence (公司根据《…》第十条…) is not
// such a line.

import { CITING_VERBS } from '../text';

/** The words a line may hold before the citation: a greeting or 答, then the citing verb (text.ts CITING_VERBS), nothing else. */
const CITING_VERB_LINE = new RegExp(`^[ \\t\\u3000>*]*(?:(?:您好|你好|答|回复)[ \\t\\u3000]*[！!，,：:。]?[ \\t\\u3000]*)?(?:${CITING_VERBS})[ \\t\\u3000]*$`);

/** Whether the line holding `citationStart` opens with a citing verb right before the citation (within 20 characters). */
export function citingVerbLineStart(text: string, citationStart: number): boolean {
  let lineStart = 0;
  for (let i = citationStart - 1; i >= 0; i--) {
    if (text[i] === '\n') {
      lineStart = i + 1;
      break;
    }
    if (citationStart - i > 20) return false;
  }
  return CITING_VERB_LINE.test(text.slice(lineStart, citationStart));
}

// Rule (issue 14, f110-context; judgments and Q&A pages on labour disputes: 该公司第三条规定员工应当遵守纪律, 本单位第五条
// 规定…, 我公司第八条): a 第X条 glued to a word pointing at a company or a work unit (该公司, 本单位, 我公司, 其企业 …) is that
// body's own rules — its 规章制度 or 章程 named by the body, as 公司章程第十二条 is — never an article of a law, not even of
// the Company Law named just before (公司 there is the company, not 公司法). A law's name carries its 法 (公司法第三条).

/** A pointing word and a body's noun, ending right before the 第 of the article. */
const BODY_BEFORE = /(?:该|本|我|其|此)(?:公司|单位|企业|集团|总公司|分公司|工厂|厂)$/;

/** Whether the 第X条 at `start` is a company's or a work unit's own rule (the rule above). */
export function bodyOwnRuleAt(text: string, start: number): boolean {
  return BODY_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

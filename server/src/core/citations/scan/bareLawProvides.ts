// Rule (round 33, f130-zh; HR and 百家号 articles, lawyers' answers: 其实劳动法44条写得很清楚, 公司法16条明确了担保的决议程序):
// a law's known name written without 《》 reads its article written without 第 on the same terms as the name in 《》
// does (chain.ts looseArticle `law`): a single article followed by a word saying what it provides (只, 仅, 明确, 要求,
// 写得 …) — a law's name is followed by its articles, and those words do not follow a count of articles. The name must
// be a law's (ending in 法 or 法典); a regulation's or a court text's name keeps the narrower reading.

/** Whether the bare name over [start, end) is a law's (劳动法, 民法典), for looseArticle's `law`. */
export function lawNameBare(text: string, start: number, end: number): boolean {
  return end > start && (text[end - 1] === '法' || (text[end - 1] === '典' && text[end - 2] === '法'));
}

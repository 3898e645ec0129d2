// Rule (issue 14, real-court26; theses and commentaries on one provision of an interpretation known by a short name:
// …（以下简称《某某解释》）第二十九条虽有规定，…。《某某解释》在违约金的评价上第一款和第二款分别采用了不同的思路): a writer who
// has cited an article and names its regulation again, title alone, goes on in the same clause to compare that
// article's 款 by number — they are the 款 of the article cited last, when it is an article of the regulation so named
// (analyze.ts checks the law; none cited, or another law's: not read). Only a 款 that stands a few words after the title
// in the same clause (no mark ending a clause, no article or other title written between, not glued to it), not owned
// by a word before it (合同第二款: scanner.ts ownedNumber), not after another ordinal (第十四届第二款), and followed by
// words treating it as a provision (的, 规定, 和 another 款, 分别 …).

/** Words after the 款 (or the list of 款) that treat it as a provision. */
const AS_PROVISION_AFTER = /^(?:所规定|规定|的|之|中|对|则|是|与|和|及|或|、|分别|均|都|被|未|明确|要求)/;
/** A mark that ends a clause, a title or an article written between the title and the 款. */
const BREAK_BETWEEN = /[，,。；;：:！!？?\r\n《》]|第[ \u3000]*[零〇一二三四五六七八九十百千两\d０-９]+[ \u3000]*条/;
/** A counter ending another ordinal right before the 款 (第十四届第二款, 第一次第二款). */
const AFTER_ORDINAL = /[届次期批号年月日章节编]$/;
/** How far after the title the 款 may stand. */
const REACH = 30;

/** Whether the 款 alone at [p, end) stands a few words after a title named alone that ends at `titleEnd`, in its clause. */
export function paragraphAfterTitleNamed(text: string, p: number, end: number, titleEnd: number): boolean {
  if (titleEnd >= p || p - titleEnd > REACH) return false;
  if (BREAK_BETWEEN.test(text.slice(titleEnd, p)) || AFTER_ORDINAL.test(text.slice(p - 1, p))) return false;
  return AS_PROVISION_AFTER.test(text.slice(end, end + 4));
}

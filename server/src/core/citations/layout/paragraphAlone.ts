import { wrappedLinesRunOn } from './wrappedLines';
import { sentenceEnds } from '../text';

// Rule (commentaries, 以案释法, Q&A answers retelling a judgment, theses on one provision): a writer who has cited one
// 款 of an article goes on comparing its 款 by number alone — 虽然《刑法》第二百三十四条第一款未对伤害后果作出规定，但第二款
// 对致人重伤……作出了明确的规定。因此……可以认为第一款所规定的刑罚……; 《刑法》第20条第3款是立法机关在第1款的基础上作出的注意
// 规定。理论界将第3款认定为…; 该条文第一款被援引…次，第二款被援引…次 — so a 款 cited alone after it is another 款 of that
// article (the article cited last, analyze.ts; not read when that article has no such 款). Read only when the citation
// just before it names a 款 (第X条第Y款, or a 款 read so itself), on the same line, with no other article written between,
// the 款 not a document's own (合同第二款, 判决第二款, 草案第二款: scanner.ts NOT_ITEM_OWNER), and either
// - words about a provision follow it (所规定, 规定, 的规定, 对, 中, 则, 未, 明确, 要求, 是 — not 第二款所列人员, a list's
//   entry) after a mark, conjunction or adverb (但第二款对…, 认为第一款所规定的), a few sentences back at most; or
// - it stands in the same sentence as that citation or the next, words treating it as a provision follow it (的, 之,
//   被, a conjunction joining another 款, 认定/界定/视为 — 在第1款的基础上, 第3款与第1款之间, 第二款被援引), it does not
//   follow another ordinal (第十四届第二款), and that citation quoted no text: a writer quoting one 款 (…第十九条第一款
//   “…”的规定。第二款另有规定) quotes the next too, and that form has its own rule (scanner.ts paragraphAfterQuotation).
// Rule (issue 14, real-court26; the same theses setting the 款 against each other: …第一款和第二款分别采用了不同的思路，第一款
// 综合方案，第二款是固定比例方案，…很多人都按照第二款来判决): in that same sentence or the next, a 款 opening a clause whose next
// clause opens with another 款, or whose clause before opened with one (a pair set side by side), or a 款 right after a
// citing verb (按照第二款, 依照第一款, 适用第二款), is such a 款 too.
// A 款 alone after an article cited without a 款 (《…》第一条。第二款规定; 第十条，其中第二款另有规定) stays unread, as before;
// in a text with articles of its own a 款 alone is its own (selfRefs).
// Rule (issue 14, heldout29-court; commentary copied from a page broken into short lines: 虽然《⏎刑法》第二百三十四条第一款未对
// …作出规定，但第二款对⏎故意伤害致人重伤……的⏎刑事处罚作出了明确的规定。因此，根据……和⏎……的逻辑，可以认为第一款所规定的刑罚…):
// a line break is a paragraph's end only where the writer ended one. When every break between the citation and the 款 falls
// inside a sentence, at least two of them right after a word (the page wrapped at words, wrappedLines.ts, as 本法 reads
// over such a paragraph), the 款 stands in the same paragraph as the citation and is read as on one line; a break after
// 。！？；：, a blank line or a heading of the page's own still ends the passage.

/** Words after the 款 that speak of a provision (第二款对…作出了规定, 第一款所规定的, 第二款规定, 第二款中). */
const ABOUT_PROVISION = /^(?:所规定|规定|的规定|对|中|则|未|明确|要求|是)/;
/** What the word before the 款 may be: a mark, a conjunction or adverb, 为 of 认为 — not a noun owning the 款. */
const BEFORE = /(?:[，,。；;、：:（(]|但|而|且|及|和|与|或|其|即|为|是|至于|同时|另外|此外)$/;
/** Words after a 款 near the citation that treat it as a provision (its …, between 款, is cited, is read as). */
const AS_PROVISION = /^(?:的|之|被|与|和|及|或|对|认定|界定|视为|作为)/;
/** A counter ending another ordinal right before the 款 (第十四届第二款, 第一次第二款). */
const AFTER_ORDINAL = /[届次期批号年月日章节编]$/;
/** An article written between (第十条, 第 72 条, 第二百三十四条之一): another article is under discussion. */
const ARTICLE = /第[ \u3000]*[零〇一二三四五六七八九十百千两\d０-９]+[ \u3000]*条/;
/** A verb citing the 款 right before it (按照第二款, 依照第一款, 适用第二款). */
const CITED_BY = /(?:依照|按照|根据|依据|适用)$/;
/** The clause after the 款 ends and the next opens with another 款 alone (第一款综合方案，第二款是…). */
const PAIRED = /^[^，,；;。！？!?\r\n]{1,20}[，,；;]第[一二三四五六七八九十\d０-９]{1,2}款/;
/** Or the clause before it opened with another 款 alone (…，第一款综合方案，第二款…). */
const PAIRED_AFTER = /[，,；;。]第[一二三四五六七八九十\d０-９]{1,2}款[^，,；;。！？!?\r\n第]{1,20}[，,；;]$/;
/** How far back the citation of the first 款 may stand. */
const REACH = 160;

/** The citation read just before the 款 alone. */
export interface ParagraphCitedBefore {
  end: number;
  /** It names a 款 (第X条第Y款, or a 款 read so itself). */
  namesParagraph: boolean;
  /** A quotation of its text follows it. */
  quoted: boolean;
}

/**
 * Whether the 款 alone at [p, end) is another 款 of the article the citation `before` cited with a 款; `owned` tells
 * whether the words before `p` own the 款 (another document's part).
 */
export function paragraphOfArticleCited(text: string, p: number, end: number, before: ParagraphCitedBefore, owned: (text: string, p: number) => boolean): boolean {
  if (!before.namesParagraph || before.end > p || p - before.end > REACH) return false;
  const between = text.slice(before.end, p);
  if ((/[\r\n]/.test(between) && !wrappedLinesRunOn(text, before.end, p)) || ARTICLE.test(between) || owned(text, p)) return false;
  if (BEFORE.test(text.slice(Math.max(0, p - 4), p)) && ABOUT_PROVISION.test(text.slice(end, end + 4))) return true;
  if (before.quoted || AFTER_ORDINAL.test(text.slice(Math.max(0, p - 1), p)) || sentenceEnds(between) > 1) return false;
  if (AS_PROVISION.test(text.slice(end, end + 2)) || CITED_BY.test(text.slice(Math.max(0, p - 2), p))) return true;
  return /[，,]$/.test(text.slice(Math.max(0, p - 1), p)) && (PAIRED.test(text.slice(end, end + 30)) || PAIRED_AFTER.test(text.slice(Math.max(0, p - 30), p)));
}

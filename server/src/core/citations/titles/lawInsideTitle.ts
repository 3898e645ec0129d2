// Rule (judgments, commentaries): inside a judicial interpretation's title the law it applies is written with or
// without 中华人民共和国 and its 〈〉 — 最高人民法院《关于适用民事诉讼法审判监督程序若干问题的解释》, 《关于适用〈民事诉讼法〉的
// 解释》 for …关于适用《中华人民共和国民事诉讼法》… . When the title as written names no regulation, the same title with
// 中华人民共和国 before that law's name is tried (analyze.ts lookupCorpus); it counts only when it names one.
// Rule (judgments, heldout11 court: 《最高人民法院关于适用婚姻家庭编的解释(二)》第二十二条): the Civil Code's interpretations
// are named by its books, and writers drop the Code's own name before the book — only the Civil Code has books so named
// (总则编, 物权编, 合同编, 人格权编, 婚姻家庭编, 继承编, 侵权责任编), so the title with the Code put back is tried too.

/** 关于适用 / 关于执行 / 关于贯彻执行, then the law's name (in 〈〉, 《》, <> or none) without 中华人民共和国. */
const LAW_AFTER_VERB = /(关于(?:贯彻执行|适用|执行)[《〈<﹤]?)(?!中华人民共和国)(?=[\u4e00-\u9fff]{1,20}法)/;

/** The title with 中华人民共和国 put before the law it applies, or null when it has no such place. */
export function withPrcLawInside(written: string): string | null {
  if (!LAW_AFTER_VERB.test(written)) return null;
  return written.replace(LAW_AFTER_VERB, '$1中华人民共和国');
}

/** 关于适用 right before a book of the Civil Code, the Code's name left out. */
const CIVIL_CODE_BOOK = /(关于适用)(?=(?:总则|物权|合同|人格权|婚姻家庭|继承|侵权责任)编)/;

/** The title with the Civil Code put before the book it names, or null when it names no book so. */
export function withCivilCodeInside(written: string): string | null {
  if (!CIVIL_CODE_BOOK.test(written)) return null;
  return written.replace(CIVIL_CODE_BOOK, '$1中华人民共和国民法典');
}

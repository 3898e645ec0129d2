// Rule (law-firm articles, commentaries, 新法解读): a title named alone as the other side of a comparison — 与《合同法》
// 不同，第680条区分了…; 不同于《物权法》, 相较于《民法通则》 — is what the law being discussed is compared with. It does not
// become the subject of the bare articles that follow: they stay with the law cited before it. The comparison: a
// preposition of comparison before the title (不同于, 区别于, 有别于, 相较于, 相比于, 较之, 对比), or 与/和/同/跟 before it and a
// word of comparison right after it (不同, 相比, 相较, 比较, 相同, 一致, 类似, 相似, 有别, 相异, 有所不同), 的规定 between
// allowed. 依照《民法典》和《合同法》的规定 compares nothing: both take the context as usual.
// Rule (issue 14, fix-zh21; 新法解读 pages: 《民法典》相较于原《婚姻法》，在离婚制度上有三大创新：…冷静期（第1077条）…): the former
// law is named with 原 or 旧 between the comparison and its title (相较于原《…》, 与原《…》不同), and after a title 较 alone
// compares (《民法典》较原《担保法》有两处变化): the former law there is the other side too, the bare articles after it the
// new law's.

const PREPOSITION = /(?:(?:不同于|区别于|有别于|相较于|相比于|较之|对比)[\s\u3000]*(?:原|旧)?|》[\s\u3000]*较[\s\u3000]*(?:原|旧))[\s\u3000]*$/;
const CONJUNCTION = /[与和同跟][\s\u3000]*(?:原|旧)?[\s\u3000]*$/;
const COMPARED = /^[\s\u3000]*(?:的相关规定|的规定|规定)?(?:不同|相比|相较|比较|相同|一致|类似|相似|有别|相异|有所不同)/;

/** Whether the title from `start` to `end` in `text` is named as the other side of a comparison. */
export function comparedTitle(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  if (PREPOSITION.test(before)) return true;
  return CONJUNCTION.test(before) && COMPARED.test(text.slice(end, end + 12));
}

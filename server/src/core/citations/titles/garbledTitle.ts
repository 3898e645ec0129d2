// Rule (issue 14, zh11; pages whose encoding broke the opening of a title: …并处罚金?!吨腥A人民共和國民法典》第一千二百五十四條):
// a 》 with no 《 before it on its line (nor since the 》 before it) closes a title whose opening mark and first characters
// were lost. Only a title's common opening is restored — the national laws' 中华人民共和国, and (issue 14, heldout15 gov;
// …?!薄蹲罡呷嗣穹ㄔ宏P于審理某類糾紛案件適用法律若干問題的解釋》第5條) a court's interpretation's 最高人民法院关于 or
// 最高人民法院、最高人民检察院关于: when the legible end before 》 starts with that opening less some of its first characters
// (华人民共和国…, 人民共和国…; 于审理…, 关于审理…), the character before that is not the lost one, and the opening + the
// rest is a title the corpus knows, the article after 》 is that title's — not the law cited before. Anything else
// before an unmatched 》 (a name that may be any title's end) is left as it was.

const PREFIXES = ['中华人民共和国', '最高人民法院关于', '最高人民法院、最高人民检察院关于'];
/** How far before the 》 the legible part may start (a long national title). */
const MAX_TITLE = 60;
/** The fewest legible characters after an interpretation's lost opening (its subject, not a word any title ends with). */
const MIN_REST = 12;

/** The title (restored) and where its legible part starts, for the 》 at `close`; null when the rule does not apply. */
export function garbledNationalTitle(text: string, close: number, known: (title: string) => boolean): { start: number; title: string } | null {
  if (text[close] !== '》') return null;
  const from = Math.max(text.lastIndexOf('\n', close - 1), text.lastIndexOf('》', close - 1)) + 1;
  if (text.lastIndexOf('《', close - 1) >= from) return null;
  for (const prefix of PREFIXES) {
    for (let lost = 1; lost < prefix.length; lost++) {
      const legible = prefix.slice(lost);
      const at = text.lastIndexOf(legible, close - 1);
      if (at < from || close - at > MAX_TITLE || text[at - 1] === prefix[lost - 1]) continue;
      const rest = text.slice(at, close);
      if (!/^[\u4e00-\u9fff（）()〈〉、]+$/.test(rest) || (prefix !== PREFIXES[0] && rest.length - legible.length < MIN_REST)) continue;
      const title = prefix.slice(0, lost) + rest;
      if (known(title)) return { start: at, title };
    }
  }
  return null;
}

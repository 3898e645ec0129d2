// Rule (issue 14, zh11; pages whose encoding broke the opening of a title: …并处罚金?!吨腥A人民共和國民法典》第一千二百五十四條):
// a 》 with no 《 before it on its line (nor since the 》 before it) closes a title whose opening mark and first characters
// were lost. Only the national titles' opening 中华人民共和国 is restored: when the legible end before 》 starts with it
// less one to three of its first characters (华人民共和国…, 人民共和国…, 民共和国…), the character before that is not the
// lost one, and 中华人民共和国 + the rest is a title the corpus knows, the article after 》 is that title's — not the
// law cited before. Anything else before an unmatched 》 (a name that may be any title's end) is left as it was.

const PREFIX = '中华人民共和国';
/** How far before the 》 the legible part may start (a long national title). */
const MAX_TITLE = 60;

/** The title (restored) and where its legible part starts, for the 》 at `close`; null when the rule does not apply. */
export function garbledNationalTitle(text: string, close: number, known: (title: string) => boolean): { start: number; title: string } | null {
  if (text[close] !== '》') return null;
  const from = Math.max(text.lastIndexOf('\n', close - 1), text.lastIndexOf('》', close - 1)) + 1;
  if (text.lastIndexOf('《', close - 1) >= from) return null;
  for (let lost = 1; lost <= 3; lost++) {
    const legible = PREFIX.slice(lost);
    const at = text.lastIndexOf(legible, close - 1);
    if (at < from || close - at > MAX_TITLE || text[at - 1] === PREFIX[lost - 1]) continue;
    const rest = text.slice(at, close);
    if (!/^[\u4e00-\u9fff（）()〈〉]+$/.test(rest)) continue;
    const title = PREFIX.slice(0, lost) + rest;
    if (known(title)) return { start: at, title };
  }
  return null;
}

// Rule (fix-zh41a, heldout34-court; commentaries on a new code's article and the texts it came from: 《民法典》第1125条是在
// 原《继承法》第7条和《最高人民法院关于贯彻执行<中华人民共和国继承法>若干问题的意见》第13条基础上修改形成的。第1125条共有3款，
// 3款内容各有新修之处。): the writer opens a sentence with the article he discusses, cited with its title, and names the
// older texts after it for comparison; the next sentence opening with that article's number bare repeats the subject,
// not an article of the text named last. Read so only when
// - the sentence before opened with that article cited with its title (analyze.ts sentenceSubject, a law the corpus holds),
//   and another text is in context now;
// - the bare citation is one article of that number, opening its own sentence, the very next one — or opening the line
//   right under the line the subject opened (a passage whose paragraphs each open with it);
// - the other text cited last was cited at another number (《意见》第13条): one cited at the same number keeps it.
// Repeated so, the article stays the subject for the sentence after (第1125条第1款增加了… ⏎ 第1125条第2款…).

/** An article cited: its number and 之N. */
type Numbered = { article: number; insert: number | null };

/**
 * Whether the bare citation `targets`, opening its sentence (`opens`), repeats the sentence subject `subject` rather than
 * citing the other text cited last (`last`, null when none or the subject's own law), as the rule above reads it.
 */
export function repeatsSubject(subject: Numbered, last: Numbered | null, targets: readonly { article: number | null; insert: number | null }[], opens: boolean): boolean {
  if (!opens || targets.length < 1) return false;
  // 第1125条 / 第1125条第1款 (its 款 or items too): one article.
  if (targets.some((t) => t.article !== subject.article || t.insert !== subject.insert)) return false;
  return !last || last.article !== subject.article || last.insert !== subject.insert;
}

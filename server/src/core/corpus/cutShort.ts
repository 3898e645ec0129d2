// A corpus text its source cut short. Pure: no LSP.
//
// Rule: a law or regulation divided into two or more chapters (第N章) ends with its 附则 chapter, its liability chapter (法律责任, 罚则), or
// an article that closes the text (本法自…起施行, …同时废止, 本条例由…负责解释, 参照本办法执行, 以本规定为准). A text whose last article stands
// in any other chapter and closes nothing stops early: its source was cut. (LawRefBook's 长江保护法 ends with 第七十九条 in
// 第七章 保障与监督, the law has 96 articles in nine chapters.) An article past the end of such a text may well exist,
// so citing it is no error: the problem says the text is incomplete (citations/bind.ts). The constitution (whose
// last chapter is 国旗、国歌、国徽、首都) and texts with fewer than two chapters are never judged cut: nothing tells where
// they should end (LawRefBook's 麻醉药品和精神药品管理条例, cut after 第三条 in its 第一章 总则, stays unjudged; so do
// test texts of one chapter).
import type { Article, Division, Regulation } from '../model';

/** Chapter headings a complete text may end in. */
const FINAL_CHAPTER = /附则|法律责任|罚则|责任|Supplementary|Liabilit/i;

/** Words of an article that closes a text: when it takes effect, what it repeals, who interprets it, what else applies it. */
const CLOSING_ARTICLE = /施行|生效|失效|废止|解释|执行|实施|公布|适用|为准|effect|repeal|interpret/i;

/** A chapter as laws number it (第七章, Chapter VII), not a heading numbered 一、 as interpretations print sections. */
const CHAPTER_LABEL = /^(?:第|Chapter)/i;

/** An article as laws label it (第七十九条, Article 79). */
const ARTICLE_LABEL = /^(?:第|Article)/i;

const cache = new WeakMap<Regulation, Article | null>();

/** The last article of a text that stops early, or null when the text is (as far as anything tells) complete. */
export function cutShortAfter(reg: Regulation): Article | null {
  let last = cache.get(reg);
  if (last === undefined) {
    last = judge(reg);
    cache.set(reg, last);
  }
  return last;
}

function judge(reg: Regulation): Article | null {
  if (reg.kind === 'constitution' || reg.articles.length === 0) return null;
  const last = reg.articles[reg.articles.length - 1];
  if (!ARTICLE_LABEL.test(last.label)) return null; // a list numbered 1．2．, not articles
  const chapter = chapterOf(last.division);
  if (!chapter || chapterCount(reg.divisions) < 2 || FINAL_CHAPTER.test(chapter.heading.replace(/\s/g, ''))) return null;
  return CLOSING_ARTICLE.test(last.text) ? null : last;
}

function chapterCount(ds: readonly Division[]): number {
  let n = 0;
  for (const d of ds) n += (isChapter(d) ? 1 : 0) + chapterCount(d.children);
  return n;
}

function chapterOf(d: Division | null): Division | null {
  for (let x = d; x; x = x.parent) if (isChapter(x)) return x;
  return null;
}

function isChapter(d: Division): boolean {
  return d.kind === 'chapter' && CHAPTER_LABEL.test(d.label);
}

// Rule (issue 14, fix-zh30a; heldout27 court page 13, a lawyer's article in traditional script): a writer may open with
// 本条 and then spell out which articles he means — 为了区别《某法》规定的情形，本条使用了“某某”的概念，即第4条、第25条、
// 26条 — his 本条 standing for the articles named after 即 (namely), not pointing back to one article discussed before.
// The articles listed are the citations; 本条 is no mention of its own. Only where 即 (亦即, 也就是) and an article label
// follow it in its own sentence; 本条规定了……即不得…… (no article after 即) stays the article under discussion.

/** Sentence ends: a full stop, question or exclamation mark, a semicolon, a line break. */
const SENTENCE_END = /[。！？!?；;\n]/;
/** 即 (亦即, 也就是, 也即) and, after a colon or spaces, an article label: 即第4条, 亦即：第二十五条. */
const NAMELY_ARTICLE = /(?:即|也就是)[：:，,]?[ \u3000]*第[ \u3000]*[0-9０-９零〇一二三四五六七八九十百千两]+[ \u3000]*条/;

/** Whether the 本条 ending at `end` is followed, in its own sentence (120 characters at most), by 即 and an article. */
export function thisArticleNamesAfter(text: string, end: number): boolean {
  const rest = text.slice(end, end + 120);
  const stop = rest.search(SENTENCE_END);
  return NAMELY_ARTICLE.test(stop === -1 ? rest : rest.slice(0, stop));
}

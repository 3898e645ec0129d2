// Rule (issue 14, fix-en60; a machine translation copied from a PDF that split an article's digits: "The basic meaning
// of Article 2 1 of the Regulations is that the administrative organ shall … reply", the Regulations' Article 21).
// "Article 44 1 of the Labor Law" is the article's sub-number with its brackets dropped (english.ts, fix-en41: an item
// where the article has items, else its paragraph) — real pages write "Article 44(1)", "Article 2(1)" for a paragraph
// of an article that has several, or for an item its paragraph lists. An article of one paragraph without items has
// nothing for "(1)" to pick out: no writer cites its "paragraph 1", so the space there is a PDF's split of one number,
// read as the article the digits make together (2 1 → 21) when the text has it. Where the first article has several
// paragraphs or items, or the joined article is not there, the sub-number reading stays (it may be the writer's).

import type { CorpusLike } from '../../corpus/index';
import type { Regulation } from '../../model';
import type { RawTarget } from '../scanTypes';

/** "Article 2 1" (RawTarget.spaced) read as Article 21 in `reg` when article 2 has one paragraph and no items. */
export function spacedArticleJoined(corpus: CorpusLike, reg: Regulation, r: RawTarget): RawTarget {
  if (r.article === null || r.paragraph === null || r.insert !== null || r.item !== null) return r;
  const art = corpus.article(reg, r.article, null);
  if (!art || art.paragraphs.length !== 1 || art.paragraphs[0].items.length > 0) return r;
  const joined = +`${r.article}${r.paragraph}`;
  if (!corpus.article(reg, joined, null)) return r;
  return { ...r, article: joined, paragraph: null, bracketed: undefined, spaced: undefined };
}

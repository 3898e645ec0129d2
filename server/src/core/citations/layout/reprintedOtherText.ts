// Rule (issue 14, real-qa20; a law firm's notes on a crime, each block headed by a bracketed word and the text under it
// pasted: 【司法解释Ⅰ】⏎⏎第一条盗窃公私财物价值一千元至三千元以上、三万元至十万元以上…): a bare 第N条 opening its line and
// followed by the first words of article N of a regulation of the corpus is the heading of that article's text pasted,
// also when that regulation is not the one in context (the law cited above: 刑法修正案(八)第三十九条…) — a writer citing
// an article goes on with 规定, 的, 中 or words of his own, never with some article's own first words (ownTextHeading.ts
// for the article of the law in context). It is no citation of the law in context's article N.
import type { CorpusLike } from '../../corpus/index';
import { headingPlace, opensOwnText } from './ownTextHeading';

/** Whether the label at [start, end), article `number` (之`insert`), heads the pasted text of that article of any regulation. */
export function headsTextOfSomeRegulation(text: string, start: number, end: number, number: number, insert: number | null, corpus: CorpusLike): boolean {
  // Only a label opening its line heads a text: asked once here, not for each law (the loop reads every law's article).
  if (!headingPlace(text, start)) return false;
  for (const law of corpus.laws.values()) {
    for (const v of law.versions) {
      const article = corpus.article(v, number, insert);
      if (article && opensOwnText(text, start, end, article)) return true;
    }
  }
  return false;
}

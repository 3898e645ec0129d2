// Rule (round 32, layout-zh120; heldout55-lawyer 26: lawyers' pages listing the law relied on, then pasting its articles
// from an older text, each label glued to its words: 法律依據：《中華人民共和國行政復議法》。⏎ 第五條…依照行政訴訟法的規定… ⏎
// 第十五條對本法第十二條…規定以外的…申請行政復議： ⏎ (壹)… ⏎ 有前款所列情形之壹的…): a bare label opening its line over the
// first words of that article in some text of ONE law of the corpus (an earlier text too: the page pasted the text it had)
// heads that law's article printed — also when another law was named last (the 行政訴訟法 in the article above) — so its
// unmarked words are that law's, and 前款 there is read in that article (quotedReferences.ts), not left to fall back to
// the page's own. Several laws' articles opening so tell nothing (printedArticleLaw.ts lawPrintedAt, a tie).
import type { CorpusLike, Law } from '../../corpus/index';
import { headingPlace } from './ownTextHeading';
import { lawPrintedAt, PRINTED_WORDS } from './printedArticleLaw';

/** The one law whose article `number` (之`insert`), in some text, opens with the words after the label at [start, end). */
export function lawOfTextHeaded(text: string, start: number, end: number, number: number, insert: number | null, corpus: CorpusLike, original: (law: Law) => Law): Law | null {
  if (!headingPlace(text, start)) return null;
  return lawPrintedAt(text, start, end, number, insert, corpus, original, PRINTED_WORDS);
}

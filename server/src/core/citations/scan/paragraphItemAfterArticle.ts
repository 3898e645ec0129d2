// Rule (issue 14, fix-zh60, heldout39-court; lawyers' articles and Q&A answers on one article: 我国《劳动合同法》第三十八条
// 赋予了劳动者单方解除劳动合同的权利，其中第(一)款第(三)项规定，…; …第三十八条规定…，符合第（一）款第（三）项的情形): a
// 款 named together with its 项 right after an article cited without a 款 is a provision of that article — no page numbers
// its own text in 款 and 项 at once, so the pair can only be a law's. A reader hovering 第(一)款第(三)项 wants item (三) of
// the article's first 款. Only when:
// - the chain opens with the 款 and names a 项 of it (第一款第三项, 第(一)款第(三)项, 第（二）款第3项); a 款 alone after an
//   article cited without a 款 stays unread, as before (paragraphAlone.ts: 第十条，其中第二款另有规定);
// - the citation just before it (no title, no other citation between) is a Chinese one of one article with no 款, in the
//   same sentence or the next (at most one 。！？ between), on the same line, within REACH characters;
// - no word owning the number stands right before it (判决第二款, 合同第一款: scanner.ts ownedNumber checks that).
// A 第(一)项 alone of a list the page numbers itself is no such pair and is left to the item rules.
import type { RawTarget, ScanEvent } from '../scanTypes';
import { sentenceEnds } from '../text';

/** How far after the article the pair may stand. */
const REACH = 120;

/** Whether the chain read at `p` (its targets `targets`) is a 款 with its 项 of the article cited just before (see above). */
export function paragraphItemAfterArticle(text: string, p: number, targets: readonly RawTarget[], events: readonly ScanEvent[]): boolean {
  const first = targets[0];
  if (!first || first.article !== null || first.paragraph === null || first.item === null) return false;
  const last = events[events.length - 1];
  if (!last || last.type !== 'citation' || last.lang !== 'zh' || last.top !== 0 || last.end > p || p - last.end > REACH) return false;
  if (last.targets.length !== 1 || last.targets[0].article === null || last.targets[0].paragraph !== null) return false;
  const gap = text.slice(last.end, p);
  if (gap.includes('\n') || /第[^第，。；]{0,8}条/.test(gap)) return false;
  return sentenceEnds(gap) <= 1;
}

// Rule (issue 14, zh15; 解读 and news of a local text made under a national one: 国家出台《某某处置条例》，为我省制定《实施
// 细则》提供了依据。《条例》第38条规定…): a kind word alone in 《》 (《条例》, 《办法》) that the page never defines is the
// regulation of that kind it named in full just before, in the same paragraph — the writer shortens the title he has
// just written out, as a page explaining a regulation does with the one its heading names (explainedTitle.ts). Only a
// regulation the corpus knows, named before the short title on its line; another kind named between (《实施细则》) does
// not stand in the way, another regulation of the same kind does: the nearest is the one meant.
import type { Context } from '../context';
import { titleFitsShortTitle } from './shortTitles';

/** The regulation a kind word `kind` in 《》 at `at` names: the nearest one of that kind cited before it on its line. */
export function kindTitleNamedBefore(text: string, at: number, kind: string, cited: readonly { offset: number; cite?: Context }[]): Context | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  for (let i = cited.length - 1; i >= 0; i--) {
    const e = cited[i];
    if (e.offset > at) continue;
    if (e.offset < lineStart) return null;
    const ctx = e.cite;
    if (!ctx || ctx.kind !== 'laws') continue;
    const fits = ctx.laws.filter((l) => titleFitsShortTitle(l.title, kind));
    if (fits.length) return fits.length === 1 && ctx.laws.length === 1 ? ctx : null;
  }
  return null;
}

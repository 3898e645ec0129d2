// What a title written in a document names in the corpus: the laws of that title, else the forms writers use for a
// known one (a region's 《基本法》, a law inside an interpretation's title, an English title with footnote marks), else
// an unknown title with the near misses worth suggesting.
import type { CorpusLike } from '../../corpus/index';
import type { Context } from '../context';
import { withoutTitleMarks } from '../english/names/englishTitleMarks';
import { withoutCountryAnd } from '../english/names/countryAndLaw';
import { editDistance, titleKey } from '../text';
import { regionBasicLawTitle } from './basicLaw';
import { regionOwnShortTitle } from './regionOwnTitle';
import { rocLawName } from '../jurisdiction/rocPage';
import { foreignLawName } from '../jurisdiction/foreignPage';
import { withCivilCodeInside, withPrcLawInside } from './lawInsideTitle';
import { simplifiedChars } from '../normalize/traditionalScript';
import type { TitleIndex } from './titles';

/** What the lookup reads: the title index, the corpus, the document's text and the short titles it defined so far. */
export interface TitleLookup {
  idx: TitleIndex;
  corpus: CorpusLike;
  text: string;
  shortTitles: ReadonlyMap<string, Context>;
  /** Whether the page is printed in traditional characters (`text` is its simplified reading). */
  traditional?: boolean;
}

export function corpusContext(written: string, at: TitleLookup): Context {
  // A law named on a page dated in the Republic of China calendar, without the People's Republic's name: Taiwan's
  // law of that name, not in the corpus (rocPage.ts).
  if (rocLawName(written, at.text)) return { kind: 'unknown', written, suggestions: [] };
  // An English law name on a page about another state's law, never naming China: that state's law (foreignPage.ts),
  // whose articles are no citations, as those of a law named as another state's are.
  if (foreignLawName(written, at.text)) return { kind: 'unknown', written, suggestions: [], foreign: true };
  const m = at.idx.lookup(written);
  // A region's own rules on a Hong Kong or Macau page, matched only as national titles' end (regionOwnTitle.ts).
  if (m.laws.length && regionOwnShortTitle(m.how, at.text, !!at.traditional)) return { kind: 'unknown', written, suggestions: [] };
  if (m.laws.length) return { kind: 'laws', laws: m.laws, written };
  // Rule (issue 14, heldout15 gov; a simplified page whose copy left a stray traditional character in a title:
  // 《关于办理某类刑事案件适用法律若干问題的解释》, 若干問題): the title read in simplified characters is the one meant — the
  // same words in the other script, never another title. (A page printed in traditional characters is read in
  // simplified ones as a whole: traditionalScript.ts.)
  const simple = simplifiedChars(written);
  const simplified = simple !== written ? at.idx.lookup(simple) : null;
  if (simplified && simplified.laws.length === 1) return { kind: 'laws', laws: simplified.laws, written };
  // 《基本法》 on a page about one special administrative region: that region's Basic Law (basicLaw.ts).
  if (titleKey(written) === '基本法') {
    const region = regionBasicLawTitle(at.text, true);
    const law = region ? at.idx.lookup(region) : null;
    if (law && law.laws.length === 1) return { kind: 'laws', laws: law.laws, written };
  }
  // 关于适用民事诉讼法审判监督程序若干问题的解释: the law inside written without 中华人民共和国, or 关于适用婚姻家庭编的解释
  // without the Civil Code's name (lawInsideTitle.ts).
  const prc = withPrcLawInside(written) ?? withCivilCodeInside(written);
  const withPrc = prc ? at.idx.lookup(prc) : null;
  if (withPrc && withPrc.laws.length === 1) return { kind: 'laws', laws: withPrc.laws, written };
  // "Civil3 Code of the People's Republic of China", "Law of People's Republic of China (PRC) on …": an English title
  // read through a footnote marker and the country's initials (englishTitleMarks.ts).
  const unmarked = withoutTitleMarks(written);
  const withoutMarks = unmarked ? at.idx.lookup(unmarked) : null;
  if (withoutMarks && withoutMarks.laws.length === 1) return { kind: 'laws', laws: withoutMarks.laws, written };
  // 'the "People's Republic of China and Civil Code"': the country joined to the law's name by "and" (countryAndLaw.ts).
  const joined = withoutCountryAnd(written);
  const withoutAnd = joined ? at.idx.lookup(joined) : null;
  if (withoutAnd && withoutAnd.laws.length === 1) return { kind: 'laws', laws: withoutAnd.laws, written };
  // A repealed law is not a typo of another title: no did-you-mean (its repeal is reported instead).
  if (m.suggestions.length && at.corpus.repeals().find(written)) return { kind: 'unknown', written, suggestions: [] };
  if (!m.suggestions.length) {
    // One character off a short title this document defined: suggest the short title.
    const key = titleKey(written);
    for (const [short, ctx] of at.shortTitles) {
      if (short.length >= 3 && ctx.kind === 'laws' && editDistance(key, short, 1) === 1) return { kind: 'unknown', written, suggestions: [short] };
    }
  }
  return { kind: 'unknown', written, suggestions: m.suggestions };
}

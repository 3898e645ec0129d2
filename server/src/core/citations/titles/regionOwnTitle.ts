// Rule (issue 14 form 10, fix-zh31; Hong Kong and Macau pages: 除《議事規則》第30條所訂…, on a Legislative Council page):
// a writer in a special administrative region names the region's own rules, ordinances and codes by their short
// titles, in traditional characters — 《議事規則》, 《內務守則》 — and those are the region's texts, which the corpus
// lacks. A short title that the corpus matches only as the end of longer national titles (全国人民代表大会议事规则 and
// its Standing Committee's both end in 议事规则) guesses at a national law; on a page about one region, written in
// the region's script (the page printed in traditional characters), the guess is wrong: the title is the region's own,
// unknown-regulation. A national law's own short title (《國家安全法》, 《基本法》) matches whole, not by its end, and is
// read as before; a page in simplified characters, or one naming no region or both, keeps the suffix reading.
import { regionBasicLawTitle } from './basicLaw';

/**
 * Whether a title the corpus matched `how` (only as a longer title's end: 'suffix') is the own short title of the page's
 * region: the page printed in traditional characters (`traditional`; `text` its simplified reading) names one region.
 */
export function regionOwnShortTitle(how: string, text: string, traditional: boolean): boolean {
  return how === 'suffix' && traditional && regionBasicLawTitle(text) !== null;
}

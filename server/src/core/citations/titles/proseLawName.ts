// Rule (what writers do, replies to deputies and essays on them): a law named without 《》 in the prose of a sentence,
// not right before an article — 代表法在“代表执行职务的保障”一章单列第四十二条, 公司法在第二章专门规定了……第十条 — is the
// law of a bare 第N条 later in the same sentence, as a title named alone is (the last one named before it, after the
// last citation). A name is a known title or short name with a word boundary before it (公司法, 民法典), or a word
// ending in 法 that shortens exactly one law of the corpus (代表法, 地方组织法: titles.ts abbreviationOf). Words ending
// in 法 that name no law (办法, 依法, 立法 …: unknownLawName.ts) and a 法 that starts another word (法律, 法人) are not
// names; inside a draft regulation a bare article is its own, so the rule is not used there (scanner.ts).
import { shortNameMayStart } from './titles';
import { notALawName } from './unknownLawName';

/** What the scanner knows of law names: the matcher's known endings, and the laws that names shorten. */
export interface LawNameMatcher {
  matchEnding(text: string, end: number, shortNames?: boolean): number;
  /** Whether a name the corpus does not know shortens one of its laws (代表法). */
  shortensLaw?(written: string): boolean;
}

/** What makes a 法 the first character of another word: 法律, 法人, 法院, 法官, 法庭, 法规 (not 法规定). */
export const LAW_WORD_AFTER = /^(?:[律人院官庭]|规(?![定范则]))/;

/** The last law named in prose in [from, to), as [start, end, known], else null. */
export function proseLawName(text: string, from: number, to: number, matcher: LawNameMatcher): [number, number, boolean] | null {
  for (let e = to - 1; e > from; e--) {
    if (text[e - 1] !== '法' && !(text[e - 1] === '典' && text[e - 2] === '法')) continue;
    if (LAW_WORD_AFTER.test(text.slice(e, e + 2))) continue;
    const known = matcher.matchEnding(text, e, true);
    if (known >= from) return longerTitle(text, known, e, to, matcher) ?? [known, e, true];
    if (text[e - 1] !== '法' || !matcher.shortensLaw) continue;
    for (let s = e - 3; s >= Math.max(from, e - 12); s--) {
      if (!/[\u4e00-\u9fff]/.test(text[s])) break;
      if (!shortNameMayStart(text, s)) continue;
      const written = text.slice(s, e);
      if (!notALawName(written) && matcher.shortensLaw(written)) return [s, e, false];
      break;
    }
  }
  return null;
}

/**
 * A known title going on past the law's name it holds (中华人民共和国专利法实施细则, 某某法实施条例): the longer title is
 * the one named, as when it stands before its article (the scanner finds that one by its ending).
 */
function longerTitle(text: string, start: number, end: number, to: number, matcher: LawNameMatcher): [number, number, boolean] | null {
  for (let e = Math.min(to, end + 12); e > end; e--) {
    if (!/[\u4e00-\u9fff]/.test(text[e - 1])) continue;
    const st = matcher.matchEnding(text, e, true);
    if (st !== -1 && st <= start) return [st, e, true];
  }
  return null;
}

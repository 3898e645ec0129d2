import type { BareTitleMatcher } from '../scanTypes';
import { SHORT_NAME_LEAD } from './shortFormBracket';

/**
 * Rule (issue 14, fix-gov17): 新, 旧, 原 and 现行 before a law's short name say which version of that law is meant
 * (新破产法, 旧公司法, 原破产法, 现行破产法): the word is no part of the name and marks what follows as one. A word that
 * ends in one of them (更新, 创新, 还原, 草原, 依旧, 仍旧) is not that word: the character before it must not make one.
 */
const VERSION_WORD = /(新|旧|原|现行)$/;
const WORD_ENDING: Record<string, string> = { 新: '更创重革翻刷崭清全', 旧: '依仍守怀念陈破', 原: '还复草平高中荒病', 现行: '' };

export function versionWordBefore(text: string, start: number): boolean {
  return versionWordAt(text, start) !== null;
}

/** The version word (新, 旧, 原, 现行) right before a law's name starting at `start`; null when none stands there. */
export function versionWordAt(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 3), start);
  const m = VERSION_WORD.exec(before);
  if (!m) return null;
  const prev = before[before.length - m[1].length - 1] ?? '';
  return !prev || !WORD_ENDING[m[1]].includes(prev) ? m[1] : null;
}

/**
 * Rule (fix-zh54, heldout38-court p30; papers naming an older text and giving it a short name with the version word:
 * 2005年修订前的《公司法》(以下简称旧《公司法》)第六十条第三款 … 旧《公司法》第六十条第三款 …, (以下简称"原公司法")): the word and
 * the name together are the short name the page defined, so every later use is the text named at the definition (the
 * pre-2005 text; unknown-regulation when the corpus lacks it), not the generic 旧 reading (the text before the latest
 * revision, formerTextBefore). The key the page's short names are kept under (titleKey of the word and the name), null
 * when no version word stands before the name.
 */
export function versionWordName(text: string, start: number, written: string): string | null {
  const word = versionWordAt(text, start);
  return word ? word + written : null;
}

/**
 * Rule (issue 14, fix-gov17): 旧 and 原 before a law's name (旧公司法第二十条, 原《公司法》第十六条) mean the text the law
 * had before its current one — the version before the one otherwise read, when the corpus holds it (analyze.ts
 * versionChoice); 新 and 现行 mean the one otherwise read. Status is not changed: a law with one version in the
 * corpus is read in it, as a citation of a law the corpus holds under its title is (the tool does not judge 时效).
 */
export function formerWordBefore(text: string, start: number): boolean {
  if (!versionWordBefore(text, start)) return false;
  const c = text[start - 1];
  return c === '旧' || c === '原';
}

/**
 * Rule (issue 14, fix-zh40): 修改前的, 修订前的, 修正前的 (and 修改前 without 的) right before a law's name say what 原
 * does — the text before the law's latest revision at the document's date (corpus/namedVersion.ts textBefore); a year
 * before them (2018年修改前的《公司法》) names the revision: the text before that year's. 原 and 旧 (formerWordBefore)
 * are the same rule. Null when none of these words stands there.
 */
const REVISED_BEFORE = /(?:((?:19|20)\d{2})年(?:\d{1,2}月(?:\d{1,2}日)?)?)?(?:修改|修订|修正)前的?$/;

/** The former text named before the law's name starting at `start`: `year`, the revision named, when written. */
export function formerTextBefore(text: string, start: number): { year?: number } | null {
  if (formerWordBefore(text, start)) return {};
  const m = REVISED_BEFORE.exec(text.slice(Math.max(0, start - 14), start));
  if (!m) return null;
  return m[1] ? { year: +m[1] } : {};
}

/**
 * Rule (fix-zh54; the same papers writing the law's short name without 《》: 2005年修订前的公司法（以下简称“原公司法”）
 * 第二十条 … 原公司法第十二条): a known short name without marks, given in the bracket right after it a short name that is a
 * version word and that same name, is the older text named, as in marks (versionWordName reads the later uses). The
 * start of that name before the bracket at `q`; -1 when the bracket defines no such name.
 */
const VERSION_WORD_DEFINED = new RegExp(`^${SHORT_NAME_LEAD}[“"「]?(?:新|旧|原|现行)([\\u4e00-\\u9fff]{2,12})[”"」]?[ \\u3000]*[)）]`);

export function versionWordDefinedName(text: string, q: number, matcher: BareTitleMatcher): number {
  const m = VERSION_WORD_DEFINED.exec(text.slice(q, q + 30));
  if (!m || text.slice(q - m[1].length, q) !== m[1]) return -1;
  const start = matcher.matchEnding(text, q, true);
  return start === q - m[1].length ? start : -1;
}

// Versions named beside a title: a year in brackets after it (（2018年修正）), a year and its event before it
// (2018年修正的《公司法》), or before a law's name written without 《》 (1979年刑法).
import type { VersionEvent } from '../../corpus/namedVersion';
import type { TitleHead } from '../scanTypes';

// A version named in or right after a title: （2018年修正）, （2017年版）, and as databases print it (2018修正), (2013年),
// or a year alone as articles write it (《公司法(2023)》第88条): a year of 19xx/20xx in brackets names the version too.

// fix-ver18: also a full date with its event, as a page writes it after the title ((2008年12月27日修訂)), and the
// traditional 修訂.
// fix-zh19: 修正本 / 修订本 (the amended text, as 权责清单 tables write it: 《…安全生产法》(2014年修正本) 第十八条) too.
// fix-zh42 (heldout35 gov, a penalty decision: 《中华人民共和国土地管理法》(2004年8月28日第二次修正)第七十六条): the ordinal
// of the amendment may stand before its word with the full date too, and before 修订 / 修改 as before 修正
// ((2004年第二次修正), (2009年第三次修订), (2004年8月28日第二次修正)): the text of that year, as (2004年修正) is.
// Round 26 (heldout40 gov, a penalty decision: 《中华人民共和国环境影响评价法》(2016年7月修订)第二十五条): the month
// without its day names the year's text as the full date does ((2016年7月修订), （2016年7月修正）).
/** A version note's pattern source: group 1 the year; group 2, 3 or 4 the event word (none: the year's text). */
const VERSION_NOTE = '[（(]\\s*([0-9]{4})(?:\\s*(?:年\\s*(?:(修订|修訂|修正|修改|版|第[一二三四五六七八九十]+次(?:修正|修订|修訂|修改))本?)?|年\\s*[0-9]{1,2}\\s*月\\s*(?:[0-9]{1,2}\\s*日\\s*)?(?:第[一二三四五六七八九十]+次)?(修订|修訂|修正|修改)|(修订|修訂|修正|修改|版))|(?<=(?:19|20)[0-9]{2}))\\s*[)）]';
/** A version note ending the words it is tested on: a title's inner text (《公司法(2023)》), the words before a close bracket. */
export const VERSION_IN_TITLE = new RegExp(`${VERSION_NOTE}\\s*$`);
/** A version note right after a title (sticky). */
export const VERSION_AFTER = new RegExp(VERSION_NOTE, 'y');
/**
 * A year written before a title, naming its version: 2018年《公司法》, 2018年修正的《公司法》, and (fix-ver18) what the
 * year saw: 1982年通过的《商标法》 (adopted; 颁布, 公布 and — fix-zh43, heldout35 court: 1993年发布的《消法》 — 发布
 * publish the text adopted that year), 2024年施行的《公司法》 (took effect); an amendment with its day, as a
 * preamble writes it (根据2010年4月29日修正的《中华人民共和国国家赔偿法》) — a full date with 通过 is left alone, an
 * article's text names acts so (2019年1月1日通过的《…》); one taking effect with its day (heldout19 court: 2013年1月1日实施的
 * 《民事诉讼法》, 2013年1月1日起施行的) is the text that took effect that year. The amendment's ordinal may stand before its
 * word (heldout24 gov: 2004年8月28日第二次修正的《…》, 2019年第三次修正的): the same text. The year's new text (fix-zh28,
 * heldout26 court: 2012年新《民事诉讼法》, 2012年新修订的《…》, a writer setting the text of that year against the one before
 * it): the text of that year, as the year alone or with its event word. Revised and taking effect that year (fix-zh28,
 * real-court26: 2015年修订实施的《…》, 2015年修正施行的): the text that took effect that year, the last word saying what
 * the year saw. Rule (issue 14, versions, heldout30 court; a commentary tracing an article through a law's texts:
 * 2002年修正时，《某法》沿袭该规定…): a time clause, the year and its event with 时 and a comma, before the title names that
 * year's text as 2002年修正的 does. Group 1 the year; group 3 (effect after the revision), 2, 4 or 5 the event word.
 */
export const VERSION_BEFORE = /([0-9]{4})\s*年(?:新?(?:第[一二三四五六七八九十]{1,3}次)?(修订|修訂|修正|修改|通过|通過|颁布|頒布|公布|发布|發布|制定|出台|施行|实施|實施)(?:后|後)?(?:(施行|实施|實施))?的?|[0-9]{1,2}\s*月[0-9]{1,2}\s*日\s*(?:第[一二三四五六七八九十]{1,3}次)?(修订|修訂|修正|修改|起?(?:施行|实施|實施))(?:后|後)?的|(?:第[一二三四五六七八九十]{1,3}次)?(修订|修訂|修正|修改|通过|通過|颁布|頒布|制定)时[，,][ \u3000]*|(?:的|版|新|新的))?$/;
/** What the word after a year names of a version (namedVersion.ts VersionEvent); no word: the year alone. */
export function versionEventOf(word: string | undefined): VersionEvent | undefined {
  if (!word) return undefined;
  if (/修订|修訂|修正|修改/.test(word)) return 'amended';
  if (/施行|实施|實施/.test(word)) return 'effective';
  if (/通过|通過|颁布|頒布|公布|发布|發布|制定|出台/.test(word)) return 'adopted';
  return undefined;
}

// Rule (issue 14, heldout21 court; an article comparing two texts of one law: 1996年制定的某某法第三十八条第二款规定…，2021年
// 修订后的某某法第五十七条第二款规定…): a law's name written without 《》 names a version as a title does (VERSION_BEFORE:
// 1993年修正的《商标法》) when a year, the event and 的 stand right before it — 制定的, 修订后的. A year alone before a bare
// name: see fix-zh41b below.
// Rule (fix-zh39, heldout33 court; an SPC judge's article: 1991年3月出台的民事诉讼法第二百零八条即有…规定): 出台 names the
// text adopted and promulgated then, as 颁布 and 公布 do, and the month may stand between the year and the word.
// 发布 (fix-zh43: 1993年发布的消法第49条) names it as they do.
// Rule (issue 14, fix-zh41b, heldout34 court; a judge's history of an offence: 1979年刑法第157条规定：“…”按照该条规定…):
// a year alone right before the bare name names that year's text as it does before a title (1979年《刑法》第一百五十一条,
// VERSION_BEFORE) — unknown-regulation when the corpus lacks it, the law in force when only acts of their own changed it
// since (1997年刑法 is the 刑法 today; namedVersion.ts enactedThenActs). Only a year of four digits glued to the name,
// not one closing a date (2019年3月1日刑法…) nor a longer number.
/** A year (its event and 的) glued before a bare law's name (the rules above): group 1 the year, group 2 the event word. */
const BARE_VERSION_BEFORE = /(?<![0-9])((?:19|20)[0-9]{2})\s*年(?:(?:[0-9]{1,2}\s*月)?(?:第[一二三四五六七八九十]{1,3}次)?(修订|修正|修改|通过|颁布|公布|发布|制定|出台|施行|实施)(?:后)?的)?$/;

/** The version a year (its event and 的, or the year alone) names right before a bare law name at `start`, if any. */
export function bareVersionBefore(text: string, start: number): Partial<TitleHead> {
  const m = BARE_VERSION_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  return m ? { versionYear: +m[1], versionEvent: versionEventOf(m[2]) } : {};
}

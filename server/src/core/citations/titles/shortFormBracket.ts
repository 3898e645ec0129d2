// The bracket defining a short name after a title or a term: （以下简称《条例》）, （以下称“X”）, （简称X）. One reader for the
// scanner's short titles, the terms of a draft (terms/definitions.ts) and a short name used before it is defined
// (laterShortName.ts).

// A short title in title marks may also stand in quotes: （以下简称“《条例》”）. One space between an Arabic number and a
// Chinese character belongs to the name, as typeset pages space them (（以下简称《2021 高法解释》）).
// Rule (issue 14, real-zh19: law-firm articles): 以下统称 / 下统称 gives a short name as 以下简称 does, also after a few
// words saying what it stands for and a comma (（关于建设工程司法解释，下统称《施工合同司法解释》）).
// One definition of the words opening such a bracket, read by every place that looks for one (the scanner's short
// titles and unmarked titles, analyze.ts namedFrom, terms/definitions.ts, laterShortName.ts, versionWord.ts,
// titleTiedToArticle.ts): 以下简称, 简称, 下文简称, 以下称, 下称, 下文称, 以下统称, 下统称 — in traditional script too
// (以下簡稱, 下稱, 統稱: a simplified page quoting a traditional bracket is not converted, normalize/traditionalScript.ts),
// then 为 or a colon before the name (以下简称为《条例》, 以下简称：本法). The places once spelled the words each their own
// way, some without 统称, 下文简称 or the traditional forms; a short name so given is given all the same.
import { SERIES_IN_BRACKETS } from './seriesNumber';

/** The words of the introducer (RegExp alternatives, no group): 以下简称, 简称, 下文简称, 以下称, 下称, 以下统称 …. */
const SHORT_NAME_WORDS = '(?:以下|下文)?(?:简称|簡稱)|(?:以下|下文|下)(?:称|稱)|(?:以下|下)(?:统称|統稱)';

// Rule (issue 14, a140-qa; tax experts' answers and government texts: 《关于统一…问题的公告》（国家税务总局公告2018年第18号，
// 以下简称“18号公告”）…18号公告第九条规定, （财税〔2016〕36号，以下简称“36号文”）): the bracket may give the text's
// document number (文号) first, then a comma and the introducer — the number is a note on the title, as in a bracket
// of its own (（法释〔2001〕12号）), and the name after it is the title's short name all the same. A number is words
// ending in a numeral and 号; other words before the comma (（2005年发布，已废止）) open no definition.
/** A document number and a comma before the introducer (RegExp source, no group): 国家税务总局公告2018年第18号， */
const NUMBER_BEFORE = `[^（()）\\n，,。；]{0,30}?[0-9０-９一二三四五六七八九十百零〇][ \\u3000]*号[ \\u3000]*[，,]\\s*(?=${SHORT_NAME_WORDS})`;

/**
 * The opening of a short-name bracket (RegExp source, no group): （ or (, for 统称 a few words saying what it stands
 * for and a comma (（关于建设工程司法解释，下统称…）), or the text's document number and a comma, the introducer's words.
 */
export const SHORT_NAME_OPEN = `[（(]\\s*(?:[^（()）\\n，,。；]{1,16}[，,]\\s*(?=(?:以下|下)(?:统称|統稱))|${NUMBER_BEFORE})?(?:${SHORT_NAME_WORDS})`;

/** SHORT_NAME_OPEN and the 为 or colon after it: everything before the name itself (RegExp source, no group). */
export const SHORT_NAME_LEAD = `${SHORT_NAME_OPEN}\\s*[为為：:]?\\s*`;

/** A 以下简称 / 以下称 / 简称 / 以下统称 bracket (sticky): the mark opening the name in group 1, the name in group 2. */
export const SHORT_FORM_BRACKET = new RegExp(`${SHORT_NAME_LEAD}(?:[“"「『‘](?=《))?([《“"「『‘]?)((?:[^（(）)”"」』》’\\s，,。；]|(?<=[0-9]) (?=[\\u4e00-\\u9fff])|(?<=[\\u4e00-\\u9fff]) (?=[0-9])){1,30}(?:${SERIES_IN_BRACKETS})?)(?:》[”"」』’]|[》”"」』’])?\\s*[)）]`, 'y');

/** Everything of a bracket before the name's mark: SHORT_NAME_LEAD, and a quote around a title-marked name. */
const LEAD = new RegExp(`^${SHORT_NAME_LEAD}(?:[“"「『‘](?=《))?`);

/**
 * The one reader of a 以下简称 / 以下称 / 简称 bracket starting at `at` (its opening bracket): the name it gives, the mark
 * opening that name (《 for a title, “ or none) and where the bracket ends; null when none starts there. Short titles
 * (after a title) and defined terms (after any other words, core/citations/terms) are read by it alike.
 */
export function shortFormAt(text: string, at: number): { name: string; mark: string; nameStart: number; end: number } | null {
  SHORT_FORM_BRACKET.lastIndex = at;
  const m = SHORT_FORM_BRACKET.exec(text);
  if (!m) return null;
  const lead = LEAD.exec(m[0])![0].length;
  return { name: m[2], mark: m[1], nameStart: at + lead + m[1].length, end: SHORT_FORM_BRACKET.lastIndex };
}

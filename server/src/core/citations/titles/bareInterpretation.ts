// Rule (judgments, their database pages, Q&A): a judicial interpretation's title written without 《》 —
// 依照最高人民法院关于执行《中华人民共和国行政诉讼法》若干问题的解释第四十四条, a database's 法律依据 line
// 最高人民法院关于执行《中华人民共和国行政诉讼法》若干问题的解释:第一条第一款, 依据最高人民法院关于审理某类案件若干问题的规定
// 第二十六条 — names that interpretation. The articles after it are the interpretation's (resolved when the corpus knows
// the title, else unknown-regulation), never those of the law named in 《》 inside the title nor of the law cited before.
// The title as written: its issuer (最高人民法院, 最高人民检察院, both joined with 、, 和, 与 or a space), 关于, its words — with
// no punctuation among them, a law's title in 《》 or 〈〉 may stand there — and its ending: 的解释, 的规定, 的若干规定,
// 的批复, 的意见 or 的答复 (的补充规定, 的若干规定 …), with the number of a series (（二）) when it has one.
// Rule (issue 14, qa13; Q&A pages: 最高人民法院在关于适用〈中华人民共和国民法典〉婚姻家庭编的解释第五条中规定, 依照关于适用
// 〈中华人民共和国民法典〉婚姻家庭编的解释第五条): writers put 在 between the issuer and the title (在…中规定) or leave the
// issuer out. The title then starts at its 关于; without an issuer it is read only when it opens 关于适用, 关于执行 or
// 关于贯彻执行 (the law it applies stands in it) — the article after it is still the interpretation's, never the law's
// named inside it.

import { SERIES_IN_BRACKETS } from './seriesNumber';
import { ARTICLE_NUMERAL } from '../text';
import { CASE_VERB, COURT_ISSUER } from '../courtTitleWords';

// Its issuers are courtTitleWords.ts COURT_ISSUER, but joined more loosely than a title's own 、 (COURT_ISSUERS): a writer
// copying the title into a sentence joins them with 和, 与, a space or nothing.
const ISSUER = COURT_ISSUER;
const ISSUERS = `${ISSUER}(?:[、和与 \\u3000]*${ISSUER})?`;
/** One word character of such a title, or a law's title nested in it. */
const WORD = `(?:[^\\s，。；：:,;！？!?（）()《》〈〉“”"'‘’\\[\\]【】第]|第(?!${ARTICLE_NUMERAL}[条款项])|《[^《》\\n]{1,60}》|〈[^〈〉\\n]{1,60}〉)`;
const ENDING = `的(?:若干|补充|暂行)?(?:解释|规定|批复|意见|答复)(?:${SERIES_IN_BRACKETS})?`;
// Rule (issue 14, fix-zh43, heldout35 court; a lawyer's Q&A: 最高人民法院关于适用《中华人民共和国民事诉讼法》若干问题的
// 第四条规定，法人的住所地是指…): a writer may cut the title before its kind word (意见, 解释, 规定) and go straight on to
// the article: 若干问题的 / 问题的 ending it right before 第N条. The title is still the interpretation the writer named —
// the article is that document's (resolved when the corpus knows the title so written, else unknown-regulation, as
// with …若干问题的意见第四条), never the article of the law named in 《》 inside it. Only with its issuer before it, and
// only right before an article (…若干问题的解释 and …若干问题的规定 end as before).
/** A title cut before its kind word: 若干问题的 or 问题的, the article following right after. */
const CUT = '(?:若干)?问题的';
/** An article's 第N条 right after the cut title (lookahead). */
const ARTICLE_AHEAD = `(?=第${ARTICLE_NUMERAL}条)`;
/** The title from its issuer on (sticky: tried at each issuer, nearest first). */
const TITLE = new RegExp(`${ISSUERS}关于${WORD}{2,80}?(?:${ENDING}|${CUT}${ARTICLE_AHEAD})`, 'y');
const ISSUER_G = new RegExp(ISSUER, 'g');
/** How far before an article or a nested title its issuer may stand. */
const REACH = 160;

/** Offsets of the matches of `re` (a g pattern) in text[from, to), nearest to `to` first. */
function startsBefore(re: RegExp, text: string, from: number, to: number): number[] {
  const found: number[] = [];
  const window = text.slice(from, to); // searched alone: never past `to` (a long text without a match)
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) found.push(from + m.index);
  return found.reverse();
}

/** 最高人民法院、最高人民检察院关于…: the first of two issuers joined before the one found at `s`. */
const ISSUER_JOINED_BEFORE = new RegExp(`${ISSUER}[、和与 \\u3000]*$`);
function firstIssuer(text: string, s: number): number {
  const m = ISSUER_JOINED_BEFORE.exec(text.slice(Math.max(0, s - 12), s));
  return m ? s - m[0].length : s;
}

/** The title starting at `start`, if one does: its end. Not inside 《》 (a bracketed title is read as written). */
function titleAt(text: string, start: number): number {
  if (text[start - 1] === '《' || text[start - 1] === '〈') return -1;
  TITLE.lastIndex = start;
  return TITLE.test(text) ? TITLE.lastIndex : -1;
}

/** An article's 第N条 opening what it is tested on. */
const ARTICLE_AT = new RegExp(`^第${ARTICLE_NUMERAL}条`);

/** The title ending exactly at the end of what it is tested on. */
const TITLE_TO_END = new RegExp(`^${ISSUERS}关于${WORD}{2,120}(?:${ENDING}|${CUT})$`);

/** Start of such a title ending right at `end` (where an article or a colon before it begins), or -1. */
export function interpretationTitleEndingAt(text: string, end: number): number {
  if (!/[释定复见）)的]/.test(text[end - 1] ?? '')) return -1;
  // A title cut before its kind word (CUT) only right before an article's 第.
  if (text[end - 1] === '的' && !ARTICLE_AT.test(text.slice(end, end + 12))) return -1;
  for (const found of startsBefore(ISSUER_G, text, Math.max(0, end - REACH), end)) {
    const s = firstIssuer(text, found);
    if (text[s - 1] === '《' || text[s - 1] === '〈') continue;
    if (TITLE_TO_END.test(text.slice(s, end))) return s;
  }
  return hearingTitleEndingAt(text, end);
}

// Rule (issue 14 form 2, heldout23-court; lawyers' headlines and Q&A: 浅谈关于审理某类案件适用法律若干问题的规定第五条,
// 依据关于办理某类刑事案件适用法律若干问题的解释第二条): the court's title with its issuer and its 《》 both left out.
// A title opening 关于审理 or 关于办理 and naming 案件 — the words of a court's or procuratorate's interpretation on trying
// or handling a kind of case, which no other body's rule is titled by — ending as such titles end, right before the
// article: that interpretation (resolved when the corpus knows the title with its issuer, else unknown-regulation).
const HEARING = new RegExp(`关于${CASE_VERB}`, 'g');
const HEARING_TO_END = new RegExp(`^关于${CASE_VERB}${WORD}{2,120}${ENDING}$`);

/** Start of an issuer-less 关于审理…案件…的规定 title ending right at `end`, or -1. */
function hearingTitleEndingAt(text: string, end: number): number {
  const from = Math.max(0, end - REACH);
  if (!text.slice(from, end).includes('案件')) return -1;
  for (const s of startsBefore(HEARING, text, from, end)) {
    if (text[s - 1] === '《' || text[s - 1] === '〈' || ISSUER_JOINED_BEFORE.test(text.slice(Math.max(0, s - 12), s))) continue;
    const title = text.slice(s, end);
    if (title.includes('案件') && HEARING_TO_END.test(title)) return s;
  }
  return -1;
}

/** 关于 opening the title of an interpretation applying a law (its issuer left out or separated from it by 在). */
const APPLYING = /关于(?:贯彻执行|适用|执行)/g;
/** Such a title from its 关于 on (sticky). */
const APPLYING_TITLE = new RegExp(`关于${WORD}{2,80}?${ENDING}`, 'y');

/** The issuer-less title starting at its 关于 `s`: its end, or -1 (an issuer right before it makes it the other form). */
function applyingTitleAt(text: string, s: number): number {
  if (ISSUER_JOINED_BEFORE.test(text.slice(Math.max(0, s - 12), s))) return -1;
  if (text[s - 1] === '《' || text[s - 1] === '〈') return -1;
  APPLYING_TITLE.lastIndex = s;
  return APPLYING_TITLE.test(text) ? APPLYING_TITLE.lastIndex : -1;
}

// Rule (issue 14, heldout25-court; a Q&A page copied from a site that set its links apart with spaces:
// 根据最高人民法院关于适用《中华人民共和国 某某法 》 某某 编的解释(一)第十条): around a law's title bracketed inside it, the
// title written without 《》 may carry single stray spaces between its words; it is the same title (read without them),
// and the article after it is still the interpretation's, not the inner law's. Only single spaces, each between two
// of the title's words, and only when the title reads so around the bracketed law (never a sentence spaced apart).
const SPACED_WORD = `(?:${WORD}|[ \\u3000](?![\\s，。；：:,;]))`;
const TITLE_SPACED = new RegExp(`${ISSUERS}关于${SPACED_WORD}{2,80}?${ENDING}`, 'y');
const APPLYING_TITLE_SPACED = new RegExp(`关于${SPACED_WORD}{2,80}?${ENDING}`, 'y');

/** titleAt / applyingTitleAt with stray spaces allowed: the end, or -1. */
function spacedTitleAt(text: string, start: number, issuer: boolean): number {
  if (text[start - 1] === '《' || text[start - 1] === '〈') return -1;
  if (!issuer && ISSUER_JOINED_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return -1;
  const re = issuer ? TITLE_SPACED : APPLYING_TITLE_SPACED;
  re.lastIndex = start;
  return re.test(text) ? re.lastIndex : -1;
}

/**
 * The title written without 《》 around the law's title bracketed at [open, close] (its 《 and 》): its start and end,
 * or null when that 《…》 stands in no such title.
 */
export function interpretationAround(text: string, open: number, close: number): { start: number; end: number } | null {
  const before = text.charCodeAt(open - 1); // by code: no one-character string (NaN before the text: none)
  if (!(before >= 0x4e00 && before <= 0x9fff)) return null;
  for (const found of startsBefore(ISSUER_G, text, Math.max(0, open - REACH), open)) {
    const s = firstIssuer(text, found);
    const e = titleAt(text, s);
    if (e > close) return { start: s, end: e };
  }
  for (const s of startsBefore(APPLYING, text, Math.max(0, open - REACH), open)) {
    const e = applyingTitleAt(text, s);
    if (e > close) return { start: s, end: e };
  }
  // Stray spaces inside (see SPACED_WORD): only when the text around the bracketed law has one.
  if (!/[ \u3000]/.test(text.slice(Math.max(0, open - 40), Math.min(text.length, close + 40)))) return null;
  for (const found of startsBefore(ISSUER_G, text, Math.max(0, open - REACH), open)) {
    const s = firstIssuer(text, found);
    const e = spacedTitleAt(text, s, true);
    if (e > close) return { start: s, end: e };
  }
  for (const s of startsBefore(APPLYING, text, Math.max(0, open - REACH), open)) {
    const e = spacedTitleAt(text, s, false);
    if (e > close) return { start: s, end: e };
  }
  return null;
}

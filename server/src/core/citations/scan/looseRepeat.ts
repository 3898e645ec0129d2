// Rule (issue 14, fix-zh26; lawyers' and scholars' essays: 下文以《侵权责任法》第35条为中心进行分析，认为35条并没有取代…;
// 分别为91年民诉第208条和07年民诉第204条。……新的204条摒弃了…; 包括《企业破产法》31条规定的撤销权和32条规定的撤销…):
// an essay discussing a law's article comes back to it by its number alone, digits and 条 without 第, once the article
// has been cited in full a little before; and a writer who cites an article without 第 (《某某法》31条) writes the next
// one of the same sentence so too, joined by 和/及/与/、/或. Such a number is an article of the law in context, the law
// of that citation — never a count: a count is not the number of the article just cited (这35条 is said of articles
// counted, 共有35条), nor joined in a sentence to an article written without 第, and a counted thing after it
// (32条建议) stays one (countedThingAfter). Only digits: 三十五条 alone is prose (三十五条措施, 三条原则).

import { type Chain, isDigitAt } from '../chain/chain';
import type { ScanEvent } from '../scanTypes';

/** How far back (characters) the article the number repeats may be cited: a paragraph of an essay. */
const REPEAT_REACH = 300;
/** How far back the article written without 第 may stand in the same sentence. */
const JOINED_REACH = 80;

/** What before the digits makes them part of another number or a count: a digit, 第, a unit, 共/有/了/这…. */
const NOT_ALONE_BEFORE = /(?:[0-9０-９.．\-－/_A-Za-z第至到~～—]|共|计|有|了|这|那|各|每|近|约|达|前|后|余|增加|删除|减少|新增|合计|总计|全文|分为|其中)$/;
/** A paragraph break (a blank line) between the citation and the number: another passage. */
const BLANK_LINE = /\n[ \t\u3000]*\r?\n/;
/** A sentence's end: the joined article must stand in the citation's sentence. */
const SENTENCE_END = /[。；;！？!?\n]/;
/** The words joining two articles of one sentence, right before the number. */
const JOINED_BEFORE = /[和及与、或]$/;

/** The cheap question first: is there a Chinese citation just before `p`, the digits there not inside a number? */
export function looseRepeatCandidate(text: string, p: number, events: readonly ScanEvent[]): boolean {
  const last = events[events.length - 1];
  return last !== undefined && last.type === 'citation' && last.lang === 'zh' && last.end <= p && p - last.end <= REPEAT_REACH &&
    !isDigitAt(text, p - 1) && text[p - 1] !== '第';
}

/**
 * Whether the number at `p` (digits, then 条, read as `chain` without 第) is an article of the law in context: it repeats
 * the article the citation before it (within a paragraph) names, or it is joined to that citation, written without 第
 * too, in the same sentence. `events` are the scanner's events so far; only the last is looked at.
 */
export function looseRepeatAt(text: string, p: number, chain: Chain, events: readonly ScanEvent[]): boolean {
  if (chain.top !== 0 || chain.targets.length === 0) return false;
  if (NOT_ALONE_BEFORE.test(text.slice(Math.max(0, p - 4), p))) return false;
  const last = events[events.length - 1];
  if (!last || last.type !== 'citation' || last.lang !== 'zh' || last.end > p || p - last.end > REPEAT_REACH) return false;
  const between = text.slice(last.end, p);
  if (BLANK_LINE.test(between)) return false;
  const n = chain.targets[0].article;
  if (n !== null && last.targets.some((t) => t.article === n && t.insert === chain.targets[0].insert)) return true;
  // Joined in one sentence to an article written without 第, and followed by 规定 (a count is not 规定 of a law).
  return p - last.end <= JOINED_REACH && !SENTENCE_END.test(between) && JOINED_BEFORE.test(between) &&
    (last.missing ?? []).some((m) => m.word === '第') && /^[的之]?规定/.test(text.slice(chain.end, chain.end + 3));
}

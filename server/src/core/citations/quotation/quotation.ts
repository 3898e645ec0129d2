// Quotations of cited text (…第X条第Y款规定：“…”): the quotation compared with the text of the provision the
// analysis bound the citation to, in the version it selected. Pure: no LSP import. The scanner finds the quotation
// (scanner.ts quotationAfter, the same one that keeps references inside it in the quoted law's context); this module
// only compares.
//
// The rules:
// - Whitespace (line breaks, spaces, U+3000) is ignored, and so is the “ that re-opens each paragraph of a quotation
//   of several paragraphs (text.ts reopensParagraph); a half-width punctuation mark equals its full-width form
//   (the corpus prints both: 第三十四条 has ","), and quotation marks nested in the quotation (‘’, 『』) equal the
//   text's “”: none is a difference.
// - A quotation that is a contiguous part of the cited text is exact (quoting one sentence of an article is fine).
// - A quotation with ellipses (……, …, ⋯, ...) matches piecewise: each piece a part of the text, in order.
// - When the words match and only punctuation differs: `quote-mismatch`, information.
// - When words differ: `quote-mismatch`, warning, the message naming what differs and showing the difference
//   character by character (server/src/core/diff.ts):
//
//   | the difference touches …                                      | said as        |
//   |---------------------------------------------------------------|----------------|
//   | 应当, 可以, 不得, 必须, 禁止, 有权, or a negation 不/未/无/非  | normative word |
//   | a number (digits, or Chinese numerals before a unit, 第…)      | number         |
//   | a time limit (…日内, 个月, 工作日, 之日起, 期限, 届满 …)          | time limit     |
//   | anything else                                                 | wording        |
//
// - A 款 cited whose text does not hold the quotation while another 款 of the article does: warning, naming it
//   (with a fix citing that 款); a quotation running over several 款 of the article: information.
// - Only Chinese quotations of Chinese texts are compared (an English quotation of a translation is left alone).
// - Which quotations are compared (quoteProblem.ts): after 规定 or a colon, or followed by 的规定, any from 4
//   characters; after a bare comma or mark (第十七条，“向北开放”误为…) only from 10 characters, and never reported as
//   not being this text.
// - Quotations under 4 characters are terms, not quotations (第二条“边境地区”): not compared. A quotation sharing
//   less than half its characters with the text is still reported, without a character diff (it is not this text).
// The quick fix writes the corpus text of the part quoted (each piece of an ellipsis quotation), in place of the
// quotation.
import { diffTokens, wordDiff, type DiffPart } from '../../diff';
import { countBelow, reopensParagraph } from '../text';
import type { QuoteDifference } from '../types';

export type { QuoteDifference };

export interface QuoteVerdict {
  /** 'exact': no diagnostic. */
  kind: 'exact' | 'different' | 'unrelated' | 'other-paragraph' | 'whole-article';
  /** For 'different': each kind of difference found (strongest first); ['punctuation'] when only punctuation differs. */
  differences: QuoteDifference[];
  /** The diff of the text quoted (corpus) to the quotation (draft), each piece of an ellipsis quotation in turn. */
  parts: DiffPart[];
  /** The corpus text of what was quoted, to write instead of the quotation (pieces joined by the draft's ellipsis). */
  replacement: string;
  /** For 'other-paragraph': the 款 whose text holds the quotation ('whole-article': it spans several 款 of the article). */
  paragraph?: number;
}

/** Shorter quotations are terms (第二条“边境地区”是指), not quotations of the text. */
export const MIN_QUOTATION = 4;

const NORMATIVE = ['应当', '可以', '不得', '必须', '禁止', '有权'];
const NEGATION = /[不未无非]/;
const TIME_LIMIT = /日内|月内|年内|个月|工作日|小时|之日起|之日|期限|届满|以内|以前|之前|以后|之后|日起/g;
const DIGITS = /[0-9０-９]/;
const ZH_NUMBER = /[零〇一二三四五六七八九十百千万两]+/g;
const UNIT = /^[日月年天时个倍元人次条款项名周%％分秒]/;
const HAN = /[\u4e00-\u9fff]/;
const ELLIPSIS = /…+|⋯+|\.{3,}|。{3,}/g;

/** Half-width punctuation and its full-width form (the corpus prints both). */
const WIDTH: Record<string, string> = {
  ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？', '"': '”', "'": '’', '[': '【', ']': '】', '<': '〈', '>': '〉',
  '.': '。',
  // Quotation marks inside a quotation are written ‘’ (or 『』), as in the text they are “”.
  '‘': '“', '’': '”', '「': '“', '」': '”', '『': '“', '』': '”',
};

/** Is the character punctuation (or a symbol): a difference in it alone is a punctuation difference. */
function isPunct(ch: string): boolean {
  return /[\p{P}\p{S}]/u.test(ch);
}

/** A text made comparable: whitespace dropped, punctuation made full-width; `at[i]` is the source offset of char i. */
interface Normal {
  text: string;
  at: number[];
}

function normalize(s: string, from = 0, to = s.length): Normal {
  let text = '';
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = s[i];
    if (/\s/.test(ch)) continue;
    // The mark re-opening each paragraph of a quotation of several paragraphs is not the text's (text.ts).
    if ((ch === '“' || ch === '「') && i > from && reopensParagraph(s, i)) continue;
    // A full stop between digits is a decimal point, not 。
    const digitDot = ch === '.' && /[0-9]/.test(s[i - 1] ?? '') && /[0-9]/.test(s[i + 1] ?? '');
    text += digitDot ? ch : WIDTH[ch] ?? ch;
    at.push(i);
  }
  return { text, at };
}

/** The same without punctuation: what words the text has. */
function wordsOnly(n: Normal): Normal {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < n.text.length; i++) {
    if (isPunct(n.text[i])) continue;
    text += n.text[i];
    at.push(i);
  }
  return { text, at };
}

/** Where a piece of the quotation lies in the cited text (normalised offsets, end exclusive), and how. */
interface Placed {
  start: number;
  end: number;
  how: 'exact' | 'punctuation' | 'aligned';
  /** Tokens of the piece matched by the alignment (for 'aligned'). */
  matched: number;
  tokens: number;
}

/** Find `piece` in `cited` from `from` on: exactly, by its words only, else the closest window. */
function place(piece: string, cited: Normal, citedWords: Normal, from: number, budget: QuoteBudget): Placed {
  const exact = cited.text.indexOf(piece, from);
  if (exact !== -1) return { start: exact, end: exact + piece.length, how: 'exact', matched: 0, tokens: 0 };
  const pw = wordsOnly({ text: piece, at: [] }).text;
  if (pw) {
    const wFrom = countBelow(citedWords.at, from);
    const w = citedWords.text.indexOf(pw, wFrom);
    if (w !== -1) {
      // Widen to the punctuation around the words when the piece has it there.
      let start = citedWords.at[w];
      let end = citedWords.at[w + pw.length - 1] + 1;
      if (isPunct(piece[0]) && start > from && isPunct(cited.text[start - 1])) start--;
      if (isPunct(piece[piece.length - 1]) && end < cited.text.length && isPunct(cited.text[end])) end++;
      return { start, end, how: 'punctuation', matched: 0, tokens: 0 };
    }
  }
  return { ...align(piece, cited.text, from, budget), how: 'aligned' };
}

/** Above this many cells the alignment takes the whole rest of the text as the window. */
const MAX_ALIGN_CELLS = 4_000_000;

/**
 * Cells (quotation × text characters) the character-level work may still spend; shared by the quotations of one
 * document, so a draft of many long, altered quotations stays bounded (the rest are compared, without the diff).
 */
export interface QuoteBudget {
  cells: number;
}

/**
 * The window of `text` (from `from` on) closest to `piece` by token edit distance, its start and end free
 * (semi-global alignment), and how many of the piece's tokens it matches.
 */
function align(piece: string, text: string, from: number, budget: QuoteBudget): { start: number; end: number; matched: number; tokens: number } {
  const q = diffTokens(piece);
  const tt = diffTokens(text.slice(from));
  const n = q.length;
  const m = tt.length;
  const offsets: number[] = [];
  let o = from;
  for (const t of tt) {
    offsets.push(o);
    o += t.length;
  }
  offsets.push(o);
  if (n === 0 || m === 0 || n * m > Math.min(MAX_ALIGN_CELLS, budget.cells)) return { start: from, end: text.length, matched: commonTokens(q, tt), tokens: n };
  budget.cells -= n * m;
  // cost[j], start[j], match[j]: row i of the DP over quotation tokens (rows) and text tokens (columns); two rows
  // of each, swapped.
  let cost = new Uint32Array(m + 1);
  let start = new Uint32Array(m + 1);
  let match = new Uint32Array(m + 1);
  let c2 = new Uint32Array(m + 1);
  let s2 = new Uint32Array(m + 1);
  let m2 = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j++) start[j] = j;
  for (let i = 1; i <= n; i++) {
    c2[0] = i;
    s2[0] = 0;
    m2[0] = 0;
    const qi = q[i - 1];
    for (let j = 1; j <= m; j++) {
      const same = qi === tt[j - 1];
      let best = cost[j - 1] + (same ? 0 : 1);
      let bs = start[j - 1];
      let bm = match[j - 1] + (same ? 1 : 0);
      // Equal costs: the path matching more tokens (超越[-法定-]职权, not [-法定-]{+超越+}职权).
      if (cost[j] + 1 < best || (cost[j] + 1 === best && match[j] > bm)) {
        best = cost[j] + 1;
        bs = start[j];
        bm = match[j];
      }
      if (c2[j - 1] + 1 < best || (c2[j - 1] + 1 === best && m2[j - 1] > bm)) {
        best = c2[j - 1] + 1;
        bs = s2[j - 1];
        bm = m2[j - 1];
      }
      c2[j] = best;
      s2[j] = bs;
      m2[j] = bm;
    }
    [cost, c2] = [c2, cost];
    [start, s2] = [s2, start];
    [match, m2] = [m2, match];
  }
  let bestJ = 0;
  // Ties: more tokens matched, then the longer window (复[-核-]{+议+}, not 复{+议+} with 核 left out).
  for (let j = 1; j <= m; j++) if (cost[j] < cost[bestJ] || (cost[j] === cost[bestJ] && match[j] >= match[bestJ])) bestJ = j;
  return { start: offsets[start[bestJ]], end: offsets[Math.max(bestJ, start[bestJ])], matched: match[bestJ], tokens: n };
}

/** How many tokens two lists share, counted with repeats (at least their longest common subsequence). */
function commonTokens(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let n = 0;
  for (const t of a) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      n++;
      counts.set(t, c - 1);
    }
  }
  return n;
}

/**
 * A diff made readable: a run of one or two characters left between two changes joins them (本[-行政区域内-]{+地区+},
 * not 本[-行政-]{+地+}区[-域内-]; [-十五-]{+三十+}, not {+三+}十[-五-]).
 */
export function joinChanges(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.kind === 'removed') removed += p.text;
    else if (p.kind === 'added') added += p.text;
    else if ((removed || added) && p.text.length <= 2 && i + 1 < parts.length) {
      removed += p.text;
      added += p.text;
    } else {
      flush();
      out.push({ ...p });
    }
  }
  flush();
  return out;
}

/** Above this many cells (quotation × window characters) the difference is not computed character by character. */
const MAX_DIFF_CELLS = 4_000_000;

/** The quotation split at its ellipses: the pieces (normalised) and the ellipsis the draft writes. */
function pieces(quote: Normal): { list: string[]; ellipsis: string } {
  const list: string[] = [];
  let ellipsis = '……';
  let last = 0;
  ELLIPSIS.lastIndex = 0;
  for (let m = ELLIPSIS.exec(quote.text); m; m = ELLIPSIS.exec(quote.text)) {
    if (m.index > last) list.push(quote.text.slice(last, m.index));
    ellipsis = m[0];
    last = m.index + m[0].length;
  }
  if (last < quote.text.length) list.push(quote.text.slice(last));
  return { list, ellipsis };
}

/** What a hunk of a diff touches, from its removed and added text and a few characters around it. */
function classify(before: string, removed: string, added: string, after: string): QuoteDifference {
  const changed = removed + added;
  if ([...changed].every(isPunct)) return 'punctuation';
  const oldText = before + removed + after;
  const newText = before + added + after;
  const count = (s: string, w: string) => s.split(w).length - 1;
  if (NORMATIVE.some((w) => count(oldText, w) !== count(newText, w)) || NEGATION.test(changed)) return 'normative';
  if (DIGITS.test(changed) || hasNumber(before, removed, after) || hasNumber(before, added, after)) return 'number';
  const times = (s: string) => (s.match(TIME_LIMIT) ?? []).join('|');
  if (times(oldText) !== times(newText)) return 'time-limit';
  return 'wording';
}

/** Chinese numerals in the changed text that write a number: before a unit (十五日, 三倍) or after 第. */
function hasNumber(before: string, changed: string, after: string): boolean {
  const s = before + changed + after;
  const lo = before.length;
  const hi = before.length + changed.length;
  ZH_NUMBER.lastIndex = 0;
  for (let m = ZH_NUMBER.exec(s); m; m = ZH_NUMBER.exec(s)) {
    const end = m.index + m[0].length;
    if (end <= lo || m.index >= hi) continue;
    if (UNIT.test(s.slice(end)) || s[m.index - 1] === '第') return true;
  }
  return false;
}

const ORDER: QuoteDifference[] = ['normative', 'number', 'time-limit', 'wording', 'punctuation'];

/** The kinds of difference in a diff, strongest first; punctuation only when nothing else differs. */
export function differencesOf(parts: readonly DiffPart[]): QuoteDifference[] {
  const found = new Set<QuoteDifference>();
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].kind === 'same') continue;
    let removed = '';
    let added = '';
    const before = i > 0 ? parts[i - 1].text.slice(-3) : '';
    let j = i;
    for (; j < parts.length && parts[j].kind !== 'same'; j++) {
      if (parts[j].kind === 'removed') removed += parts[j].text;
      else added += parts[j].text;
    }
    const after = j < parts.length ? parts[j].text.slice(0, 3) : '';
    found.add(classify(before, removed, added, after));
    i = j - 1;
  }
  const list = ORDER.filter((d) => found.has(d));
  return list.length > 1 ? list.filter((d) => d !== 'punctuation') : list;
}

/** The source text of a normalised window of `source` (line breaks kept only when the quotation has some). */
function sourceSlice(source: string, n: Normal, start: number, end: number, keepBreaks: boolean): string {
  if (end <= start) return '';
  const s = source.slice(n.at[start], n.at[end - 1] + 1);
  return keepBreaks ? s : s.replace(/\s*\n\s*/g, '');
}

export interface QuotedProvision {
  /** The cited text: a 款, 项 or 目, or the article's paragraphs joined by "\n". */
  text: string;
  /** The cited 款's number, with the article's paragraphs: another 款 that holds the quotation is named. */
  paragraph?: number;
  paragraphs?: readonly { number: number; text: string }[];
}

/**
 * Compare a quotation (the text between its marks) with the provision it quotes. Null when it is not compared
 * (shorter than MIN_QUOTATION characters, nothing to compare with).
 */
export function compareQuotation(quotation: string, cited: QuotedProvision, budget: QuoteBudget = { cells: 4 * MAX_DIFF_CELLS }): QuoteVerdict | null {
  if (!HAN.test(quotation) || !HAN.test(cited.text)) return null;
  const quote = normalize(quotation);
  const { list, ellipsis } = pieces(quote);
  if (wordsOnly(quote).text.length < MIN_QUOTATION || !list.length) return null;
  const text = normalize(cited.text);
  if (!text.text) return null;
  const found = against(list, ellipsis, text, cited.text, /\n/.test(quotation), budget);
  // Not this text at all: the fix writes all of it.
  const verdict = found.kind === 'unrelated' ? { ...found, replacement: whole(cited.text, quotation) } : found;
  if (verdict.kind === 'exact' || cited.paragraph === undefined || !cited.paragraphs) return verdict;
  // Not in the cited 款: another 款 of the article that holds it exactly is named.
  for (const p of cited.paragraphs) {
    if (p.number === cited.paragraph) continue;
    const other = against(list, ellipsis, normalize(p.text), p.text, false, { cells: 0 });
    if (other.kind === 'exact') return { ...verdict, kind: 'other-paragraph', paragraph: p.number, replacement: whole(cited.text, quotation) };
  }
  const article = cited.paragraphs.map((p) => p.text).join('\n');
  if (against(list, ellipsis, normalize(article), article, false, { cells: 0 }).kind === 'exact') return { ...verdict, kind: 'whole-article' };
  return verdict;
}

/** The whole cited text as a quotation's replacement (line breaks kept only when the quotation has some). */
function whole(text: string, quotation: string): string {
  return /\n/.test(quotation) ? text : text.replace(/\s*\n\s*/g, '');
}

function against(list: string[], ellipsis: string, text: Normal, source: string, keepBreaks: boolean, budget: QuoteBudget): QuoteVerdict {
  const words = wordsOnly(text);
  const parts: DiffPart[] = [];
  const replacement: string[] = [];
  let from = 0;
  let exact = true;
  let matched = 0;
  let tokens = 0;
  for (const piece of list) {
    const p = place(piece, text, words, from, budget);
    const window = text.text.slice(p.start, p.end);
    replacement.push(sourceSlice(source, text, p.start, p.end, keepBreaks));
    if (parts.length) parts.push({ kind: 'same', text: ellipsis });
    if (p.how === 'exact') parts.push({ kind: 'same', text: piece });
    else {
      exact = false;
      const cells = window.length * piece.length;
      if (cells > Math.min(MAX_DIFF_CELLS, budget.cells)) parts.push({ kind: 'removed', text: window }, { kind: 'added', text: piece });
      else {
        budget.cells -= cells;
        parts.push(...joinChanges(wordDiff(window, piece)));
      }
      if (p.how === 'aligned') {
        matched += p.matched;
        tokens += p.tokens;
      }
    }
    from = Math.max(from, p.end);
  }
  const joined = mergeParts(parts);
  if (exact) return { kind: 'exact', differences: [], parts: joined, replacement: replacement.join(ellipsis) };
  const unrelated = tokens > 0 && matched * 2 < tokens;
  return { kind: unrelated ? 'unrelated' : 'different', differences: differencesOf(joined), parts: joined, replacement: replacement.join(ellipsis) };
}

function mergeParts(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.kind === p.kind) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/**
 * The changed places of a diff with a few characters around each, as one line: …人民政府[-应当-]{+可以+}依法… (at most
 * `max` places; the rest counted).
 */
export function diffExcerpt(parts: readonly DiffPart[], context = 6, max = 3): { text: string; more: number } {
  const hunks: string[] = [];
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].kind === 'same') continue;
    total++;
    let j = i;
    let body = '';
    const cut = (t: string) => (t.length > 4 * context ? `${t.slice(0, 2 * context)}…${t.slice(-context)}` : t);
    for (; j < parts.length && parts[j].kind !== 'same'; j++) body += parts[j].kind === 'removed' ? `[-${cut(parts[j].text)}-]` : `{+${cut(parts[j].text)}+}`;
    if (hunks.length < max) {
      const before = i > 0 ? parts[i - 1].text : '';
      const after = j < parts.length ? parts[j].text : '';
      const lead = before.length > context ? `…${before.slice(-context)}` : before;
      const tail = after.length > context ? `${after.slice(0, context)}…` : after;
      hunks.push(`${lead}${body}${tail}`);
    }
    i = j - 1;
  }
  return { text: hunks.join(' '), more: Math.max(0, total - hunks.length) };
}

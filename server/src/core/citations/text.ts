// Text helpers for the citation engine: offsets ↔ LSP positions, title normalisation.
import { normalizeTitle } from '../corpus/titles';
import type { TextPosition, TextRange } from '../model';

/** Maps UTF-16 offsets of one text to 0-based line / UTF-16 character positions. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  get lineCount(): number {
    return this.starts.length;
  }
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
  /**
   * The line answered last: citations are asked for in document order, so the next offset is mostly on it or the next;
   * a reader walking up the lines above one (guidelineTable.ts, lineStartAt of the end of the line before) asks for the
   * line before it (most of the searches on a long page before this step was kept).
   */
  private lastLine = 0;
  lineOf(offset: number): number {
    const starts = this.starts;
    const last = this.lastLine;
    if (starts[last] <= offset) {
      if (last + 1 === starts.length || offset < starts[last + 1]) return last;
      if (last + 2 === starts.length || offset < starts[last + 2]) return (this.lastLine = last + 1);
    } else if (last > 0 && starts[last - 1] <= offset) return (this.lastLine = last - 1);
    this.lastLine = this.search(offset);
    return this.lastLine;
  }
  private search(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  position(offset: number): TextPosition {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }
  range(start: number, end: number): TextRange {
    const line = this.lineOf(start);
    const starts = this.starts;
    // Most spans end on the line they start on: no second lookup for the end.
    const endLine = end >= start && (line + 1 === starts.length || end < starts[line + 1]) ? line : this.lineOf(end);
    return { start: { line, character: start - starts[line] }, end: { line: endLine, character: end - starts[endLine] } };
  }
  offset(pos: TextPosition): number {
    return this.lineStart(pos.line) + pos.character;
  }
}

/**
 * The line index of the text analysed now, made once per text (the last one is kept) and shared by the analyzer and
 * the rules asking where a citation's line starts or ends — these would otherwise search the text around each
 * citation, and a page flattened onto one line makes that quadratic.
 */
let lastLines: LineIndex | null = null;
export function lineIndexOf(text: string): LineIndex {
  if (lastLines?.text !== text) lastLines = new LineIndex(text);
  return lastLines;
}

/**
 * `fact` made once per list (the corpus's English titles, asked about at every name read), kept while the list lives.
 */
export function perList<T>(fact: (list: readonly string[]) => T): (list: readonly string[]) => T {
  const made = new WeakMap<readonly string[], T>();
  return (list) => {
    if (made.has(list)) return made.get(list)!;
    const m = fact(list);
    made.set(list, m);
    return m;
  };
}

/** The strings of `list` under each key `keysOf` gives them, in the list's order. */
export function groupedBy(list: readonly string[], keysOf: (s: string) => readonly string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const s of list) {
    for (const k of keysOf(s)) {
      const group = m.get(k);
      if (group) group.push(s);
      else m.set(k, [s]);
    }
  }
  return m;
}

/** `fact` read once per text: asked again about the same text (every citation of a page), it answers from memory. */
export function perText<T>(fact: (text: string) => T): (text: string) => T {
  let lastText: string | null = null;
  let last: T;
  return (text) => {
    if (text !== lastText) {
      last = fact(text);
      lastText = text;
    }
    return last;
  };
}

/** Offset where p's line starts. */
export function lineStartAt(text: string, p: number): number {
  const lines = lineIndexOf(text);
  return lines.lineStart(lines.lineOf(p));
}

/** The words `s` with what curly quotation marks enclose left out (a quoted sentence's stop and names are not the writer's). */
export function withoutQuoted(s: string): string {
  return s.replace(/“[^“”]*”/g, '');
}

/**
 * The nearest line with words above the line of `p`, its carriage return dropped, looking at most `reach` lines up (blank
 * ones counted); null when there is none. With `lineBound`, each line is read back that many characters at most (never
 * over a long line): a longer one, blank or not, ends the walk with null.
 */
export function lineWithWordsAbove(text: string, p: number, reach = Infinity, lineBound = Infinity): string | null {
  let end = text.lastIndexOf('\n', p - 1);
  for (let k = 0; k < reach && end > 0; k++) {
    let start: number;
    if (lineBound === Infinity) start = text.lastIndexOf('\n', end - 1) + 1;
    else {
      const windowStart = Math.max(0, end - lineBound - 1);
      const nl = text.slice(windowStart, end).lastIndexOf('\n');
      if (nl < 0 && windowStart > 0) return null;
      start = nl < 0 ? 0 : windowStart + nl + 1;
    }
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (line.trim()) return line;
  }
  return null;
}

const COLON_THEN_QUOTE = /^[ \t\u3000]*[：:][ \t\u3000]*[“「『]/;
const COLON_THEN_ANY_QUOTE = new RegExp(COLON_THEN_QUOTE.source.replace('[“', '[“"'));
/**
 * A colon and an opening quotation mark right after a label, spaces allowed around the colon (第二十二条第三款：“…):
 * the label heads the words quoted. The curly and corner marks always; the straight " only when `straight` — a reader
 * that pairs the opening mark with its own closing one (quotedProvisionRun.ts) cannot, a straight mark has no closer of
 * its own, so it keeps the narrower reading.
 */
export function colonThenQuote(straight = false): RegExp {
  return straight ? COLON_THEN_ANY_QUOTE : COLON_THEN_QUOTE;
}

/** The character codes of `chars`: a set of stops read back by character code (afterLastStop). */
export function stopCodes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/**
 * Right after the last of `stops` in text[from, p), read back from p by character code (no one-character string made
 * per character read back); -1 when the span holds none. The Chinese sentence readers differ in their stops and reach.
 */
export function afterLastStop(text: string, from: number, p: number, stops: ReadonlySet<number>): number {
  for (let i = p - 1; i >= from; i--) if (stops.has(text.charCodeAt(i))) return i + 1;
  return -1;
}

/**
 * Where the first of `stops` in text[p, to) stands, read on from p by character code; -1 when the span holds none.
 * The Chinese readers on to a sentence's or an item's end differ in their stops and reach.
 */
export function firstStopAt(text: string, p: number, to: number, stops: ReadonlySet<number>): number {
  const end = Math.min(to, text.length);
  for (let i = p; i < end; i++) if (stops.has(text.charCodeAt(i))) return i;
  return -1;
}

/** sentenceStart's stops: 。；！？ and the line break. */
const SENTENCE_STOPS = stopCodes('。；！？\n');

/**
 * Where the Chinese sentence holding `p` starts: after the last 。；！？ or line break before it (at most 400 back). A
 * reader whose sentence a question or an exclamation does not end passes its own `stops` (stopCodes).
 */
export function sentenceStart(text: string, p: number, stops: ReadonlySet<number> = SENTENCE_STOPS): number {
  // Read back 399 characters; with no stop there, the sentence is taken to start 400 back.
  const at = afterLastStop(text, Math.max(0, p - 399), p, stops);
  return at === -1 ? Math.max(0, p - 400) : at;
}

/** Offset of the line break ending p's line (text.length on the last line). */
export function lineEndAt(text: string, p: number): number {
  const lines = lineIndexOf(text);
  const line = lines.lineOf(p);
  return line + 1 < lines.lineCount ? lines.lineStart(line + 1) - 1 : text.length;
}

/** Whether text[from, to) ends with a colon before spaces or tabs (read from its end: the span may be a long line). */
export function endsWithColon(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= from && (text[i] === ':' || text[i] === '：');
}

/**
 * The opening quotation mark (" or “) of a quotation closing at `close` on the same line, within 160 characters
 * before it; -1 when there is none ('"Regulations on Work-related Injury Insurance" Article 32': the title quoted).
 * A closing mark ” opening a quotation counts too — glued to a capital after it, no letter before it — as a translated
 * page types it (a140-en, a cloud provider's compliance page: '**”Measures for the Administration of … Licenses”
 * Article 46:**').
 */
export function quoteOpenedBefore(text: string, close: number): number {
  const from = Math.max(0, close - 160);
  const before = text.slice(from, close);
  let k = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
  const r = before.lastIndexOf('”');
  if (r > k && /[A-Z]/.test(before[r + 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[from + r - 1] ?? '')) k = r;
  return k === -1 || before.includes('\n', k) ? -1 : from + k;
}

const keyCache = new Map<string, string>();

/**
 * Whether `p` starts its line: only spaces, tabs, ideographic spaces or Markdown marks (#, *, >) stand before it, and
 * no more than `maxIndent` + 1 of them.
 */
export function atLineStart(text: string, p: number, maxIndent = 40): boolean {
  // 本第三十九条：… — a stray 本 before a label closed by its colon is no word before it (strayBenBefore below).
  if (text.charCodeAt(p - 1) === 0x672c && strayBenBefore(text, p)) p--;
  for (let i = p - 1, n = 0; i >= 0; i--, n++) {
    if (n > maxIndent) return false;
    const c = text[i];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\u3000' && c !== '#' && c !== '*' && c !== '>') return false;
  }
  return true;
}

/**
 * The one title key (corpus/titles.ts normalizeTitle: compatibility forms unified, whitespace, title marks and
 * quotes removed, English lower-cased), cached: the engine compares titles by it many times per document.
 */
export function titleKey(title: string): string {
  let k = keyCache.get(title);
  if (k === undefined) {
    k = normalizeTitle(title);
    if (keyCache.size > 20000) keyCache.clear();
    keyCache.set(title, k);
  }
  return k;
}

/**
 * A title as its kind word ends it: without spaces and its closing note in brackets (…条例（试行）, …规定（2020年修正）),
 * so 条例, 规定 … are its last characters.
 */
export function titleBeforeNote(title: string): string {
  return title.replace(/\s+/g, '').replace(/[(（][^()（）]*[)）]$/, '');
}

/** Levenshtein distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * The numerals an article's label is written with, one or more (第一千零一条, 第两条, 第9条, 第９条): a RegExp piece every
 * reader of an article label opening a line composes (binding/ownlessSelf.ts, pageLayoutLaws.ts titleLineOver,
 * layout/spacedParagraphLabel.ts, layout/ownTextHeading.ts, quotation/entryParagraphs.ts, chain/chain.ts's 款,
 * titles/bareInterpretation.ts, titles/spacedRocName.ts), so a label the chain reads as an article is such a label for
 * each of them.
 */
export const ARTICLE_NUMERAL = '[零〇一二三四五六七八九十百千两0-9０-９]+';
/** One numeral character of ARTICLE_NUMERAL, for a reader bounding their count (titles/titleInterpretation.ts: {1,8}). */
export const ARTICLE_NUMERAL_CHAR = ARTICLE_NUMERAL.slice(0, -1);

// Rule (issue 14, round 34 decision, c140; heldout57's lawyers' page, 本第三十九条：劳动者有下列情形之一的，…): a stray 本 left
// before a line-start article label — a copy's leftover of 本法 / 本条 or a slip of the keyboard — with the label's colon
// right after it and the article's words after that, is the printed heading 第三十九条： would be there, no citation
// (atLineStart skips it). Only 本 glued to 第 and a label closed by its colon: 本法第三十九条 and 本条 are read as before, and
// a 本第三十九条 in running prose (no colon after the label) is left to the other rules.
/** A label closed by its colon: 第三十九条：, 第1165条:, 第二百六十条之一： (the label's numeral, 之N, then 条 and a colon). */
const LABEL_WITH_COLON = new RegExp(`^第[ \u3000]*${ARTICLE_NUMERAL_CHAR}{1,8}[ \u3000]*条(?:之[一二三四五六七八九十])?[ \u3000]*[：:]`);

/** Whether a stray 本 stands right before the label at `p` (its 第), the label closed by its colon. */
export function strayBenBefore(text: string, p: number): boolean {
  return text.charCodeAt(p - 1) === 0x672c && text.charCodeAt(p) === 0x7b2c && LABEL_WITH_COLON.test(text.slice(p, p + 20));
}

/**
 * Whether `text` holds any one of `chars` (each one UTF-16 unit) — a character class's test on a whole page, asked by
 * indexOf per character: a class of scattered characters (pinyinGlosses.ts's tone-marked vowels) makes the regular
 * expression engine compare every character of a long page with each of its ranges, where indexOf searches fast.
 * The same answer as the class's test.
 */
export function holdsAnyOf(text: string, chars: string): boolean {
  for (let i = 0; i < chars.length; i++) if (text.indexOf(chars[i]) !== -1) return true;
  return false;
}

/** The verbs that cite a law named right after them (依据《…》41条, 依照民法第五条): alternatives for a RegExp. */
export const CITING_VERBS = '依据|根据|依照|按照|违反|参照|适用';

/**
 * The adverbs that may stand between a cited article and its 规定 (则规定, 还规定, 同时规定 …), which open the article's
 * words as 规定 alone does, in quotation marks (scan/quotationAfter.ts) or without (quotation/unmarkedQuotation.ts):
 * RegExp source, no group.
 */
export const PROVIDES_ADVERB = '(?:则|也|亦|又|还|另|同时|进一步)';

/**
 * The words every kind of regulation's title ends with (…法, …条例, …的解释, …的批复): alternatives for a RegExp. Each
 * place that reads a title's end adds the words of its own: LAW_TITLE_END (a bracketed title), lawExcerpt.ts (a law
 * named on a line alone), document.ts OWN_NAME (a document's own name on its first line).
 */
export const REGULATION_TITLE_WORDS = '法典|法|条例|办法|规定|细则|规则|决定|解释|意见|批复';

/**
 * Words a law's title ends with; a bracketed title that ends otherwise (a newspaper, a plan) is not a regulation.
 * Rule (issue 14, real-qa20; old answers on a forum or a Q&A site: 《民法通则》里有关诉讼期限的法律条文: 第135条:向人民法院
 * 请求保护…): 通则 ends a law's title as 准则 does (民法通则, 企业财务通则) — named alone, such a title the corpus lacks is
 * the law of the bare articles after it (unknown-regulation), not nothing (no-context).
 * Rule (issue 14, heldout21-court; papers on the Civil Code: 延续了《中华人民共和国民法总则》（以下简称《民法总则》）中关于法人的
 * 规定。……即第八十三条): 总则 ends a law's title as 通则 does (民法总则, the code's general part enacted alone).
 */
export const LAW_TITLE_END = new RegExp(`(${REGULATION_TITLE_WORDS}|规程|准则|通则|总则|章程|决议|通知|公约|协定)(?:[(（][^()（）]*[)）])?$`);
export const ENGLISH_LAW_WORD = /\b(Law|Laws|Regulations?|Measures|Provisions|Rules|Code|Decision|Interpretation|Constitution)\b/;

/** 民诉 of 民事诉讼法: two or more characters, the first the name's first, the others in order after it. */
export function abbreviates(q: string, name: string): boolean {
  if (q.length < 2 || name[0] !== q[0]) return false;
  let at = 1;
  for (const c of q.slice(1)) {
    at = name.indexOf(c, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/**
 * Rule (GB/T 15834 标点符号用法, and how judgments and decisions quote a statute of several 款): a quotation of several
 * paragraphs opens each paragraph with “ and closes only the last with ”. So a “ (or 「) that opens a line inside an
 * open quotation re-opens it for the next paragraph; it does not nest (nested quotations are written ‘’ there).
 * Elsewhere on a line, an opening mark nests as usual.
 */
export function reopensParagraph(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\u3000' || text[j] === '\t' || text[j] === '\r')) j--;
  return j >= 0 && text[j] === '\n';
}

/**
 * The spans a scan has read already (citations, titles, short-title definitions), [start, end) each, where the passes
 * after it find nothing more. Kept as two flat lists of numbers, not a [start, end] pair per span: a 1 MB draft reads
 * tens of thousands, and they live to the end of the scan (a pair each was two objects moved by every young collection).
 */
export class CoveredSpans {
  private starts: number[] = [];
  private ends: number[] = [];

  get length(): number {
    return this.starts.length;
  }

  push(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }

  /** In increasing order of start; spans starting at the same offset keep the order they were pushed in (a stable sort). */
  sort(): void {
    const n = this.starts.length;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) if (this.starts[i] < this.starts[i - 1]) sorted = false;
    if (sorted) return;
    const order = new Array<number>(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const starts = this.starts;
    order.sort((a, b) => starts[a] - starts[b] || a - b);
    this.starts = order.map((i) => starts[i]);
    const ends = this.ends;
    this.ends = order.map((i) => ends[i]);
  }

  /** Whether [s, e) overlaps a span (sorted by start — `sort` — and not overlapping each other). */
  overlaps(s: number, e: number): boolean {
    // Binary search: the spans are in increasing order of start (pushed during a left-to-right scan, then sorted).
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] <= s) lo = mid + 1;
      else if (this.starts[mid] >= e) hi = mid - 1;
      else return true;
    }
    return false;
  }
}

/** How many of the ascending numbers `sorted` are below `p` (where `p` would be inserted): a binary search. */
export function countBelow(sorted: readonly number[], p: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where the first character that is not white space stands at or after `from`, −1 when none: read in place (a search on
 * `text.slice(from)` copies the rest of the document at every heading of a long translation).
 */
export function nonSpaceFrom(text: string, from: number): number {
  if (from >= text.length) return -1;
  NON_SPACE_RUN.lastIndex = from;
  const end = from + NON_SPACE_RUN.exec(text)![0].length;
  return end < text.length ? end : -1;
}
const NON_SPACE_RUN = /\s*/y;

/** Where `word` first stands in `text` as a word of its own (no ASCII letter or digit beside it), or -1. */
export function wordAt(text: string, word: string): number {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (!/[A-Za-z0-9]/.test(text[i - 1] ?? '') && !/[A-Za-z0-9]/.test(text[i + word.length] ?? '')) return i;
  }
  return -1;
}

/** The words and numbers of `s`: spaces, punctuation and symbols left out, as texts are compared. */
export function wordsOf(s: string): string {
  return s.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** What ends a clause: a comma, semicolon, colon, full stop, question or exclamation mark, a line break. */
const CLAUSE_BREAK = /[，,；;。：:！!？?\n]/;

/** Whether `to` continues the clause at `from`: close after it, with no clause break between. */
export function sameClause(text: string, from: number, to: number): boolean {
  return to >= from && to - from <= 40 && !CLAUSE_BREAK.test(text.slice(from, to));
}

/** Whether `to` is in the sentence that `from` is in: close after it, with no full stop or line break between. */
export function sameSentence(text: string, from: number, to: number): boolean {
  return to >= from && to - from <= 300 && !/[。！？!?\n]/.test(text.slice(from, to));
}

/** How many sentences end in `s` (full stops, question and exclamation marks, Chinese or ASCII): "the same sentence or the next" is at most one. */
export function sentenceEnds(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3002 /* 。 */ || c === 0xff01 /* ！ */ || c === 0xff1f /* ？ */ || c === 0x21 /* ! */ || c === 0x3f /* ? */) n++;
  }
  return n;
}

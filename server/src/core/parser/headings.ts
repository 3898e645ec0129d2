// Recognisers for one line: article and division headings (Chinese and English), items, subitems, TOC entries.
// Each takes the trimmed line content and is cheap when the line cannot match (first-character checks).
import type { DivisionKind } from '../model';
import { parseNumeral, parseRoman } from '../numerals';

const NUM = '[零〇一二两三四五六七八九十百千0-9０-９]+';
const INSERT = '[一二三四五六七八九十]+';

export interface ArticleHeading {
  number: number;
  insert: number | null;
  /** The label as printed: "第十条之一", "Article 64". */
  label: string;
  /** Index of the first character of the article's text after the label and separator (relative to trimmed text). */
  bodyStart: number;
}

export interface DivisionHeading {
  kind: DivisionKind;
  number: number;
  label: string;
  heading: string;
}

const ZH_ARTICLE = new RegExp(`^第(${NUM})条(?:之(${INSERT}))?(?:[ \\t\\u3000\\u00a0:：]+|$)`);
// Label glued to the text ("第一条为了…"), accepted by callers only where the numbering confirms it.
const ZH_ARTICLE_TIGHT = new RegExp(`^第(${NUM})条(?:之(${INSERT}))?(?=[\\u4e00-\\u9fff“《])(?![第的规和或及至中所款项之有])`);
const ZH_DIVISION = new RegExp(`^第(${NUM})(分编|编|章|节)(?:[ \\t\\u3000\\u00a0]+(.*)|(.*))$`);
const EN_ARTICLE = /^Article\s+(\d{1,4})(?:\s*[:：.．]\s*|\s+|$)/;
const EN_DIVISION = /^(Part|Chapter|Section)\s+([IVXLCDM]+|\d{1,3})\b\s*[:：.．-]?\s*(.*)$/i;
// Not "（一）至（三）项所列人员": a reference to items, not an item.
const ITEM = /^[（(]([一二三四五六七八九十百]+)[）)](?![至、和或及到][（(])(?!项(?:所|规定|的|中|之))/;
const SUBITEM = /^(?:(\d{1,3})[.．、](?!\d)|[（(](\d{1,3})[）)])/;
const DIVISION_KIND: Record<string, DivisionKind> = { 编: 'part', 分编: 'subpart', 章: 'chapter', 节: 'section' };
const CODE_DI = 0x7b2c; // 第

// Article and division numbers repeat across files (第一条 …): cache their values.
const numeralCache = new Map<string, number | null>();
function numeral(s: string): number | null {
  let v = numeralCache.get(s);
  if (v === undefined) {
    v = parseNumeral(s);
    if (numeralCache.size < 20000) numeralCache.set(s, v);
  }
  return v;
}

export function zhArticle(t: string, allowTight = false): ArticleHeading | null {
  if (t.charCodeAt(0) !== CODE_DI) return null;
  const m = ZH_ARTICLE.exec(t) ?? (allowTight ? ZH_ARTICLE_TIGHT.exec(t) : null);
  if (!m) return null;
  const number = numeral(m[1]);
  if (number === null || number <= 0) return null;
  const insert = m[2] ? numeral(m[2]) : null;
  const label = m[2] ? `第${m[1]}条之${m[2]}` : `第${m[1]}条`;
  return { number, insert, label, bodyStart: m[0].length };
}

/** "第一条为了…": a glued label that can start a body (the numbering confirms 第一条 only). */
export function isGluedFirstArticle(t: string): boolean {
  const a = zhArticle(t, true);
  return a !== null && a.number === 1 && a.insert === null;
}

/**
 * Markdown around an article label in a draft (`## 第一条 …`, `> 第一条 …`, `**第一条**　…`): the line from the label
 * on, the closing emphasis blanked so offsets still match the source. Null when no article label is wrapped.
 */
export function unwrapArticleMarkup(t: string): { offset: number; text: string } | null {
  const m = /^(#{1,6}[ \t]+|>[ \t]*)?(\*\*|__)?(?=第)/.exec(t);
  if (!m || !m[0]) return null;
  let text = t.slice(m[0].length);
  if (m[2]) {
    const close = text.indexOf(m[2]);
    if (close < 0 || close > 16) return null;
    text = text.slice(0, close) + '  ' + text.slice(close + 2);
  }
  return zhArticle(text) ? { offset: m[0].length, text } : null;
}

export function zhDivision(t: string): DivisionHeading | null {
  if (t.charCodeAt(0) !== CODE_DI) return null;
  const m = ZH_DIVISION.exec(t);
  if (!m) return null;
  const number = numeral(m[1]);
  if (number === null || number <= 0) return null;
  const rest = (m[3] ?? m[4] ?? '').trim();
  // A sentence starting with 第三章… is not a heading.
  if (rest.length > 40 || /[。，；,;]/.test(rest)) return null;
  if (m[4] && m[4].length > 0 && /^(?:的|规定|所|中|和|或)/.test(m[4])) return null;
  return {
    kind: DIVISION_KIND[m[2]],
    number,
    label: `第${m[1]}${m[2]}`,
    heading: rest.replace(/[\s\u3000\u00a0]+/g, ''),
  };
}

export function enArticle(t: string): ArticleHeading | null {
  if (t.charCodeAt(0) !== 65 /* A */) return null;
  const m = EN_ARTICLE.exec(t);
  if (!m) return null;
  const number = Number(m[1]);
  if (!(number > 0)) return null;
  const label = t.slice(0, m[0].indexOf(m[1], 7) + m[1].length);
  return { number, insert: null, label, bodyStart: m[0].length };
}

export function enDivision(t: string): DivisionHeading | null {
  const c = t.charCodeAt(0);
  if (c !== 67 && c !== 80 && c !== 83 && c !== 99 && c !== 112 && c !== 115) return null; // C P S
  const m = EN_DIVISION.exec(t);
  if (!m) return null;
  const word = m[1][0].toUpperCase() + m[1].slice(1).toLowerCase();
  const number = /^\d+$/.test(m[2]) ? Number(m[2]) : parseRoman(m[2]);
  if (!number) return null;
  const heading = m[3].trim();
  if (heading.length > 120 || /[.;]$/.test(heading)) return null;
  const kind: DivisionKind = word === 'Part' ? 'part' : word === 'Chapter' ? 'chapter' : 'section';
  return { kind, number, label: `${word} ${m[2]}`, heading };
}

export interface ListLabel {
  number: number;
  label: string;
}

/** 项: "（一）" or "(一)" at the start of a line. */
export function itemLabel(t: string): ListLabel | null {
  const c = t.charCodeAt(0);
  if (c !== 0xff08 && c !== 40) return null;
  const m = ITEM.exec(t);
  if (!m) return null;
  const number = numeral(m[1]);
  return number ? { number, label: m[0] } : null;
}

/** A 项 written inside a line: its label and where label and text lie in the paragraph's text (end exclusive). */
export interface InlineItem extends ListLabel {
  start: number;
  end: number;
  text: string;
}

const INLINE_LABEL = /[（(]([一二三四五六七八九十百]+)[）)]/g;
/** Before or after a label that cites items rather than lists them: 第（一）项, （一）、（二）, （一）至（三）. */
const CITES_BEFORE = /[第、至到和或及与]/;
const CITES_AFTER = /^(?:[项至到、]|[和或及与][（(])/;

/**
 * 项 written inside one paragraph ("…下列事项：（一）甲；（二）乙；（三）丙。"). Rule: a run of labels （一）（二）
 * （三）… (full- or half-width brackets) numbered 1, 2, 3… in sequence, the first right after a colon ：/: (spaces
 * allowed) or at the start of the text; each item runs to the next label of the run, the last to the end of the
 * text. A label out of sequence stays text of the item it is in; so does one that cites items: preceded by 第、至
 * 和或及与到 or followed by 项, 至, 、 ("第（一）项", "（一）至（三）项所列", "前款第（二）项"). At least two labels make
 * a run: a lone "：（一）" is more often a fragment than a list. Null when there is no run.
 */
export function inlineItems(t: string): InlineItem[] | null {
  if (t.indexOf('（') < 0 && t.indexOf('(') < 0) return null;
  const run: { number: number; label: string; start: number }[] = [];
  INLINE_LABEL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = INLINE_LABEL.exec(t)); ) {
    const start = m.index;
    const number = numeral(m[1]);
    if (number !== run.length + 1 && !(number === 1 && run.length === 1)) continue;
    if (CITES_AFTER.test(t.slice(start + m[0].length, start + m[0].length + 2))) continue;
    if (number === 1) {
      let k = start - 1;
      while (k >= 0 && /\s/.test(t[k])) k--;
      if (k >= 0 && t[k] !== '：' && t[k] !== ':') continue;
      run.length = 0; // a second "：（一）" before any （二） starts the run again
    } else if (CITES_BEFORE.test(t[start - 1])) continue;
    run.push({ number, label: m[0], start });
  }
  if (run.length < 2) return null;
  return run.map((r, i) => {
    let end = i + 1 < run.length ? run[i + 1].start : t.length;
    while (end > r.start && /\s/.test(t[end - 1])) end--;
    return { number: r.number, label: r.label, start: r.start, end, text: t.slice(r.start + r.label.length, end).trimStart() };
  });
}

/** 目: "1." / "1．" / "1、" / "（1）" at the start of a line. */
export function subitemLabel(t: string): ListLabel | null {
  const c = t.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && c !== 0xff08 && c !== 40) return null;
  const m = SUBITEM.exec(t);
  if (!m) return null;
  const number = Number(m[1] ?? m[2]);
  return number > 0 ? { number, label: m[0] } : null;
}

/** A table-of-contents entry of a PDF extract: text, a tab or run of spaces/dots, then a page number. */
export function isTocEntry(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  if (!(c >= 48 && c <= 57)) return false;
  return /(?:\t|\s{2,}|[.·…]{2,})\s*\d{1,4}$/.test(t) || /^第.{1,8}[章节编]\s.*\s\d{1,4}$/.test(t) && !/[。；，]/.test(t);
}

/** A page number or similar noise line in a PDF extract: only digits, dashes, "第 N 页". */
export function isPageNoise(t: string): boolean {
  return /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/.test(t);
}

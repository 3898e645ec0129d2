// Facts about the citing document itself: front matter, its date, and — when it is a draft regulation — its own
// structure of articles, paragraphs (款) and items (项), for self references.
import { articleKey } from '../model';
import { formatChineseNumeral, parseNumeral } from '../numerals';

export interface FrontMatter {
  /** Offset just past the closing ---, 0 when there is none. */
  end: number;
  fields: Map<string, string>;
}

export function readFrontMatter(text: string): FrontMatter {
  const fields = new Map<string, string>();
  const m = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!m) return { end: 0, fields };
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = m[0].length - 1;
  const c = close.exec(text);
  if (!c || c.index > 20000) return { end: 0, fields };
  const body = text.slice(m[0].length, c.index);
  let parent = '';
  for (const line of body.split(/\r?\n/)) {
    const kv = /^(\s*)([\w.\-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    const key = kv[1].length > 0 && parent ? `${parent}.${kv[2]}` : kv[2];
    if (kv[1].length === 0) parent = kv[2];
    const value = kv[3].replace(/^["']|["']$/g, '');
    if (value) fields.set(key, value);
  }
  return { end: c.index + c[0].length, fields };
}

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A date written in a line: 2024年6月17日, 二〇二四年十月, 2024-12-20, 21 October 2024. Month-only → last day. */
export function parseDateText(s: string): string | null {
  let m = /(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /([0-9０-９〇零一二三四五六七八九]{4})\s*年\s*([0-9０-９一二三四五六七八九十]{1,3})\s*月(?:\s*([0-9０-９一二三四五六七八九十]{1,3})\s*日)?/.exec(s);
  if (m) {
    const y = parseNumeral(m[1]);
    const mo = parseNumeral(m[2]);
    if (y === null || mo === null) return null;
    const d = m[3] ? parseNumeral(m[3]) : mo >= 1 && mo <= 12 ? DAYS_IN_MONTH[mo - 1] : null;
    return d === null ? null : iso(y, mo, d);
  }
  m = /\b(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\b/.exec(s);
  if (m && EN_MONTHS.includes(m[2].toLowerCase())) return iso(+m[3], EN_MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[1]);
  m = /\b([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})\b/.exec(s);
  if (m && EN_MONTHS.includes(m[1].toLowerCase())) return iso(+m[3], EN_MONTHS.indexOf(m[1].toLowerCase()) + 1, +m[2]);
  return null;
}

/** A line that is only a date (optionally 印发/发布/制定, in brackets, or "Date: …"). */
function dateLine(line: string): string | null {
  const s = line.replace(/[*#>_\s\u3000]/g, '');
  if (s.length > 40) return null;
  if (/^[(（]?[0-9０-９〇零一二三四五六七八九十]{4}年[0-9０-９一二三四五六七八九十]{1,3}月([0-9０-９一二三四五六七八九十]{1,3}日)?(印发|发布|制定|公布)?[)）]?$/.test(s)) {
    return parseDateText(s);
  }
  if (/^(date|日期)[:：]/i.test(s) || /^\d{4}-\d{1,2}-\d{1,2}$/.test(s)) return parseDateText(line);
  return null;
}

/**
 * The citing document's date: front matter `date`, else a date line under the title (within the first lines),
 * else the 落款 date near the end. Null when it states none.
 */
export function documentDate(text: string, fm: FrontMatter): string | null {
  const fmDate = fm.fields.get('date') ?? fm.fields.get('lawcite.date');
  if (fmDate) {
    const d = parseDateText(fmDate);
    if (d) return d;
  }
  const head = text.slice(fm.end, fm.end + 4000).split(/\r?\n/).filter((l) => l.trim()).slice(0, 8);
  for (const l of head) {
    const d = dateLine(l);
    if (d) return d;
  }
  const tail = text.slice(Math.max(fm.end, text.length - 4000)).split(/\r?\n/).filter((l) => l.trim()).slice(-6).reverse();
  for (const l of tail) {
    const d = dateLine(l);
    if (d) return d;
  }
  return null;
}

export interface OwnParagraph {
  number: number;
  start: number;
  end: number;
  items: number;
}

export interface OwnArticle {
  /** Position in OwnStructure.articles. */
  index?: number;
  number: number;
  insert: number | null;
  /** Offset of the heading label (第X条) and its end. */
  labelStart: number;
  labelEnd: number;
  start: number;
  end: number;
  paragraphs: OwnParagraph[];
}

export interface OwnStructure {
  articles: OwnArticle[];
  /** Articles by number (and 之N insert): "12", "12-1". */
  byKey: Map<string, OwnArticle>;
  /** Offsets of article and division heading labels, which are structure and never citations. */
  headingLabels: { start: number; end: number }[];
  /** Division labels with Chinese numerals, sections under their chapter: 第二章, 第二章第一节. */
  divisions: string[];
}

const ARTICLE_HEADING = /^([ \t\u3000]*(?:[#*>]+[ \t]*)?)(第([零〇一二两三四五六七八九十百千0-9０-９]+)条(?:之([一二三四五六七八九十]+))?)(?=\**(?:[ \t\u3000：:]|$))/;
const GLUED_HEADING = /^([ \t\u3000]*(?:[#*>]+[ \t]*)?)(第([零〇一二两三四五六七八九十百千]+)条)()(?=[\u4e00-\u9fff])(?![第之、至到和及与或])/;
const DIVISION_HEADING = /^([ \t\u3000]*(?:[#*>]+[ \t]*)?)(第[零〇一二两三四五六七八九十百千0-9０-９]+[编章节])(?=\**(?:[ \t\u3000]|$))/;
const ITEM_LINE = /^[ \t\u3000]*[(（][一二三四五六七八九十]+[)）]/;
const SUBITEM_LINE = /^[ \t\u3000]*[0-9０-９]+[.．、]/;

/**
 * The document's own article structure when it is a draft regulation: at least two article headings at line start,
 * the first being 第一条 and numbers rising. Returns null for other documents.
 */
export function ownStructure(text: string, from: number): OwnStructure | null {
  const lines: { start: number; end: number; s: string }[] = [];
  let pos = from;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (end - pos < 2000) lines.push({ start: pos, end, s: text.slice(pos, end) });
    else lines.push({ start: pos, end, s: text.slice(pos, pos + 200) });
    if (nl === text.length) break;
    pos = nl + 1;
  }
  const articles: OwnArticle[] = [];
  const headingLabels: { start: number; end: number }[] = [];
  const divisions: string[] = [];
  let chapter = '';
  let current: OwnArticle | null = null;
  let last = 0;
  let broken = false;
  for (const line of lines) {
    let a = ARTICLE_HEADING.exec(line.s);
    if (!a) {
      // 第二条本办法适用于…: a label glued to its text is a heading only when it continues the numbering.
      const g = GLUED_HEADING.exec(line.s);
      const gn = g ? parseNumeral(g[3]) : null;
      if (g && gn !== null && gn === (articles.length ? last + 1 : 1)) a = g;
    }
    if (a) {
      const n = parseNumeral(a[3]);
      const ins = a[4] ? parseNumeral(a[4]) : null;
      if (n === null) continue;
      if (articles.length === 0 && n !== 1) continue;
      if (articles.length > 0 && n < last) {
        broken = true;
        continue;
      }
      last = n;
      const labelStart = line.start + a[1].length;
      const labelEnd = labelStart + a[2].length;
      headingLabels.push({ start: labelStart, end: labelEnd });
      if (current) current.end = line.start;
      current = { number: n, insert: ins, labelStart, labelEnd, start: line.start, end: line.end, paragraphs: [] };
      current.paragraphs.push({ number: 1, start: line.start, end: line.end, items: inlineItems(line.s) });
      articles.push(current);
      continue;
    }
    const d = DIVISION_HEADING.exec(line.s);
    if (d) {
      const labelStart = line.start + d[1].length;
      headingLabels.push({ start: labelStart, end: labelStart + d[2].length });
      const dm = /^第(.+)([编章节])$/.exec(d[2]);
      const dn = dm ? parseNumeral(dm[1]) : null;
      if (dm && dn !== null) {
        const label = `第${formatChineseNumeral(dn)}${dm[2]}`;
        if (dm[2] === '节') divisions.push(chapter + label);
        else {
          chapter = label;
          divisions.push(label);
        }
      }
      if (current) current.end = line.start;
      current = null;
      continue;
    }
    if (!current || !line.s.trim()) continue;
    const paras = current.paragraphs;
    if (ITEM_LINE.test(line.s)) {
      paras[paras.length - 1].items++;
      paras[paras.length - 1].end = line.end;
    } else if (SUBITEM_LINE.test(line.s) && paras[paras.length - 1].items > 0) {
      paras[paras.length - 1].end = line.end;
    } else {
      paras.push({ number: paras.length + 1, start: line.start, end: line.end, items: inlineItems(line.s) });
    }
    current.end = line.end;
  }
  if (articles.length < 2 || (broken && articles.length < 3)) return null;
  const byKey = new Map<string, OwnArticle>();
  articles.forEach((a, i) => {
    a.index = i;
    if (!byKey.has(articleKey(a.number, a.insert))) byKey.set(articleKey(a.number, a.insert), a);
  });
  return { articles, byKey, headingLabels, divisions };
}

/** Items written inside a paragraph's own line: …下列信息：（一）…；（二）…。 Counts （一）（二）… in sequence. */
function inlineItems(line: string): number {
  let n = 0;
  for (const m of line.matchAll(/[（(]([一二三四五六七八九十]+)[）)]/g)) {
    if (parseNumeral(m[1]) === n + 1) n++;
  }
  return n;
}

/** The own article and paragraph containing an offset. */
export function locateOwn(s: OwnStructure, offset: number): { article: OwnArticle; paragraph: OwnParagraph } | null {
  let lo = 0;
  let hi = s.articles.length - 1;
  if (hi < 0 || offset < s.articles[0].start) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.articles[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const article = s.articles[lo];
  if (offset > article.end) return null;
  let paragraph = article.paragraphs[0];
  for (const p of article.paragraphs) if (p.start <= offset) paragraph = p;
  return { article, paragraph };
}

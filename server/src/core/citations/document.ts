// Facts about the citing document itself: front matter, its date, and — when it is a draft regulation — its own
// structure of articles, paragraphs (款) and items (项), for self references.
import type { Article, Division, Paragraph, Regulation, TextPosition } from '../model';
import { parseNumeral } from '../numerals';
import { parseRegulationText } from '../parser/index';
import { datedEvents } from '../parser/metadata';
import { articlesFromItems } from '../parser/regulation';
import { APPENDIX_HEADING } from './layout/lawExcerpt';
import { signatureBlockDate } from './signatureBlockDate';
import { isRegulationExcerpt } from './layout/regulationExcerpt';
import { pageOpensWithExcerpt } from './layout/pageOpensExcerpt';
import { unflattenedRegulation } from './layout/flattenedRegulation';
import { LineIndex, REGULATION_TITLE_WORDS } from './text';

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

/** 1–12 for an English month's name or its abbreviation (Mar, Sept); 0 for other words. */
function englishMonth(word: string): number {
  const w = word.toLowerCase();
  const i = w.length >= 3 ? EN_MONTHS.findIndex((m) => m === w || (m.startsWith(w) && (w.length === 3 || w === 'sept'))) : -1;
  return i + 1;
}

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A date written in a line: 2024年6月17日, 二〇二四年十月, 2024-12-20, 21 October 2024. Month-only → last day. */
export function parseDateText(s: string): string | null {
  let m = /(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /([0-9０-９〇○OＯ零一二三四五六七八九]{4})\s*年\s*([0-9０-９一二三四五六七八九十]{1,3})\s*月(?:\s*([0-9０-９一二三四五六七八九十]{1,3})\s*日)?/.exec(s);
  if (m) {
    const y = parseNumeral(chineseYear(m[1]));
    const mo = parseNumeral(m[2]);
    if (y === null || mo === null) return null;
    const d = m[3] ? parseNumeral(m[3]) : mo >= 1 && mo <= 12 ? DAYS_IN_MONTH[mo - 1] : null;
    return d === null ? null : iso(y, mo, d);
  }
  m = /\b(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\b/.exec(s);
  if (m && englishMonth(m[2])) return iso(+m[3], englishMonth(m[2]), +m[1]);
  m = /\b([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(s);
  if (m && englishMonth(m[1])) return iso(+m[3], englishMonth(m[1]), +m[2]);
  return null;
}

/**
 * A year in Chinese numerals as judgments and decisions are typed: its zero written 〇, ○ (a circle), O (a letter)
 * or 0 among Chinese digits (二0一一年, 二○一九年); read as 〇. A year of Arabic digits is left as it is.
 */
function chineseYear(y: string): string {
  const s = y.replace(/[○OＯ]/g, '〇');
  return /[一二三四五六七八九]/.test(s) ? s.replace(/[0０]/g, '〇') : s;
}

/** A line that is only a date (optionally 印发/发布/制定, in brackets, or "Date: …"). */
/**
 * Rule (English memos and letters): a dateline on its own line — a full English date, after a place and a comma when
 * there is one (Beijing, 18 March 2024 / March 18, 2024) — dates the document as 2024年3月18日 on its own line does;
 * also with a comma after the month (fix-en61, heldout40 English p02: a firm's review opening "23 August, 2019").
 */
const ENGLISH_DATELINE = /^\s*(?:[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3},\s*)?(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\.?\s*$/;

/**
 * Rule (issue 14, fix-en50; heldout36 English p13, a city's English service page under "Updated : 2015-06-09"): a web
 * page's own date line near its top or bottom — "Updated: 2015-06-09", "Last updated on 9 June 2015", "Posted on June 9,
 * 2015", "Published: 9 June 2015" — dates the page as "发布日期：2015-06-09" does a Chinese one: the label of a page's
 * publication or update, a colon or "on", and one full date alone on the line (ISO or written in English).
 */
const ENGLISH_DATE_LABEL = /^\s*(?:(?:Last\s+)?[Uu]pdated|Posted|Published|Released|Date\s+(?:posted|published|updated))\s*(?:[:：]\s*|\s+on\s+|\s+on\s*[:：]\s*)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\.?\s*$/;

function dateLine(line: string): string | null {
  if (line.length <= 60 && ENGLISH_DATELINE.test(line.replace(/[*_]/g, ''))) return parseDateText(line);
  if (line.length <= 60 && ENGLISH_DATE_LABEL.test(line.replace(/[*_]/g, ''))) return parseDateText(line.replace(/^[^:：]*(?:[:：]|\bon\b)/, ''));
  const s = line.replace(/[*#>_\s\u3000]/g, '');
  if (s.length > 40) return null;
  if (/^[(（]?[0-9０-９〇○OＯ零一二三四五六七八九十]{4}年[0-9０-９一二三四五六七八九十]{1,3}月([0-9０-９一二三四五六七八九十]{1,3}日)?(印发|发布|制定|公布)?[)）]?$/.test(s)) {
    return parseDateText(s);
  }
  if (/^(date|dated|(?:发布|发文|成文|印发|公布|答复|作出|决定|裁判|判决)?日期|(?:发布|答复)时间)[:：]/i.test(s) || /^\d{4}-\d{1,2}-\d{1,2}$/.test(s)) return parseDateText(line);
  return null;
}

/**
 * Rule (issue 14, qa12; news explainers and 新法解读 pages opening with the law's adoption: 2023年12月29日，第十四届全国人大
 * 常委会第七次会议审议通过了修订后的《中华人民共和国公司法》，自2024年7月1日起施行): a dated line naming the law it passed
 * in 《》 right after 通过 (or 公布) tells that law's history, not the page's own — the page is written about the new text,
 * not on the day it was adopted, so it is no date of the page. A regulation's own history lines name no title after
 * 通过 (…会议通过　根据《关于修改〈…〉的决定》修正).
 */
const OTHER_LAW_PASSED = /(?:通过|公布|颁布)了?[ \u3000]*(?:修订后的|修正后的|新修订的|新修正的|新的)?[ \u3000]*《/;

/**
 * A regulation's history lines under its title (（2013年9月23日…会议通过　根据2018年…决定修正）, 2021年…公布): the
 * latest date they say it was adopted, amended, approved or published — the date of its text. Lines after the first
 * article or chapter heading are not history.
 */
function historyDate(head: readonly string[]): string | null {
  let latest: string | null = null;
  for (const line of head) {
    const s = line.replace(/^[*#>_\s\u3000]+/, '');
    if (/^第[0-9０-９〇零一二三四五六七八九十百千两]+[条章节编]/.test(s)) break;
    if (!/^[(（]?\s*[0-9０-９〇零一二三四五六七八九]{4}\s*年/.test(s)) continue;
    if (OTHER_LAW_PASSED.test(s)) continue;
    for (const e of datedEvents(s)) {
      if (e.event !== 'effective' && e.event !== 'other' && (!latest || e.date > latest)) latest = e.date;
    }
  }
  return latest;
}


/** The front matter's `date` (or `lawcite.date`), when it is a date. */
export function frontMatterDate(fm: FrontMatter): string | null {
  const fmDate = fm.fields.get('date') ?? fm.fields.get('lawcite.date');
  return fmDate ? parseDateText(fmDate) : null;
}

/**
 * The citing document's date: front matter `date`, else a date line under the title (within the first lines, also
 * 发布日期：…), else the latest date its history lines under the title state (…通过, …修正), else the 落款 date near
 * the end, else the date above a judgment's appendix of applied articles, else a labelled decision date, a run-in 落款, or
 * a judgment's signature block run into one line (signatureBlockDate.ts). Null when it states none.
 */
export function documentDate(text: string, fm: FrontMatter): string | null {
  const fmd = frontMatterDate(fm);
  if (fmd) return fmd;
  const head = text.slice(fm.end, fm.end + 4000).split(/\r?\n/).filter((l) => l.trim()).slice(0, 12);
  for (const l of head) {
    const d = dateLine(l);
    if (d) return d;
  }
  const made = historyDate(head);
  if (made) return made;
  const lines = text.slice(Math.max(fm.end, text.length - 20000)).split(/\r?\n/).filter((l) => l.trim());
  for (const l of lines.slice(-6).reverse()) {
    const d = dateLine(l);
    if (d) return d;
  }
  // A judgment or decision: its date (often in Chinese numerals, then 书记员 lines) before an appendix of the
  // articles it applied.
  for (let i = lines.length - 1; i >= 8; i--) {
    if (!APPENDIX_HEADING.test(lines[i])) continue; // the appendix (附：本判决适用的法律条文, 附件, 附录): its date is above it
    for (const l of lines.slice(Math.max(0, i - 8), i).reverse()) {
      const d = dateLine(l);
      if (d) return d;
    }
  }
  const signed = signatureBlockDate(text.slice(fm.end));
  return labelledDecisionDate(text.slice(fm.end, fm.end + 200_000)) ?? runInSignatureDate(lines[lines.length - 1] ?? '') ?? (signed ? parseDateText(signed) : null);
}

/**
 * Rule (what scraped pages do): a decision copied from a web page often has its 落款 run into the last paragraph —
 * …也可以于6个月内依法向某某县人民法院提起行政诉讼。 某某县市场监督管理局 2018年1月9日. A full date (year, month
 * and day) ending the document's last line, after a sentence end or a space, is the document's date.
 */
function runInSignatureDate(last: string): string | null {
  const m = /(?:[。.！!；;]|\s)[^。.！!；;]{0,30}?([0-9０-９〇零一二三四五六七八九]{4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日)[\s\u3000]*$/.exec(last);
  return m ? parseDateText(m[1]) : null;
}

/**
 * Rule (what real pages do): a 处罚信息公示 page or table, a decision or reply published online, states its date in a
 * labelled field anywhere in it — 处罚决定日期：2024-01-23, | 作出行政处罚决定的日期 | 2024年1月23日 |, 复议决定日期,
 * 答复日期. A label is at most 16 characters, ends in 日期 or 时间 and names a decision, penalty, review, reply or
 * publication; it is followed by a colon or a table bar and the date. The first such field is the document's date
 * (read after the date lines under the title and above the 落款).
 */
const DECISION_DATE_FIELD = /(?:^|[|｜\s])([\u4e00-\u9fff]{0,12}(?:决定|处罚|复议|答复|发布|公布|印发|成文|作出|签发)[\u4e00-\u9fff]{0,6}(?:日期|时间))\s*[:：|｜]\s*[|｜]?\s*([0-9０-９〇零一二三四五六七八九]{4}\s*(?:年|[-./])[^|｜\n]{1,12})/g;

function labelledDecisionDate(text: string): string | null {
  DECISION_DATE_FIELD.lastIndex = 0;
  for (let m = DECISION_DATE_FIELD.exec(text); m; m = DECISION_DATE_FIELD.exec(text)) {
    if (m[1].length > 16) continue;
    const d = parseDateText(m[2]);
    if (d) return d;
  }
  return null;
}

/**
 * The document's own structure when it is a draft regulation, read by the same parser as corpus files (glued
 * labels, inline items, 章/节 headings alike), with what the scanner and the resolver need from it.
 */
export interface OwnStructure {
  regulation: Regulation;
  /** Start offsets of article and division heading labels: structure, never citations. */
  headingLabels: Set<number>;
  /** The article (and its 款) holding an offset, for 本条, 本款, 前条, 前款. */
  locate(offset: number): { article: Article; index: number; paragraph: Paragraph } | null;
  /** Part of a regulation's text, its first heading not 第一条 (regulationExcerpt.ts): only the articles in view known. */
  excerpt: boolean;
}

/**
 * A document is a draft regulation when the parser finds at least two articles in it, the first being 第一条,
 * numbered upwards (a text whose numbers fall back needs three). Front matter is blanked first (same offsets), so
 * it is never taken for the corpus format's own.
 */
export function ownStructure(text: string, fm: FrontMatter, lines: LineIndex, file: string): OwnStructure | null {
  const body = fm.end > 0 ? text.slice(0, fm.end).replace(/[^\r\n]/g, ' ') + text.slice(fm.end) : text;
  const parsed = parseRegulationText(body, { file }).regulations.filter((r) => r.articles.length > 0 && r.lang === 'zh' && !articlesFromItems(r));
  let regulation = parsed.find((r) => isOwnNumbering(r.articles)) ?? null;
  const excerpt = !regulation;
  if (!regulation) {
    const first = parsed[0];
    const before = first ? body.slice(0, lines.offset(first.articles[0].labelLocation.range.start)) : '';
    if (first && (isRegulationExcerpt(first.articles, before) || pageOpensWithExcerpt(first.articles, before, body))) regulation = first;
  }
  // A regulation's excerpt printed as one paragraph, its line breaks lost (flattenedRegulation.ts): read with them back.
  if (!regulation) {
    const flat = unflattenedRegulation(body);
    const flatLines = flat === null ? null : new LineIndex(flat);
    const first = flat === null ? undefined : parseRegulationText(flat, { file }).regulations.find((r) => r.articles.length > 0 && r.lang === 'zh' && !articlesFromItems(r));
    const before = first && flat !== null && flatLines ? flat.slice(0, flatLines.offset(first.articles[0].labelLocation.range.start)) : '';
    if (first && flat !== null && flatLines && isRegulationExcerpt(first.articles, before) && !namesLawBefore(before)) {
      regulation = first;
      lines = flatLines;
    }
  }
  if (!regulation) return null;
  const articles = regulation.articles;
  const headingLabels = new Set<number>();
  for (const a of articles) headingLabels.add(lines.offset(a.labelLocation.range.start));
  const addDivisions = (ds: Division[]) => {
    for (const d of ds) {
      if (d.label.startsWith('第')) headingLabels.add(lines.offset(d.location.range.start));
      addDivisions(d.children);
    }
  };
  addDivisions(regulation.divisions);
  const starts = articles.map((a) => lines.offset(a.labelLocation.range.start));
  const locate = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0 || offset < starts[0]) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const article = articles[lo];
    const pos = lines.position(offset);
    if (comparePositions(pos, article.location.range.end) > 0) return null;
    let paragraph = article.paragraphs[0];
    for (const p of article.paragraphs) if (comparePositions(p.location.range.start, pos) <= 0) paragraph = p;
    return { article, index: lo, paragraph };
  };
  return { regulation, headingLabels, locate, excerpt };
}

/**
 * A law named in the words before a flattened run, its articles announced (劳动合同法规定如下。 第三十六条 …, 依照该条例第五条：):
 * a Q&A answer pasting that law's articles, not a regulation's own excerpt (flattenedRegulation.ts).
 */
function namesLawBefore(before: string): boolean {
  return /(?:法|条例|规定|办法|细则|解释)(?:的?规定|如下|中|第|[：:])/.test(before.slice(-300));
}

// Rule (issue 14, heldout21-court; 释义 pages on one article of a judicial interpretation: 第一条 【主旨】 ⏎ 第一条 …text… ⏎
// 【条文主旨】 本条是关于…的规定): a label printed again right after itself (the same number, the same 之N) is a heading
// over the same article's text, which no regulation numbers so — it counts as a fall, so two such labels alone are no
// regulation of the page's own (its 本条 is then the article the page discusses).
function isOwnNumbering(articles: readonly Article[]): boolean {
  if (articles.length < 2 || articles[0].number !== 1) return false;
  let falls = 0;
  for (let i = 1; i < articles.length; i++) {
    const a = articles[i];
    const b = articles[i - 1];
    if (a.number < b.number || (a.number === b.number && a.insert === b.insert)) falls++;
  }
  return falls === 0 || articles.length >= 3;
}

function comparePositions(a: TextPosition, b: TextPosition): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * Rule (how a regulation's text or draft is headed): its first line is its own name — 某某条例, 某某办法（修订草案征求意见稿）,
 * 中华人民共和国刑法修正案（十三）（草案）, 最高人民法院关于适用某某法若干问题的批复 — written without 《》, as every regulation, judicial
 * interpretation, reply (批复, 答复, 解答) or 安排 prints its title. A title the corpus
 * knows inside that line is the document's name, not a citation lacking its marks. Not a 公文 title (关于…的通知/决定:
 * a title inside one takes 《》), nor a line that reads as a sentence. The offsets of that line's text; null when the
 * first non-empty line is not such a name.
 */
const OWN_NAME = new RegExp(`^(?!关于)[^《》〈〉“”。；;，,：:]{2,60}?(?:${REGULATION_TITLE_WORDS}|修正案|规程|准则|章程|答复|解答|安排|纪要)(?:\\s*[（(][^（）()\\n]{1,24}[）)])*$`);

export function ownNameLine(text: string, fm: FrontMatter = readFrontMatter(text)): { start: number; end: number } | null {
  const first = firstLine(text, fm);
  return first && OWN_NAME.test(first.line) ? { start: first.start, end: first.start + first.line.length } : null;
}

/**
 * The first non-empty line after the front matter (within 4000 characters), without a byte-order mark, a Markdown
 * heading's #s and the spaces around it, and where that text starts.
 */
function firstLine(text: string, fm: FrontMatter): { line: string; start: number } | null {
  const limit = Math.min(text.length, fm.end + 4000);
  for (let at = fm.end; at < limit; ) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 || nl > limit ? limit : nl;
    const raw = text.slice(at, end);
    const lead = /^\uFEFF?(?:#+\s*)?\s*/.exec(raw)![0].length;
    const line = raw.slice(lead).trimEnd();
    if (line) return { line, start: at + lead };
    at = end + 1;
  }
  return null;
}

/**
 * Whether the document's first non-empty line opens with an article's label (第六十六条【…】…): the page is a text of
 * articles itself (a law's text reprinted without its title, a regulation's excerpt), not a writer's words about one.
 */
export function opensWithArticleLabel(text: string, fm: FrontMatter = readFrontMatter(text)): boolean {
  const line = firstLine(text, fm)?.line;
  return !!line && /^第[一二三四五六七八九十百千零〇两0-9０-９]+条/.test(line);
}

/**
 * The document's title: front matter `title:`, else its first non-empty line (a Markdown heading's text) when that
 * reads as a title (no sentence end, at most 80 characters). Null otherwise.
 */
export function documentTitle(text: string, fm: FrontMatter = readFrontMatter(text)): string | null {
  const own = fm.fields.get('title');
  if (own) return own.trim();
  const line = firstLine(text, fm)?.line;
  return line && line.length <= 80 && !/[。；;]$/.test(line) && !/^第[一二三四五六七八九十百零〇0-9]+条/.test(line) ? line : null;
}

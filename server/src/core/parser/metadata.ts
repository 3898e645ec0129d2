// Dates, issuer and short titles as the texts state them (Chinese and English).
import { parseNumeral } from '../numerals';
import { PROVINCES } from '../provinces';

export interface DatedEvent {
  /** YYYY-MM-DD */
  date: string;
  /** What happened on that date, from the words after it. */
  event: 'adopted' | 'effective' | 'amended' | 'approved' | 'published' | 'other';
  /** The clause after the date (up to the next date or sentence end). */
  clause: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const ZH_DATE =
  /([0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日/g;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_DATE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+(\d{4})\b/gi;

function zhNumber(s: string): number | null {
  if (/^[〇零一二三四五六七八九]{4}$/.test(s)) return parseNumeral(s);
  return parseNumeral(s);
}

interface FoundDate {
  date: string;
  index: number;
  end: number;
}

export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  ZH_DATE.lastIndex = 0;
  for (let m = ZH_DATE.exec(text); m; m = ZH_DATE.exec(text)) {
    const y = zhNumber(m[1]);
    const mo = zhNumber(m[2]);
    const d = zhNumber(m[3]);
    const date = y !== null && mo !== null && d !== null ? iso(y, mo, d) : null;
    if (date) out.push({ date, index: m.index, end: m.index + m[0].length });
  }
  EN_DATE.lastIndex = 0;
  for (let m = EN_DATE.exec(text); m; m = EN_DATE.exec(text)) {
    const date = iso(Number(m[3]), MONTHS.indexOf(m[1].toLowerCase()) + 1, Number(m[2]));
    if (date) out.push({ date, index: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

function classify(clause: string, before: string): DatedEvent['event'] {
  // Chinese: the event word follows the date ("…会议通过", "起施行"). English: it precedes ("Adopted at … on July 31").
  const zh = /(通过|施行|生效|实施|修正|修订|修改|批准|公布|发布)/.exec(clause);
  if (zh) {
    const w = zh[1];
    if (w === '通过') return /^通过的/.test(clause.slice(zh.index)) ? 'amended' : 'adopted';
    if (w === '施行' || w === '生效' || w === '实施') return 'effective';
    if (w === '修正' || w === '修订' || w === '修改') return 'amended';
    if (w === '批准') return 'approved';
    return 'published';
  }
  const en = /(adopted|take effect|come into force|enter into force|go into effect|effective|amended|revised|approved|promulgated|published)[^.;()]*$/i.exec(before);
  if (en) {
    const w = en[1].toLowerCase();
    if (w === 'adopted') return 'adopted';
    if (w === 'amended' || w === 'revised') return 'amended';
    if (w === 'approved') return 'approved';
    if (w === 'promulgated' || w === 'published') return 'published';
    return 'effective';
  }
  return 'other';
}

/** Every date in a header or note, with the event it is stated for. */
export function datedEvents(text: string): DatedEvent[] {
  const dates = findDates(text);
  return dates.map((d, i) => {
    const next = i + 1 < dates.length ? dates[i + 1].index : text.length;
    let clause = text.slice(d.end, next);
    const stop = clause.search(/[。\n]/);
    if (stop >= 0) clause = clause.slice(0, stop);
    const prev = i > 0 ? dates[i - 1].end : 0;
    return { date: d.date, event: classify(clause, text.slice(prev, d.index)), clause };
  });
}

export interface StatedDates {
  adopted: string | null;
  effective: string | null;
  amended: string | null;
  published: string | null;
}

export function statedDates(events: DatedEvent[]): StatedDates {
  let adopted: string | null = null;
  let effective: string | null = null;
  let amended: string | null = null;
  let published: string | null = null;
  for (const e of events) {
    if (e.event === 'published') published = e.date;
    if (e.event === 'adopted' && !adopted) adopted = e.date;
    else if (e.event === 'effective') effective = e.date;
    else if (e.event === 'amended' && (!amended || e.date > amended)) amended = e.date;
  }
  return { adopted, effective, amended, published };
}

const ZH_EFFECTIVE_ARTICLE =
  /本(?:条例|办法|规定|细则|规则|决定|法|解释|准则|规范|意见)(?:自|从)\s*((?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年[^日]{1,8}日)\s*起(?:施行|生效|实施)/;
const EN_EFFECTIVE_ARTICLE =
  /(?:take effect|come into force|enter into force|go into effect|be effective|become effective|be implemented)\s+(?:as of |on |from )?((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4})/i;

/**
 * Words every statement effectiveDateInArticle (or 自公布之日起施行) finds contains, even with a line break inside:
 * a quick test on an article's raw lines before its body is read.
 */
export const EFFECTIVE_WORDS = /起\s*(?:施\s*行|生\s*效|实\s*施)|effect|force|implemented/i;

/** The effective date an article states ("本条例自2023年9月1日起施行", "These Regulations take effect on …"). */
export function effectiveDateInArticle(text: string): string | null {
  const m = ZH_EFFECTIVE_ARTICLE.exec(text) ?? EN_EFFECTIVE_ARTICLE.exec(text);
  if (!m) return null;
  const found = findDates(m[1]);
  return found.length ? found[0].date : null;
}

/** Issuer from an adoption clause: "内蒙古自治区第十四届人民代表大会常务委员会第五次会议通过" → 内蒙古自治区人民代表大会常务委员会. */
export function issuerFromChinese(text: string): string | null {
  const m = /([^\s\d０-９年月日,，.。;；:：《》〈〉()（）]{2,40}?)第[一二三四五六七八九十百千0-9]+次(?:全体)?会议/.exec(text);
  if (!m) return null;
  const body = m[1].replace(/^(?:已由|已经|业经|由|经|于)/, '').replace(/第[一二三四五六七八九十]+届/g, '');
  return body.length >= 2 ? body : null;
}

/** Issuer from "Adopted at the Fifth Meeting of the Standing Committee of the 14th People's Congress of … on July 31, 2023". */
export function issuerFromEnglish(text: string): string | null {
  const m = /Adopted\s+at\s+the\s+.*?Meeting\s+of\s+(?:the\s+)?(.+?)\s+on\s+[A-Z][a-z]+\s+\d/i.exec(text);
  if (!m) return null;
  return m[1].replace(/\b\d+(?:st|nd|rd|th)\s+/gi, '').replace(/\s+/g, ' ').trim();
}

/**
 * Short forms people actually write: 中华人民共和国X法 → X法; a provincial regulation without its province
 * (内蒙古自治区…促进条例 → …促进条例). Nothing invented beyond dropping that prefix.
 */
export function deriveShortTitles(title: string): string[] {
  const out: string[] = [];
  // English: "Regulations of the Inner Mongolia Autonomous Region on X" → "Regulations on X".
  const en = /^(Regulations|Measures|Provisions|Rules)\s+of\s+(?:the\s+)?[A-Z][\w\s'-]*?(?:Autonomous Region|Province|Municipality)\s+(on|for|concerning)\s+(.+)$/.exec(title);
  if (en) return [`${en[1]} ${en[2]} ${en[3]}`];
  if (title.startsWith('中华人民共和国') && title.length > 9) out.push(title.slice(7));
  for (const p of PROVINCES) {
    if (title.startsWith(p) && title.length - p.length >= 4 && !title.startsWith(p + '实施')) out.push(title.slice(p.length));
  }
  return out;
}

/** Titles inside announcements use 〈〉 for a nested title: 《…实施〈中华人民共和国国家安全法〉办法》. */
export function normalizeNestedTitle(title: string): string {
  return title.replace(/〈/g, '《').replace(/〉/g, '》').replace(/[\s\u3000]+/g, '');
}

// Rule (issue 14, real-list20; 权责清单 and 事项目录 cells: 《旅行社条例》(2009年国务院令第550号,2016年2月6日予以修改)第七条,
// 《营业性演出管理条例》(2008年7月22日国务院令第528号,2020年11月29日中华人民共和国国务院令第732号修订)第六条,
// 《民用爆炸物品安全管理条例》(2006年5月国务院令第466号,2014年7月修正)第四条): a list names the text it relies on by the
// act's history after its title — how it was made, then, after a comma, the last amendment it knew, the note closing on
// that amendment. That amendment names the version cited, as (2016年修正) does. Only a note that opens with the act's
// making (an order's or a document's number, 公布, 发布, 通过) and closes on 修改, 修正 or 修订 with its year; a note
// closing on another event (…起施行) names none.
import type { OrderSeries } from '../../corpus/orderDate';
import { parseNumeral, toHalfWidthDigits } from '../../numerals';

/** The last amendment a history note in brackets at `at` closes on. */
export interface HistoryVersion {
  year: number;
  /** Where the note ends (after its closing bracket). */
  end: number;
}

const HISTORY_NOTE = /[（(]([^（()）\n]{4,80}?)[，,；;、][ \t\u3000]*(?:根据[ \t\u3000]*)?([0-9]{4})[ \t\u3000]*年(?:[ \t\u3000]*[0-9]{1,2}[ \t\u3000]*月(?:[ \t\u3000]*[0-9]{1,2}[ \t\u3000]*日)?)?[^（()），,；;、\n]{0,24}?(?:予以)?(?:修改|修正|修订|修訂)本?[ \t\u3000]*[)）]/y;
/** How the act was made, as the note's first part says it. */
const MADE = /令|号|號|公布|发布|發布|通过|通過/;

/** The version a history note in brackets right at `at` (after a title) names by its last amendment, or null. */
export function historyNoteVersion(text: string, at: number): HistoryVersion | null {
  HISTORY_NOTE.lastIndex = at;
  const m = HISTORY_NOTE.exec(text);
  if (!m || !MADE.test(m[1])) return null;
  return { year: +m[2], end: HISTORY_NOTE.lastIndex };
}

// Rule (issue 14, fix-zh41b; heldout34 gov, a news item and a 权力清单: 依据《医疗器械监督管理条例》(国务院第680号令)第六十六条,
// 《中华人民共和国种子法》(主席令第26号)第六十四条, 《某某条例》(2013年国务院令第645号修订)第五条): the number in brackets of the
// order that published the text (国务院令, 主席令) names that text — the version the order published, never another read
// silently. With its year written ((2013年国务院令第645号修订)) the year names it, as (2013年修订) would (namedVersion.ts);
// without it the order's date is read from what the corpus records (corpus/orderDate.ts): the State Council's orders
// are numbered in one series, so the orders the corpus's history notes date bound it; the President's are numbered
// anew each term, so an order numbered below the President's orders the corpus shows before a held text in its term
// is not that text. A held text that cannot be the order's is not read for it (unknown-regulation, analyze.ts);
// when the corpus cannot tell, the citation stays as the date picks it. A history note naming the last amendment
// after a comma ((2009年国务院令第550号,2016年2月6日予以修改)) is read above (historyNoteVersion).

/** The order a bracketed note after a title names. */
export interface OrderNote {
  series: OrderSeries;
  n: number;
  /** The order as the note writes it (国务院第680号令). */
  written: string;
  /** The year written before the order's name, else null. */
  year: number | null;
  /** 'amended' when the note says the order amended the text (修订, 修正, 修改); undefined otherwise (公布 publishes any text). */
  event?: 'amended';
}

/** An order's number as a writer types it: digits (half or full width) or Chinese numerals (corpus/orderDate.ts reads the corpus's own, ASCII digits only). */
const NUMBER = '[0-9０-９]{1,4}|[一二三四五六七八九十百千零〇]{1,8}';
/** A bracketed order number after a title: （国务院第680号令）, (主席令第26号), (2013年国务院令第645号修订) — its series, number and year. */
const ORDER_NOTE = new RegExp(
  `[（(][ \\t\\u3000]*(?:((?:19|20)[0-9]{2})[ \\t\\u3000]*年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?[ \\t\\u3000]*)?(?:中华人民共和国)?(国务院|主席)` +
  `(?:令[ \\t\\u3000]*第?[ \\t\\u3000]*(${NUMBER})[ \\t\\u3000]*号|[ \\t\\u3000]*第?[ \\t\\u3000]*(${NUMBER})[ \\t\\u3000]*号令)[ \\t\\u3000]*` +
  `(修订|修正|修改|公布|发布|颁布)?(?:施行)?[ \\t\\u3000]*[)）]`, 'y');

/** The order note in brackets right at `at` (after a title), or null. */
export function orderNoteAt(text: string, at: number): OrderNote | null {
  ORDER_NOTE.lastIndex = at;
  const m = ORDER_NOTE.exec(text);
  if (!m) return null;
  const written = toHalfWidthDigits(m[3] ?? m[4]);
  const n = /^[0-9]+$/.test(written) ? +written : parseNumeral(written);
  if (!n) return null;
  // 公布 / 发布 of an order publish whatever text it carries, an amended one too: the year alone then.
  const event = m[5] && /修/.test(m[5]) ? 'amended' : undefined;
  const name = m[0].slice(1, -1).replace(/^[ \t\u3000]*(?:(?:19|20)[0-9]{2}[ \t\u3000]*年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?)?[ \t\u3000]*/, '').replace(/(?:修订|修正|修改|公布|发布|颁布)?(?:施行)?[ \t\u3000]*$/, '');
  return { series: m[2] === '国务院' ? 'council' : 'president', n, written: name, year: m[1] ? +m[1] : null, ...(event ? { event } : {}) };
}

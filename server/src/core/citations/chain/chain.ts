// Citation chains: one 第…条…款…项 unit and a chain of them (lists, ranges, 之N, loose and malformed forms), read at an
// offset of a text. The scanner (scan/scanner.ts) finds where chains start and what heads them.
import { footnoteMarkerLength, listNoteLength, rangeAsideLength } from './listNote';
import { parseNumeral } from '../../numerals';
import type { CitationPart } from '../types';
import { chineseNumeral as chineseFor } from '../../labels';
import type { Head, Level, MissingWord, NumeralSpan, RawTarget, ScannedCitation, ScannedPart } from '../scanTypes';
import { sectionInListEnd, sectionSuffixEnd } from './hongKongSection';
import { bracketedSubOf, subOnlyEnd } from './bracketedSub';
import { alternativesAt } from './templateAlternatives';
import { commaJoinsNumbers } from './commaShorthand';
import { bracketedUnitAfterBreak } from './bracketAfterBreak';
import { taiwanPage } from '../jurisdiction/rocPage';
import { bareLowerUnitFits } from './bareLowerUnit';
import { scrapedSpaces } from './scrapedSpaces';
import { listedInsertAt } from './insertList';
import { wholeUnitsBetween } from './rangeToLowerUnit';
import { ARTICLE_NUMERAL } from '../text';

/** An array for `count` flat numbers, exactly sized (a part keeps it as long as its citation lives). */
function flatNumbers(count: number): number[] {
  return count === 1 ? [0, 0, 0] : new Array<number>(3 * count).fill(0);
}

/** The fragment of one unit: its kind, span and the numbers it writes. */
function unitPart(kind: CitationPart['kind'], u: Unit): ScannedPart {
  const numbers = flatNumbers(u.nums.length);
  for (let i = 0; i < u.nums.length; i++) {
    const x = u.nums[i];
    numbers[3 * i] = x.n;
    numbers[3 * i + 1] = x.start;
    numbers[3 * i + 2] = x.end;
  }
  const p: ScannedPart = { kind, start: u.start, end: u.end, numbers };
  const last = u.nums[u.nums.length - 1];
  if (last.insert && last.insertAt) p.insert = { value: last.insert, start: last.insertAt[0], end: last.insertAt[1] };
  return p;
}

const NUMERAL_CHARS = new Set([...'零〇一二两三四五六七八九十百千'].map((c) => c.charCodeAt(0)));
/**
 * The level a unit word stands for (条 0, 款 1, 项 2, 目 3; 章, 节, 编 a division), else undefined. Switched on the
 * character's code: a keyed lookup with a one-character string cut from the text (most characters after a number
 * are no unit word) costs a string-table probe and a prototype walk, at every number read.
 */
function unitLevelAt(text: string, q: number): Level | 'division' | undefined {
  switch (text.charCodeAt(q)) {
    case 0x6761: return 0; // 条
    case 0x6b3e: return 1; // 款
    case 0x9879: return 2; // 项
    case 0x76ee: return 3; // 目
    case 0x7ae0: // 章
    case 0x8282: // 节
    case 0x7f16: // 编
      return 'division';
    default: return undefined;
  }
}

/**
 * The level a unit word stands for. Rule (issue 14, fix-tw18; Taiwan's judgments, rulings and regulations: 民法第1052條
 * 第2項, 醫療法第103條第1項第1款, a 施行細則's own 前項第一款及第二款 and 第一項第一款至第七款): in Taiwan's law 項 is the
 * paragraph and 款 the item — the mainland's order inverted. On a page written under Taiwan's laws (rocPage.ts
 * taiwanPage: dated in the ROC calendar or naming what only Taiwan has) a chain reads them so; on every other page 款
 * is the paragraph and 项 the item.
 */
function unitLevel(text: string, q: number): Level | 'division' | undefined {
  const level = unitLevelAt(text, q);
  if ((level === 1 || level === 2) && taiwanPage(text)) return level === 1 ? 2 : 1;
  return level;
}
/** Divisions from the top: a chain goes down (第三编第一章第二节). */
const DIVISION_DEPTH: Record<string, number> = { 编: 0, 章: 1, 节: 2 };
export const OPEN_CLOSE: Record<string, string> = { '《': '》', '〈': '〉', '﹤': '﹥' };
const SEPARATORS = ['以及', '或者', '、', '，', ',', '和', '及', '与', '或'];
const RANGE_WORDS = ['至', '到', '～', '~', '—', '－', '-'];
/** Parts of a provision cited with it: the provision is the target. */
const QUALIFIERS = ['前段', '后段', '中段', '前句', '后句', '但书', '第一句', '第二句', '第三句'];
// 前述 is written as 上述 is (前述条例第五条): real replies and decisions use both.
// Rule (issue 14, real-zh19: law-firm articles and Q&A answers): after naming a judicial interpretation a writer calls
// it 上述司法解释 / 该司法解释 / 前述司法解释 (根据上述司法解释第二条规定): the judicial interpretation cited last
// (anaphor.ts KINDS 司法解释), not the law cited after it (…认定为刑法第二百六十四条规定的…).
const ANAPHOR_NOUNS = ['条例', '办法', '规定', '细则', '法规', '法律', '决定', '解释', '司法解释'];
// 同法 (the same law) as penalty decisions write it after citing a law: 违反了《海关法》第二十四条第一款之规定，构成同法第八十六条第三项所列之违法行为.
// Rule (issue 14, f110-context; lawyers' and Q&A pages: 《刑法》第二百三十四条规定了故意伤害罪，此法第二百三十二条规定了故意杀人罪):
// 此法 (this law) is 该法 in a writer's prose — the law named last; the whole word is the citation's, as 该法 is.
export const ANAPHORS = [...['上述', '前述', '该'].flatMap((w) => ANAPHOR_NOUNS.map((n) => w + n)), '该法', '同法', '此法'];
/**
 * What stands before 同法 meaning "the same law": a verb citing it (构成, 违反, 依照 …), a conjunction or a punctuation
 * mark. Elsewhere 同法 ends another word — 合同法, 劳动合同法, 共同法 — and is no anaphor.
 */
export const SAME_LAW_BEFORE = /(?:构成|违反|依照|依据|根据|按照|适用|属于|参照|符合|以及|及|和|与|并|即|[、，,；;：:。\s（(])$/;
// 该条文第一款, 条文第二款 (a commentary's "that article", "the article's"): as 该条. Not 本条文 (this article: 本条).
// 此条第二款 (this article's second 款) as 该条第二款: the article cited last (f110-context).
export const SAME_ARTICLE = ['同条', '该条', '该条文', '条文', '此条'];
/**
 * Characters that, right before 此, make it part of another word (因此, 如此, 彼此, 从此, 据此, 由此, 借此, 对此, 为此, 至此,
 * 就此, 特此, 以此, 在此, 于此, 凡此, 故此, 藉此, 照此, 依此, 按此): 因此法院…, 因此条件… hold no 此法 / 此条.
 */
export const BEFORE_CI = '因如彼从据由借对为至就特以在于凡故藉照依按';
/**
 * What a text calls itself: 本条例, 本办法 … and what a 司法解释, a 决定 or an 意见 calls itself (本解释第三百七十四条,
 * 民事诉讼法第二百零五条以及本解释第五百二十三条); 本实施细则 and 本实施办法 as drafts of such rules write them.
 */
export const SELF_WORDS = ['本条例', '本办法', '本规定', '本细则', '本规则', '本法', '本解释', '本决定', '本意见', '本准则', '本实施细则', '本实施办法', '本安排', '本补充安排', '本补充规定'];

interface Unit {
  level: Level | 'division';
  unitChar: string;
  /** Each number with its span; `insertAt` is the span of 之N's numeral. */
  nums: { n: number; insert: number | null; range?: boolean; start: number; end: number; insertAt?: [number, number]; bracketedSub?: number }[];
  start: number;
  end: number;
  arabic: NumeralSpan[];
  /** 第八十一第二款 (条), 第(二)项、第(十)的规定 (项): the unit word left out, at this offset. */
  missingUnit?: number;
  /** 第20的条: a stray 的 before the unit word, at this offset. */
  strayAt?: number;
}

const numeralCache = new Map<string, number | null>();
/** The numeral characters, each with its place (1–15) in a run's key (runKey). */
const NUMERAL_PLACE = new Map<number, number>([...NUMERAL_CHARS].map((code, i) => [code, i + 1]));
/** Runs of up to seven numeral characters read before, by key: no substring made to look them up. */
const numeralKeyCache = new Map<number, number | null>();
/** A run's key (one place per character, base 16: distinct for distinct runs of up to seven), or -1 for a longer run. */
function runKey(text: string, p: number, end: number): number {
  if (end - p > 7) return -1;
  let key = 0;
  for (let i = p; i < end; i++) key = key * 16 + NUMERAL_PLACE.get(text.charCodeAt(i))!;
  return key;
}
/** Each numeral character read alone (第三条, 第十款: the commonest numbers), by its code: no substring made to look it up. */
const SINGLE_NUMERALS = new Map<number, number | null>([...NUMERAL_CHARS].map((code) => [code, parseNumeral(String.fromCharCode(code))]));

export function isDigitAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** Where the run of Chinese numeral characters from p ends. */
function numeralRunEnd(text: string, p: number): number {
  let e = p;
  while (NUMERAL_CHARS.has(text.charCodeAt(e))) e++;
  return e;
}

/**
 * A number at p: a run of Chinese numeral characters, or 1–4 digits (ASCII or full-width, not mixed) not followed by
 * a fifth of the same kind. Read by hand rather than by a regular expression: it runs at every 第 of a document.
 */
export function readNum(text: string, p: number): { n: number; end: number; arabic: boolean } | null {
  const c = text.charCodeAt(p);
  const ascii = c >= 48 && c <= 57;
  const wide = c >= 0xff10 && c <= 0xff19;
  let end: number;
  let n: number | null | undefined;
  if (ascii || wide) {
    const lo = ascii ? 48 : 0xff10;
    n = 0;
    end = p;
    for (let d = text.charCodeAt(end); d >= lo && d <= lo + 9; d = text.charCodeAt(end)) {
      if (end - p === 4) return null; // a fifth digit: no article number
      n = n * 10 + (d - lo);
      end++;
    }
  } else {
    if (!NUMERAL_CHARS.has(c)) return null;
    end = numeralRunEnd(text, p);
    if (end - p === 1) n = SINGLE_NUMERALS.get(c)!; // c is a numeral character (checked above)
    else {
      const key = runKey(text, p, end);
      n = key === -1 ? undefined : numeralKeyCache.get(key);
      if (n === undefined) {
        const written = text.slice(p, end);
        n = numeralCache.get(written);
        if (n === undefined) {
          n = parseNumeral(written);
          if (numeralCache.size < 10000) numeralCache.set(written, n);
        }
        if (key !== -1 && numeralKeyCache.size < 10000) numeralKeyCache.set(key, n);
      }
    }
  }
  if (n === null || n <= 0 || n > 9999) return null;
  const arabic = ascii || wide;
  // A PDF's line wrap left as a space inside a Chinese number (本法第二十 五条, as a court's letter printed it): the
  // number goes on after one space when more numeral characters follow with the unit (条, 款, 项) right after them.
  if (!arabic && (text[end] === ' ' || text[end] === '\u3000') && NUMERAL_CHARS.has(text.charCodeAt(end + 1))) {
    const unitAt = numeralRunEnd(text, end + 1);
    const joined = /^[条款项]/.test(text[unitAt] ?? '') ? parseNumeral(text.slice(p, end) + text.slice(end + 1, unitAt)) : null;
    if (joined !== null && joined > n && joined <= 9999) return { n: joined, end: unitAt, arabic: false };
  }
  return { n, end, arabic };
}

/**
 * Rule (issue 14, real-gov3: PDF pages and compilations wrap lines at a fixed width): a Chinese numeral broken by one
 * line break — 本法第四十⏎二条第二项 — is one number when the next line goes on with numeral characters and then a unit
 * word (条/款/项/目/编/章/节): 第四十 alone is no unit, so the reading is the only one. Returns the joined number and
 * where it ends, else null.
 */
function numeralWrapped(text: string, start: number, end: number): { n: number; end: number } | null {
  let next = end;
  if (text[next] === '\r') next++;
  if (text[next] !== '\n') return null;
  next++;
  const more = readNum(text, next);
  if (!more || more.arabic || unitLevelAt(text, more.end) === undefined) return null;
  const n = parseNumeral(text.slice(start, end) + text.slice(next, more.end));
  return n !== null && n > 0 && n <= 9999 ? { n, end: more.end } : null;
}

/** The same wrap where the part before the break is no number alone (第一百八⏎十三条: 一百八 is not read so). */
function numeralBrokenByWrap(text: string, p: number): { n: number; end: number; arabic: false } | null {
  if (!NUMERAL_CHARS.has(text.charCodeAt(p))) return null;
  const wrapped = numeralWrapped(text, p, numeralRunEnd(text, p));
  return wrapped ? { ...wrapped, arabic: false } : null;
}

/**
 * A lower unit written without 第 right after another: 第九条第二款（三）项, 第一百二十条一款第三项. Only 款, and
 * 项/目 in brackets: a bare numeral + 项 (三项工作) is prose — except right after a 款 written without 第 (`prev`):
 * rule (issue 14, real-gov8; judgments and penalty decisions): a writer who drops 第 before the 款 drops it before
 * the 项 too (第二十三条一款二项之规定), so a bare numeral + 项 there is the item, when no noun follows it (一款三项工作
 * is not).
 */
function looseUnit(text: string, p: number, prev?: Unit): Unit | null {
  const bracketed = text[p] === '（' || text[p] === '(';
  const u = parseUnit(text, p, true);
  if (!u || u.level === 'division') return null;
  if (!bracketed && u.level === 2 && u.unitChar === '项' && prev?.level === 1 && text.charCodeAt(prev.start) !== 0x7b2c /* 第 */) {
    return ITEM_CLAUSE_GOES_ON.test(text.slice(u.end, u.end + 2)) ? u : null;
  }
  // 第39条2项, 第三款五项, 第（二）项1目: the lower unit in the script of the unit it hangs on (bareLowerUnit.ts).
  if (!bracketed && prev && bareLowerUnitFits(text, u, prev)) return ITEM_CLAUSE_GOES_ON.test(text.slice(u.end, u.end + 2)) ? u : null;
  return (bracketed ? u.level >= 1 : u.level === 1) ? u : null;
}

/** What may follow such an item: 之规定, 的规定, 规定, punctuation, 和/及/或 and another unit, or the end. */
const ITEM_CLAUSE_GOES_ON = /^(?:[之的规，。；、,;:：和及或与）)\s]|$)/;

/**
 * The last article of a list whose 条 was left out (第三十七条、第三十八条、第三十九的规定): 第 and a number, then
 * 的, 规定, 之规定 (违反了《…法》第十五之规定: penalty decisions write 之规定 as often as 的规定, zh9) or the end of
 * the clause. Read only as a list item after an article (malformed-citation gives the fix).
 */
function listEndWithout条(text: string, p: number): Unit | null {
  if (text.charCodeAt(p) !== 0x7b2c /* 第 */) return null;
  const num = readNum(text, p + 1);
  if (!num || !/^(?:的|之?规定|[，。；,;）)]|$)/.test(text.slice(num.end, num.end + 3))) return null;
  const arabic: NumeralSpan[] = num.arabic ? [{ start: p + 1, end: num.end, value: num.n }] : [];
  return { level: 0, unitChar: '条', nums: [{ n: num.n, insert: null, start: p + 1, end: num.end }], start: p, end: num.end, arabic, missingUnit: num.end };
}

/**
 * Rule (penalty decisions): the last item of a list of bracketed items whose 项 was left out (第（二）项、第（十）规定,
 * 第(三)项和第(五)的规定): 第, a bracketed number, then 的, 规定 or the end of the clause. Bracketed numbers number
 * items only; read only as a list item after an item (malformed-citation gives the fix).
 */
function listEndWithout项(text: string, p: number): Unit | null {
  if (text.charCodeAt(p) !== 0x7b2c /* 第 */) return null;
  const open = text[p + 1] === ' ' ? p + 2 : p + 1;
  if (text[open] !== '（' && text[open] !== '(') return null;
  const num = readNum(text, open + 1);
  if (!num || (text[num.end] !== '）' && text[num.end] !== ')')) return null;
  const end = num.end + 1;
  if (!/^(?:的|规定|之规定|[，。；,;]|$)/.test(text.slice(end, end + 3))) return null;
  const arabic: NumeralSpan[] = num.arabic ? [{ start: open + 1, end: num.end, value: num.n }] : [];
  return { level: 2, unitChar: '项', nums: [{ n: num.n, insert: null, start: open + 1, end: num.end }], start: p, end, arabic, missingUnit: end };
}

/**
 * Rule (issue 14, real-gov3; malformed but clear): right after a law's name, 第 and a number then 的 or 规定 is an
 * article whose 条 was left out (原合同法第四十七的内容, 《合同法》第四十七的规定) — a law's name can be followed by its
 * articles only. Read only after a title or a law's name (malformed-citation gives the fix); 第四十七的 in prose is not.
 */
function articleWithout条(text: string, p: number): Unit | null {
  const u = listEndWithout条(text, p);
  return u && /^(?:的|规定|之规定)/.test(text.slice(u.end, u.end + 3)) ? u : null;
}

/** How many 款 of one article a citation names together (第六十二条第二、三款: 2); 1 for anything else. */
export function quotedParagraphs(targets: readonly RawTarget[]): number {
  if (targets.length < 2 || targets.length > 20) return 1;
  const a = targets[0];
  for (const t of targets) {
    if (t.paragraph === null || t.item !== null || t.article !== a.article || t.insert !== a.insert) return 1;
  }
  return new Set(targets.map((t) => t.paragraph)).size;
}

/**
 * An article chain whose 第 was left out (五十二条第一款), read only right after a title. With `law` (the title is a
 * law's, ending in 法): rule (issue 14, real-gov8; judgments' reasons): also a single article followed by a word that
 * says what it provides (《行政处罚法》三十一条只要求…, …三十一条明确…) — a law's name is followed by its articles, and
 * 只/仅/明确/要求/载明/指出 do not follow a count of articles (《条例》64条，比原条例增加了20条).
 */
export function looseArticle(text: string, q: number, law = false, cited = false): Chain | null {
  const chain = parseChain(text, q, 0, false, undefined, true);
  // Rule (issue 14, zh13; Q&A pages: 依据《中华人民共和国某某法》41条、本法所称…): a title a citing verb (依据, 根据, 依照,
  // 按照, 违反, 参照, 适用) stands right before is cited, and an article number in digits after it, set off by a
  // punctuation mark, is its article — a count (《条例》64条，比原条例…) or a name (十条措施) is not written after 依据.
  if (cited && chain && chain.top === 0 && chain.parts.length === 1 && isDigitAt(text, q) && /^(?:[、，,。；;：:\s]|$)/.test(text.slice(chain.end, chain.end + 1))) return chain;
  // 《意见》十条措施 is prose: the article must carry a 款/项 or be followed by 规定 — or, as Q&A pages name an article
  // by what it defines or what explains it (刑法266条的诈骗罪, 新刑法266条司法解释, 刑法264条盗窃罪), by a crime's
  // name or 司法解释 right after it; a count of articles is followed by neither (《条例》64条，比原条例增加了20条).
  if (!chain || chain.top !== 0) return null;
  if (law && chain.parts.length === 1 && PROVIDES.test(text.slice(chain.end, chain.end + 9))) return chain;
  return chain.parts.length > 1 || LOOSE_ARTICLE_NEXT.test(text.slice(chain.end, chain.end + 14)) || endsCell(text, q, chain.end) ? chain : null;
}

/** What follows an article written without 第 that makes it one: 规定 (的规定, 之规定, 所规定: heldout31 court), a crime's name, 司法解释 (looseArticle). */
const LOOSE_ARTICLE_NEXT = /^(?:[的之所]?规定|的?[\u4e00-\u9fff]{1,8}?罪|的?(?:司法)?解释)/;

/**
 * Words after a law's article written without 第 that say what it provides — or, rule (issue 14, zh12; law-firm
 * articles: 从新《行政诉讼法》13条来看, 《行政诉讼法》12条和2015年《…解释》第11条), that read the law from it (来看) or
 * join it to the next citation (和/及/与/、, a year, a title): a count of articles is followed by neither.
 */
// Round 33 (f130-zh; 百家号 and HR articles: 其实劳动法44条写得很清楚, 《劳动法》44条也有类似规定): 写得 / 写明 / 写道 and
// 也有 / 也规定 / 也明确 say what the article provides as 明确 does; a count of articles is not "written clearly".
const PROVIDES = /^(?:只|仅|明确|要求|载明|指出|来看|写(?:得|明|道)|也(?:有|规定|明确)|(?:和|及|与|以及|、)(?:\d{4}年)?《)/;

/**
 * Rule (issue 14, real-gov7; tables of penalties and discretion standards): the 处罚依据 column writes the law and the
 * article's number in digits without 第, alone in its cell (《旅游法》95条 |, a line ending there, or a colon before the
 * article's text). Digits only, and only where the cell or line ends: a count of articles runs on in prose
 * (《条例》64条，比原条例增加了20条) and 《意见》十条措施 is a name.
 */
function endsCell(text: string, q: number, end: number): boolean {
  return isDigitAt(text, q) && /^[ \t\u3000]*(?:[|｜：:]|\r?\n|$)/.test(text.slice(end, end + 4));
}

const DASHES = '-－–—~～';
const RANGE_SEP = '至到' + DASHES;

/** Where the number starts when one line break (not a blank line) stands at q before it, else 0. */
export function numberAfterBreak(text: string, q: number): number {
  if (text[q] !== '\n' && !(text[q] === '\r' && text[q + 1] === '\n')) return 0;
  const next = q + (text[q] === '\r' ? 2 : 1);
  // 第⏎(五)项: a bracketed item on the next line (bracketAfterBreak.ts).
  return readNum(text, next) ? next : bracketedUnitAfterBreak(text, next);
}

/**
 * The units last read at 第, by offset (slot p % 16): the scanner asks for the same 第 two or three times in a row (the
 * heading test, then the chain; a chain's next unit, then the list's next item), half of all reads on a draft. A unit
 * depends on the text and the offset only, and no caller changes one. Few slots, so that no unit outlives its use.
 */
const UNIT_SLOTS = 16;
const slotText: (string | null)[] = new Array(UNIT_SLOTS).fill(null);
const slotAt: number[] = new Array(UNIT_SLOTS).fill(-1);
const slotUnit: (Unit | null)[] = new Array(UNIT_SLOTS).fill(null);

/** Starts a new scan: no unit read before is reused. */
export function forgetUnits(): void {
  slotText.fill(null);
  slotUnit.fill(null);
}

/** One 第…X unit at p (text[p] === '第'), or, with `noDi`, a bare numeral + unit after 至. */
export function parseUnit(text: string, p: number, noDi = false): Unit | null {
  if (noDi) return readUnit(text, p, true);
  if (text.charCodeAt(p) !== 0x7b2c /* 第 */) return null;
  const slot = p & (UNIT_SLOTS - 1);
  if (slotAt[slot] === p && slotText[slot] === text) return slotUnit[slot];
  const u = readUnit(text, p, false);
  slotText[slot] = text;
  slotAt[slot] = p;
  slotUnit[slot] = u;
  return u;
}

function readUnit(text: string, p: number, noDi: boolean): Unit | null {
  let q = noDi ? p : p + 1;
  // Rule (what web pages do): spacing set between Chinese and Arabic digits — 第 1165 条第 1 款. One ASCII space on
  // either side of an Arabic number belongs to the unit (the arabic-numerals fix replaces it with the number).
  const spacedBefore = !noDi && text[q] === ' ' && isDigitAt(text, q + 1);
  // A page's layout may break the line right after 第 (1、《价格法》第⏎三十九条：…, 依据⏎民事诉讼法第⏎一百七十九条…, the
  // law's name a link on a line of its own): one line break, not a blank line, before the number belongs to the unit.
  const afterBreak = spacedBefore || noDi ? 0 : numberAfterBreak(text, q);
  if (spacedBefore) q++;
  else if (afterBreak) q = afterBreak;
  // 第 (四)项: the same space before a bracketed number.
  else if (!noDi && text[q] === ' ' && (text[q + 1] === '(' || text[q + 1] === '（')) q++;
  // No bracket, digit or numeral character here: no unit (readNum and numeralBrokenByWrap below read none), before any
  // array is made (most reads without 第 are at a chain's end, before prose).
  const code = text.charCodeAt(q);
  if (code !== 0xff08 /* （ */ && code !== 0x28 /* ( */ && !isDigitAt(text, q) && !NUMERAL_CHARS.has(code)) return null;
  const arabic: NumeralSpan[] = [];
  const c = text[q];
  if (c === '（' || c === '(') {
    // 第（二）项; a list or range of bracketed numbers sharing 第 and one unit word, as judgments write items
    // (第（一）、（二）项, 第（一）至（三）项), with the count they make before it (第(一)、(二)两项).
    let nums: Unit['nums'] = [];
    for (;;) {
      const num = readNum(text, q + 1);
      if (!num) return null;
      const close = text[num.end];
      if (close !== '）' && close !== ')') return null;
      if (num.arabic) arabic.push({ start: q + 1, end: num.end, value: num.n });
      const rangeWord = text[q - 1] === '第' ? text[q - 2] : text[q - 1];
      const entry = { n: num.n, insert: null, range: nums.length > 0 && (rangeWord === '至' || rangeWord === '到'), start: q + 1, end: num.end };
      if (nums.length) nums.push(entry);
      else nums = [entry]; // sized to one (most units have one number; a push on [] reserves seventeen)
      q = num.end + 1;
      const sep = text[q];
      if ((sep === '、' || sep === '至' || sep === '到' || sep === '和') && (text[q + 1] === '（' || text[q + 1] === '(') && readNum(text, q + 2) && nums.length < 50) {
        q++;
        continue;
      }
      // Rule (round 31, forms-zh110; judgments: 第三十九条第（二）、第（三）项): 第 repeated before each bracketed number of
      // the list, the unit word still written once at its end — as 第一、第二款 shares its 款.
      if ((sep === '、' || sep === '至' || sep === '到' || sep === '和') && text[q + 1] === '第' && (text[q + 2] === '（' || text[q + 2] === '(') && readNum(text, q + 3) && nums.length < 50) {
        q += 2;
        continue;
      }
      break;
    }
    if (nums.length > 1) {
      const count = /^[两二三四五六七八九十]/.exec(text.slice(q, q + 1));
      const listed = nums.some((x) => x.range) ? null : nums.length;
      if (count && (listed === null || parseNumeral(count[0]) === listed) && (text[q + 1] === '项' || text[q + 1] === '款' || text[q + 1] === '目')) q++;
    }
    // 第(四) 项: text taken out of a PDF (a company's announcement of a penalty, a 裁量基准 table) sets a space after a
    // half-width bracket; one ASCII space before the unit word belongs to the unit.
    if (text[q] === ' ' && (text[q + 1] === '项' || text[q + 1] === '款' || text[q + 1] === '目')) q++;
    const u = text[q];
    if (u !== '项' && u !== '目' && u !== '款') return null;
    return { level: unitLevel(text, q) as Level, unitChar: u, nums, start: p, end: q + 1, arabic };
  }
  let nums: Unit['nums'] = [];
  /** The separator before the number read next (a range's 至 stays one when 第 is repeated after it). */
  let sep = '';
  let sectionList = false;
  for (;;) {
    const num = readNum(text, q) ?? numeralBrokenByWrap(text, q);
    if (!num) return null;
    if (num.arabic) arabic.push({ start: spacedBefore && nums.length === 0 ? q - 1 : q, end: num.end, value: num.n });
    const wrapped = num.arabic ? null : numeralWrapped(text, q, num.end);
    const entry = { n: wrapped?.n ?? num.n, insert: null, range: nums.length > 0 && RANGE_SEP.includes(sep), start: q, end: wrapped?.end ?? num.end };
    if (nums.length) nums.push(entry);
    else nums = [entry]; // sized to one, as above
    q = wrapped?.end ?? num.end;
    if (num.arabic && text[q] === ' ' && unitLevelAt(text, q + 1) !== undefined) {
      arabic[arabic.length - 1].end = ++q;
      break;
    }
    // Rule (issue 14, zh14; books and manuals set in justified lines, copied with the spaces the justification put
    // between characters: 根据我国刑法第四十八 条第二款规定的精神): one space between a Chinese article number and 条 is
    // the typesetting's when 条 is followed by the article's 款 or by (的)规定 — 第三 条路 and 第二 条件 are not read.
    // Rule (issue 14, fix-zh63, heldout42-gov p03: a PDF table's wrapped cell, 税 务登记管理办 法第四十二 条由税务机关…): a
    // number above ten written in Chinese (two characters at least) before one space and 条 is an article's label when
    // the cell's words go on glued to 条 — 条 as a counter after such an ordinal (第四十二 条路, 条件) is no writer's; a
    // sentence ending at the spaced 条 (刑法第六十三 条。) stays unread, as round 14 settled; the small ones as above.
    if (!num.arabic && !noDi && text[q] === ' ' && (SPACED_UNIT.test(text.slice(q + 1, q + 14)) || (text[q + 1] === '条' && num.n > 10 && q - nums[nums.length - 1].start >= 2 && SPACED_LABEL_GOES_ON.test(text.slice(q + 2, q + 3))))) {
      q++;
      break;
    }
    // A Hong Kong section (第18A条, 第5(2)(c)条): its letter and brackets belong to the number (hongKongSection.ts).
    // Rule (issue 14, real-zh16; Hong Kong writers: 須根據基本法159(2)條的規定): after a law's name without 第 (noDi),
    // one bracketed number alone (bracketedSub.ts) — not a longer section's suffix.
    const section = num.arabic && (nums.length === 1 || sectionList) ? (noDi ? subOnlyEnd(text, q) : sectionSuffixEnd(text, q)) : -1;
    if (section !== -1) {
      // One bracketed number alone (第17(2)條, 第67(20)條): a 款 of a national law's article (bracketedSub.ts).
      const sub = bracketedSubOf(text.slice(q, section).trimEnd());
      if (sub !== null) nums[nums.length - 1].bracketedSub = sub;
      q = section;
      break;
    }
    // Rule (issue 14, heldout19 court; Hong Kong judgments: 違反第 599X章《某某規例》(「規例」)第4(2)(b)及5(1)條): sections
    // listed with their own subsections and one 條 after the last (hongKongSection.ts sectionInListEnd): the list goes on.
    const listed = num.arabic && !noDi && (nums.length === 1 || sectionList) ? sectionInListEnd(text, q) : -1;
    if (listed !== -1) {
      const sub = bracketedSubOf(text.slice(q, listed));
      if (sub !== null) nums[nums.length - 1].bracketedSub = sub;
      sectionList = true;
      q = listed;
    }
    // 第十二(十三/十四)条, 第十二（十三、十四）条: a template's alternatives in brackets before the unit word, listed as
    // the article's fellows (templateAlternatives.ts).
    const alternatives = noDi || (text[q] !== '(' && text[q] !== '（') ? null : alternativesAt(text, q, readNum, (at) => {
      const l = unitLevel(text, at);
      return l !== undefined && l !== 'division';
    });
    if (alternatives) {
      for (const a of alternatives.nums) {
        if (a.arabic) arabic.push({ start: a.start, end: a.end, value: a.n });
        nums.push({ n: a.n, insert: null, range: false, start: a.start, end: a.end });
      }
      q = alternatives.end;
      break;
    }
    const s = text[q];
    // Rule (Q&A pages: 商标法第15和32条, 第三十八及四十条): 和 or 及 joins two numbers before one unit word as 、 does; the
    // unit word after the last number decides, so 第1和2名 stays no citation.
    if ((s === '、' || s === '至' || s === '到' || s === '和' || s === '及') && readNum(text, q + 1)) {
      sep = s;
      q++;
      continue;
    }
    // 第二十八,二十九,三十条: half-width commas in place of 、 in a shorthand list under one 第 (commaShorthand.ts).
    if (!noDi && commaJoinsNumbers(text, q, num, readNum)) {
      sep = '、';
      q++;
      continue;
    }
    // 第40-44条: a range of Arabic numbers joined by a dash, as web pages write it.
    if (num.arabic && DASHES.includes(s) && readNum(text, q + 1)?.arabic) {
      sep = s;
      q++;
      continue;
    }
    // 第十二、第十五、第十八条: 第 repeated before each number, one unit word at the end — and a range so written
    // (《社会保险法》第三十八到第四十二条, 第三十八至第四十二条: the first article's 条 left out) is still the range.
    if ((s === '、' || s === '至' || s === '到') && text.charCodeAt(q + 1) === 0x7b2c && readNum(text, q + 2)) {
      sep = s;
      q += 2;
      continue;
    }
    break;
  }
  const u = text[q];
  const level = unitLevel(text, q);
  if (level === undefined) {
    // 第八十一第二款: an article number whose 条 was left out, clear from the 款 after it.
    if (!noDi && u === '第' && nums.length === 1) {
      const next = readNum(text, q + 1);
      if (next && text[next.end] === '款') return { level: 0, unitChar: '条', nums, start: p, end: q, arabic, missingUnit: q };
    }
    // Rule (issue 14, zh10; a slip of the keyboard: 适用第20的条的规定, 依照第二十的条规定): a 的 between the number and 条 is
    // stray when what follows 条 goes on citing it (的, 规定, a 款, a punctuation mark) — 第2的条件 and 第一的条款 are words
    // of their own. malformed-citation gives the fix, without the 的.
    if (!noDi && u === '的' && text[q + 1] === '条' && nums.length === 1 && STRAY_DE_AFTER.test(text.slice(q + 2, q + 6))) {
      return { level: 0, unitChar: '条', nums, start: p, end: q + 2, arabic, strayAt: q };
    }
    return null;
  }
  q++;
  // Rule (issue 14, qa13; pages copied with their line breaks: 《刑法》第一百三十三条⏎之一【危险驾驶罪】…): a line ending right
  // after 条 whose next line opens with 之 and a Chinese numeral was broken inside the article's number — the 之N is
  // the article's, as on one line. A line never opens with 之一 in a writer's own sentence.
  if (u === '条') {
    // Both forms open with a space or a line break after 条 (most 条 are followed by neither).
    const c = text[q];
    const wrapped = c === ' ' || c === '\t' || c === '\u3000' || c === '\r' || c === '\n' ? (WRAPPED_INSERT.exec(text.slice(q, q + 8)) ?? SPACED_INSERT.exec(text.slice(q, q + 12))) : null;
    if (wrapped) q += wrapped[0].length;
  }
  if (u === '条' && text[q] === '之') {
    const ins = readNum(text, q + 1);
    // 第133条之1 (judgments and articles written in Arabic numerals throughout): 之 and an Arabic number after an Arabic
    // article number is the inserted article whatever word follows it — a unit, a separator, 的/规定, the words that end
    // or join a list (zhp15: 第227條之1等規定, 第133条之1和第134条, 之1【罪名】) or the writer's verb (heldout39-court:
    // 《刑法》第133条之1是…, 增设第120条之1以后, 第133条之1所弥补的) — unless a measure, a year or a fraction goes on the
    // number (INSERT_NOT_AFTER: 第5条之2倍, 第3条之2019年, 之1/3).
    const arabicInsert = !!ins && ins.arabic && arabic.length > 0 && ins.n <= 30 && !INSERT_NOT_AFTER.test(text.slice(ins.end, ins.end + 1));
    if (ins && (!ins.arabic || arabicInsert)) {
      if (arabicInsert) arabic.push({ start: q + 1, end: ins.end, value: ins.n });
      nums[nums.length - 1].insert = ins.n;
      nums[nums.length - 1].insertAt = [q + 1, ins.end];
      q = ins.end;
      // 第二百八十七条之一、之二: more inserted articles of the same number, listed by 之N alone (insertList.ts).
      const n = nums[nums.length - 1].n;
      for (let more = listedInsertAt(text, q, ins.arabic, parseNumeral); more && nums.length < 20; more = listedInsertAt(text, q, ins.arabic, parseNumeral)) {
        if (ins.arabic) arabic.push({ start: more.start, end: more.end, value: more.n });
        nums.push({ n, insert: more.n, start: more.start, end: more.end, insertAt: [more.start, more.end] });
        q = more.end;
      }
    }
  }
  return { level, unitChar: u, nums, start: p, end: q, arabic };
}

/**
 * 条 after one typeset space, then the article's 款 or (的)规定: the article's unit word (a Chinese number before it).
 * Rule (issue 14 form 6 with form 9, heldout30 gov; a PDF's text: 本办法第三条第(二)项至第(五)项、第四 条和第九条规定…):
 * so too before 、/和/及/或/至 and the next label of a list (第四 条和第九条) — a list goes on through the spaced member,
 * keeping its regulation; 第四 条路和… is no label.
 */
const SPACED_UNIT = /^条(?:第[零〇一二三四五六七八九十百]+款|的?规定|之规定|[、和及或至到]第[零〇一二三四五六七八九十百0-9０-９（(])/;

/** Words glued after a spaced 条 of a number above ten (第四十二 条由…): the cell's text going on, no counter's noun. */
const SPACED_LABEL_GOES_ON = /^[\u4e00-\u9fff](?<![路件])/;

/** What goes on an Arabic number after 条之 that makes it no inserted article: a measure word (倍, 元, %), a date's unit, a fraction, more digits. */
const INSERT_NOT_AFTER = /^[倍年月日号%％‰元万千百个次天岁名件份时分秒/／.．0-9０-９]/;

/** A line break (spaces around it) right before 之 and a Chinese numeral: the 之N of the article on the line above. */
const WRAPPED_INSERT = /^[ \t\u3000]*\r?\n[ \t\u3000]*(?=之[一二三四五六七八九十])/;

/**
 * Rule (issue 14, zh14; statute text pasted from sites that set the article's label apart: 《刑法》第一百三十三条 之一 在
 * 道路上驾驶机动车…): one space between 条 and 之N is inside the article's number when what follows 之N ends it — a space,
 * a bracket opening the crime's name (【危险驾驶罪】), 的规定/规定, a 款, punctuation or the end. 第十条 之一的 (a case
 * "one of") is no article number.
 */
const SPACED_INSERT = /^[ \u3000](?=之[一二三四五六七八九十]{1,3}(?:[ \u3000【〔\[，,。；;：:、]|第[零〇一二三四五六七八九十百0-9]+款|的?规定|$))/;

/** What goes on citing an article after 第N的条 (the 的 is stray): 的, 规定, a 款, a punctuation mark or the end. */
const STRAY_DE_AFTER = new RegExp(`^(?:的|规定|之规定|第${ARTICLE_NUMERAL}款|[，,。；;、：:）)]|$)`);

/**
 * The first (for endsWithAt: last) character codes of the word lists matched at every step of a chain and before every
 * 第: most offsets hold none of them, and one Set lookup then answers instead of a startsWith per word.
 */
const FIRST_CODES = new Map<readonly string[], Set<number>>([SEPARATORS, RANGE_WORDS, QUALIFIERS].map((l) => [l, new Set(l.map((w) => w.charCodeAt(0)))]));
const LAST_CODES = new Map<readonly string[], Set<number>>([SAME_ARTICLE, ANAPHORS, SELF_WORDS].map((l) => [l, new Set(l.map((w) => w.charCodeAt(w.length - 1)))]));

/** The lists' code sets, by identity (a compare per list, not a keyed lookup, at every step of every chain). */
const SEPARATOR_FIRST = FIRST_CODES.get(SEPARATORS)!;
const RANGE_FIRST = FIRST_CODES.get(RANGE_WORDS)!;
const QUALIFIER_FIRST = FIRST_CODES.get(QUALIFIERS)!;
const SAME_ARTICLE_LAST = LAST_CODES.get(SAME_ARTICLE)!;
const ANAPHOR_LAST = LAST_CODES.get(ANAPHORS)!;
const SELF_WORD_LAST = LAST_CODES.get(SELF_WORDS)!;

function startsWithAt(text: string, p: number, words: readonly string[]): string | null {
  const first = words === SEPARATORS ? SEPARATOR_FIRST : words === RANGE_WORDS ? RANGE_FIRST : words === QUALIFIERS ? QUALIFIER_FIRST : FIRST_CODES.get(words);
  if (first && !first.has(text.charCodeAt(p))) return null;
  for (const w of words) if (text.startsWith(w, p)) return w;
  return null;
}

export function endsWithAt(text: string, end: number, words: readonly string[]): string | null {
  const last = words === SELF_WORDS ? SELF_WORD_LAST : words === ANAPHORS ? ANAPHOR_LAST : words === SAME_ARTICLE ? SAME_ARTICLE_LAST : LAST_CODES.get(words);
  if (last && !last.has(text.charCodeAt(end - 1))) return null;
  for (const w of words) if (end >= w.length && text.startsWith(w, end - w.length)) return w;
  return null;
}

/** Citations scanned per document at most (far above any real draft; keeps a 10 MB line of 前款 in memory). */
export const MAX_EVENTS = 200_000;
const MAX_CHAIN_REFS = 500;
const MAX_CHAIN_TARGETS = 2000;

const LEVEL_KIND: CitationPart['kind'][] = ['article', 'paragraph', 'item', 'subitem'];

export interface Chain {
  end: number;
  top: number;
  targets: RawTarget[];
  parts: ScannedCitation['parts'];
  arabic: NumeralSpan[];
  missing?: MissingWord[];
}

/**
 * Rule (what real writers do): 该《条例》第三条, 上述《办法》第五条 — the anaphor 该条例 written with the noun in title
 * marks — is the regulation of that kind cited last, as 该条例 is; unless the document defined 《条例》 as a short
 * title, which then names its regulation as usual.
 */
export function anaphorInMarks(text: string, p: number, close: number, inner: string, defined: ReadonlySet<string>): { head: Extract<Head, { kind: 'anaphor' }>; chain: Chain } | null {
  const two = text.slice(Math.max(0, p - 2), p);
  const word = two === '上述' || two === '前述' ? two : text[p - 1] === '该' ? '该' : '';
  if (!word || defined.has(inner) || !ANAPHORS.includes(word + inner)) return null;
  if (text.charCodeAt(close + 1) !== 0x7b2c /* 第 */) return null;
  const chain = parseChain(text, close + 1, 0, true);
  if (!chain || (chain.top !== 0 && chain.top !== -2)) return null;
  return { head: { kind: 'anaphor', start: p - word.length, end: close + 1, noun: inner }, chain };
}

/**
 * A 款 or 项 after one space (第四十一条 第一款, 第四十四条 第一项): pages copied from the web, where each article number
 * was a link, keep a space after it; or after a slash (第五十七条/第一款, a database's path of the provision). Only an
 * ASCII space or slash, and only a lower unit: 第十条 第十二条 and 第十条/第十二条 stay two.
 */
function spacedUnit(text: string, at: number): Unit | null {
  // Rule (fix-zh37, heldout32-court; papers with footnotes: 《某法》第12条[3]第1款明确了…): a footnote's marker set right
  // after the article's 条 ([3], ［3］) stands outside the citation's words; the 款 or 项 after it is still the article's.
  if ((text[at] === '[' || text[at] === '［') && (text[at - 1] === '条' || text[at - 1] === '條')) {
    const note = /^[[［]\d{1,2}[\]］]/.exec(text.slice(at, at + 5));
    if (note && text.charCodeAt(at + note[0].length) === 0x7b2c /* 第 */) {
      const u = parseUnit(text, at + note[0].length);
      return u && (u.level === 1 || u.level === 2) ? u : null;
    }
  }
  // Rule (issue 14 form 5 with the spaced numbers above, heldout30 court; scholarly pages set spaces around Arabic digits:
  // 《某法》第 17 条 2 款规定): after an article so written, a space, digits and 款 (one space before 款) without 第 are
  // its 款, as 第17条2款 is (looseUnit: only 款 — 第 5 条 3 项工作 stays prose). Only after a spaced number (第 17 条
  // 2 款, not 第十七条 2 款).
  if (text[at] === ' ' && isDigitAt(text, at + 1) && /[0-9０-９] 条$/.test(text.slice(Math.max(0, at - 3), at))) {
    const loose = parseUnit(text, at + 1, true);
    return loose && loose.level === 1 && loose.unitChar === '款' ? loose : null;
  }
  // Also a slash, as law databases print a provision's path (《…》(2021修正)/第五章法律责任/第五十七条/第一款).
  // Also two or three spaces (scrapedSpaces.ts: a scraped judgment's linked numbers), never after a line's label.
  const q = text[at] === '/' ? at + 1 : at + scrapedSpaces(text, at);
  if (q === at || text.charCodeAt(q) !== 0x7b2c /* 第 */) return null;
  const u = parseUnit(text, q);
  return u && (u.level === 1 || u.level === 2) ? u : null;
}

/**
 * Rule (what real writers do): a 款 or 项 named as a part "in" the article before it — 《…土地管理法》第62条中第2、3款,
 * 第十条中的第（三）项, 第二条的第三款 — is that article's: 中, 中的 or 的 between the article and a lower unit joins them. Only a 款 or 项
 * right after it (第十条中第二十条 is no chain).
 */
function partInUnit(text: string, at: number): Unit | null {
  // Rule (issue 14, zh11; articles and commentaries on an amended law): 《行政处罚法》第十二条新增第三款规定…, 第十二条新增的
  // 第三款 — the 款 the amendment added is cited, as that article's. Only a 款 (第十二条新增第三项工作 is no chain).
  if (text.startsWith('新增', at)) {
    const q = text.charCodeAt(at + 2) === 0x7684 /* 的 */ ? at + 3 : at + 2;
    const added = text.charCodeAt(q) === 0x7b2c /* 第 */ ? parseUnit(text, q) : null;
    return added && added.level === 1 ? added : null;
  }
  // Also 的 alone before a 款 (issue 14, gov10; articles and commentaries): 《野生动物保护法》第二条的第三款、第四款 is that
  // article's third and fourth 款, as 第二条第三款 is.
  const of = text.charCodeAt(at) === 0x7684; /* 的 */
  if (text.charCodeAt(at) !== 0x4e2d /* 中 */ && !of) return null;
  const p = !of && text.charCodeAt(at + 1) === 0x7684 /* 的 */ ? at + 2 : at + 1;
  if (text.charCodeAt(p) !== 0x7b2c /* 第 */) return null;
  const u = parseUnit(text, p);
  // After 的 alone only a 款: 第十条的第2项商品 is goods listed, not the article's item.
  return u && (u.level === 1 || (u.level === 2 && !of)) ? u : null;
}

/**
 * Parse a chain of references starting at p (text[p] === '第'): units of falling level (条 款 项 目), then lists
 * (、和及以及与或者或，) and ranges (至 到) that continue it. `minTop` is the highest level allowed to start the chain.
 * Divisions (章/节/编) only when `divisions` is true.
 */
/** What follows an article of a list of articles: the list going on, or the verb or end of the sentence citing it. */
const ARTICLE_LIST_GOES_ON = /^(?:[、，,和及或第。；;]|的规定|之规定|规定)/;

/**
 * A chain's Arabic numbers when it has none (most): one empty list shared by every such chain and event, which is read
 * and never written (the arabic-numerals rule and the chains built from it copy; frozen, so a write would throw).
 */
const NO_ARABIC = Object.freeze([]) as unknown as NumeralSpan[];

/** The target a path of numbers (article, 款, 项, 目) names with `n` at level `lv` (no copy of the path per target). */
function targetWith(path: (number | null)[], lv: Level, n: number, insert: number | null): RawTarget {
  return { article: lv === 0 ? n : path[0], insert, paragraph: lv === 1 ? n : path[1], item: lv === 2 ? n : path[2], subitem: lv === 3 ? n : path[3] };
}

export function parseChain(text: string, p: number, minTop: number, divisions: boolean, headLevel?: number, noDi = false, no条 = false): Chain | null {
  const first = parseUnit(text, p, noDi) ?? (no条 ? articleWithout条(text, p) : null);
  if (!first) return null;
  // Made with their first element (a push on [] reserves seventeen; most chains hold one or two of each).
  let parts: Chain['parts'] = [];
  /** Made on the first Arabic number (most chains are written in Chinese numerals): NO_ARABIC when none. */
  let arabic: NumeralSpan[] | undefined;
  let targets: RawTarget[] = [];
  /** Words left out (made on the first: most chains miss none). */
  let missing: MissingWord[] | undefined;
  if (noDi) missing = [{ at: p, word: '第' }];
  if (first.level === 'division') {
    if (!divisions) return null;
    // 第三章, 第二章、第三章, 第二章第一节, 第三编第一章 (each next unit a lower level: 编 › 章 › 节).
    let q = first.end;
    parts.push(unitPart('division', first));
    if (first.arabic.length) (arabic ??= []).push(...first.arabic);
    const labels = first.nums.map((_, i) => divLabel(first, i));
    for (let depth = DIVISION_DEPTH[first.unitChar], sub = parseUnit(text, q); sub && sub.level === 'division' && DIVISION_DEPTH[sub.unitChar] > depth; sub = parseUnit(text, q)) {
      labels[labels.length - 1] += divLabel(sub, 0);
      parts.push(unitPart('division', sub));
      if (sub.arabic.length) (arabic ??= []).push(...sub.arabic);
      depth = DIVISION_DEPTH[sub.unitChar];
      q = sub.end;
    }
    // 第二章、第三章 / 第二章和第四章
    for (let guard = 0; guard < 50; guard++) {
      const sep = startsWithAt(text, q, SEPARATORS) ?? startsWithAt(text, q, RANGE_WORDS);
      if (!sep || text.charCodeAt(q + sep.length) !== 0x7b2c) break;
      const next = parseUnit(text, q + sep.length);
      if (!next || next.level !== 'division' || next.unitChar !== first.unitChar) break;
      parts.push({ kind: 'connector', start: q, end: q + sep.length });
      parts.push(unitPart('division', next));
      if (next.arabic.length) (arabic ??= []).push(...next.arabic);
      const isRange = RANGE_WORDS.includes(sep);
      const from = first.nums[first.nums.length - 1].n;
      const lastN = labels.length ? parseNumeral(labels[labels.length - 1].replace(/^第|[编章节].*$/g, '')) ?? from : from;
      if (isRange && next.nums[0].n > lastN && next.nums[0].n - lastN <= 50) {
        for (let k = lastN + 1; k < next.nums[0].n; k++) labels.push(`第${chineseFor(k)}${first.unitChar}`);
      }
      for (let i = 0; i < next.nums.length; i++) labels.push(divLabel(next, i));
      q = next.end;
    }
    for (const l of labels) targets.push({ article: null, insert: null, paragraph: null, item: null, subitem: null, division: l });
    return { end: q, top: -2, targets, parts, arabic: arabic ?? NO_ARABIC };
  }
  if (first.level < minTop) return null;
  const top = first.level;
  let path: (number | null)[] = [null, null, null, null];
  let insert: number | null = null;
  let q = p;
  let lastLevel: Level = first.level;
  // Parse one reference (units of falling level) at q, inheriting levels above its first unit from `path`.
  const parseRef = (at: number, rangeFrom: boolean, noDi = false, listItem = false): boolean => {
    const u0 = parseUnit(text, at) ?? (rangeFrom || noDi ? parseUnit(text, at, true) : null) ?? (listItem && lastLevel === 0 ? listEndWithout条(text, at) : null) ?? (listItem && lastLevel === 2 ? listEndWithout项(text, at) : null) ?? (no条 && at === p ? articleWithout条(text, at) : null);
    // 第十条、十一条: a number without 第 continues a list only at the level of the unit before it, or repeats the
    // shape of the item before it (第五十五条第三款、五十八条第三款: an article, then a unit at the level listed last),
    // or is an article of a list of articles (judgments' 依照…第六十七条第三款、七十二条、第五十二条: no article stands
    // below a 款, so the number and 条 after it, then the list or its 规定 going on, start the next article).
    if (noDi && u0 && text.charCodeAt(at) !== 0x7b2c && u0.level !== lastLevel && !(u0.level === 0 && parseUnit(text, u0.end)?.level === lastLevel)
      && !(u0.level === 0 && top === 0 && u0.missingUnit === undefined && ARTICLE_LIST_GOES_ON.test(text.slice(u0.end, u0.end + 3)))) return false;
    if (!u0 || u0.level === 'division' || u0.level < top) return false;
    let u: Unit | null = u0;
    let level = -1;
    const prevInsert = insert;
    let units: Unit[] | null = null;
    let end = at;
    while (u && u.level !== 'division' && u.level > level) {
      if (units) units.push(u);
      else units = [u]; // sized to one, as the chain's arrays
      level = u.level;
      end = u.end;
      u = parseUnit(text, end) ?? looseUnit(text, end, units[units.length - 1]) ?? spacedUnit(text, end) ?? partInUnit(text, end);
    }
    if (!units) return false; // never: u0 is read above (its level is at least 0)
    const base = units[0].level as Level;
    // Expand: a unit with several numbers (第三、四、五条 or 第三至五条) at its own level; deepest unit lists leaves.
    // The path is updated in place (nothing below fails once the units are read, and the targets copy its numbers): a
    // range's start is the number the path held at the last unit's level before this reference.
    const prevAtLast = path[units[units.length - 1].level as Level];
    // 第二十条至第二十二条第一款: the whole articles between a range's start and its end's article (rangeToLowerUnit.ts).
    const between = rangeFrom && units.length > 1 && base === lastLevel && units[0].nums.length === 1 ? wholeUnitsBetween(path[base], units[0].nums[0].n) : [];
    for (const k of between) {
      const t = targetWith(path.map((x, l) => (l < base ? x : null)), base, k, base === 0 ? null : insert);
      if (targets.length) targets.push(t);
      else targets = [t];
    }
    const newPath = path;
    for (let l = base; l < 4; l++) newPath[l] = null;
    let newInsert = base === 0 ? null : prevInsert;
    // Walk the units; every unit but the last fixes one number (its last); the last expands all its numbers.
    for (let i = 0; i < units.length; i++) {
      const un = units[i];
      const lv = un.level as Level;
      const last = i === units.length - 1;
      if (!last) {
        const nn = un.nums[un.nums.length - 1];
        newPath[lv] = nn.n;
        if (lv === 0) newInsert = nn.insert;
        continue;
      }
      let prevN: number | null = rangeFrom ? prevAtLast : null;
      for (const nn of un.nums) {
        const expandFrom = nn.range ? prevN : rangeFrom && nn === un.nums[0] ? prevN : null;
        if (expandFrom !== null && nn.n > expandFrom && nn.n - expandFrom <= 300) {
          for (let k = expandFrom + 1; k < nn.n; k++) {
            const t = targetWith(newPath, lv, k, lv === 0 ? null : newInsert);
            if (targets.length) targets.push(t);
            else targets = [t];
          }
        }
        const leaf = targetWith(newPath, lv, nn.n, lv === 0 ? nn.insert : newInsert);
        // 第三十八条第(二)款: a 款 numbered in brackets, as items are ((一)(二)…): where the article has one 款 with that
        // item, the writer typed 款 for 项 (the analyzer's bracketedItem, as for Article 39(5)).
        if (lv === 1 && /^[（(]/.test(text.slice(un.start + 1, un.start + 3).trimStart())) leaf.bracketed = true;
        // 基本法第17(2)條: the article's 款 in brackets, read as Article 17(2) is (an item where the article has one 款).
        if (lv === 0 && units.length === 1 && nn.bracketedSub !== undefined) {
          leaf.paragraph = nn.bracketedSub;
          leaf.bracketed = true;
        }
        // Straight into the chain's targets: nothing below fails once the units are read.
        if (targets.length) targets.push(leaf);
        else targets = [leaf];
        prevN = nn.n;
      }
      newPath[lv] = un.nums[un.nums.length - 1].n;
      if (lv === 0) newInsert = un.nums[un.nums.length - 1].insert;
    }
    for (const un of units) {
      const part = unitPart(LEVEL_KIND[un.level as Level], un);
      if (parts.length) parts.push(part);
      else parts = [part];
      for (let k = 0; k < un.arabic.length; k++) (arabic ??= []).push(un.arabic[k]);
      if (un.missingUnit !== undefined) (missing ??= []).push({ at: un.missingUnit, word: un.level === 2 ? '项' : '条' });
      if (un.strayAt !== undefined) (missing ??= []).push({ at: un.strayAt, word: '', drop: 1 });
    }
    path = newPath;
    insert = newInsert;
    lastLevel = units[units.length - 1].level as Level;
    q = end;
    return true;
  };
  if (headLevel !== undefined && first.level <= headLevel) return null;
  if (!parseRef(p, false, noDi)) return null;
  /** Whether an item of the list was written without 第 after 、 (第十条、十一条). */
  let bareListed = false;
  // A chain longer than any real list (第一条、第一条、… for megabytes) stops; the rest starts new citations.
  for (let refs = 1; refs < MAX_CHAIN_REFS && targets.length < MAX_CHAIN_TARGETS; refs++) {
    // 第二十条第一款后句和第二款: a part of the provision (前段, 但书 …) cites the provision.
    const qual = startsWithAt(text, q, QUALIFIERS);
    if (qual) q += qual.length;
    // 第967条(以下简称:本条)至第978条: an aside in brackets before a range's other end (listNote.ts rangeAsideLength).
    const aside = rangeAsideLength(text, q);
    const asideEnd = aside ? parseUnit(text, q + aside + 1) : null;
    const skipped = asideEnd && asideEnd.level === lastLevel && lastLevel === 0 && asideEnd.nums[0].n > (targets[targets.length - 1]?.article ?? Infinity) ? aside : 0;
    q += skipped;
    const r = startsWithAt(text, q, RANGE_WORDS);
    if (r) {
      const save = q;
      const partsLen = parts.length;
      parts.push({ kind: 'connector', start: save, end: save + r.length }); // after the first reference's parts
      if (parseRef(q + r.length, true)) continue;
      parts.length = partsLen;
      q = save - skipped;
      break;
    }
    // A note in brackets after a listed provision (第2款（…罪）、第3款): the list goes on past it (listNote.ts).
    const beforeNote = q;
    const noteLength = listNoteLength(text, q);
    // Only before a provision of the level listed last (第2款（…）、第3款; not 第二十条（2020年）、第2项商品).
    const afterNote = noteLength ? startsWithAt(text, q + noteLength, SEPARATORS) : null;
    if (afterNote && parseUnit(text, q + noteLength + afterNote.length)?.level === lastLevel) q += noteLength;
    // 第51条[2]和53条: a footnote's marker glued to the provision, a separator after it — the list goes on (listNote.ts).
    const marker = noteLength ? 0 : footnoteMarkerLength(text, q);
    if (marker && startsWithAt(text, q + marker, SEPARATORS)) q += marker;
    const s = startsWithAt(text, q, SEPARATORS);
    // The same PDF text sets a space after a full-width mark: 第十六条第一款第(二)项、 第⏎六十条… goes on the list.
    const gap = s && text[q + s.length] === ' ' && text.charCodeAt(q + s.length + 1) === 0x7b2c ? 1 : 0;
    // A list that dropped 第 after 、 drops it before its last item too: 第四十七条、四十八条和四十九条 (and / or alone
    // before a bare number continue no list: 第十条和十一名代表).
    const joins = s === '和' || s === '及' || s === '或' || s === '以及' || s === '或者';
    const bareLast = joins && (bareListed || nextArticleWithoutDi(text, q + s!.length, targets[targets.length - 1]?.article ?? null));
    if (s && (text.charCodeAt(q + s.length + gap) === 0x7b2c || s === '、' || bareLast)) {
      const save = q;
      const partsLen = parts.length;
      parts.push({ kind: 'connector', start: save, end: save + s.length + gap });
      const bare = (s === '、' || bareLast) && !gap && text.charCodeAt(q + s.length) !== 0x7b2c;
      if (parseRef(q + s.length + gap, false, (s === '、' || bareLast) && !gap, true)) {
        if (bare) bareListed = true;
        continue;
      }
      parts.length = partsLen;
      q = save;
    }
    q = beforeNote;
    // 劳动合同法46条47条: articles in digits run together with no mark between (runOnArticle).
    if (!s && !r && top === 0 && lastLevel === 0 && runOnArticle(text, q, targets[targets.length - 1]?.article ?? null)) {
      const partsLen = parts.length;
      if (parseRef(q, false, true, true)) continue;
      parts.length = partsLen;
    }
    break;
  }
  const chain: Chain = { end: q, top, targets, parts, arabic: arabic ?? NO_ARABIC };
  if (missing) chain.missing = missing;
  return chain;
}

/**
 * Rule (court pages: 依照《刑法》第四十七条及四十九条的规定): 和 / 及 / 或 may drop 第 before the list's next article, as 、
 * does — when what follows reads as that article: a number above the last one, then 条 and the words that end or go on
 * with a citation (的规定, 之规定, 规定, 第…款, punctuation). A count after 和 is no article: 第十条和三条意见 (three
 * opinions: not above 10), 第五条和六条建议 (条 followed by a noun).
 * Rule (issue 14, heldout21-court; articles and papers: 《某法》中的31条及33条两个条文, …第十条和十二条这两条规定): also the
 * count of the articles just listed — two, three … (这/上述 before it at most), 个 at most, then 条文, 条款, 规定, 法条 or
 * 条 — which names what the list is, and follows the list's last article only.
 */
const ARTICLE_AFTER_JOIN = /^[的之]?规定|^[，。；、,;：:）)\s]|^第|^$|^(?:这|这些|上述)?[两二三四五六七八九十]个?(?:法律)?(?:条文|条款|规定|法条|条)/;
function nextArticleWithoutDi(text: string, p: number, last: number | null): boolean {
  if (last === null) return false;
  const num = readNum(text, p);
  if (!num || num.n <= last || text[num.end] !== '条') return false;
  return ARTICLE_AFTER_JOIN.test(text.slice(num.end + 1, num.end + 12)) || footnoteMarkerLength(text, num.end + 1) > 0;
}

/**
 * Rule (issue 14, zh12; Q&A and 普法 pages: 劳动合同法46条47条的内容是什么, 民法典1165条1166条规定): a writer typing
 * article numbers in digits without 第 may run the next article on with no mark between. Only digits right after an
 * article written in digits (…46条 at `p`), a number above it, then 条 and what ends or goes on with a citation
 * (的规定, 的内容, 是, punctuation, the next such article, the end) — never a count of things (46条47条鱼) nor a number
 * that goes down. Also a headline's tag closing after it (fix-zh92, heldout53 lawyer: 【国家赔偿法第33条34条】第三十三条规定…:
 * 】, 〕, 」, 』, ]). The chain is read only where a citation starts (a law's name, 第), as every chain.
 */
const RUN_ON_ARTICLE_AFTER = /^(?:[的之]?(?:规定|内容|条文|原文|全文)|是|[，。；、,;：:）)？?！!\s】〕」』\]]|第|[0-9０-９]|$)/;
function runOnArticle(text: string, p: number, last: number | null): boolean {
  if (last === null || text[p - 1] !== '条' || !isDigitAt(text, p - 2) || !isDigitAt(text, p)) return false;
  const num = readNum(text, p);
  if (!num || num.n <= last || text[num.end] !== '条') return false;
  return RUN_ON_ARTICLE_AFTER.test(text.slice(num.end + 1, num.end + 5));
}

function divLabel(u: Unit, i: number): string {
  return `第${chineseFor(u.nums[i].n)}${u.unitChar}`;
}

// The numbers English citations write for their units (english.ts parseEnglish): a list of articles, paragraphs or
// items — "10", "10, 11 and 12", "10 to 12", "19(2) and 26(2)", "Art. 15.3", "Article 9.1.3", "Article 13(1)(iii)",
// "Article XIV", an inserted article "Article 253a" — the words that open a list of paragraphs or items ("paragraph 2",
// "the first paragraph", "items (1) to (3)", "(1) and (3)", "the preceding paragraph"), and the link from a lower
// unit to the next (UP_LINK).
import { CARDINAL_UNITS, spelledNumberAt } from '../englishOrdinalWords';
import { LAST_PARAGRAPH } from '../../scanTypes';
import { formatRoman, parseRoman } from '../../../numerals';
import { formerLatterAfter } from '../context/englishFormerLatter';
import { conventionNamedAfter, conventionNamedBefore } from '../names/englishConventionShort';
import { digitsValue, THOUSANDS_SOURCE } from './thousandsNumber';
import { maskedRomanNumber } from './maskedNumber';

/** The most numbers one list is read to (a guard against runaway ranges and lists). */
const MAX_LIST = 2000;

/** A paragraph's ordinal, as a word or with digits, by its number ("the first paragraph", "the 2nd clause"). */
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10,
};

/** One number of an English list: the article (or paragraph, or item) and what its brackets and dots add. */
export interface Item {
  n: number;
  /** Article 19(2): the paragraph in brackets (or after a dot); (2)(3) adds the item. */
  sub: number | null;
  item: number | null;
  /** Whether the paragraph was written in brackets (Article 39(5): an item when the article has one paragraph). */
  bracket?: boolean;
  /** The digits' span; none for numbers a range implies (10 to 12 → 11). */
  start?: number;
  end?: number;
  /** 条之一 as English writes it: Article 253a / 253A / 253(A) / 253-1 / 253 bis (1). */
  insert?: number;
  /** Its paragraph worded in brackets after it (Article 57 (Paragraph 1)): RawTarget.paragraphWord. */
  worded?: boolean;
  /** Written in capital roman numerals (Article XIV): a citation only with its law named. */
  roman?: boolean;
  /** The paragraph after a dot (Article 287.2): perhaps the inserted article 287之2 (RawTarget.dotted). */
  dotted?: boolean;
  /** The inserted article after a hyphen (Article 67-3): perhaps paragraph 3 of article 67 (RawTarget.hyphened). */
  hyphened?: boolean;
  /** "Article 2 1 of …": the sub-number after a space, perhaps one number split (RawTarget.spaced). */
  spaced?: boolean;
}

/** "… is added after Article 17 [of the … Law] as Article 17" ending where the new article's letter follows. */
const INSERTED_AFTER = /\b(?:is|are|shall[ \t]+be)[ \t]+(?:added|inserted)[ \t]+after[ \t]+Article[ \t]+(\d{1,4})\b[^.;:\n"“]{0,80}?[ \t]as[ \t]+(?:the[ \t]+new[ \t]+)?Article[ \t]+(\d{1,4})$/;

/**
 * An inserted article (条之N) after an article's number: a letter glued to it (253a, 253A, not a word: "Article
 * 1A guarantee" is a run-in heading), a capital in brackets (253(A); a small letter in brackets is another law's
 * sub-paragraph), "-1" smaller than the number (120-1: not a range, which would rise), or bis / ter / quater.
 */
function insertAfter(text: string, end: number, n: number): { insert: number; end: number; hyphened?: boolean } | null {
  const m = /^(?:([a-dA-D])(?![A-Za-z0-9])(?![ \t]+(?!(?:of|and|or|to|in|was|is|were|has|had|which|that|as|under|also|shall|may|provides|states|stipulates|para|paragraphs?|items?|hereof|above|below)\b)[a-z])|\(([A-D])\)|-([1-9])(?!\d)|[ \t]+(bis|ter|quater)\b)/.exec(text.substr(end, 10));
  // A small letter glued to the number, then a verb or an adverb ("Article 253a specifically provides", "Article 253a
  // showcases"): the inserted article as subject of the sentence, not a run-in heading (whose next word is a noun).
  const verb = m ? null : /^([a-d])(?![A-Za-z0-9])[ \t]+(?:[a-z]{2,}ly|[a-z]{3,}(?<!s)s)\b/.exec(text.substr(end, 24));
  if (verb) return { insert: verb[1].charCodeAt(0) - 96, end: end + 1 };
  if (!m) {
    // Rule (issue 14, heldout26 English; the NPC's English of a 修正案: "One article is added after Article 17 as Article
    // 17(a), which reads: …"): an amending item numbers the article it inserts after Article N as N with a letter —
    // 第十七条之一 — so there a small letter in brackets is the inserted article, not a sub-paragraph.
    const small = /^\(([a-d])\)/.exec(text.substr(end, 3));
    if (small && text[end - 1] !== ' ') {
      const before = INSERTED_AFTER.exec(text.slice(Math.max(0, end - 160), end));
      if (before && +before[1] === n && +before[2] === n) return { insert: small[1].charCodeAt(0) - 96, end: end + 3 };
    }
    return null;
  }
  if (m[3] !== undefined && +m[3] >= n) return null;
  const letter = m[1] ?? m[2];
  const insert = letter ? letter.toLowerCase().charCodeAt(0) - 96 : m[3] !== undefined ? +m[3] : { bis: 1, ter: 2, quater: 3 }[m[4] as 'bis' | 'ter' | 'quater'];
  return m[3] !== undefined ? { insert, end: end + m[0].length, hyphened: true } : { insert, end: end + m[0].length };
}

/** The length of an English ordinal suffix glued to the number n at `end` ("224th", "133rd", "21st"), else 0. */
export function ordinalSuffix(text: string, end: number, n: number): number {
  const m = /^(st|nd|rd|th)(?![A-Za-z0-9])/.exec(text.substr(end, 3));
  if (!m) return 0;
  const right = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return m[1] === right || m[1] === 'th' ? m[1].length : 0;
}

/** A number: items in brackets are numbered (3), (iii) or, as translations print the Chinese （三）, (III). */
const EN_NUM = new RegExp(`\\s*(?:\\((\\d{1,3}|[ivx]{1,6}|[IVX]{1,6})\\)|(${THOUSANDS_SOURCE}|\\d{1,4}(?!\\d)(?![.,]\\d)))`, 'y');
// (The number may carry a thousands separator: thousandsNumber.ts.)

/** i, ii, iii … xxx as a number (items are often numbered so in English), or NaN. */
function roman(s: string): number {
  const n = parseRoman(s);
  return n !== null && n >= 1 && n <= 30 ? n : NaN;
}

/**
 * An item's number as a bracket after an article's paragraph writes it — digits (13(1)(2)), a small letter a-h as the
 * article's own items are lettered (13(1)(b)), or small roman numerals (13(1)(ii)) — or NaN. One reading for the first
 * item in brackets and for each further one ("Article 13(1)(ii) and (iii)").
 */
function itemValue(s: string): number {
  return /^\d/.test(s) ? +s : /^[a-h]$/.test(s) ? s.charCodeAt(0) - 96 : roman(s);
}

/**
 * An article numbered in capital roman numerals, as some translations and memos write it ("Article XIV of the Company
 * Law"): two letters at least, a well-formed numeral; a citation only with its law named after it (parseEnglish).
 */
/** A convention's title and a comma before the article word ending at pos: "the New York Convention, Article". */
function conventionWordBefore(text: string, pos: number): boolean {
  const w = /(?:Articles?|Arts?\.)$/.exec(text.slice(Math.max(0, pos - 9), pos));
  return !!w && conventionNamedBefore(text, pos - w[0].length);
}

function romanArticleAt(text: string, pos: number): { n: number; start: number; end: number } | null {
  if (text[pos] !== ' ' && text[pos] !== '\t') return null; // the pattern opens with a space or tab
  const m = /[ \t]+([IVXLC]{1,8})(?![A-Za-z0-9'’\-])/y;
  m.lastIndex = pos;
  const r = m.exec(text);
  if (!r) return null;
  // One letter (I, V, X) only before a convention's or treaty's name: "Article V of the New York Convention"
  // (englishConventionShort.ts).
  // Or before "of the former" / "of the latter" (englishFormerLatter.ts formerLatterAfter).
  // Or after a convention's title and a comma: "the New York Convention, Article V" (englishConventionShort.ts).
  if (r[1].length === 1 && (!/^[IVX]$/.test(r[1]) || !(conventionNamedAfter(text, pos + r[0].length) || formerLatterAfter(text, pos + r[0].length) || conventionWordBefore(text, pos)))) return null;
  // "Article XX of the Criminal Law": the mask of an anonymised judgment, no number (maskedNumber.ts).
  if (maskedRomanNumber(text, r[1], pos + r[0].length)) return null;
  const n = parseRoman(r[1]);
  if (n === null || n < (r[1].length === 1 ? 1 : 2) || n > 399 || formatRoman(n) !== r[1]) return null;
  return { n, start: pos + r[0].length - r[1].length, end: pos + r[0].length };
}

/** Art. 15.3 / Art.22.2: article 15, paragraph 3 (not a decimal: one or two digits, nothing numeric after). */
const EN_DOTTED = /\s*(\d{1,4})\.(\d{1,2})(?!\d)(?!\.\d)/y;
/** "Article 9.1.3": article 9, paragraph 1, item 3, as writers trained on decimal numbering cite an item. */
const EN_DOTTED_ITEM = /\s*(\d{1,4})\.(\d{1,2})\.(\d{1,2})(?!\d)(?!\.\d)/y;
/**
 * The link between two numbers of a list.
 * "Article 57&58": an ampersand joins two articles as "and" does (lists of legal bases on Chinese firms' pages), and
 * so does a plus sign glued to both numbers ("(article 45+48)", a legal-information site's summary of a law; not
 * "Article 2 + 3 hours"). A serial comma comes before
 * "or" as before "and": "Items 2, 3, 4, 5, or 6 of Article 39" (law firms' alerts).
 * A PDF's text that lost its spaces glues "and" / "or" to both numbers ("Articles12and13 of the …"): the same link.
 */
const EN_SEP = /^(?:\s*,\s*(?:and|or)\s+|\s*,\s*|\s+and\s+|\s+or\s+|\s*&\s*|\+(?=\d)|(?:and|or)(?=\d{1,4}(?!\d)))/;
/** The link of a range: "10 to 12", "10 through 12", "10-12". */
const EN_RANGE = /^(?:\s+to\s+|\s+through\s+|\s*[-–]\s*)/;

/**
 * "10", "10, 11 and 12", "10 to 12", "19(2) and 26(2)", "(1) and (3)"; for an article (`article`) brackets and dots
 * give paragraphs; `repeat` is the unit word that may be written again before each number ("Item 1 and Item 3").
 */
// Rule (issue 14, fix-f141-en2; heldout58 English, a translated interpretation: "as stipulated in the first paragraph
// of Article 286-1 of the Criminal Law"): the numbers after the article word are articles also when a paragraph came
// before them (`articleNumbers`, where `article` is false so that no bracket or dot is read as another paragraph) — so
// "286-1" there is the inserted article 286之一 as "Article 286-1" alone is, never the two articles 286 and 1; a range
// ("paragraph 1 of Articles 37-38", the second number above the first) stays a range (insertAfter).
export function readList(text: string, at: number, article: boolean, repeat?: RegExp, articleNumbers = article): { items: Item[]; end: number } | null {
  const one = (pos: number): { it: Item; end: number } | null => {
    if (article) {
      EN_DOTTED_ITEM.lastIndex = pos;
      const d3 = EN_DOTTED_ITEM.exec(text);
      if (d3) {
        const numEnd = pos + d3[0].length - d3[2].length - d3[3].length - 2;
        return { it: { n: +d3[1], sub: +d3[2], item: +d3[3], start: numEnd - d3[1].length, end: numEnd }, end: pos + d3[0].length };
      }
      EN_DOTTED.lastIndex = pos;
      const d = EN_DOTTED.exec(text);
      if (d) {
        // Article 13.1(2): paragraph 1, item 2.
        const b = /^ ?\((\d{1,2}|[ivx]{1,6})\)/.exec(text.substr(pos + d[0].length, 8));
        const item = b ? (/^\d/.test(b[1]) ? +b[1] : roman(b[1])) : NaN;
        const it: Item = { n: +d[1], sub: +d[2], item: Number.isNaN(item) ? null : item, start: pos + d[0].length - d[1].length - d[2].length - 1, end: pos + d[0].length - d[2].length - 1 };
        if (it.item === null) it.dotted = true;
        return { it, end: pos + d[0].length + (b && !Number.isNaN(item) ? b[0].length : 0) };
      }
    }
    EN_NUM.lastIndex = pos;
    const m = EN_NUM.exec(text);
    if (!m) {
      const w = article ? spelledNumberAt(text, pos) : null;
      if (w) return { it: { n: w.n, sub: null, item: null, start: w.start, end: w.end }, end: w.end };
      const r = article ? romanArticleAt(text, pos) : null;
      // "Article V(1) of the New York Convention": a treaty's paragraph in brackets after its roman article (fix-en40),
      // and its lettered item after that ("Article V(1)(a)", as "Article 13(1)(b)" below).
      const rb = r ? /^\((\d{1,2})\)(?:\(([a-h])\)(?![\w(]))?/.exec(text.substr(r.end, 8)) : null;
      if (r && rb) return { it: { n: r.n, sub: +rb[1], item: rb[2] ? rb[2].charCodeAt(0) - 96 : null, bracket: true, start: r.start, end: r.end, roman: true }, end: r.end + rb[0].length };
      return r ? { it: { n: r.n, sub: null, item: null, start: r.start, end: r.end, roman: true }, end: r.end } : null;
    }
    const open = m[1] !== undefined;
    if (article && open) return null;
    const digits = m[1] ?? m[2];
    const n = /^\d/.test(digits) ? digitsValue(digits) : roman(digits);
    if (Number.isNaN(n)) return null;
    let end = EN_NUM.lastIndex;
    const digitsEnd = m.index + m[0].length - (open ? 1 : 0);
    // "item 2) of Article 42", "item 4〕 or 5〕 of Article 44": an item's number with only its closing bracket (a
    // translation that lost the opening one), before the link to the article or the next item.
    if (!article && !open && /^[)〕](?=[ \t]*(?:of|or|and|,)[ \t])/.test(text.substr(end, 6))) end++;
    const it: Item = { n, sub: null, item: null, start: digitsEnd - digits.length, end: digitsEnd };
    // "Article 224th of the Criminal Law", "article 246th": machine translations of 第二百二十四条 keep the ordinal's
    // suffix on the number (the right one for it, or "th" for any); the article all the same.
    const ord = open ? 0 : ordinalSuffix(text, end, n);
    if (ord) end += ord;
    const ins = articleNumbers && !open && !ord ? insertAfter(text, end, n) : null;
    if (ins) {
      it.insert = ins.insert;
      if (ins.hyphened) it.hyphened = true;
      end = ins.end;
    }
    if (article) {
      // "Article 10(i)(7)": paragraph (i), item (7) — a small roman paragraph before an item's number.
      const ri = /^ ?\(([ivx]{1,4})\)\((\d{1,2})\)/.exec(text.substr(end, 14));
      if (ri && !Number.isNaN(roman(ri[1]))) {
        it.sub = roman(ri[1]);
        it.item = +ri[2];
        return { it, end: end + ri[0].length };
      }
      // "Article 57 (Paragraph 1) is amended to": notes on an amendment name the paragraph amended in brackets after the
      // article, worded as 款 is translated — paragraph 1 (of an article with items, read as "Paragraph 3" is).
      const pw = /^ ?\((?:paragraph|para\.?|clause)[ \t]*(\d{1,2})\)/i.exec(text.substr(end, 18));
      if (pw) {
        it.sub = +pw[1];
        it.worded = true;
        return { it, end: end + pw[0].length };
      }
      // "Article 19 (a)", "Articles 19 (b) and 20": translations letter an article's items (a), (b), (c) … as
      // 第（一）（二）（三）项 (of the article's one paragraph; the analyzer checks the article has the item).
      const letter = /^ ?\(([a-h])\)(?![\w(])/.exec(text.substr(end, 6));
      if (letter) {
        it.item = letter[1].charCodeAt(0) - 96;
        return { it, end: end + letter[0].length };
      }
      // "Article 39 (1) (ii)": the item's bracket may stand a space after the paragraph's, as the paragraph's after the
      // number (the same writer's spacing).
      // "Article 13(1)(b)": the item lettered as the article's own items are (Article 19 (a) above; forms-en110).
      // Machine translations keep the Chinese full-width brackets: "Article 20（3）of the Company Law" (layout-en120).
      const b = /^ ?[(（](\d{1,3})[)）](?: ?[(（](\d{1,3}|[ivx]{1,6}|[a-h])[)）](?![\w(（]))?/.exec(text.substr(end, 17));
      if (b) {
        it.sub = +b[1];
        it.bracket = true;
        if (b[2]) it.item = itemValue(b[2]);
        if (Number.isNaN(it.item)) it.item = null;
        end += b[0].length;
      }
      // Rule (issue 14, fix-en41; machine translations that drop the brackets of 第四十四条第（一）项: "according to
      // Article 44 1 of the Labor Law"): a number of one or two digits a space after the article's, with the law's link
      // "of" right after it, is the article's sub-number as "44(1)" is — an item where the article has items, else its
      // paragraph (the analyzer's bracketedItem). Not a list ("Articles 44 and 45"), a year, nor a number of anything else
      // ("Article 44 10 days …": no "of" after it).
      const bare = !b && !ins && !ord ? /^ ([1-9]\d?)(?= of (?:the )?[A-Z])/.exec(text.substr(end, 16)) : null;
      if (bare) {
        it.sub = +bare[1];
        it.bracket = true;
        it.spaced = true;
        end += bare[0].length;
      }
      // Rule (issue 14, fix-en41; "Articles 18 (well-known marks), 19 (agent) and 23 (infringement of prior rights) of
      // the Trademark Law"): a writer glossing each article of a list in brackets — a few words in lower case, what the
      // article is about — still writes one list; the gloss before the next number is skipped, as the last one before
      // "of" is (HEADING_BETWEEN). A bracket with a number or a capital stays what it was (a paragraph, an item, a caption).
      const gloss = !b && !bare ? /^[ \t]*\((?!(?:see|cf|eg|ie|e\.g|i\.e)\b)[a-z][a-z'’\- ]{1,60}\)(?=[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?!(?:19|20)\d\d\b)\d{1,4}\b)/.exec(text.substr(end, 72)) : null;
      if (gloss) end += gloss[0].length;
    } else {
      // Rule (issue 14, a140-en; a law firm's translated note: "In accordance with the provisions of Article 5,
      // paragraphs 1 (c) and 2 (b), of the 1958 New York Convention"): a treaty letters the sub-paragraphs of its
      // paragraphs; the letter after a paragraph's number is its item, and the list goes on past it to "of" and the
      // instrument (as "Article 19 (a)" goes on for an article).
      const letter = /^ ?\(([a-h])\)(?![\w(])/.exec(text.substr(end, 6));
      if (letter) {
        it.item = letter[1].charCodeAt(0) - 96;
        end += letter[0].length;
      }
    }
    return { it, end };
  };
  const first = one(at);
  if (!first) return null;
  const items = [first.it];
  let end = first.end;
  while (items.length < MAX_LIST) {
    const rest = text.substr(end, 20);
    // "Articles 45and 47": a PDF's text loses the space between a number and "and" / "or" too.
    const sep = EN_SEP.exec(rest) ?? (/\d/.test(text[end - 1] ?? '') ? /^(?:and|or)[ \t]+(?=\d)/.exec(rest) : null);
    const rng = sep ? null : EN_RANGE.exec(rest);
    const step = sep ?? rng;
    if (!step) break;
    let at2 = end + step[0].length;
    // "Article 105, Paragraph 2, 1997 Criminal Code of …": a year after a comma, a title's word after it, is the version
    // of the law named next (lawNamedAfter's COMMA_TITLE), no further number of the list.
    if (/^(?:19[4-9]\d|20\d\d)[ \t]+[A-Z]/.test(text.substr(at2, 8)) && /,/.test(step[0])) break;
    if (repeat) {
      const r = repeat.exec(text.substr(at2, 12));
      if (r) at2 += r[0].length;
    }
    const next = one(at2);
    // "Article 158(2) and (3)": a further paragraph of the same article, in brackets as the first one was.
    const prev = items[items.length - 1];
    const para = !next && article && sep && prev.bracket && prev.item === null ? /^\((\d{1,3})\)(?![\w(])/.exec(text.substr(at2, 6)) : null;
    // "Article 13(1)(ii) and (iii)": a further item of the same paragraph, in brackets as the first one was (forms-en110).
    const further = !next && !para && article && sep && prev.bracket && prev.item !== null ? /^\((\d{1,2}|[ivx]{1,6}|[a-h])\)(?![\w(])/.exec(text.substr(at2, 9)) : null;
    const furtherItem = further ? itemValue(further[1]) : NaN;
    if (further && !Number.isNaN(furtherItem)) {
      items.push({ n: prev.n, sub: prev.sub, item: furtherItem, bracket: true, insert: prev.insert });
      end = at2 + further[0].length;
      continue;
    }
    if (para) {
      items.push({ n: prev.n, sub: +para[1], item: null, bracket: true, insert: prev.insert });
      end = at2 + para[0].length;
      continue;
    }
    if (!next) break;
    // "Article 20.1-2": paragraphs 1 to 2 of article 20, as an abstract cites a run of paragraphs in decimal numbering;
    // the end is a paragraph when it follows the dotted paragraph and is below the article's number (an article
    // range never runs down).
    if (rng && article && prev.sub !== null && !prev.bracket && prev.item === null && next.it.sub === null &&
        next.it.n > prev.sub && next.it.n < prev.n && next.it.n - prev.sub <= 10) {
      for (let k = prev.sub + 1; k <= next.it.n; k++) items.push({ n: prev.n, sub: k, item: null, insert: prev.insert });
      end = next.end;
      continue;
    }
    if (rng) {
      const a = items[items.length - 1].n;
      if (next.it.n > a && next.it.n - a <= 300) for (let k = a + 1; k < next.it.n; k++) items.push({ n: k, sub: null, item: null });
    }
    items.push(next.it);
    end = next.end;
  }
  return { items, end };
}

/** The numbers an English list writes, flat (value, start, end), as CitationPart wants them. */
export function writtenNumbers(items: Item[]): number[] {
  const written = items.filter((x) => x.start !== undefined && x.end !== undefined);
  const out = written.length === 1 ? [0, 0, 0] : new Array<number>(3 * written.length).fill(0);
  written.forEach((x, i) => ((out[3 * i] = x.n), (out[3 * i + 1] = x.start!), (out[3 * i + 2] = x.end!)));
  return out;
}

/** item(s) at q: "item (3)", "items 1 and 2", "Item 1 and Item 3", "sub-item 2"; or "(1) and (3)" when `bare`. */
export function itemsAt(text: string, q: number, bare: boolean): { items: Item[]; end: number } | null {
  // "Item5, Article52of …": the number glued to the word, as a PDF's text has it.
  const w = /^(?:(?:sub-?)?items?|sub-?paragraphs?)(?:\b|(?=\d{1,2},[ \t]*Articles?[ \t]*\d))/i.exec(text.substr(q, 40));
  if (w) return readList(text, q + w[0].length, false, /^(?:(?:sub-?)?items?|sub-?paragraphs?)\s*/i);
  // Rule (round 31, forms-en110): "point 3 of Article 13" — 项 rendered "point", as EU-trained translators number the
  // points of an article — and "the third item of the first paragraph of Article 13", an item by its ordinal as a 款
  // is ("the first paragraph"). Tied to their paragraph or article by the caller's link only ("point 3 of the term
  // sheet" stays none).
  const point = /^points?(?=[ \t]+\(?\d)/i.exec(text.substr(q, 8));
  if (point) return readList(text, q + point[0].length, false, /^points?\s*/i);
  const ordinal = ORDINAL_ITEM.exec(text.substr(q, 40));
  if (ordinal) return { items: [{ n: ORDINALS[ordinal[1].toLowerCase()], sub: null, item: null }], end: q + ordinal[0].length };
  if (bare && text[q] === '(') return readList(text, q, false);
  return null;
}

/** "the third item", "the 2nd sub-paragraph": an item by its ordinal (itemsAt). */
const ORDINAL_ITEM = /^(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th)\s+(?:item|sub-?paragraph)\b/i;

/** An ordinal word of a paragraph, first to tenth (PARAGRAPH_ORDINALS). */
const ORDINAL_WORD = '(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)';
/** Several paragraphs by their ordinals: "the first and second paragraphs", "the first, second or third paragraph". */
const PARAGRAPH_ORDINALS = new RegExp(`^(?:the\\s+)?${ORDINAL_WORD}((?:(?:\\s*,\\s*|\\s*,?\\s+(?:and|or)\\s+)${ORDINAL_WORD}){1,4})\\s+(?:paragraphs?|clauses?)\\b`, 'i');

/** paragraph(s) at q: "paragraph 2", "Paragraphs 1 and 2", "para. 2", "the first paragraph". */
export function paragraphsAt(text: string, q: number): { items: Item[]; end: number } | null {
  // 款 is also translated "clause" ("Clause 2 of Article 5", "Article 5, Clause 2") or "section" ("Article 20 Section
  // 3"); only tied to an article.
  // Blogs also call a 款 a "part" of its article: "Part 1 of Article 1077 of the Civil Code states …" (rule, issue 14,
  // heldout20 English) — only so tied to an article ("Part 2 of the Civil Code" is a book of it); the next 款 named
  // alone ("Part 2 stipulates …") is englishNextParagraph.ts's.
  const w = /^(?:paragraphs?|paras?\.?(?=\s*\d)|clauses?|sections?(?=\s*\d)|part(?=[ \t]+\d{1,2}[ \t]+of[ \t]+Article[ \t]+\d))/i.exec(text.substr(q, 30));
  if (w) {
    // Rule (issue 14, heldout23 English: a translation of a labour law's article printing "… within the period in
    // Paragraph One of this article …"): translators spell a paragraph's number as a capitalised word, as they spell an
    // article's ("Article Three"); "Paragraph One" is paragraph 1. Only one to five, and only placed "of this article"
    // or "of Article N" right after it — "paragraph one" alone is a writer's own paragraph.
    const spelled = /^[Pp]aragraph[ \t]+([Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)(?=[ \t]+of[ \t]+(?:this[ \t]+[Aa]rticle\b|Article[ \t]+\d))/.exec(text.substr(q, 40));
    if (spelled) return { items: [{ n: CARDINAL_UNITS[spelled[1].toLowerCase()], sub: null, item: null }], end: q + spelled[0].length };
    return readList(text, q + w[0].length, false, /^(?:paragraphs?|clauses?|sections?)\s*/i);
  }
  // Each with its word, as a machine translates 第一款或者第二款: "the first paragraph or the second paragraph of this article".
  const each = /^(?:the\s+)?(first|second|third|fourth|fifth)\s+paragraph((?:\s*,\s*|\s*,?\s+(?:and|or)\s+)(?:the\s+)?(?:first|second|third|fourth|fifth)\s+paragraph){1,3}\b/i.exec(text.substr(q, 120));
  if (each) {
    const ns = each[0].toLowerCase().match(/first|second|third|fourth|fifth/g)!;
    return { items: ns.map((w) => ({ n: ORDINALS[w], sub: null, item: null })), end: q + each[0].length };
  }
  // Rule (issue 14, real-en33; a news item on the Anti-Espionage Law: "in the last paragraph of Article 4, it is
  // indicated that …"): "the last paragraph", "the final paragraph" of an article is its last 款, whatever its number
  // (LAST_PARAGRAPH, bound by the analyzer in the corpus text).
  const last = /^(?:the\s+)?(?:last|final)\s+(?:paragraph|clause)\b/i.exec(text.substr(q, 30));
  if (last) return { items: [{ n: LAST_PARAGRAPH, sub: null, item: null }], end: q + last[0].length };
  // 款 translated "clause" with its ordinal, as China Law Translate renders 第一款: "the first clause of article 390".
  const o = /^(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th)\s+(?:paragraph|clause)\b/i.exec(text.substr(q, 24));
  if (o) return { items: [{ n: ORDINALS[o[1].toLowerCase()], sub: null, item: null }], end: q + o[0].length };
  // Several in one: "the first and second paragraphs of article 67", "the first, second or third paragraph of …".
  const list = PARAGRAPH_ORDINALS.exec(text.substr(q, 90));
  if (list) {
    const ns = [list[1], ...list[2].split(/\s*,\s*|\s+(?:and|or)\s+/)].map((w) => w.trim().toLowerCase()).filter((w) => w && w !== 'and' && w !== 'or');
    return { items: ns.map((w) => ({ n: ORDINALS[w], sub: null, item: null })), end: q + list[0].length };
  }
  return null;
}

/**
 * After "Articles 35 paragraph 1": the articles the list goes on with ("and 98", ", 40 and 41"), read from the end of
 * the paragraph's number; null when the paragraph's list holds one number (or none of its numbers was written).
 */
export function pluralArticleList(text: string, pp: { items: Item[]; end: number }): { items: Item[]; end: number } | null {
  const first = pp.items[0];
  if (pp.items.length < 2 || first.end === undefined || !pp.items.every((x) => x.start !== undefined)) return null;
  const sep = EN_SEP.exec(text.substr(first.end, 12));
  if (!sep) return null;
  const rest = readList(text, first.end + sep[0].length, true);
  return rest && rest.end === pp.end ? { items: rest.items, end: rest.end } : null;
}

/**
 * "the preceding paragraph", "the preceding two paragraphs", "the previous article" (前款, 前两款, 前条) at q: the unit
 * and how many back. Read in quoted statute text only (the scanner's rule), where they are the quoted article's.
 */
export function precedingAt(text: string, q: number): { article: boolean; count: number; end: number } | null {
  const m = /^(?:the\s+)?(?:preceding|previous|foregoing)\s+(?:(two|three|four)\s+)?(paragraphs?|articles?)\b/i.exec(text.substr(q, 48));
  if (!m) return null;
  const count = m[1] ? { two: 2, three: 3, four: 4 }[m[1].toLowerCase() as 'two' | 'three' | 'four'] : 1;
  return { article: /^a/i.test(m[2]), count, end: q + m[0].length };
}

/**
 * The link from a lower unit to the next: " of " or a comma (official translations: "Item 1, Paragraph 2, Article 2"),
 * also with "respectively" when a list of them is added to one article ("two paragraphs are added as paragraphs 4 and
 * 5, respectively, of Article 63").
 */
export const UP_LINK = /^(?:,?\s+respectively,?\s+of\s+|\s+of\s+|\s*,\s*)/;

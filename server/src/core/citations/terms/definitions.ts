// Where a document defines its terms (issue 13, part 3). Pure: no LSP import.
//
// Four forms:
//   so-called            本办法所称X，是指…  / 本条例所称的“X”是指… / 前款所称X，包括…  (lists: 本条例所称X、Y和Z，分别是指…;
//                        X和Y，分别是指…; without 、 or 分别, X和Y is one term)
//   short-form           全称（以下简称X） / （以下称“X”）: read by the citation engine's own reader (scanner.shortFormAt);
//                        a bracket after a title (《…》（以下简称《条例》）, a known title without 《》, a full form that
//                        ends like a regulation's title) is a short title, the citation engine's, never a term
//   quoted               “X”是指… / “X”，是指… / “X”系指…
//   definitions-article  X，是指… (or （一）X，是指…) after 下列用语的含义 / 下列用语含义 / 用语的含义如下, up to the next article
// A 本办法所称 / “X” / definitions-article term applies to the whole document; a short form from its definition on.
// Nothing is defined inside the spans given as excluded (citations, titles, quoted statute text). 是指 in ordinary
// prose defines nothing: an unquoted term needs 所称 before it or a definitions article around it; 指 followed by a
// word it forms (指导, 指标, 指定 …) is not 是指.
import { firstStopAt, LAW_TITLE_END, stopCodes } from '../text';
import { SHORT_NAME_OPEN, shortFormAt } from '../titles/shortFormBracket';
import type { TermForm } from '../types';
import type { Span, Spans } from './spans';

export interface FoundDefinition {
  term: string;
  form: TermForm;
  /** The term's span where it is defined. */
  start: number;
  end: number;
  /** The defining sentence, item or full form. */
  defStart: number;
  defEnd: number;
  /** A short form's full form and its span (absent when it is the term itself). */
  fullForm?: Span & { text: string };
  scope: 'document' | 'after';
  /** Defined for a part only (本章所称, 本条所称, 前款所称): another definition of the name elsewhere is no redefinition. */
  local?: true;
}

const MAX_TERM = 30;
const MAX_DEFINITIONS = 2000;
/** 指 that starts another word: 指导, 指标, 指定 … (not a definition's 是指). */
const ZHI_WORD = '导标挥引示定出南令数控派明责望向甲点纹针';
/** What separates a term from its definition: 是指, 系指, ，指, ，包括, ，含 (分别 before them in a list). */
const AFTER_TERM = /[ \u3000]*[，,：:]?[ \u3000]*(分别)?(?:是指|系指|指|包括|含)/y;
/** Characters a term never holds. */
const NOT_IN_TERM = /[，,。；;：:！？!?\n\r“”"（）()《》]/;

/** 本办法所称, 本条例中所称的, 前款所称, 本条所称 … */
const SO_CALLED = /(?:本(?:实施)?(?:办法|条例|规定|细则|规则|法|决定|规范|准则|章|节|条|款)|前款|前条)中?所称(?:的)?/g;
const SHORT_FORM_OPEN = new RegExp(SHORT_NAME_OPEN, 'g');
const QUOTE = /[“"]/g;
const DEFINITIONS_INTRO = /下列(?:用语|术语|词语)的?含义|(?:用语|术语|词语)的?含义(?:如下|是)/g;
/** A line that starts an article or a division: where a definitions article ends. */
const NEXT_HEADING = /\n[ \t#*]*第[〇零一二两三四五六七八九十百千0-9０-９]+[条章节编]/g;
/** An entry of a definitions article: at a line start or after ：；。, an optional item label. */
const ENTRY = /(?:^|\n|[：:；;。])[ \t\u3000]*(?:[（(][〇零一二三四五六七八九十]+[)）]|[0-9０-９]+[.．、]|[一二三四五六七八九十]+、)?[ \t\u3000]*/g;

interface TermRead {
  /** Each term (a list gives several) with its span. */
  terms: { text: string; start: number; end: number }[];
  /** Where the separator (是指 …) ends. */
  after: number;
}

function zhiWordAt(text: string, sepEnd: number): boolean {
  return text[sepEnd - 1] === '指' && ZHI_WORD.includes(text[sepEnd] ?? '');
}

/** The term(s) written at `at`, followed by 是指 / ，是指 / ，包括 …; quoted (“X”) or, unless `quotedOnly`, not. */
function readTerm(text: string, at: number, quotedOnly: boolean): TermRead | null {
  let start = at;
  let end: number;
  let after: number;
  if (text[at] === '“' || text[at] === '"') {
    const closer = text[at] === '“' ? '”' : '"';
    let close = at + 1;
    while (close < text.length && close - at - 1 <= MAX_TERM && text[close] !== closer) close++;
    if (text[close] !== closer || close === at + 1) return null;
    start = at + 1;
    end = close;
    AFTER_TERM.lastIndex = close + 1;
    if (!AFTER_TERM.exec(text) || zhiWordAt(text, AFTER_TERM.lastIndex)) return null;
    after = AFTER_TERM.lastIndex;
    if (NOT_IN_TERM.test(text.slice(start, end))) return null;
    return { terms: split(text, start, end, false), after };
  }
  if (quotedOnly) return null;
  // Up to the first punctuation: the term, then ，是指; or the term and 是指 inline (物业管理是指…).
  let seg = at;
  while (seg < text.length && seg - at <= MAX_TERM + 4 && !NOT_IN_TERM.test(text[seg])) seg++;
  AFTER_TERM.lastIndex = seg;
  const m = /[，,：:]/.test(text[seg] ?? '') ? AFTER_TERM.exec(text) : null;
  let together = false;
  if (m && !zhiWordAt(text, AFTER_TERM.lastIndex) && seg - at <= MAX_TERM) {
    end = seg;
    after = AFTER_TERM.lastIndex;
    together = !!m[1];
  } else {
    const inline = /(分别)?(?:是指|系指)/.exec(text.slice(at, seg));
    if (!inline || inline.index === 0) return null;
    end = at + inline.index;
    after = end + inline[0].length;
    together = !!inline[1];
  }
  while (start < end && /[的 \u3000]/.test(text[start])) start++;
  while (end > start && /[ \u3000]/.test(text[end - 1])) end--;
  if (end <= start || end - start > MAX_TERM) return null;
  return { terms: split(text, start, end, together), after };
}

/** A list of terms: X、Y和Z, or X和Y when 分别 follows; otherwise one term. */
function split(text: string, start: number, end: number, together: boolean): TermRead['terms'] {
  const s = text.slice(start, end);
  if (!s.includes('、') && !together) return [{ text: s, start, end }];
  const out: TermRead['terms'] = [];
  const sep = /、|以及|或者|及|和|与/g;
  let from = 0;
  for (let m = sep.exec(s); ; m = sep.exec(s)) {
    const to = m ? m.index : s.length;
    const piece = s.slice(from, to).replace(/^[“"]|[”"]$/g, '');
    const lead = s.slice(from, to).indexOf(piece);
    if (piece) out.push({ text: piece, start: start + from + lead, end: start + from + lead + piece.length });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out.length ? out : [{ text: s, start, end }];
}

/** A definition's sentence's stops: 。 and the line break. */
const DEFINITION_STOPS = stopCodes('。\n');
/** A defined item's stops: a semicolon too. */
const ITEM_STOPS = stopCodes('。；;\n');

/** Where a definition's sentence (or, with `semicolon`, its item) ends (1000 characters on at most). */
function sentenceEnd(text: string, from: number, semicolon: boolean): number {
  const to = Math.min(text.length, from + 1000);
  const at = firstStopAt(text, from, to, semicolon ? ITEM_STOPS : DEFINITION_STOPS);
  return at === -1 ? to : at;
}

/** Characters that bound a short form's full form on its left. */
const FULL_FORM_BOUND = '，,。；;：:、\n\r（(）)“”"《》！？!?的 \t\u3000*#>';
/** Words a full form does not start with (由县级人民政府… → 县级人民政府…). */
const LEADING_WORD = /^(?:本(?:法|条例|办法|规定|细则|决定)所称的?|经由|由|对|向|在|经|与|同|将|为|按照|依照|依据|根据|会同|设立|成立|建立|组建|设置|委托|授权|包括|是|即|及|和|或者|以及)/;

/** The full form before a 以下简称 bracket at `q`: back to the clause's start, a leading preposition or verb left off. */
function fullFormBefore(text: string, q: number, from: number, short: string): (Span & { text: string }) | null {
  let end = q;
  while (end > from && /[ \u3000]/.test(text[end - 1])) end--;
  if (text[end - 1] === '”') {
    const open = text.lastIndexOf('“', end - 1);
    if (open >= from && end - open - 2 <= 60 && !text.slice(open + 1, end - 1).includes('\n')) return { start: open + 1, end: end - 1, text: text.slice(open + 1, end - 1) };
  }
  let start = end;
  while (start > from && end - start < 60 && !FULL_FORM_BOUND.includes(text[start - 1])) start--;
  let s = text.slice(start, end);
  // A clause naming several bodies (国务院有关部门和中国人民解放军总装备部（以下简称总装备部）) or defining something
  // (…是指医疗器械注册申请人（以下简称申请人）): the full form is the last part, when the short form starts in it.
  const parts = /^(.*(?:是指|系指|(?<!共)和|及|与|以及))(.+)$/.exec(s);
  if (parts && (/(?:是指|系指)$/.test(parts[1]) || parts[2].includes(short[0]))) {
    start += parts[1].length;
    s = parts[2];
  }
  const lead = LEADING_WORD.exec(s);
  if (lead && lead[0].length < s.length) {
    start += lead[0].length;
    s = s.slice(lead[0].length);
  }
  return s ? { start, end, text: s } : null;
}

/** Are the characters of `short` found in `full` in order? */
function abbreviates(short: string, full: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

export interface DefinitionScan {
  text: string;
  /** Where the body starts (after front matter). */
  from: number;
  excluded: Spans;
  /** Start offsets of 以下简称 brackets the citation engine read as short titles. */
  shortTitleBrackets: ReadonlySet<number>;
}

/** Every definition of a term in the document, in document order of the terms. */
export function findDefinitions(scan: DefinitionScan): FoundDefinition[] {
  const { text, from, excluded } = scan;
  const out: FoundDefinition[] = [];
  const taken = new Set<number>();
  const push = (d: FoundDefinition) => {
    if (out.length >= MAX_DEFINITIONS || taken.has(d.start) || excluded.overlaps(d.start, d.end)) return;
    taken.add(d.start);
    out.push(d);
  };
  const pushRead = (read: TermRead, form: TermForm, defStart: number, semicolon: boolean, local = false) => {
    const defEnd = sentenceEnd(text, read.after, semicolon);
    for (const t of read.terms) {
      const d: FoundDefinition = { term: t.text, form, start: t.start, end: t.end, defStart, defEnd, scope: 'document' };
      if (local) d.local = true;
      push(d);
    }
  };

  // 本办法所称X，是指…
  // Every match holds 所称: a page without it after `from` (searched fast) has none.
  SO_CALLED.lastIndex = text.includes('所称', from) ? from : text.length;
  for (let m = SO_CALLED.exec(text); m; m = SO_CALLED.exec(text)) {
    // 前款 / 本条 are self references (citations): only the term itself must stand outside the excluded spans.
    const read = readTerm(text, SO_CALLED.lastIndex, false);
    if (read) pushRead(read, 'so-called', m.index, false, /^(?:本[章节条款]|前[款条])/.test(m[0]));
  }

  // Definitions articles: 本办法下列用语的含义：（一）X，是指…；（二）…
  DEFINITIONS_INTRO.lastIndex = from;
  for (let m = DEFINITIONS_INTRO.exec(text); m; m = DEFINITIONS_INTRO.exec(text)) {
    if (excluded.overlaps(m.index, DEFINITIONS_INTRO.lastIndex)) continue;
    NEXT_HEADING.lastIndex = DEFINITIONS_INTRO.lastIndex;
    const next = NEXT_HEADING.exec(text);
    const regionEnd = Math.min(next ? next.index : text.length, DEFINITIONS_INTRO.lastIndex + 20000);
    ENTRY.lastIndex = DEFINITIONS_INTRO.lastIndex;
    for (let e = ENTRY.exec(text); e && e.index < regionEnd; e = ENTRY.exec(text)) {
      const at = ENTRY.lastIndex;
      if (at === e.index) ENTRY.lastIndex++;
      if (at >= regionEnd) break;
      const read = readTerm(text, at, false);
      if (read) pushRead(read, 'definitions-article', at, true);
    }
    DEFINITIONS_INTRO.lastIndex = regionEnd;
  }

  // “X”是指…
  QUOTE.lastIndex = from;
  for (let m = QUOTE.exec(text); m; m = QUOTE.exec(text)) {
    const read = readTerm(text, m.index, true);
    if (read) pushRead(read, 'quoted', m.index, true);
  }

  // 全称（以下简称X）: not after a title (the citation engine's short titles).
  SHORT_FORM_OPEN.lastIndex = from;
  for (let m = SHORT_FORM_OPEN.exec(text); m; m = SHORT_FORM_OPEN.exec(text)) {
    const q = m.index;
    if (scan.shortTitleBrackets.has(q)) continue;
    const short = shortFormAt(text, q);
    if (!short || short.mark === '《') continue;
    const before = text.slice(Math.max(from, q - 2), q).trimEnd();
    if (/[》〉]$/.test(before)) continue;
    const full = fullFormBefore(text, q, from, short.name);
    if (!full || LAW_TITLE_END.test(full.text) || excluded.overlaps(full.start, short.end)) continue;
    const name = { start: short.nameStart, end: short.nameStart + short.name.length };
    const d: FoundDefinition = { term: short.name, form: 'short-form', start: name.start, end: name.end, defStart: full.start, defEnd: full.end, scope: 'after' };
    // A full form is longer than its short form; a shorter clause end (…规定的程序（以下简称备案程序）) is no full form.
    // The short form abbreviates the full form (its characters in order: 住建部门 of 住房和城乡建设主管部门); a role
    // name (单位或者个人（以下简称申请人）) is no abbreviation, and the full form written later is no slip.
    if (full.text.length > short.name.length && abbreviates(short.name, full.text)) d.fullForm = full;
    push(d);
  }
  return out.sort((a, b) => a.start - b.start);
}

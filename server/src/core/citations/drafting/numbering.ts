// Numbering checks on a draft regulation's own structure (issue 13, part 1). Pure: no LSP import.
//
// Rules:
// - Articles are numbered 第一条, 第二条 … consecutively through the whole text, across 编/章/节.
// - 第X条之N is an inserted article: allowed right after 第X条 (or after 第X条之N-1), never counted as a gap;
//   之一, 之二 … are themselves consecutive.
// - Divisions of one kind are numbered consecutively: 编 (and 章 when there is no 编) through the text; 章 under 编
//   and 节 under 章 either restart in each parent (the Civil Code's 章, most laws' 节) or run on through the text
//   (the Civil Procedure Law's 章) — whichever of the two the draft follows better is the rule for the draft.
//   Unnumbered Markdown headings and English labels are not checked.
// - Items （一）（二）… are consecutive within their 款, subitems 1. 2. … within their item.
// - 款 are unnumbered in the text: nothing to check.
//
// Each number continues the highest number seen before it in its sequence (expected = highest + 1). A number that
// does not is reported on its label, once, with that expected number and a quick fix writing it:
//   numbering-duplicate  the number was used before in the sequence;
//   numbering-order      a lower number, or a higher one whose missing numbers stand later in the sequence;
//   numbering-gap        a higher number, the missing ones appearing nowhere.
// Only the heading that breaks the sequence is reported (第一条, 第二条, 第四条, 第五条 reports 第四条 alone); fixing it
// reveals the next, and renumbering (part 2) settles all at once. Corpus texts are the law as published: the caller
// turns the check off for them (AnalyzeOptions.numbering).
import { chineseNumeral } from '../../labels';
import { structureWords, type Division, type Item, type Regulation, type Subitem, type TextRange } from '../../model';
import { problems } from '../problems';
import type { LineIndex } from '../text';
import type { CitationDiagnostic, NumberingFault, NumberingKind } from '../types';


/** One numbered label in a sequence: its number, its label as printed and where that label is. */
interface Entry {
  number: number;
  label: string;
  range: TextRange;
}

/** What the sequence rule decides for each entry: null when it continues the sequence. */
export function sequenceFaults(numbers: readonly number[]): ({ fault: NumberingFault; expected: number } | null)[] {
  const seen = new Set<number>();
  const later = new Map<number, number>(); // number → how many times it is still to come
  for (const n of numbers) later.set(n, (later.get(n) ?? 0) + 1);
  let highest = 0;
  return numbers.map((n) => {
    later.set(n, later.get(n)! - 1);
    const expected = highest + 1;
    let fault: NumberingFault | null = null;
    if (seen.has(n)) fault = 'duplicate';
    else if (n < expected) fault = 'order';
    else if (n > expected) {
      let missingLater = false;
      for (let m = expected; m < n && !missingLater; m++) missingLater = (later.get(m) ?? 0) > 0;
      fault = missingLater ? 'order' : 'gap';
    }
    seen.add(n);
    highest = Math.max(highest, n);
    return fault ? { fault, expected } : null;
  });
}

/** The diagnostics of a draft's numbering, in document order. */
export function numberingDiagnostics(reg: Regulation, text: string, lines: LineIndex): CitationDiagnostic[] {
  const out: CitationDiagnostic[] = [];
  const labelRange = printedLabelRange(text, lines);
  const report = (kind: NumberingKind, e: Entry, fault: NumberingFault, expectedLabel: string, expectedEn: string, writtenEn: string) => {
    const p = problems.numbering(kind, fault, e.label, expectedLabel, writtenEn, expectedEn, e.range);
    out.push({ ...p, range: e.range });
  };
  const check = (kind: NumberingKind, entries: Entry[], label: (n: number, written: string) => string, en: (n: number) => string) => {
    sequenceFaults(entries.map((e) => e.number)).forEach((f, i) => {
      if (f) report(kind, entries[i], f.fault, label(f.expected, entries[i].label), en(f.expected), en(entries[i].number));
    });
  };

  // Articles: the ordinary ones form the sequence; an insert is checked against the article before it.
  const ordinary: Entry[] = [];
  let base: number | null = null;
  let lastInsert = 0;
  const insertsSeen = new Set<string>();
  for (const a of reg.articles) {
    if (!a.label.startsWith('第')) continue;
    const range = labelRange(a.labelLocation.range.start, a.label);
    if (!range) continue;
    if (a.insert === null) {
      ordinary.push({ number: a.number, label: a.label, range });
      base = a.number;
      lastInsert = 0;
      continue;
    }
    const e: Entry = { number: a.insert, label: a.label, range };
    const key = `${a.number}-${a.insert}`;
    if (base === null) continue;
    const expected = articleLabelLike(base, lastInsert + 1, a.label);
    const expectedEn = enArticle(base, lastInsert + 1);
    if (insertsSeen.has(key)) report('article', e, 'duplicate', expected, expectedEn, enArticle(a.number, a.insert));
    else if (a.number !== base || a.insert < lastInsert + 1) report('article', e, 'order', expected, expectedEn, enArticle(a.number, a.insert));
    else if (a.insert > lastInsert + 1) report('article', e, 'gap', expected, expectedEn, enArticle(a.number, a.insert));
    insertsSeen.add(key);
    if (a.number === base) lastInsert = Math.max(lastInsert, a.insert);
  }
  check('article', ordinary, (n, written) => articleLabelLike(n, null, written), (n) => enArticle(n, null));

  // Divisions: each kind numbered per parent or through the text, whichever the draft follows better.
  for (const seq of divisionSequences(reg, labelRange)) {
    const label = (n: number, written: string) => `第${numeralLike(n, written)}${structureWords[seq.kind]}`;
    check(seq.kind, seq.entries, label, (n) => `${EN_DIVISION[seq.kind]} ${n}`);
  }

  // Items within each 款, subitems within each item.
  for (const seq of itemSequences(reg, labelRange)) {
    check(seq.kind, seq.entries, relabel, seq.kind === 'item' ? (n) => `item (${n})` : (n) => `subitem ${n}`);
  }
  return out.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
}

/** Where a unit's label is, when the text there is the label as printed (else null: no place to report or edit). */
export type LabelRange = (start: TextRange['start'], label: string) => TextRange | null;

export function printedLabelRange(text: string, lines: LineIndex): LabelRange {
  return (start, label) => {
    const from = lines.offset(start);
    return text.startsWith(label, from) ? lines.range(from, from + label.length) : null;
  };
}

/** A numbered unit with its printed label's range. */
export interface UnitEntry<U> extends Entry {
  unit: U;
}

/** The sequences items and subitems must each number 1, 2, 3 …: the items of each 款, the subitems of each item. */
export function itemSequences(reg: Regulation, labelRange: LabelRange): { kind: 'item' | 'subitem'; entries: UnitEntry<Item | Subitem>[] }[] {
  const out: { kind: 'item' | 'subitem'; entries: UnitEntry<Item | Subitem>[] }[] = [];
  const entry = <U extends Item | Subitem>(unit: U): UnitEntry<U>[] => {
    const range = labelRange(unit.location.range.start, unit.label);
    return range ? [{ number: unit.number, label: unit.label, range, unit }] : [];
  };
  for (const a of reg.articles) {
    for (const p of a.paragraphs) {
      out.push({ kind: 'item', entries: p.items.flatMap(entry) });
      for (const it of p.items) out.push({ kind: 'subitem', entries: it.subitems.flatMap(entry) });
    }
  }
  return out;
}

/**
 * The sequences the draft's numbered divisions (编, 章, 节 …) must each number 1, 2, 3 …: per kind, one sequence per
 * parent, or one through the text when that fits the draft better (fewer faults). Divisions whose label is not
 * printed where the model says are left out (`labelRange` returns null).
 */
export function divisionSequences(reg: Regulation, labelRange: LabelRange): { kind: Division['kind']; entries: UnitEntry<Division>[] }[] {
  const groups = new Map<Division['kind'], UnitEntry<Division>[][]>();
  const collect = (list: Division[]) => {
    const byKind = new Map<Division['kind'], UnitEntry<Division>[]>();
    for (const d of list) {
      const range = d.number > 0 && d.label.startsWith('第') ? labelRange(d.location.range.start, d.label) : null;
      if (range) {
        const l = byKind.get(d.kind) ?? [];
        l.push({ number: d.number, label: d.label, range, unit: d });
        byKind.set(d.kind, l);
      }
      collect(d.children);
    }
    for (const [kind, entries] of byKind) groups.set(kind, [...(groups.get(kind) ?? []), entries]);
  };
  collect(reg.divisions);
  const out: { kind: Division['kind']; entries: UnitEntry<Division>[] }[] = [];
  for (const [kind, lists] of groups) {
    const faults = (l: Entry[]) => sequenceFaults(l.map((e) => e.number)).filter((f) => f).length;
    const flat = lists.flat();
    const perGroup = lists.reduce((sum, l) => sum + faults(l), 0);
    if (lists.length > 1 && faults(flat) < perGroup) out.push({ kind, entries: flat });
    else for (const l of lists) out.push({ kind, entries: l });
  }
  return out;
}

const EN_DIVISION: Record<Division['kind'], string> = { part: 'Part', subpart: 'Subpart', chapter: 'Chapter', section: 'Section' };

function enArticle(n: number, insert: number | null): string {
  return `Article ${n}${insert ? `-${insert}` : ''}`;
}

/** 第六条, 第三条之一, in the numerals of `written` (第6条 → 第5条). */
function articleLabelLike(n: number, insert: number | null, written: string): string {
  return `第${numeralLike(n, written)}条${insert ? `之${chineseNumeral(insert)}` : ''}`;
}

const NUMERAL = /[0-9０-９]+|[〇零一二三四五六七八九十百千两]+/;

/** The number written in the style of `written`: Arabic (half or full width) or Chinese numerals. */
export function numeralLike(n: number, written: string): string {
  const m = NUMERAL.exec(written.replace(/^第/, ''));
  if (m && /^[0-9]/.test(m[0])) return String(n);
  if (m && /^[０-９]/.test(m[0])) return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return chineseNumeral(n);
}

/** An item or subitem label with its numeral replaced, brackets and dot kept: （三） → （二）, 3. → 2. */
export function relabel(n: number, written: string): string {
  return written.replace(NUMERAL, numeralLike(n, written));
}

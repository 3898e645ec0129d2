// Renumbering a draft's articles (issue 13, part 2, core). Pure: no LSP import.
//
// With them, divisions and items are renumbered and their references follow (renumberStructure.ts).
// Articles are renumbered 第一条, 第二条 … in document order: an inserted 第三条之一 becomes an ordinary article,
// a deleted article's gap closes. References follow their article: every citation the analysis bound to the draft's
// own structure (status self: 本办法第X条, bare self 第X条, 第X条第Y款第（Z）项, lists, ranges) has its article numbers
// rewritten; 款 and 项 numbers are kept. External citations are never touched. What cannot be kept is reported, not
// rewritten: a reference to an article the draft does not have (or has twice), a range whose ends move apart (its
// ends still follow their articles, but it now covers the articles inserted between them, or lost deleted ones), and 前条 where the article before is an insert or follows a gap (the
// neighbour it meant may have changed). Applying the edits and renumbering again yields no edits.
import type { Article, TextRange } from '../../model';
import type { Bilingual } from '../messages';
import type { LineIndex } from '../text';
import { selfName } from '../selfName';
import type { DocumentAnalysis, NumberFragment, RenumberEdit, RenumberMove } from '../types';
export type { RenumberEdit, RenumberMove } from '../types';
import { chineseNumeral } from '../../labels';
import { renumberDivisionsAndItems } from './renumberStructure';
import { numeralLike } from './numbering';

export interface RenumberWarning {
  range: TextRange;
  message: Bilingual;
}

export interface RenumberResult {
  /** Non-overlapping, in document order. */
  edits: RenumberEdit[];
  moves: RenumberMove[];
  warnings: RenumberWarning[];
}

function key(n: number, insert: number | null | undefined): string {
  return insert ? `${n}-${insert}` : String(n);
}

function zhLabel(n: number, insert: number | null | undefined): string {
  return `第${chineseNumeral(n)}条${insert ? `之${chineseNumeral(insert)}` : ''}`;
}

/** The edits, moves and warnings that renumber the draft's articles; empty when the document is not a draft. */
export function renumberArticles(text: string, analysis: DocumentAnalysis, lines: LineIndex): RenumberResult {
  const result: RenumberResult = { edits: [], moves: [], warnings: [] };
  const reg = analysis.structure;
  /** How the draft names itself in a warning: 本办法 (本文件 when its title names no kind). */
  const selfZh = selfName(reg?.title)?.self ?? '本文件';
  if (!reg) return result;
  const slice = (r: TextRange) => text.slice(lines.offset(r.start), lines.offset(r.end));

  // New numbers in document order; old keys that name one article only.
  const renumbered = new Map<Article, number>();
  const byKey = new Map<string, Article[]>();
  let n = 0;
  for (const a of reg.articles) {
    if (!a.label.startsWith('第')) continue;
    renumbered.set(a, ++n);
    const k = key(a.number, a.insert);
    byKey.set(k, [...(byKey.get(k) ?? []), a]);
    const from = lines.offset(a.labelLocation.range.start);
    if (!text.startsWith(a.label, from)) continue;
    const m = /^第([0-9０-９〇零一二三四五六七八九十百千两]+)条/.exec(a.label);
    if (!m) continue;
    const to = `第${numeralLike(n, m[1])}条`;
    if (to !== a.label) {
      result.edits.push({ range: a.labelLocation.range, newText: to });
      result.moves.push({ from: a.label, to, range: a.labelLocation.range });
    }
  }
  const target = (number: number, insert: number | null | undefined): Article[] => byKey.get(key(number, insert)) ?? [];

  for (const c of analysis.citations) {
    if (!c.bindings.length || !c.bindings.every((b) => b.self)) continue;
    const parts = c.parts;
    parts.forEach((part, pi) => {
      if (part.kind === 'reference' && slice(part.range) === '前条') {
        // prev: the article 前条 means; holder: the article it stands in, right after it.
        const prev = c.bindings[0]?.article;
        const holder = prev ? reg.articles[reg.articles.indexOf(prev) + 1] : undefined;
        if (prev && holder && (prev.insert !== null || (holder.insert === null && holder.number !== prev.number + 1))) {
          result.warnings.push({
            range: part.range,
            message: {
              zh: `“前条”指${prev.label}，该条之后的条文有插入或删除，请核对所指条文`,
              en: `“前条” means Article ${prev.number}${prev.insert ? `-${prev.insert}` : ''}; articles next to it were inserted or deleted: check what it should mean`,
            },
          });
        }
      }
      if (part.kind !== 'article' || !part.numbers) return;
      part.numbers.forEach((frag, i) => {
        const insert = i === part.numbers!.length - 1 ? part.insert : undefined;
        const found = target(frag.value, insert?.value);
        const written = zhLabel(frag.value, insert?.value);
        const writtenEn = `Article ${frag.value}${insert ? `-${insert.value}` : ''}`;
        const range: TextRange = { start: frag.range.start, end: insert ? insert.range.end : frag.range.end };
        if (found.length !== 1) {
          result.warnings.push({
            range,
            message: found.length === 0
              ? { zh: `${selfZh}没有${written}，无法重新编号该引用`, en: `This document has no ${writtenEn}; the reference cannot be renumbered` }
              : { zh: `${selfZh}有多个${written}，无法确定该引用所指`, en: `This document has ${writtenEn} more than once; the reference cannot be renumbered` },
          });
          return;
        }
        const edit = articleNumberEdit(text, lines, frag, insert, { number: renumbered.get(found[0])!, insert: null });
        if (edit === undefined) result.warnings.push({ range, message: { zh: `无法改写${written}`, en: `Cannot rewrite ${writtenEn}` } });
        else if (edit) result.edits.push(edit);
      });
      // A range 第A条至第B条: the same articles must stay between its ends.
      const next = parts[pi + 1];
      const after = parts[pi + 2];
      if (next?.kind === 'connector' && /^(至|到)$/.test(slice(next.range)) && after?.kind === 'article' && after.numbers?.length) {
        const last = part.numbers[part.numbers.length - 1];
        const a = target(last.value, part.insert?.value);
        const b = target(after.numbers[0].value, after.numbers.length === 1 ? after.insert?.value : undefined);
        if (a.length === 1 && b.length === 1) {
          const oldSpan = b[0].number - a[0].number;
          const newSpan = renumbered.get(b[0])! - renumbered.get(a[0])!;
          if (oldSpan !== newSpan || a[0].insert !== null || b[0].insert !== null) {
            result.warnings.push({
              range: { start: part.range.start, end: after.range.end },
              message: {
                zh: `范围${slice({ start: part.range.start, end: after.range.end })}两端之间的条文有插入或删除，重新编号后所含条文不同，请核对`,
                en: `Articles were inserted or deleted inside the range ${slice({ start: part.range.start, end: after.range.end })}; renumbered, it covers other articles: check it`,
              },
            });
          }
        }
      }
    });
  }
  const structure = renumberDivisionsAndItems(text, analysis, lines);
  result.edits.push(...structure.edits);
  result.moves.push(...structure.moves);
  result.edits.sort((x, y) => lines.offset(x.range.start) - lines.offset(y.range.start));
  result.moves.sort((x, y) => lines.offset(x.range.start) - lines.offset(y.range.start));
  result.warnings.sort((x, y) => lines.offset(x.range.start) - lines.offset(y.range.start));
  // Overlapping edits (the same place cited twice) are kept once.
  result.edits = result.edits.filter((e, i, all) => i === 0 || lines.offset(e.range.start) >= lines.offset(all[i - 1].range.end));
  return result;
}

/**
 * The edit that makes an article number written in a reference (`frag`, with its 之N `insert`) name article `to`,
 * in the reference's numerals: null when it already does, undefined when the words around it cannot take the change
 * (之N in a list's first number, 条之 not written right after the number).
 */
export function articleNumberEdit(
  text: string,
  lines: LineIndex,
  frag: NumberFragment,
  insert: NumberFragment | undefined,
  to: { number: number; insert: number | null },
): RenumberEdit | null | undefined {
  const slice = (r: TextRange) => text.slice(lines.offset(r.start), lines.offset(r.end));
  const numeral = numeralLike(to.number, slice(frag.range));
  if (insert) {
    const between = text.slice(lines.offset(frag.range.end), lines.offset(insert.range.start));
    if (!/^条之$/.test(between)) return undefined;
    if (to.number === frag.value && to.insert === insert.value) return null;
    const newText = to.insert ? `${numeral}条之${numeralLike(to.insert, slice(insert.range))}` : `${numeral}条`;
    return { range: { start: frag.range.start, end: insert.range.end }, newText };
  }
  if (to.insert) {
    const end = lines.offset(frag.range.end);
    if (text[end] !== '条') return undefined;
    return { range: { start: frag.range.start, end: lines.position(end + 1) }, newText: `${numeral}条之${numeralLike(to.insert, slice(frag.range))}` };
  }
  return to.number === frag.value ? null : { range: frag.range, newText: numeral };
}

/** The text with the edits applied (edits in document order, non-overlapping). */
export function applyEdits(text: string, edits: readonly RenumberEdit[], lines: LineIndex): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    const s = lines.offset(e.range.start);
    out += text.slice(at, s) + e.newText;
    at = lines.offset(e.range.end);
  }
  return out + text.slice(at);
}


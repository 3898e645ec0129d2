// Renaming one article of a draft (issue 13, part 2: LSP rename on an article heading's number). Pure: no LSP import.
//
// Giving 第三条 the number 第五条 (or 五, 5, 第三条之一 …) rewrites its heading and every one of the draft's own
// references to it (本办法第三条, bare self 第三条, lists, ranges, 第三条第二款第（一）项), in the numerals each is
// written in, by the renumber engine's rewriting (articleNumberEdit); the article keeps its place in the text, so
// 本条, 前条 and 前款 keep their meaning. Nothing else changes. Refused, with the reason, when:
//   the new number is not an article number (Chinese or Arabic numerals, with an optional 之N);
//   another article already has it, or the draft has the renamed number twice (which one would its references mean?);
//   a reference already names the new number (a dangling 第五条 would silently start meaning this article);
//   a range's articles would change (第二条至第四条 around a 第三条 renamed 第六条), or a reference cannot take the
//   new number (之N inside a list).
import { chineseNumeral } from '../../labels';
import type { Article, TextRange } from '../../model';
import { parseNumeral } from '../../numerals';
import type { Bilingual } from '../messages';
import { numeralLike } from './numbering';
import { articleNumberEdit, type RenumberEdit } from './renumber';
import type { LineIndex } from '../text';
import type { CitationPart, DocumentAnalysis, NumberFragment } from '../types';

export type ArticleRenameResult = { edits: RenumberEdit[] } | { error: Bilingual };

export interface ArticleNumber {
  number: number;
  insert: number | null;
}

const NUM = '[0-9０-９〇零一二两三四五六七八九十百千]+';
const ARTICLE_NUMBER = new RegExp(`^第?\\s*(${NUM})\\s*条?\\s*(?:之\\s*(${NUM}))?$`);

/** 第五条, 五, 5, ５, 第五条之一, 第5条之1, 5之1 → the number; null for anything else. */
export function parseArticleNumber(input: string): ArticleNumber | null {
  const m = ARTICLE_NUMBER.exec(input.trim());
  if (!m) return null;
  const number = parseNumeral(m[1]);
  const insert = m[2] ? parseNumeral(m[2]) : null;
  if (number === null || number < 1 || number > 9999 || (m[2] && (insert === null || insert < 1 || insert > 99))) return null;
  return { number, insert };
}

const zhLabel = (a: ArticleNumber) => `第${chineseNumeral(a.number)}条${a.insert ? `之${chineseNumeral(a.insert)}` : ''}`;
const enLabel = (a: ArticleNumber) => `Article ${a.number}${a.insert ? `-${a.insert}` : ''}`;
const same = (a: ArticleNumber, b: ArticleNumber) => a.number === b.number && (a.insert ?? 0) === (b.insert ?? 0);
/** Order of article numbers: 第三条 < 第三条之一 < 第四条. */
const compare = (a: ArticleNumber, b: ArticleNumber) => a.number - b.number || (a.insert ?? 0) - (b.insert ?? 0);

/** The heading's new label, in the numerals the heading is written in. */
function newLabel(label: string, to: ArticleNumber): string | null {
  const m = new RegExp(`^第(${NUM})条(?:之(${NUM}))?`).exec(label);
  if (!m) return null;
  return `第${numeralLike(to.number, m[1])}条${to.insert ? `之${numeralLike(to.insert, m[2] ?? m[1])}` : ''}`;
}

/** Edits that give `article` of the draft the number `newName`, or why not. */
export function renameArticle(text: string, analysis: DocumentAnalysis, lines: LineIndex, article: Article, newName: string): ArticleRenameResult {
  const reg = analysis.structure;
  const to = parseArticleNumber(newName);
  if (!to) {
    return { error: { zh: `“${newName}”不是条文序号（可写 第五条、五、5 或 第三条之一）`, en: `“${newName}” is not an article number (write 第五条, 五, 5 or 第三条之一)` } };
  }
  if (!reg || !reg.articles.includes(article)) return { error: { zh: '该条不是本文件的条文', en: 'This is not an article of this document' } };
  const from: ArticleNumber = { number: article.number, insert: article.insert };
  if (same(from, to)) return { edits: [] };
  const lineOf = (a: Article) => a.labelLocation.range.start.line + 1;
  const taken = reg.articles.find((a) => a !== article && same(a, to));
  if (taken) return { error: { zh: `本文件已有${zhLabel(to)}（第${lineOf(taken)}行）`, en: `This document already has ${enLabel(to)} (line ${lineOf(taken)})` } };
  const twin = reg.articles.find((a) => a !== article && same(a, from));
  if (twin) {
    return { error: { zh: `本文件有两个${article.label}（第${lineOf(article)}行、第${lineOf(twin)}行），无法确定引用所指；请先重新编号条文`, en: `This document has ${enLabel(from)} twice (lines ${lineOf(article)} and ${lineOf(twin)}); renumber the articles first` } };
  }
  const label = newLabel(article.label, to);
  if (!label || !text.startsWith(article.label, lines.offset(article.labelLocation.range.start))) {
    return { error: { zh: `无法改写标题“${article.label}”`, en: `Cannot rewrite the heading “${article.label}”` } };
  }
  const edits: RenumberEdit[] = [{ range: article.labelLocation.range, newText: label }];
  const where = (r: TextRange) => r.start.line + 1;
  const slice = (r: TextRange) => text.slice(lines.offset(r.start), lines.offset(r.end));
  const numbersOf = (part: CitationPart): ArticleNumber[] =>
    (part.numbers ?? []).map((n, i, all) => ({ number: n.value, insert: i === all.length - 1 ? part.insert?.value ?? null : null }));
  /** An article number after the rename: the renamed article's is `to`. */
  const renamed = (n: ArticleNumber) => (same(n, from) ? to : n);

  for (const c of analysis.citations) {
    if (!c.bindings.length || !c.bindings.every((b) => b.self)) continue;
    const parts = c.parts;
    for (let pi = 0; pi < parts.length; pi++) {
      const part = parts[pi];
      if (part.kind !== 'article' || !part.numbers) continue;
      const nums = numbersOf(part);
      for (let i = 0; i < nums.length; i++) {
        const frag: NumberFragment = part.numbers[i];
        const insert = i === nums.length - 1 ? part.insert : undefined;
        if (same(nums[i], to)) {
          return { error: { zh: `第${where(frag.range)}行已有引用指向${zhLabel(to)}（本文件没有该条），改号后将指向本条；请先核对该引用`, en: `Line ${where(frag.range)} already refers to ${enLabel(to)}, which this document lacks; renamed, it would mean this article: check it first` } };
        }
        if (!same(nums[i], from)) continue;
        const edit = articleNumberEdit(text, lines, frag, insert, to);
        if (edit === undefined) return { error: { zh: `第${where(frag.range)}行的引用“${c.text}”无法改写为${zhLabel(to)}`, en: `The reference “${c.text}” on line ${where(frag.range)} cannot be rewritten as ${enLabel(to)}` } };
        if (edit) edits.push(edit);
      }
      // A range keeps its articles: the renamed one is inside it before exactly when it is after.
      const conn = parts[pi + 1];
      const end = parts[pi + 2];
      if (conn?.kind === 'connector' && /^(至|到)$/.test(slice(conn.range)) && end?.kind === 'article' && end.numbers?.length) {
        const a = nums[nums.length - 1];
        const b = numbersOf(end)[0];
        const inside = (lo: ArticleNumber, hi: ArticleNumber, n: ArticleNumber) => compare(lo, n) <= 0 && compare(n, hi) <= 0;
        const changed = reg.articles.some((x) => {
          const n = { number: x.number, insert: x.insert };
          return inside(a, b, n) !== inside(renamed(a), renamed(b), renamed(n));
        });
        if (changed) {
          const written = slice({ start: part.range.start, end: end.range.end });
          return { error: { zh: `第${where(part.range)}行的范围“${written}”所含条文将改变；请改用重新编号条文或手动修改`, en: `The range “${written}” on line ${where(part.range)} would cover other articles; use Renumber Articles or edit it by hand` } };
        }
      }
    }
  }
  edits.sort((x, y) => lines.offset(x.range.start) - lines.offset(y.range.start));
  return { edits: edits.filter((e, i, all) => i === 0 || lines.offset(e.range.start) >= lines.offset(all[i - 1].range.end)) };
}

// Binding: a target (article, 款, 项, 目 or division numbers) read in one regulation version, or in the document's
// own structure, becomes the objects it names, their most precise location, and the problem when one is missing.
//
// Rules, the same for corpus texts and drafts:
// - An article is found by number and 之N insert. One past the last article of a corpus text its source cut short
//   (corpus/cutShort.ts) may exist: still unknown, but a warning saying the text is incomplete instead of an error.
// - A 款 is the article's paragraph with that number.
// - A 项 is looked up in its 款; a 项 cited without its 款 in the first 款 that has items.
// - A 目 is looked up in its 项.
// - A division (第二章, 第二章第一节) is found by kind and number, so a text printing 第2章 answers 第二章.
// - The location is that of the deepest level found: 目, 项, 款, the article's label, the division's heading, else
//   the regulation's title (or its file's start).
import type { Law } from '../corpus/index';
import { cutShortAfter } from '../corpus/cutShort';
import { findArticle, type Division, type Regulation, type SourceLocation } from '../model';
import { parseNumeral } from '../numerals';
import { problems } from './problems';
import { selfName, type NamedTitle } from './selfName';
import type { Binding, CitationTarget, Problem } from './types';

/**
 * Bind one target. `law` is null for the document's own structure (whose problems name no title); `title` is how
 * messages name the regulation.
 */
export function bindTarget(target: CitationTarget, law: Law | null, reg: Regulation, self: boolean): Binding {
  const title: NamedTitle = self ? selfName(reg.title) : law?.title ?? reg.title;
  const b = new BoundTarget(target, law, reg, self, titleLocation(reg));
  if (target.article === null) {
    if (target.division) {
      b.division = findDivision(reg.divisions, target.division, target.part);
      if (b.division) b.location = b.division.location;
      else b.problem = problems.unknownDivision(title, target.division);
    }
    return b;
  }
  const article = findArticle(reg, target.article, target.articleInsert);
  if (!article) {
    const cut = law ? cutShortAfter(reg) : null;
    if (cut && pastEnd(target.article, target.articleInsert, cut)) {
      b.problem = problems.pastCutText(title, target.article, target.articleInsert, cut);
      return b;
    }
    b.problem = problems.unknownArticle(title, target.article, target.articleInsert, reg.articles.length, lastArticle(reg.articles));
    return b;
  }
  b.article = article;
  b.location = article.labelLocation;
  b.problem = provisionProblem(b, title);
  return b;
}

/** Whether article `n` (之`insert`) comes after `last`. */
function pastEnd(n: number, insert: number | null, last: { number: number; insert: number | null }): boolean {
  return n > last.number || (n === last.number && (insert ?? 0) > (last.insert ?? 0));
}

/** Fill 款/项/目 of a bound article; the problem when one is missing. */
function provisionProblem(b: Binding, title: NamedTitle): Problem | null {
  const a = b.article!;
  const t = b.target;
  if (t.paragraph !== null) {
    const p = a.paragraphs.find((x) => x.number === t.paragraph);
    if (!p) return problems.unknownParagraph(title, a.number, a.insert, t.paragraph, a.paragraphs.length);
    b.paragraph = p;
    b.location = p.location;
  }
  if (t.item === null) return null;
  const host = b.paragraph ?? a.paragraphs.find((p) => p.items.length > 0) ?? null;
  const items = host ? host.items.length : 0;
  const item = host?.items.find((i) => i.number === t.item) ?? null;
  if (!item) return problems.unknownItem(title, a.number, a.insert, t.paragraph, t.item, items);
  b.paragraph = host;
  b.item = item;
  b.location = item.location;
  const sub = t.subitem ?? null;
  if (sub === null) return null;
  const subitem = item.subitems.find((s) => s.number === sub) ?? null;
  if (!subitem) return problems.unknownItem(title, a.number, a.insert, t.paragraph, t.item, items);
  b.subitem = subitem;
  b.location = subitem.location;
  return null;
}

/** A binding for a target whose regulation is not known (unknown or no title): nothing found, nowhere to go. */
export function unbound(target: CitationTarget): Binding {
  return new BoundTarget(target, null, null, false, null);
}

/** A binding as one object of fixed shape (a large draft has tens of thousands; no out-of-object properties). */
class BoundTarget implements Binding {
  article: Binding['article'] = null;
  paragraph: Binding['paragraph'] = null;
  item: Binding['item'] = null;
  subitem: Binding['subitem'] = null;
  division: Binding['division'] = null;
  problem: Binding['problem'] = null;

  constructor(
    public target: CitationTarget,
    public law: Law | null,
    public regulation: Regulation | null,
    public self: boolean,
    public location: SourceLocation | null,
  ) {}
}

function titleLocation(reg: Regulation): SourceLocation | null {
  if (reg.titleLocation) return reg.titleLocation;
  const file = reg.files[0];
  if (!file) return null;
  const zero = { line: 0, character: 0 };
  return { file, range: { start: zero, end: zero } };
}

const DIVISION_LABEL = /第([零〇一二两三四五六七八九十百千0-9０-９]+)(分编|编|章|节)/g;
const KIND_OF: Record<string, Division['kind']> = { 编: 'part', 分编: 'subpart', 章: 'chapter', 节: 'section' };

/**
 * Find 第二章 / 第二章第一节 in a regulation's division tree, by kind and number (a 第N章 under a 编 is found too). Rule (a
 * code whose chapters are numbered within each part: the 刑法's 总则 第三章 刑罚, 分则 第三章 破坏社会主义市场经济秩序罪):
 * `part`, the part's name written before the chapter (刑法分则第三章), looks in the 编 so headed only.
 */
export function findDivision(divisions: Division[], label: string, part?: string): Division | null {
  const named = part ? divisions.find((d) => (d.kind === 'part' || d.kind === 'subpart') && d.heading === part) : undefined;
  if (named) divisions = named.children;
  const steps: { kind: Division['kind']; n: number }[] = [];
  for (const m of label.matchAll(DIVISION_LABEL)) {
    const n = parseNumeral(m[1]);
    if (n !== null) steps.push({ kind: KIND_OF[m[2]], n });
  }
  if (!steps.length) return null;
  const search = (list: Division[], i: number): Division | null => {
    for (const d of list) {
      if (d.kind === steps[i].kind && d.number === steps[i].n) {
        if (i === steps.length - 1) return d;
        const r = search(d.children, i + 1);
        if (r) return r;
      } else if (steps[i].kind !== 'part' && (d.kind === 'part' || d.kind === 'subpart')) {
        const r = search(d.children, i);
        if (r) return r;
      }
    }
    return null;
  };
  const found = search(divisions, 0);
  if (found) return found;
  // A 节 (or 章) cited without the division above it (该法第三节): the one division of that number anywhere in the
  // text, when there is exactly one.
  const matches: Division[] = [];
  const visit = (list: Division[]) => {
    for (const d of list) {
      if (d.kind === steps[0].kind && d.number === steps[0].n) {
        const r = steps.length === 1 ? d : search(d.children, 1);
        if (r) matches.push(r);
      }
      visit(d.children);
    }
  };
  visit(divisions);
  return matches.length === 1 ? matches[0] : null;
}

/** The highest-numbered article (第四百五十二条 of the 刑法, whose 505 articles count its 条之一). */
function lastArticle(articles: readonly { number: number; insert: number | null }[]): { number: number; insert: number | null } | null {
  let last: { number: number; insert: number | null } | null = null;
  for (const a of articles) if (!last || a.number > last.number || (a.number === last.number && (a.insert ?? 0) > (last.insert ?? 0))) last = a;
  return last;
}

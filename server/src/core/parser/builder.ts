// Builds divisions → articles → paragraphs → items → subitems from classified lines, with exact locations.
// Two modes: loading a corpus builds divisions and lazy articles (line ranges; their bodies are read on first
// use); reading one article's body walks its lines again with a full builder.
import type { Article, Division, DivisionKind, Item, Paragraph, Subitem } from '../model';
import { CompactLocation } from './location';
import { LazyArticle, type ArticleSource } from './lazyArticle';
import { inlineItems, type ArticleHeading, type DivisionHeading, type ListLabel } from './headings';

/** A logical line: one source line, or several joined across a page break. Text is trimmed. */
export interface Unit {
  line: number;
  start: number;
  endLine: number;
  end: number;
  text: string;
}

const RANK: Record<DivisionKind, number> = { part: 0, subpart: 1, chapter: 2, section: 3 };

export interface BuilderOptions {
  /** Build lazy articles that read their bodies from this source (corpus loading). */
  lazy?: ArticleSource;
  /** Added to every line number (a body walked from an article's own lines). */
  lineBase?: number;
}

/**
 * Push keeping small arrays small: V8 grows an array's store to 17 slots on the first push, which over a
 * million nodes is most of the model's memory. One element gets a one-slot array; later pushes grow normally.
 */
function pushExact<T>(arr: T[], x: T, replace: (a: T[]) => void): void {
  if (arr.length === 0) replace([x]);
  else arr.push(x);
}

export class StructureBuilder {
  readonly roots: Division[] = [];
  readonly articles: Article[] = [];
  private readonly stack: Division[] = [];
  private readonly beforeFirstArticle = new Set<Division>();
  /** TOC entries not yet matched by a body heading, for bodies that print only the heading words ("总 则"). */
  private readonly tocEntries: Division[] = [];
  private current: Article | null = null;
  private separator = '';
  private paragraph: Paragraph | null = null;
  private item: Item | null = null;
  private readonly lazy: ArticleSource | null;
  private readonly base: number;

  constructor(
    private readonly file: string,
    options: BuilderOptions = {},
  ) {
    this.lazy = options.lazy ?? null;
    this.base = options.lineBase ?? 0;
  }

  private loc(u: Unit, startOffset = 0): CompactLocation {
    return new CompactLocation(this.file, this.base + u.line, u.start + startOffset, this.base + u.endLine, u.end);
  }

  private extend(loc: Article['location'], u: Unit): void {
    (loc as CompactLocation).extendTo(this.base + u.endLine, u.end);
  }

  /** Lazy mode: every line after the heading only moves the article's end. */
  private extendLazy(u: Unit): boolean {
    const a = this.current as LazyArticle | null;
    if (!a) return false;
    a.endLine = this.base + u.endLine;
    a.endCharacter = u.end;
    return true;
  }

  get hasArticle(): boolean {
    return this.current !== null;
  }

  division(h: DivisionHeading, u: Unit): Division {
    this.closeArticle();
    const rank = RANK[h.kind];
    while (this.stack.length && RANK[this.stack[this.stack.length - 1].kind] >= rank) this.stack.pop();
    const parent = this.stack.length ? this.stack[this.stack.length - 1] : null;
    const d: Division = {
      kind: h.kind,
      number: h.number,
      label: h.label,
      heading: h.heading,
      location: this.loc(u),
      parent,
      children: [],
    };
    (parent ? parent.children : this.roots).push(d);
    this.stack.push(d);
    if (this.articles.length === 0 && !this.current) {
      this.beforeFirstArticle.add(d);
      if (this.tocEntries.length < 400) this.tocEntries.push(d);
    } else this.forgetTocEntry(d.kind, d.number);
    return d;
  }

  private forgetTocEntry(kind: DivisionKind, number: number): void {
    const i = this.tocEntries.findIndex((t) => t.kind === kind && t.number === number);
    if (i >= 0) this.tocEntries.splice(0, i + 1);
  }

  /**
   * A body line that repeats only the words of a table-of-contents heading ("总 则" after "第一章 总 则" in
   * the TOC) stands for that heading. Only once the TOC is known to be one (an article has been seen, or the
   * entry is not the latest division).
   */
  tocHeadingFor(text: string): DivisionHeading | null {
    if (this.tocEntries.length < 2 || text.length > 24) return null;
    const words = text.replace(/[\s\u3000\u00a0]+/g, '');
    const i = this.tocEntries.findIndex((t) => t.heading === words);
    if (i < 0) return null;
    const t = this.tocEntries[i];
    this.tocEntries.splice(0, i + 1);
    return { kind: t.kind, number: t.number, label: t.label, heading: t.heading };
  }

  article(h: ArticleHeading, u: Unit): void {
    this.closeArticle();
    const division = this.stack.length ? this.stack[this.stack.length - 1] : null;
    if (this.lazy) {
      this.current = new LazyArticle(this.lazy, h.number, h.insert, h.label, division, this.base + u.line, u.start, this.base + u.endLine, u.end);
      return;
    }
    const body = u.text.slice(h.bodyStart);
    this.separator = u.text.slice(h.label.length, h.bodyStart);
    const a: Article = {
      number: h.number,
      insert: h.insert,
      label: h.label,
      labelLocation: new CompactLocation(this.file, this.base + u.line, u.start, this.base + u.line, u.start + h.label.length),
      location: this.loc(u),
      paragraphs: [] as Paragraph[],
      division,
      text: '',
    };
    const p: Paragraph = {
      number: 1,
      text: body,
      location: this.loc(u, h.bodyStart),
      items: [],
    };
    this.addInlineItems(p, u, h.bodyStart);
    a.paragraphs = [p]; // exact-size array: most articles have one 款
    this.current = a;
    this.paragraph = p;
    this.item = null;
  }

  /** A plain line of text: a new 款, or the first one when the heading line held only the label. */
  text(u: Unit): boolean {
    if (this.lazy) return this.extendLazy(u);
    const a = this.current;
    if (!a) return false;
    const first = a.paragraphs[0];
    if (a.paragraphs.length === 1 && first.text === '' && first.items.length === 0) {
      first.text = u.text;
      first.location = this.loc(u);
      this.addInlineItems(first, u, 0);
    } else {
      const p: Paragraph = { number: a.paragraphs.length + 1, text: u.text, location: this.loc(u), items: [] };
      this.addInlineItems(p, u, 0);
      pushExact(a.paragraphs, p, (arr) => (a.paragraphs = arr));
      this.paragraph = p;
    }
    this.item = null;
    this.extend(a.location, u);
    return true;
  }

  /**
   * 项 written inside the paragraph just made from `u` (its text starts at `offset` in u.text), see inlineItems.
   * The paragraph's text is left as it is. Skipped for a unit joined across a page break: its text is the
   * pieces run together, so an offset in it is not a character of one line.
   */
  private addInlineItems(p: Paragraph, u: Unit, offset: number): void {
    if (u.line !== u.endLine) return;
    const found = inlineItems(p.text);
    if (!found) return;
    const line = this.base + u.line;
    const at = u.start + offset;
    p.items = found.map((f) => ({
      number: f.number,
      label: f.label,
      text: f.text,
      location: new CompactLocation(this.file, line, at + f.start, line, at + f.end),
      subitems: [],
    }));
  }

  /**
   * 项 （一） under the current 款. Items written 一、 (older texts: 国籍法, 户口登记条例) are items only as a list: the
   * first, 一、, right after a 款 ending with a colon (下列证件：), each next one numbered on from the item before; any
   * other 一、 line inside an article is a 款 of its text.
   */
  itemLine(l: ListLabel, u: Unit): boolean {
    if (this.lazy) return this.extendLazy(u);
    let p = this.paragraph;
    if (!this.current || !p) return false;
    if (l.label.endsWith('、') && !this.continuesNumberedList(p, l.number)) return false;
    if (l.number > 1 && p.items.length === 0) p = this.resumeItems(l.number) ?? p;
    const it: Item = {
      number: l.number,
      label: l.label,
      text: u.text.slice(l.label.length).trimStart(),
      location: this.loc(u),
      subitems: [],
    };
    pushExact(p.items, it, (arr) => (p!.items = arr));
    p.text = p.text ? p.text + '\n' + u.text : u.text;
    this.extend(p.location, u);
    this.extend(this.current.location, u);
    this.item = it;
    return true;
  }

  private continuesNumberedList(p: Paragraph, number: number): boolean {
    const last = p.items[p.items.length - 1];
    if (last) return this.item === last && last.label.endsWith('、') && last.number === number - 1;
    return number === 1 && /[：:]$/.test(p.text);
  }

  /**
   * Items numbered on from an earlier 款's items ((二) … a plain explanatory paragraph … (三)): the plain
   * paragraphs in between belong to the last item, and the list continues in that 款.
   */
  private resumeItems(number: number): Paragraph | null {
    const ps = this.current!.paragraphs;
    let k = ps.length - 1;
    while (k > 0 && ps[k].items.length === 0) k--;
    const owner = ps[k];
    const last = owner.items[owner.items.length - 1];
    if (k === ps.length - 1 || !last || last.number !== number - 1) return null;
    for (const q of ps.splice(k + 1)) {
      last.text += '\n' + q.text;
      owner.text += '\n' + q.text;
      const end = q.location as CompactLocation;
      (last.location as CompactLocation).extendTo(end.endLine, end.endCharacter);
      (owner.location as CompactLocation).extendTo(end.endLine, end.endCharacter);
    }
    this.paragraph = owner;
    return owner;
  }

  /** 目 1. under the current 项; without an item it stays text of the 款. */
  subitemLine(l: ListLabel, u: Unit): boolean {
    if (this.lazy) return this.extendLazy(u);
    const it = this.item;
    if (!it) return this.append(u);
    const s: Subitem = {
      number: l.number,
      label: l.label,
      text: u.text.slice(l.label.length).trimStart(),
      location: this.loc(u),
    };
    pushExact(it.subitems, s, (arr) => (it.subitems = arr));
    it.text += '\n' + u.text;
    this.extend(it.location, u);
    return this.append(u);
  }

  /** Text that belongs to the current 款 without starting a new one (tables, unnumbered lists). */
  append(u: Unit): boolean {
    if (this.lazy) return this.extendLazy(u);
    const p = this.paragraph;
    if (!this.current || !p) return false;
    p.text = p.text ? p.text + '\n' + u.text : u.text;
    this.extend(p.location, u);
    this.extend(this.current.location, u);
    return true;
  }

  private closeArticle(): void {
    const a = this.current;
    if (!a) return;
    if (this.lazy) {
      this.articles.push(a);
      this.current = null;
      return;
    }
    if (a.paragraphs.length === 1 && a.paragraphs[0].text === '') {
      a.text = a.label;
    } else {
      let text = a.label + this.separator + a.paragraphs[0].text;
      for (let i = 1; i < a.paragraphs.length; i++) text += '\n' + a.paragraphs[i].text;
      a.text = text;
    }
    this.articles.push(a);
    this.current = null;
    this.paragraph = null;
    this.item = null;
  }

  /** Finish; divisions before the first article that hold no article (a table of contents) are dropped. */
  finish(): { divisions: Division[]; articles: Article[] } {
    this.closeArticle();
    if (this.beforeFirstArticle.size) {
      const used = new Set<Division>();
      for (const a of this.articles) for (let d = a.division; d && !used.has(d); d = d.parent) used.add(d);
      const keep = (d: Division) => used.has(d) || !this.beforeFirstArticle.has(d);
      const prune = (list: Division[]): Division[] => {
        const kept = list.filter(keep);
        for (const d of kept) d.children = prune(d.children);
        return kept;
      };
      return { divisions: prune(this.roots), articles: this.articles };
    }
    return { divisions: this.roots, articles: this.articles };
  }
}

// Walks the body lines of one regulation and feeds the structure builder: headings, articles, 款, 项, 目,
// page-break joins (PDF extracts), TOC and noise lines skipped.
import type { BodyOptions } from './bodyOptions';
import { StructureBuilder, type Unit } from './builder';
import type { ListLabel } from './headings';
import {
  enArticle, enDivision, isPageNoise, unwrapArticleMarkup, isTocEntry, itemLabel, subitemLabel, zhArticle, zhDivision,
  type DivisionHeading,
} from './headings';
import { endsParagraph, firstNonSpace, lastNonSpace } from './text';
import { parseNumeral } from '../numerals';
import { stopGluedArticleAt } from './stopGluedArticle';

export type { BodyOptions } from './bodyOptions';

/** An item at a line start numbered in Chinese, as an amendment's: 一、将刑法第十七条修改为：…. */
export const CHINESE_ITEM = /^([一二三四五六七八九十百]+)、/;

/** 一、 at a line's start: a 项 as older texts wrote them, when the builder finds a list opened by a colon (itemLine). */
function numberedItemLabel(t: string): ListLabel | null {
  const m = CHINESE_ITEM.exec(t);
  const number = m ? parseNumeral(m[1]) : null;
  return m && number ? { number, label: m[0] } : null;
}
/** An item numbered in Arabic digits at a line start: 16．人民法院受理执行案件…, 3、…. */
export const ARABIC_ITEM = /^(\d{1,3})[.．、](?![\d.．])/;

const enum Kind {
  Skip,
  Article,
  Division,
  Item,
  Subitem,
  Table,
  Text,
}

const EN_TERMINAL = /[.;:!?)"”’'。；：]$/;

/** A Markdown heading that is not 第N章: "一、一般规定" (numbered) or "附则" (unnumbered, number 0). */
function markdownDivision(inner: string): DivisionHeading | null {
  const d = zhDivision(inner);
  if (d) return d;
  const m = /^([一二三四五六七八九十百]+)[、.．]\s*(.+)$/.exec(inner);
  if (m) return { kind: 'chapter', number: parseNumeral(m[1]) ?? 0, label: m[1] + '、', heading: m[2].replace(/[\s\u3000]+/g, '') };
  return { kind: 'chapter', number: 0, label: '', heading: inner.replace(/[\s\u3000]+/g, '') };
}

export function walkBody(
  lines: string[],
  from: number,
  to: number,
  builder: StructureBuilder,
  opts: BodyOptions,
  /** Number of the article before `from` (a glued label counts only for the next number). */
  previousArticle = 0,
): void {
  const zh = opts.lang === 'zh';
  // Classify a trimmed line; remember heading matches to avoid running a regex twice.
  let art: ReturnType<typeof zhArticle> = null;
  let div: DivisionHeading | null = null;
  let list: ReturnType<typeof itemLabel> = null;
  let lastNumber = previousArticle;
  const classify = (t: string): Kind => {
    art = null;
    div = null;
    list = null;
    const c = t.charCodeAt(0);
    if (opts.markdown && c === 35 /* # */) {
      const inner = t.replace(/^#+/, '').trim();
      if (!inner) return Kind.Skip;
      div = markdownDivision(inner);
      return Kind.Division;
    }
    if (opts.markdown && c === 60 /* < */ && t.startsWith('<!--')) return Kind.Skip;
    if (c === 124 /* | */) return Kind.Table;
    if (opts.plain && (isTocEntry(t) || isPageNoise(t))) return Kind.Skip;
    if (zh) {
      if ((art = zhArticle(t))) return Kind.Article;
      // Any Chinese format may glue the label to the text ("第二条本条例…"): only the next article in sequence
      // (or 之N of the previous one) counts, so "第三条规定的…" / "第十条…" inside an article stay text.
      if ((art = zhArticle(t, true)) && !(art.number === lastNumber + 1 && !art.insert) && !(art.insert && art.number === lastNumber)) art = null;
      if (art) return Kind.Article;
      if ((div = zhDivision(t))) return Kind.Division;
      if (opts.itemArticles) {
        const m = (opts.itemArticles === 'arabic' ? ARABIC_ITEM : CHINESE_ITEM).exec(t);
        const n = m ? parseNumeral(m[1]) : null;
        if (m && n === lastNumber + 1) {
          art = { number: n, insert: null, label: m[0], bodyStart: m[0].length };
          return Kind.Article;
        }
      }
    } else {
      if ((art = enArticle(t))) return Kind.Article;
      if ((div = enDivision(t))) return Kind.Division;
    }
    if ((list = itemLabel(t))) return Kind.Item;
    if (zh && !opts.itemArticles && (list = numberedItemLabel(t))) return Kind.Item;
    if ((list = subitemLabel(t))) return Kind.Subitem;
    // English web-page noise: short lines that end no sentence, or are single tokens like "Like(0)".
    if (opts.plain && !zh && t.length < 100 && (!EN_TERMINAL.test(t) || !/\s/.test(t))) return Kind.Skip;
    return Kind.Text;
  };

  /** Where the line read again starts: the next article's label after a full stop inside it (stopGluedArticle.ts). */
  let resume = -1;
  for (let i = from; i < to; i = resume >= 0 ? i : i + 1) {
    const line = lines[i];
    let s = resume >= 0 ? resume : firstNonSpace(line);
    resume = -1;
    if (s >= line.length) continue;
    let e = lastNonSpace(line);
    let t = s === 0 && e === line.length ? line : line.slice(s, e);
    if (zh) {
      const c = t.charCodeAt(0);
      if (c === 42 /* * */ || c === 35 /* # */ || c === 62 /* > */ || c === 95 /* _ */) {
        const unwrapped = unwrapArticleMarkup(t);
        if (unwrapped) {
          s += unwrapped.offset;
          t = unwrapped.text;
        }
      }
    }
    let kind = classify(t);
    if (kind === Kind.Skip) continue;
    // ……。第十四条 …: the next article's label after a full stop, the numbering going on — the line up to it now, the
    // rest read again from the label (stopGluedArticle.ts).
    if (zh && (kind === Kind.Article || kind === Kind.Text || kind === Kind.Item || kind === Kind.Subitem)) {
      const heading = kind === Kind.Article ? (art as ReturnType<typeof zhArticle>) : null;
      const k = stopGluedArticleAt(t, heading ? heading.bodyStart : 0, heading ? heading.number : lastNumber);
      if (k > 0) {
        resume = s + k;
        e = s + k;
        t = t.slice(0, k);
        kind = classify(t);
      }
    }
    const a = art as ReturnType<typeof zhArticle>;
    const d = div as DivisionHeading | null;
    const l = list as ReturnType<typeof itemLabel>;
    const u: Unit = { line: i, start: s, endLine: i, end: e, text: t };
    if (kind === Kind.Text && t.length <= 24 && !/[。；，：,;:]/.test(t)) {
      const toc = builder.tocHeadingFor(t);
      if (toc) {
        builder.division(toc, u);
        continue;
      }
    }
    if (kind === Kind.Division && d) {
      if (opts.markdown && t.charCodeAt(0) === 35) {
        const off = t.length - t.replace(/^#+\s*/, '').length;
        u.start += off;
        u.text = t.slice(off);
      }
      builder.division(d, u);
      continue;
    }
    // Join a paragraph split by a page break: the line does not end a sentence, the next non-empty line is text.
    if (opts.joinPageBreaks && kind !== Kind.Table) {
      // Test the last joined piece, not u.text: reading the end of a long concatenation would flatten it each time.
      let last = u.text;
      while (!endsParagraph(last)) {
        let j = u.endLine + 1;
        let js = 0;
        for (; j < to; j++) {
          js = firstNonSpace(lines[j]);
          if (js < lines[j].length && !(opts.plain && isPageNoise(lines[j].slice(js, lastNonSpace(lines[j]))))) break;
        }
        if (j >= to) break;
        const je = lastNonSpace(lines[j]);
        const next = lines[j].slice(js, je);
        if (classify(next) !== Kind.Text) break;
        u.endLine = j;
        u.end = je;
        u.text += zh ? next : ' ' + next;
        last = next;
      }
      i = u.endLine;
    }
    // Text before the first article (preamble, decisions without 条) belongs to no article and is left out.
    switch (kind) {
      case Kind.Article:
        if (a) {
          builder.article(a, u);
          lastNumber = a.number;
        }
        break;
      case Kind.Item:
        if (!l || !builder.itemLine(l, u)) builder.text(u);
        break;
      case Kind.Subitem:
        if (l) builder.subitemLine(l, u);
        else builder.text(u);
        break;
      case Kind.Table:
        builder.append(u);
        break;
      default:
        builder.text(u);
    }
  }
}

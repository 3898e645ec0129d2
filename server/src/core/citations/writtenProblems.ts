// Problems whose quick fix rewrites a citation as the page wrote it: a malformed form (第 or 条 left out, 笫 typed for
// 第, 款 typed for 项), a missing article's nearest neighbours, a repealed law's successor and the article's counterpart
// there, a version superseded at the draft's date. They read the citation's text, the corpus and the document's date,
// never the analyzer's context; analyze.ts decides when each applies.
import type { CorpusLike, Law } from '../corpus/index';
import { versionTextDate } from '../corpus/versions';
import { counterpart, crosswalk, traceArticle } from '../corpus/crosswalk';
import type { LawRepeal } from '../corpus/lawStatus';
import { withoutRegionPrefix } from '../corpus/titles';
import { articleLabel as chineseArticleLabel, chineseNumeral } from '../labels';
import type { Regulation, TextRange } from '../model';
import { parseNumeral } from '../numerals';
import { writtenNumber } from './citationView';
import { enProvision, messages } from './messages';
import { nearestArticles, type NearArticle } from './nearest';
import { at, problems } from './problems';
import type { ScannedCitation, TitleHead } from './scanTypes';
import type { Binding, Problem, QuickFix } from './types';

export class WrittenProblems {
  /**
   * `typos`: where the page typed 笫 for 第 (typedNumerals.ts; `text` has 第 there); `range` maps offsets of `text`
   * to positions.
   */
  constructor(
    private readonly text: string,
    private readonly corpus: CorpusLike,
    private readonly date: string | null,
    private readonly typos: readonly number[],
    private readonly range: (start: number, end: number) => TextRange,
  ) {}

  /**
   * Versions (rules): a citation naming a version that was no longer in force at the draft's date → superseded-version
   * (warning), naming the article's counterpart in the version in force then, with a fix that cites it; the draft's
   * date selecting an older version whose article has since moved or been deleted → article-renumbered (information).
   * Counterparts come from the crosswalk (by text). One problem per citation, for its first article.
   */
  versionProblems(out: Problem[], c: ScannedCitation, bindings: readonly Binding[], range: () => TextRange): void {
    const b = bindings.find((x) => x.version && x.law && x.regulation);
    if (!b || !b.version || !b.law || !b.regulation) return;
    const v = b.version;
    const versions = b.law.versions;
    const label = (a: { number: number; insert: number | null }) => chineseArticleLabel(a.number, a.insert);
    if (v.reason === 'named' && this.date && v.until && v.until <= this.date) {
      const current = this.corpus.version(b.law, this.date);
      const trace = b.article ? traceArticle(versions, b.regulation, current, b.article) : null;
      const now = trace?.article ? label(trace.article) : null;
      const fixes: QuickFix[] = [];
      const newText = now && b.article ? this.citeCurrent(c, label(b.article), now) : null;
      if (newText) fixes.push({ title: messages.fixCiteCurrent(newText), range: range(), newText });
      const p = problems.supersededVersion(b.law.title, v.text ?? '—', v.until, versionTextDate(current) ?? '—', this.date, b.article ? label(b.article) : null, now, fixes);
      out.push(at(p, range()));
      return;
    }
    if (v.reason === 'older-fits' && v.until && b.article) {
      const latest = versions[versions.length - 1];
      const trace = traceArticle(versions, b.regulation, latest, b.article);
      const t = b.target;
      const cited = chineseArticleLabel(b.article.number, b.article.insert) + (t.paragraph !== null ? `第${chineseNumeral(t.paragraph)}款` : '') + (t.item !== null ? `第（${chineseNumeral(t.item)}）项` : '');
      const citedEn = enProvision({ article: b.article.number, insert: b.article.insert, paragraph: t.paragraph, item: t.item });
      // The article's counterpart names where an article went; a 款 or 项 may have gone elsewhere, so none is named.
      const now = trace.article && t.paragraph === null && t.item === null ? label(trace.article) : null;
      out.push(at(problems.olderVersionOnly(b.law.title, cited, citedEn, v.text ?? '—', v.until, versionTextDate(latest) ?? '—', now), range()));
      return;
    }
    if ((v.reason === 'document-date' || v.reason === 'front-matter') && v.until && b.article) {
      const latest = versions[versions.length - 1];
      const trace = traceArticle(versions, b.regulation, latest, b.article);
      if (trace.status !== 'moved' && trace.status !== 'removed') return;
      const now = trace.article ? label(trace.article) : null;
      out.push(at(problems.articleRenumbered(b.law.title, v.text ?? '—', label(b.article), versionTextDate(latest) ?? '—', now), range()));
    }
  }

  /** nearestArticles' answers for this document, by regulation and number (a draft repeats its missing articles). */
  private readonly nearestMemo = new Map<Regulation, Map<string, NearArticle[]>>();

  private nearest(reg: Regulation, number: number, insert: number | null): NearArticle[] {
    let byNumber = this.nearestMemo.get(reg);
    if (!byNumber) this.nearestMemo.set(reg, (byNumber = new Map()));
    const key = `${number}:${insert ?? ''}`;
    let near = byNumber.get(key);
    if (!near) byNumber.set(key, (near = nearestArticles(reg, number, insert)));
    return near;
  }

  /**
   * A missing article's problem with fixes that cite the nearest existing articles instead (a digit swap, one digit
   * off, the article without 之N, the last article), each rewriting the number where the citation writes it.
   */
  withNearArticles(p: Problem, b: Binding, c: ScannedCitation): Problem {
    const t = b.target;
    // Past the end of a text cut short (args.cut) the nearest articles are no guide: the article may exist.
    if (p.code !== 'unknown-article' || t.article === null || !b.regulation || p.args.cut !== undefined) return p;
    const where = writtenNumber(this.text, c.parts, t.article, t.articleInsert);
    if (!where) return p;
    const near = this.nearest(b.regulation, t.article, t.articleInsert);
    if (!near.length) return p;
    const arabic = /^[0-9０-９]+$/.test(this.text.slice(where.start, where.numberEnd));
    const numeral = (n: number) => (arabic ? String(n) : chineseNumeral(n));
    const fixes: QuickFix[] = [];
    /** The range rewritten, made once for the fixes that rewrite the same span (most: the number alone). */
    let spanEnd = -1;
    let spanRange: TextRange | null = null;
    for (const { article, why } of near) {
      let end = where.end;
      let newText: string;
      if (where.between) {
        // 第十条之一 → 第十条 / 第九条之二: the number, 条, and 之N when the article has one.
        newText = numeral(article.number) + (article.insert ? `${where.between}${numeral(article.insert)}` : where.between.replace(/之$/, ''));
      } else if (article.insert) {
        if (this.text[where.end] !== '条') continue;
        end = where.end + 1;
        newText = `${numeral(article.number)}条之${numeral(article.insert)}`;
      } else newText = numeral(article.number);
      const result = this.text.slice(c.start, where.start) + newText + this.text.slice(end, c.end);
      if (!spanRange || spanEnd !== end) {
        spanRange = this.range(where.start, end);
        spanEnd = end;
      }
      fixes.push({
        title: messages.fixNearArticle(result, why),
        range: spanRange,
        newText,
        cites: { regulation: b.self ? null : b.law?.title ?? b.regulation.title, article: article.number, insert: article.insert },
      });
    }
    return { ...p, fixes: [...p.fixes, ...fixes] };
  }
  /**
   * A citation of a law of the corpus that was repealed (lawStatus.ts): the warning names the date and the successor;
   * when the successor is in the corpus and the citation names one article (no 款/项), that article's counterpart in
   * the successor, found by text (the crosswalk between the two laws), is named and a fix cites it.
   */
  repealProblem(c: ScannedCitation, head: TitleHead, law: Law, repeal: LawRepeal, bindings: readonly Binding[], range: TextRange): Problem {
    const written = head.kind === 'title' ? head.written : law.title;
    const successorWritten = repeal.successor ? this.successorTitle(written, repeal.successor) : null;
    const successor = repeal.successor ? this.corpus.findLaw(repeal.successor) : undefined;
    const fixes: QuickFix[] = [];
    let now: string | null = null;
    const only = bindings.length === 1 ? bindings[0] : null;
    if (successor && successorWritten && only && only.article && only.regulation && only.target.paragraph === null && only.target.item === null) {
      const to = this.corpus.version(successor, null);
      const link = only.regulation.articles.length && to.articles.length ? counterpart(crosswalk(only.regulation, to), only.article) : null;
      if (link) {
        now = chineseArticleLabel(link.to.number, link.to.insert);
        const text = this.text.slice(c.start, c.end);
        const was = chineseArticleLabel(only.article.number, only.article.insert);
        const inner = head.innerStart - c.start;
        const retitled = text.slice(0, inner) + successorWritten + text.slice(head.innerEnd - c.start);
        const k = retitled.indexOf(was, inner + successorWritten.length);
        if (k >= 0) {
          const newText = retitled.slice(0, k) + now + retitled.slice(k + was.length);
          fixes.push({ title: messages.fixCiteSuccessor(newText), range, newText });
        }
      }
    }
    return at(problems.repealed(written, repeal, successorWritten, now, fixes), range);
  }

  /**
   * How to write a successor's title in this draft: as the corpus has it, without its 中华人民共和国 (or region) when
   * the draft left that off the repealed law's title (《合同法》 → 《民法典》) and the short name still means the law.
   */
  successorTitle(written: string, successor: string): string {
    const law = this.corpus.findLaw(successor);
    const title = law?.title ?? successor;
    const short = withoutRegionPrefix(title);
    if (!short || !title.endsWith(short)) return title;
    const prefix = title.slice(0, title.length - short.length);
    if (!written.startsWith(prefix) && (!law || this.corpus.findLaw(short) === law)) return short;
    return title;
  }

  /** The citation without its version marker (（2018年修正）) and with `now` for the article label `was`. */
  private citeCurrent(c: ScannedCitation, was: string, now: string): string | null {
    const text = this.text.slice(c.start, c.end).replace(/[（(]\s*[0-9]{4}\s*年\s*(?:修订|修正|修改|版|第[一二三四五六七八九十]+次修正)\s*[)）]/, '');
    const at = text.indexOf(was);
    return at < 0 ? null : text.slice(0, at) + now + text.slice(at + was.length);
  }

  /**
   * 第三十八条第(二)款 read as the article's item (bracketedItem: it has one 款, with that item): the writer typed 款 for
   * 项 — a hint, with the fix that writes 第(二)项.
   */
  itemTypedAsParagraph(c: ScannedCitation, bindings: readonly Binding[], range: () => TextRange): Problem | null {
    if (c.lang !== 'zh' || !c.targets.some((t) => t.bracketed)) return null;
    const items = new Set<number>();
    c.targets.forEach((raw, i) => {
      const t = bindings[i]?.target;
      if (raw.bracketed && raw.paragraph !== null && t && t.paragraph === null && t.item === raw.paragraph) items.add(raw.paragraph);
    });
    if (!items.size) return null;
    const written = this.text.slice(c.start, c.end);
    const correct = written.replace(/([（(])([一二三四五六七八九十0-9０-９]+)([)）] ?)款/g, (m, open: string, num: string, close: string) =>
      items.has(parseNumeral(num) ?? -1) ? `${open}${num}${close}项` : m);
    if (correct === written) return null;
    const r = range();
    return at(problems.malformedCitation(written, correct, [{ title: messages.fixMalformed(correct), range: r, newText: correct }]), r);
  }

  /** Whether the page typed 笫 for 第 inside the citation. */
  typoIn(c: ScannedCitation): boolean {
    return this.typos.some((t) => t >= c.start && t < c.end);
  }

  /** 第 or 条 left out, a stray 的 (第20的条), or 笫 typed for 第: the citation as it should be written, with the fix that writes it. */
  malformedProblem(c: ScannedCitation, range: TextRange): Problem {
    let written = this.text.slice(c.start, c.end);
    for (const t of this.typos) if (t >= c.start && t < c.end) written = `${written.slice(0, t - c.start)}笫${written.slice(t - c.start + 1)}`;
    let correct = '';
    let from = c.start;
    for (const m of c.missing ?? []) {
      correct += this.text.slice(from, m.at) + m.word;
      from = m.at + (m.drop ?? 0);
    }
    correct += this.text.slice(from, c.end);
    return at(problems.malformedCitation(written, correct, [{ title: messages.fixMalformed(correct), range, newText: correct }]), range);
  }
}

// Resolution: walk the scanned events in document order, keep the context (the regulation most recently cited, the
// document default, short titles the document defines) and resolve every citation to targets, a status and
// diagnostics. Pure: no LSP import.
import type { CorpusLike, Law } from '../corpus/index';
import { articleKey, type Article, type Division, type Regulation, type TextRange } from '../model';
import { formatChineseNumeral } from '../numerals';
import { documentDate, locateOwn, ownStructure, readFrontMatter, type OwnStructure } from './document';
import { bracketTitle, messages } from './messages';
import { scanText, type Head, type RawTarget, type ScannedCitation, type TitleHead } from './scanner';
import { editDistance, ENGLISH_LAW_WORD, LAW_TITLE_END, LineIndex, titleKey } from './text';
import { titleIndexOf, type TitleIndex } from './titles';
import type {
  AnalyzeOptions, Citation, CitationDiagnostic, CitationStatus, CitationTarget, DocumentAnalysis, Severity,
  ShortTitleDefinition,
} from './types';

/** What a title (or the context) names. */
type Context =
  | { kind: 'laws'; laws: Law[]; written: string; versionYear?: number }
  | { kind: 'unknown'; written: string; suggestions: string[] };

interface Resolved {
  status: CitationStatus;
  targets: CitationTarget[];
  candidates?: string[];
}

const STATUS_RANK: Partial<Record<CitationStatus, number>> = {
  'unknown-item': 1,
  'unknown-paragraph': 2,
  'unknown-article': 3,
};

function worse(a: CitationStatus, b: CitationStatus): CitationStatus {
  return (STATUS_RANK[b] ?? 0) > (STATUS_RANK[a] ?? 0) ? b : a;
}

/** no-context lists the candidates' targets; a pathological list stops here. */
const MAX_CANDIDATE_TARGETS = 500;

const EMPTY: DocumentAnalysis = { citations: [], diagnostics: [], shortTitles: [], isDraftRegulation: false, documentDate: null };

/** Scan and resolve every citation of a document. Never throws. */
export function analyzeDocument(text: string, corpus: CorpusLike, options: AnalyzeOptions = {}): DocumentAnalysis {
  if (typeof text !== 'string' || text.length === 0) return { ...EMPTY, citations: [], diagnostics: [], shortTitles: [] };
  try {
    return new Analyzer(text, corpus, options).run();
  } catch {
    return { ...EMPTY, citations: [], diagnostics: [], shortTitles: [] };
  }
}

class Analyzer {
  private readonly lines: LineIndex;
  private readonly idx: TitleIndex;
  private readonly own: OwnStructure | null;
  private readonly date: string | null;
  private readonly from: number;
  private readonly defaultCtx: Context | null;
  private readonly shortTitles = new Map<string, Context>();
  private readonly citations: Citation[] = [];
  private readonly diagnostics: CitationDiagnostic[] = [];
  private readonly definitions: ShortTitleDefinition[] = [];
  private last: Context | null = null;
  /** Every regulation cited so far, most recent last (for 该条例 / 上述办法, which name their kind). */
  private readonly history: Context[] = [];
  /** not-yet-effective is said once per regulation. */
  private readonly warnedEffective = new Set<string>();

  constructor(private readonly text: string, private readonly corpus: CorpusLike, private readonly options: AnalyzeOptions) {
    this.lines = new LineIndex(text);
    this.idx = titleIndexOf(corpus);
    const fm = readFrontMatter(text);
    this.from = fm.end;
    this.date = options.documentDate ?? documentDate(text, fm);
    this.own = ownStructure(text, fm.end);
    const def = fm.fields.get('lawcite.regulation') ?? options.defaultRegulation ?? null;
    this.defaultCtx = def ? this.lookupTitle(def.trim().replace(/^[《〈]|[》〉]$/g, '')) : null;
  }

  run(): DocumentAnalysis {
    const events = scanText(this.text, {
      matcher: this.idx,
      headingLabels: new Set(this.own?.headingLabels.map((h) => h.start) ?? []),
      selfReferences: this.own !== null,
      from: this.from,
    });
    for (const e of events) {
      try {
        if (e.type === 'title') this.onTitle(e.head);
        else if (e.type === 'definition') {
          const ctx = this.titleContext(e.of);
          this.shortTitles.set(titleKey(e.shortTitle), ctx);
          if (ctx.kind === 'laws' && ctx.laws.length === 1) {
            this.definitions.push({ shortTitle: e.shortTitle, regulation: ctx.laws[0].title, range: this.range(e.start, e.end) });
          }
        } else this.onCitation(e);
      } catch {
        // One odd citation never costs the others.
      }
    }
    return {
      citations: this.citations,
      diagnostics: this.diagnostics,
      shortTitles: this.definitions,
      isDraftRegulation: this.own !== null,
      documentDate: this.date,
    };
  }

  private range(start: number, end: number): TextRange {
    return this.lines.range(start, end);
  }

  private cite(ctx: Context): void {
    this.last = ctx;
    const h = this.history;
    if (h[h.length - 1] === ctx) return;
    const i = h.indexOf(ctx);
    if (i !== -1) h.splice(i, 1);
    h.push(ctx);
    if (h.length > 200) h.shift();
  }

  /** 该条例 → the most recent 条例, 该办法 → 办法, 该法 / 上述法律 → a 法; else the most recent regulation. */
  private anaphorContext(noun: string | undefined): Context | null {
    const kinds: Record<string, RegExp> = {
      条例: /条例$/, 办法: /办法$/, 规定: /规定$/, 细则: /细则$/, 决定: /决定$/, 解释: /解释$/,
      法: /法$/, 法律: /法$/, 法规: /(条例|办法|规定|细则)$/,
    };
    const re = noun ? kinds[noun] : undefined;
    if (re) {
      for (let i = this.history.length - 1; i >= 0; i--) {
        const h = this.history[i];
        const names = h.kind === 'laws' ? [h.written, ...h.laws.map((l) => l.title)] : [h.written];
        if (names.some((n) => re.test(n.replace(/\s+/g, '').replace(/[(（][^()（）]*[)）]$/, '')))) return h;
      }
    }
    return this.last ?? this.defaultCtx;
  }

  private lookupTitle(written: string): Context {
    const own = this.shortTitles.get(titleKey(written));
    if (own) return own;
    const cached = this.contexts.get(written);
    if (cached) return cached;
    const ctx = this.lookupCorpus(written);
    this.contexts.set(written, ctx);
    return ctx;
  }

  /** The same written title always yields the same context object (the anaphor history relies on it). */
  private readonly contexts = new Map<string, Context>();

  private lookupCorpus(written: string): Context {
    const m = this.idx.lookup(written);
    if (m.laws.length) return { kind: 'laws', laws: m.laws, written };
    if (!m.suggestions.length) {
      // One character off a short title this document defined: suggest the short title.
      const key = titleKey(written);
      for (const [short, ctx] of this.shortTitles) {
        if (short.length >= 3 && ctx.kind === 'laws' && editDistance(key, short, 1) === 1) return { kind: 'unknown', written, suggestions: [short] };
      }
    }
    return { kind: 'unknown', written, suggestions: m.suggestions };
  }

  private titleContext(head: TitleHead): Context {
    const ctx = this.lookupTitle(head.written);
    if (ctx.kind === 'laws' && head.versionYear) {
      const key = `${head.written}\u0000${head.versionYear}`;
      let v = this.contexts.get(key);
      if (!v) {
        v = { ...ctx, versionYear: head.versionYear };
        this.contexts.set(key, v);
      }
      return v;
    }
    return ctx;
  }

  private onTitle(head: TitleHead): void {
    const ctx = this.titleContext(head);
    const lawLike = head.lang === 'zh' ? LAW_TITLE_END.test(head.written.replace(/\s+/g, '')) : ENGLISH_LAW_WORD.test(head.written);
    if (ctx.kind === 'unknown') {
      if (!lawLike && !ctx.suggestions.length) return;
      // A near-miss title named alone is a typo being discussed: it does not take over the context.
      if (!ctx.suggestions.length) this.cite(ctx);
      if (ctx.suggestions.length) {
        const range = this.range(head.start, head.end);
        this.citations.push({
          text: this.text.slice(head.start, head.end), range, status: 'unknown-regulation', targets: [],
          parts: [{ kind: 'title', range }], titleText: head.written, candidates: ctx.suggestions, titleOnly: true,
        });
        this.titleDiagnostics(head, ctx);
      }
      return;
    }
    this.cite(ctx);
    const range = this.range(head.start, head.end);
    const targets = ctx.laws.map((law) => {
      const t: CitationTarget = { regulation: law.title, article: null, articleInsert: null, paragraph: null, item: null };
      this.addVersion(t, law, ctx);
      return t;
    });
    this.citations.push({
      text: this.text.slice(head.start, head.end), range, status: ctx.laws.length === 1 ? 'resolved' : 'ambiguous', targets,
      parts: [{ kind: 'title', range }], titleText: head.written,
      candidates: ctx.laws.length > 1 ? ctx.laws.map((l) => l.title) : undefined,
      titleOnly: true,
    });
    this.titleDiagnostics(head, ctx);
  }

  private onCitation(c: ScannedCitation): void {
    const head = c.head;
    let resolved: Resolved;
    let ctx: Context | null = null;
    const selfKinds = head.kind === 'this-article' || head.kind === 'prev-article' || head.kind === 'prev-paragraphs';
    if (head.kind === 'title') {
      ctx = this.titleContext(head);
      this.cite(ctx);
      resolved = this.resolveIn(ctx, c.targets);
    } else if (selfKinds || (this.own && (head.kind === 'self' || (head.kind === 'bare' && c.top === 1)))) {
      resolved = this.resolveSelf(c);
    } else {
      ctx = head.kind === 'anaphor' ? this.anaphorContext(head.noun) : this.last ?? this.defaultCtx;
      if (ctx) resolved = this.resolveIn(ctx, c.targets);
      else if (this.own) resolved = this.resolveSelf(c);
      else resolved = this.noContext(c.targets);
    }
    const range = this.range(c.start, c.end);
    const citation: Citation = {
      text: this.text.slice(c.start, c.end),
      range,
      status: resolved.status,
      targets: resolved.targets,
      parts: c.parts.map((p) => ({ kind: p.kind, range: this.range(p.start, p.end) })),
    };
    if (head.kind === 'title') citation.titleText = head.written;
    if (resolved.candidates?.length) citation.candidates = resolved.candidates;
    this.citations.push(citation);
    this.citationDiagnostics(c, citation, ctx);
  }

  private chooseVersion(law: Law, ctx: Context | null): Regulation {
    if (ctx && ctx.kind === 'laws' && ctx.versionYear) {
      const y = String(ctx.versionYear);
      const hit = law.versions.filter((v) => (v.adopted ?? v.effective ?? '').startsWith(y) || (v.effective ?? '').startsWith(y));
      if (hit.length) return hit[hit.length - 1];
    }
    return this.corpus.version(law, this.date);
  }

  private addVersion(t: CitationTarget, law: Law, ctx: Context | null): Regulation {
    const reg = this.chooseVersion(law, ctx);
    if (law.versions.length > 1) {
      const v = reg.effective ?? reg.adopted;
      if (v) t.version = v;
    }
    return reg;
  }

  /** Check raw targets against one law; the status is the worst of the targets'. */
  private checkInLaw(law: Law, raw: RawTarget[], ctx: Context | null): { status: CitationStatus; targets: CitationTarget[]; allFound: boolean } {
    let status: CitationStatus = 'resolved';
    let allFound = true;
    const targets: CitationTarget[] = [];
    for (const r of raw) {
      const t: CitationTarget = { regulation: law.title, article: r.article, articleInsert: r.insert, paragraph: r.paragraph, item: r.item };
      if (r.subitem !== null) t.subitem = r.subitem;
      if (r.division) t.division = r.division;
      const reg = this.addVersion(t, law, ctx);
      targets.push(t);
      const s = checkTarget(this.corpus, reg, r);
      if (s !== 'resolved') {
        status = worse(status, s);
        if (s === 'unknown-article') allFound = false;
      }
    }
    return { status, targets, allFound };
  }

  private resolveIn(ctx: Context, raw: RawTarget[]): Resolved {
    if (ctx.kind === 'unknown') return { status: 'unknown-regulation', targets: [], candidates: ctx.suggestions.length ? ctx.suggestions : undefined };
    if (ctx.laws.length === 1) {
      const r = this.checkInLaw(ctx.laws[0], raw, ctx);
      return { status: r.status, targets: r.targets };
    }
    const targets: CitationTarget[] = [];
    const candidates: string[] = [];
    for (const law of ctx.laws) {
      const r = this.checkInLaw(law, raw, ctx);
      if (r.allFound) {
        targets.push(...r.targets);
        candidates.push(law.title);
      }
    }
    return { status: 'ambiguous', targets, candidates };
  }

  private noContext(raw: RawTarget[]): Resolved {
    const first = raw.find((r) => r.article !== null);
    if (!first || first.article === null) return { status: 'no-context', targets: [] };
    const laws = this.idx.lawsWithArticle(first.article, first.insert, this.date);
    const targets: CitationTarget[] = [];
    outer: for (const law of laws) {
      const reg = this.corpus.version(law, this.date);
      for (const r of raw) {
        if (targets.length >= MAX_CANDIDATE_TARGETS) break outer;
        if (r.article === null || !this.corpus.article(reg, r.article, r.insert)) continue;
        const t: CitationTarget = { regulation: law.title, article: r.article, articleInsert: r.insert, paragraph: r.paragraph, item: r.item };
        if (r.subitem !== null) t.subitem = r.subitem;
        targets.push(t);
      }
    }
    return { status: 'no-context', targets, candidates: laws.map((l) => l.title) };
  }

  /** Self references in a draft regulation, against the document's own structure. */
  private resolveSelf(c: ScannedCitation): Resolved {
    const own = this.own;
    const head = c.head;
    const loc = own ? locateOwn(own, c.start) : null;
    const raws: RawTarget[] = [];
    const chain = c.targets;
    const blank = (): RawTarget => ({ article: null, insert: null, paragraph: null, item: null, subitem: null });
    if (head.kind === 'self' || (head.kind !== 'this-article' && head.kind !== 'prev-article' && head.kind !== 'prev-paragraphs' && c.top === 0)) {
      raws.push(...chain);
    } else {
      if (!own || !loc) return { status: 'no-context', targets: [] };
      const cur = loc.article;
      const idx = cur.index ?? own.articles.indexOf(cur);
      if (head.kind === 'prev-article') {
        const prevs = own.articles.slice(Math.max(0, idx - head.count), idx);
        if (!prevs.length) return { status: 'unknown-article', targets: [] };
        for (const prev of prevs) {
          if (chain.length) for (const r of chain) raws.push({ ...r, article: prev.number, insert: prev.insert });
          else raws.push({ ...blank(), article: prev.number, insert: prev.insert });
        }
      } else if (head.kind === 'prev-paragraphs') {
        const p = loc.paragraph.number;
        for (let k = Math.max(1, p - head.count); k < p; k++) {
          if (chain.length) for (const r of chain) raws.push({ ...r, article: cur.number, insert: cur.insert, paragraph: k });
          else raws.push({ ...blank(), article: cur.number, insert: cur.insert, paragraph: k });
        }
        if (!raws.length) return { status: 'unknown-paragraph', targets: [{ regulation: null, article: cur.number, articleInsert: cur.insert, paragraph: p - 1, item: null }] };
      } else if (head.kind === 'this-article') {
        const para = head.thisParagraph ? loc.paragraph.number : null;
        if (chain.length) for (const r of chain) raws.push({ ...r, article: cur.number, insert: cur.insert, paragraph: r.paragraph ?? para });
        else raws.push({ ...blank(), article: cur.number, insert: cur.insert, paragraph: para });
      } else {
        // bare 第X款 (…第Y项): the current article.
        for (const r of chain) raws.push({ ...r, article: cur.number, insert: cur.insert });
      }
    }
    let status: CitationStatus = 'self';
    const targets: CitationTarget[] = [];
    for (const r of raws) {
      const t: CitationTarget = { regulation: null, article: r.article, articleInsert: r.insert, paragraph: r.paragraph, item: r.item };
      if (r.subitem !== null) t.subitem = r.subitem;
      if (r.division) t.division = r.division;
      targets.push(t);
      if (!own) continue;
      if (r.article === null) {
        if (r.division && !own.divisions.includes(r.division)) status = worse(status, 'unknown-article');
        continue;
      }
      const a = (r.article === null ? undefined : own.byKey.get(articleKey(r.article, r.insert)));
      if (!a) {
        status = worse(status, 'unknown-article');
        continue;
      }
      if (r.paragraph !== null && r.paragraph > a.paragraphs.length) {
        status = worse(status, 'unknown-paragraph');
        continue;
      }
      if (r.item !== null) {
        const items = r.paragraph !== null ? a.paragraphs[r.paragraph - 1].items : Math.max(...a.paragraphs.map((p) => p.items));
        if (r.item > items) status = worse(status, 'unknown-item');
      }
    }
    return { status, targets };
  }

  // ---- diagnostics ----

  private push(start: number, end: number, severity: Severity, code: CitationDiagnostic['code'], message: { zh: string; en: string }, fixes: CitationDiagnostic['fixes'] = []): void {
    this.diagnostics.push({ range: this.range(start, end), severity, code, message, fixes });
  }

  private titleDiagnostics(head: TitleHead, ctx: Context): void {
    if (ctx.kind === 'unknown') {
      if (!ctx.suggestions.length) return;
      const fixes = ctx.suggestions.map((s) => ({
        title: messages.fixReplaceTitle(s),
        range: this.range(head.innerStart, head.innerEnd),
        newText: head.bracketed ? nested(s) : bracketTitle(s),
      }));
      this.push(head.start, head.end, 'error', 'unknown-regulation', messages.unknownRegulation(head.written, ctx.suggestions), fixes);
      return;
    }
    if (ctx.laws.length > 1) return; // reported on the citation, with the candidates having the article
    if (!head.bracketed && head.lang === 'zh' && !head.defined && !this.shortTitles.has(titleKey(head.written))) {
      this.push(head.start, head.end, 'hint', 'missing-title-marks', messages.missingTitleMarks(head.written), [
        { title: messages.fixAddTitleMarks(), range: this.range(head.start, head.end), newText: `《${head.written}》` },
      ]);
    }
  }

  private citationDiagnostics(c: ScannedCitation, citation: Citation, ctx: Context | null): void {
    const head: Head = c.head;
    // Arabic numerals in a Chinese reference.
    const sev = this.options.arabicNumerals ?? 'hint';
    if (sev !== 'off') {
      for (const a of c.arabic) {
        const zh = a.value <= 9999 ? formatChineseNumeral(a.value) : String(a.value);
        const written = this.text.slice(a.start, a.end);
        this.push(a.start, a.end, sev, 'arabic-numerals', messages.arabicNumerals(written, zh), [
          { title: messages.fixChineseNumeral(zh), range: this.range(a.start, a.end), newText: zh },
        ]);
      }
    }
    if (head.kind === 'title') this.titleDiagnostics(head, ctx ?? this.titleContext(head));
    const s = citation.status;
    if (s === 'unknown-regulation' && head.kind === 'title') {
      const cx = ctx && ctx.kind === 'unknown' ? ctx : null;
      if (cx && !cx.suggestions.length) {
        this.push(c.start, c.end, 'information', 'unknown-regulation', messages.unknownRegulation(head.written, []));
      }
      return;
    }
    if (s === 'ambiguous') {
      const cands = citation.candidates ?? [];
      const written = head.kind === 'title' ? head.written : ctx?.written ?? '';
      const fixes = head.kind === 'title'
        ? cands.map((t) => ({
            title: messages.fixReplaceTitle(t),
            range: this.range(head.innerStart, head.innerEnd),
            newText: head.bracketed ? nested(t) : bracketTitle(t),
          }))
        : [];
      this.push(c.start, c.end, 'warning', 'ambiguous-regulation', messages.ambiguousRegulation(written, cands), fixes);
      return;
    }
    if (s === 'no-context') {
      this.push(c.start, c.end, 'warning', 'no-context', messages.noContext(citation.candidates?.length ?? 0));
      return;
    }
    if (s === 'unknown-article' || s === 'unknown-paragraph' || s === 'unknown-item') {
      this.unknownProvisionDiagnostics(c, citation, ctx);
      return;
    }
    if (s === 'resolved' && ctx && ctx.kind === 'laws' && ctx.laws.length === 1 && this.date) {
      const reg = this.chooseVersion(ctx.laws[0], ctx);
      if (reg.effective && reg.effective > this.date && !this.warnedEffective.has(ctx.laws[0].title)) {
        this.warnedEffective.add(ctx.laws[0].title);
        this.push(c.start, c.end, 'warning', 'not-yet-effective', messages.notYetEffective(ctx.laws[0].title, reg.effective, this.date));
      }
    }
  }

  private unknownProvisionDiagnostics(c: ScannedCitation, citation: Citation, ctx: Context | null): void {
    const law = ctx && ctx.kind === 'laws' && ctx.laws.length === 1 ? ctx.laws[0] : null;
    const reg = law ? this.chooseVersion(law, ctx) : null;
    const title = law ? law.title : null;
    for (const t of citation.targets) {
      if (t.article === null) {
        if (t.division && reg && law && !findDivision(reg.divisions, t.division)) {
          this.push(c.start, c.end, 'error', 'unknown-article', messages.unknownDivision(law.title, t.division));
        } else if (t.division && !reg && this.own && !this.own.divisions.includes(t.division)) {
          this.push(c.start, c.end, 'error', 'unknown-article', messages.unknownDivision(null, t.division));
        }
        continue;
      }
      if (reg) {
        const a = this.corpus.article(reg, t.article, t.articleInsert);
        if (!a) {
          this.push(c.start, c.end, 'error', 'unknown-article', messages.unknownArticle(title, t.article, t.articleInsert, reg.articles.length));
          continue;
        }
        const d = provisionProblem(a, t);
        if (d) this.pushProvision(c, title, t, d);
      } else if (this.own) {
        const a = this.own.byKey.get(articleKey(t.article, t.articleInsert));
        if (!a) {
          this.push(c.start, c.end, 'error', 'unknown-article', messages.unknownArticle(null, t.article, t.articleInsert, this.own.articles.length));
          continue;
        }
        if (t.paragraph !== null && t.paragraph > a.paragraphs.length) {
          this.push(c.start, c.end, 'error', 'unknown-paragraph', messages.unknownParagraph(null, t.article, t.articleInsert, t.paragraph, a.paragraphs.length));
        } else if (t.item !== null) {
          const items = t.paragraph !== null ? a.paragraphs[t.paragraph - 1].items : Math.max(...a.paragraphs.map((p) => p.items));
          if (t.item > items) this.push(c.start, c.end, 'error', 'unknown-item', messages.unknownItem(null, t.article, t.articleInsert, t.paragraph, t.item, items));
        }
      }
    }
  }

  private pushProvision(c: ScannedCitation, title: string | null, t: CitationTarget, d: { code: 'unknown-paragraph' | 'unknown-item'; count: number }): void {
    if (t.article === null) return;
    if (d.code === 'unknown-paragraph') {
      this.push(c.start, c.end, 'error', d.code, messages.unknownParagraph(title, t.article, t.articleInsert, t.paragraph ?? 0, d.count));
    } else {
      this.push(c.start, c.end, 'error', d.code, messages.unknownItem(title, t.article, t.articleInsert, t.paragraph, t.item ?? 0, d.count));
    }
  }
}

function provisionProblem(a: Article, t: { paragraph: number | null; item: number | null; subitem?: number | null }): { code: 'unknown-paragraph' | 'unknown-item'; count: number } | null {
  if (t.paragraph !== null) {
    if (t.paragraph > a.paragraphs.length) return { code: 'unknown-paragraph', count: a.paragraphs.length };
  }
  if (t.item !== null) {
    const para = t.paragraph !== null ? a.paragraphs[t.paragraph - 1] : a.paragraphs.find((p) => p.items.length > 0);
    const items = para ? para.items.length : 0;
    if (t.item > items) return { code: 'unknown-item', count: items };
    const sub = t.subitem ?? null;
    if (sub !== null && para && sub > (para.items[t.item - 1]?.subitems.length ?? 0)) return { code: 'unknown-item', count: items };
  }
  return null;
}

/** Status of one raw target in one regulation version. */
function checkTarget(corpus: CorpusLike, reg: Regulation, r: RawTarget): CitationStatus {
  if (r.article === null) {
    if (r.division && !findDivision(reg.divisions, r.division)) return 'unknown-article';
    return 'resolved';
  }
  const a = corpus.article(reg, r.article, r.insert);
  if (!a) return 'unknown-article';
  const p = provisionProblem(a, r);
  return p ? p.code : 'resolved';
}

const DIV_LABEL = /第([零〇一二两三四五六七八九十百千]+)(编|章|节)/g;
const KIND_OF: Record<string, Division['kind']> = { 编: 'part', 章: 'chapter', 节: 'section' };

/** Find 第二章 / 第二章第一节 in a regulation's division tree. */
export function findDivision(divisions: Division[], label: string): Division | null {
  const steps: { kind: Division['kind']; n: number }[] = [];
  for (const m of label.matchAll(DIV_LABEL)) {
    const n = parseNumeralSafe(m[1]);
    if (n !== null) steps.push({ kind: KIND_OF[m[2]], n });
  }
  if (!steps.length) return null;
  const search = (list: Division[], i: number): Division | null => {
    for (const d of list) {
      if (d.kind === steps[i].kind && d.number === steps[i].n) {
        if (i === steps.length - 1) return d;
        const r = search(d.children, i + 1);
        if (r) return r;
      } else if (steps[i].kind !== 'part' && d.kind === 'part') {
        const r = search(d.children, i);
        if (r) return r;
      }
    }
    return null;
  };
  return search(divisions, 0);
}

import { parseNumeral } from '../numerals';
function parseNumeralSafe(s: string): number | null {
  return parseNumeral(s);
}

/** A title as the inside of 《》: titles nested in it take 〈〉. */
function nested(title: string): string {
  return title.replace(/《/g, '〈').replace(/》/g, '〉');
}

// Version binding: a citation's targets bound to the articles, 款 and 项 of the version it is read in
// (versionChoice.ts) — with the fallbacks when that text lacks the unit (an older text for an undated page, a text
// adopted and not yet in force) and the readings that depend on the text (the last 款, a bracketed number that is an
// item, 287.2 as 第二百八十七条之二, the member of an amendment series, the law an amendment amended). Reads the corpus,
// the document's date, the version chooser and — for the law an amendment names — the analyzer's title lookup; keeps
// the version choices it made per target.
import type { CorpusLike, Law } from '../../corpus/index';
import { versionFacts } from '../../corpus/versions';
import type { Regulation } from '../../model';
import { bindTarget } from '../bind';
import type { Context } from '../context';
import { messages } from '../messages';
import { amendedLawName } from '../titles/amendedLawName';
import { pastEveryHeldText } from '../english/versions/englishRevisedPastEnd';
import { memberHolding } from '../titles/amendmentSeries';
import type { RawTarget } from '../scanTypes';
import { LAST_PARAGRAPH } from '../scanTypes';
import type { Binding, CitationTarget, Problem, VersionChoice } from '../types';
import { withNote } from './notedProblem';
import { seriesFirstBefore } from './seriesFirstText';
import { spacedArticleJoined } from './spacedArticle';
import { hyphenParagraph } from './hyphenParagraph';
import type { VersionChooser } from './versionChoice';

/** Targets bound in the law or laws a reference names; with several laws, the candidates that have every cited article. */
export interface BoundTargets {
  bindings: Binding[];
  candidates?: string[];
}

/** What a reference resolved to: its bindings (each holding its target, in order). */
export interface Resolved extends BoundTargets {
  /** Problems of the reference itself (前条 in the first article); those of its targets are on the bindings. */
  problems?: Problem[];
  /** Read in the document's own text. */
  self?: boolean;
}

/** Binds cited targets to versions of the corpus's laws, for one document. */
export class TargetBinder {
  /**
   * `date`: the document's date (null when none is known); `versions`: the version each citation is read in;
   * `lookupTitle`: the context a written title names in the document (the law an amendment amended: lawAmendedBy).
   */
  constructor(private readonly corpus: CorpusLike, private readonly date: string | null, private readonly versions: VersionChooser,
    private readonly lookupTitle: (written: string) => Context) {}

  /** The chosen version; with several, `target.version` is its text's date and the binding says why (bindWithVersion). */
  addVersion(t: CitationTarget, law: Law, ctx: Context | null): Regulation {
    const { reg, reason } = this.versions.versionChoice(law, ctx);
    if (law.versions.length > 1 || reason === 'before-corpus') {
      const facts = versionFacts(law.versions, reg);
      if (facts.text) t.version = facts.text;
      this.choices.set(t, { reason, documentDate: reason === 'named' || reason === 'latest' ? null : this.date, ...facts, count: law.versions.length });
    }
    if (reg.kind) t.kind = reg.kind;
    return reg;
  }

  /** Version choices made by addVersion, attached to the binding of the same target. */
  private readonly choices = new Map<CitationTarget, VersionChoice>(); // a Map, as citedIn

  bind(t: CitationTarget, law: Law, reg: Regulation): Binding {
    const b = bindTarget(t, law, reg, false);
    const choice = this.choices.get(t);
    if (choice) b.version = choice;
    if (choice?.reason === 'latest' && b.problem && /^unknown-(article|paragraph|item)$/.test(b.problem.code)) {
      const older = this.olderFit(t, law, reg, choice);
      if (older) return older;
    }
    if ((choice?.reason === 'document-date' || choice?.reason === 'front-matter') && b.problem && /^unknown-(article|paragraph|item)$/.test(b.problem.code)) {
      const adopted = this.adoptedFit(t, law, reg, choice);
      if (adopted) return adopted;
    }
    // The text in force at the draft's date is not in the corpus: a unit the later text lacks is not an error.
    if (choice?.reason === 'before-corpus' && b.problem && /^unknown-(article|paragraph|item)$/.test(b.problem.code)) {
      b.problem = withNote(b.problem, messages.beforeCorpus(choice.documentDate ?? '', choice.effective ?? ''));
    }
    return b;
  }

  /**
   * No date known, and the latest text lacks the article, 款 or 项 cited: the latest older text that has it is read
   * (an undated page or memo was written under it — "Article 20(3) of the Company Law", a 款 the 2023 text moved).
   * versionProblems warns that it is superseded and names the article's place now.
   */
  private olderFit(t: CitationTarget, law: Law, latest: Regulation, choice: VersionChoice): Binding | null {
    for (let i = law.versions.indexOf(latest) - 1; i >= 0; i--) {
      const reg = law.versions[i];
      const facts = versionFacts(law.versions, reg);
      const t2: CitationTarget = { ...t, version: facts.text ?? undefined };
      if (!facts.text) delete t2.version;
      const b = bindTarget(t2, law, reg, false);
      if (b.problem) continue;
      b.version = { ...choice, reason: 'older-fits', ...facts };
      return b;
    }
    return null;
  }

  /**
   * Rule (a document written after a revision was adopted and before it takes effect — 最高人民法院关于适用《公司法》时间效力
   * 的若干规定, dated 2024-06-29, cites 公司法第二百一十一条 of the text in force from 2024-07-01; a notice preparing for the
   * new law): the text in force at the document's date lacks the article, 款 or 项 cited, and a later text already
   * adopted by that date has it — that text is read (the nearest such), and versionProblems says it is not yet in force.
   * A unit no adopted text has stays unknown in the text in force.
   */
  private adoptedFit(t: CitationTarget, law: Law, inForce: Regulation, choice: VersionChoice): Binding | null {
    const date = choice.documentDate;
    if (!date) return null;
    for (let i = law.versions.indexOf(inForce) + 1; i > 0 && i < law.versions.length; i++) {
      const reg = law.versions[i];
      const facts = versionFacts(law.versions, reg);
      if (!facts.text || facts.text > date) break;
      const t2: CitationTarget = { ...t, version: facts.text };
      const b = bindTarget(t2, law, reg, false);
      if (b.problem) continue;
      b.version = { ...choice, reason: 'adopted-fits', ...facts };
      return b;
    }
    return null;
  }

  target(law: Law | null, r: RawTarget): CitationTarget {
    if (r.paragraph === LAST_PARAGRAPH) r = law ? this.lastParagraphOf(law, r, null) : { ...r, paragraph: null };
    const kind = law ? this.corpus.version(law, this.date).kind : null;
    // The common target (no 目, division or code part) made whole at once, its kind in place — the same keys in the same
    // order as the keys added one by one below give (a target's JSON is output).
    if (r.subitem === null && !r.division && !r.part) {
      return kind
        ? { regulation: law ? law.title : null, article: r.article, articleInsert: r.insert, paragraph: r.paragraph, item: r.item, kind }
        : { regulation: law ? law.title : null, article: r.article, articleInsert: r.insert, paragraph: r.paragraph, item: r.item };
    }
    const t: CitationTarget = { regulation: law ? law.title : null, article: r.article, articleInsert: r.insert, paragraph: r.paragraph, item: r.item };
    if (r.subitem !== null) t.subitem = r.subitem;
    if (r.division) t.division = r.division;
    if (r.part) t.part = r.part;
    if (kind) t.kind = kind;
    return t;
  }

  /** Bind raw targets in one law. */
  private bindInLaw(law: Law, raw: RawTarget[], ctx: Context | null): Binding[] {
    const bindings = raw.map((r) => {
      if (r.paragraph === LAST_PARAGRAPH) r = this.lastParagraphOf(law, r, ctx);
      // "Article 2 1 of the Regulations": Article 21 where article 2 has nothing for "(1)" to name (spacedArticle.ts).
      if (r.spaced) r = spacedArticleJoined(this.corpus, this.versions.chooseVersion(law, ctx), r);
      if (r.hyphened) r = hyphenParagraph(this.corpus, this.versions.chooseVersion(law, ctx), r);
      if (r.bracketed || r.paragraphWord) r = this.bracketedItem(law, r, ctx);
      if (r.dotted) r = this.dottedInsert(law, r, ctx);
      // "Article 6.1" of an article of one paragraph listing items: item (一), as "Article 6 (1)" (fix-en63).
      if (r.dotted) r = this.bracketedItem(law, r, ctx);
      const t = this.target(law, r);
      const reg = this.addVersion(t, law, ctx);
      return this.bind(t, law, reg);
    });
    return this.oneAdoptedText(law, bindings);
  }

  /**
   * A list written under the adopted text (adoptedFit: 公司法第二百一十一条、第二百二十六条, the second only in the text not
   * yet in force) is read in it whole: every other target the adopted text has moves to it.
   */
  private oneAdoptedText(law: Law, bindings: Binding[]): Binding[] {
    const adopted = bindings.find((b) => b.version?.reason === 'adopted-fits');
    if (!adopted || !adopted.regulation || bindings.length < 2) return bindings;
    const reg = adopted.regulation;
    return bindings.map((b) => {
      if (b === adopted || b.regulation === reg || !b.version || (b.version.reason !== 'document-date' && b.version.reason !== 'front-matter')) return b;
      const moved = bindTarget({ ...b.target, version: adopted.target.version }, law, reg, false);
      if (moved.problem) return b;
      moved.version = adopted.version;
      return moved;
    });
  }

  /**
   * "the last paragraph of Article 4" (lists/englishUnitList.ts paragraphsAt, LAST_PARAGRAPH): the article's last paragraph in the
   * text the citation reads — its number is the article's paragraph count; none where the article is not there.
   */
  private lastParagraphOf(law: Law, r: RawTarget, ctx: Context | null): RawTarget {
    const art = r.article === null ? null : this.corpus.article(this.versions.chooseVersion(law, ctx), r.article, r.insert);
    return { ...r, paragraph: art ? art.paragraphs.length : null };
  }

  /**
   * Article 39(5) in English: the number in brackets is a paragraph, but where the article has one paragraph only and
   * that paragraph has the item, the writer means the item (Chinese items are printed （一）（二）…): 第三十九条第（五）项,
   * the paragraph not written. So does "Article 40, Paragraph 3" (paragraphWord: 项 translated "paragraph"), except
   * paragraph 1, which such an article has. Likewise a bracketed number above the article's paragraphs, where its
   * first paragraph lists that item ("Article 13(3)" of an article whose first paragraph lists items (1) to (7)).
   * Rule (issue 14, fix-en63; heldout41 English p12, "in particular Article 6.1, which provides that 'a business
   * operator shall not use a sign …'", 反不正当竞争法第六条第（一）项): a number after a dot is read so too, one rule for
   * both notations — after dottedInsert, which takes an inserted article the article's paragraphs cannot hold.
   */
  private bracketedItem(law: Law, r: RawTarget, ctx: Context | null): RawTarget {
    if (r.article === null || r.paragraph === null) return r;
    const reg = this.versions.chooseVersion(law, ctx);
    const art = this.corpus.article(reg, r.article, r.insert);
    if (!art || art.paragraphs[0]?.items.length < r.paragraph) return r;
    // "Article 13(3)" of an article of two paragraphs, the first listing items (1)–(7): no paragraph 3, the item (english8).
    const marked = r.bracketed || r.dotted;
    if (art.paragraphs.length !== 1 && !(marked && art.paragraphs.length < r.paragraph)) return r;
    if (!marked && r.paragraph === 1) return r; // "paragraph 1" of a one-paragraph article is that paragraph
    return { ...r, paragraph: null, item: r.paragraph, bracketed: undefined, paragraphWord: undefined, dotted: undefined };
  }

  /**
   * An article an amendment named before added or changed (《刑法修正案(七)》新增第285条第2款: amendedArticle.ts): the
   * amended law's, when the amendment has no such article and that law has.
   */
  lawAmendedBy(ctx: Context, raw: RawTarget[]): Context {
    const first = raw.find((r) => r.article !== null);
    if (ctx.kind !== 'laws' || ctx.laws.length !== 1 || !first || first.article === null) return ctx;
    const has = (law: Law) => !!this.corpus.article(this.corpus.version(law, this.date), first.article!, first.insert);
    if (has(ctx.laws[0])) return ctx;
    const name = amendedLawName(ctx.laws[0].title);
    const amended = name ? this.lookupTitle(name) : null;
    return amended?.kind === 'laws' && amended.laws.length === 1 && has(amended.laws[0]) ? amended : ctx;
  }

  /**
   * "art. 90 of the newly revised Arbitration Law" where no text held has Article 90 (englishRevisedPastEnd.ts): the
   * revision named is a text the corpus lacks — unknown, under the name written.
   */
  unheldRevision(ctx: Context, raw: RawTarget[]): Context {
    const first = raw.find((r) => r.article !== null);
    if (ctx.kind !== 'laws' || ctx.laws.length !== 1 || ctx.versionYear || !first || first.article === null) return ctx;
    if (!pastEveryHeldText(ctx.laws[0], first.article, first.insert, (reg, n, insert) => this.corpus.article(reg, n, insert))) return ctx;
    return { kind: 'unknown', written: ctx.written, suggestions: [] };
  }

  /** A series of amendments named without its year (宪法修正案第2条): the member holding the article (amendmentSeries.ts). */
  seriesMember(ctx: Context, raw: RawTarget[]): Context {
    const first = raw.find((r) => r.article !== null);
    if (ctx.kind !== 'laws' || !first || first.article === null) return ctx;
    const law = memberHolding(ctx.laws, (l) => !!this.corpus.article(this.corpus.version(l, this.date), first.article!, first.insert));
    return law ? { ...ctx, laws: [law] } : ctx;
  }

  /**
   * "Article 287.2 of the Criminal Law": English writers put 第二百八十七条之二 after a dot as they put a paragraph. Where
   * the article has no such paragraph and the inserted article exists (刑法 287 has one paragraph, 287之2 is the
   * crime of helping information-network crimes), the writer means the inserted article; "Article 20.2" stays the
   * paragraph.
   */
  private dottedInsert(law: Law, r: RawTarget, ctx: Context | null): RawTarget {
    if (r.article === null || r.paragraph === null || r.insert !== null || r.item !== null) return r;
    const reg = this.versions.chooseVersion(law, ctx);
    const art = this.corpus.article(reg, r.article, null);
    if (!art || art.paragraphs.length >= r.paragraph || !this.corpus.article(reg, r.article, r.paragraph)) return r;
    return { ...r, insert: r.paragraph, paragraph: null, dotted: undefined };
  }

  resolveIn(ctx: Context, raw: RawTarget[]): BoundTargets {
    if (ctx.kind === 'unknown') {
      return { bindings: [], candidates: ctx.suggestions.length ? ctx.suggestions : undefined };
    }
    if (ctx.laws.length === 1) {
      // A (一) named before the numbered text was adopted: the unnumbered first interpretation then in use (seriesFirstText.ts).
      const bindings = this.bindInLaw(seriesFirstBefore(this.corpus, ctx.laws[0], this.date) ?? ctx.laws[0], raw, ctx);
      return { bindings };
    }
    // Several laws: the candidates that have every cited article.
    const bindings: Binding[] = [];
    const candidates: string[] = [];
    for (const law of ctx.laws) {
      const bs = this.bindInLaw(law, raw, ctx);
      if (bs.every((b) => !b.problem || b.problem.code !== 'unknown-article' || b.target.article === null)) {
        bindings.push(...bs);
        candidates.push(law.title);
      }
    }
    return { bindings, candidates };
  }
}

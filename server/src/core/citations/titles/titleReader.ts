// What a title written in a document names, read in the document: its short titles, the laws it cited before, the
// regulation the page explains, the jurisdiction and the version word before the title (the first rule of analyze.ts:
// a title names its law). One reader per document; it keeps one context object per written title and reading.
import { fitsMaskedTitle, maskedTitleShortName } from './maskedNestedTitle';
import { everyTextIs } from '../../corpus/lawKind';
import type { CorpusLike, Law } from '../../corpus/index';
import { versionDate } from '../../corpus/versions';
import { heldVersions, type VersionEvent } from '../../corpus/namedVersion';
import { orderTexts, recordedOrderTexts } from '../../corpus/orderDate';
import { anaphorNamed, kindNamedOnly } from '../anaphor';
import type { Context, State } from '../context';
import { englishFormerName } from '../english/versions/englishFormerName';
import { newerTextOfName, statedEffectYear } from '../english/versions/statedEffect';
import { rocLawName } from '../jurisdiction/rocPage';
import type { ScanEvent, TitleHead } from '../scanTypes';
import { abbreviates, titleKey } from '../text';
import { corpusContext } from './corpusContext';
import { endsTitle } from './explainedTitle';
import { interpretationByNickname } from './interpretationNickname';
import { numberedInterpretationAlone } from '../english/context/numberedInterpretationAlone';
import { issuerPrefixes } from './issuer';
import { jurisdictionOf } from './jurisdictionBefore';
import { formerContext, unheldVersion } from './namedVersionContext';
import { nearMissName } from './nearMissName';
import { paragraphShortName } from './paragraphShortName';
import { possessiveJurisdictionOf } from './possessiveJurisdiction';
import { printedFamilyMember } from './printedFamilyArticle';
import { renumberedInto } from './renumberedInto';
import { rulesTitles, sameLawRules } from './sameLawRules';
import { lawCitedInSentenceBefore, rulesWordAlone } from './implementingRulesAlone';
import { genericShortTitle, titleFitsShortTitle } from './shortTitles';
import type { TitleIndex } from './titles';
import { formerTextBefore, versionWordBefore, versionWordName } from './versionWord';

/** The text before a law's latest revision, no year named: what 原 / 旧 and "the original / old …" name (formerContext). */
const FORMER_TEXT: { year?: number } = {};

/** What the reader reads of the document being analysed, as it is when a title is read. */
export interface TitleReading {
  /** The document's text as read (simplified, numerals as meant). */
  text: string;
  /** The corpus the titles are looked up in. */
  corpus: CorpusLike;
  /** The corpus's title index. */
  idx: TitleIndex;
  /** The document's date (the version rule), or null. */
  date: string | null;
  /** Whether the page is printed in traditional characters (`text` is its simplified reading). */
  traditional: boolean;
  /** The resolver's state now (the last regulation cited, every one cited, the short titles defined so far). */
  state: () => State;
  /** The scanned events, for the readings that look ahead (oneNamedLater); null before the scan. */
  events: () => readonly ScanEvent[] | null;
  /** The regulation the page's heading says it explains (explainedTitle.ts), or null. */
  explained: () => Context | null;
  /** The document's default regulation (front matter, caller, or the regulation explained), or null. */
  defaultCtx: () => Context | null;
  /** Each short title the document defines (by key): its first definition and the title it abbreviates. */
  definitionsByKey: ReadonlyMap<string, { end: number; of: TitleHead }>;
}

/** Reads the titles of one document into contexts (the rules of each reading stand above it). */
export class TitleReader {
  /** The document's text as read. */
  private readonly text: string;
  /** The corpus the titles are looked up in. */
  private readonly corpus: CorpusLike;
  /** The corpus's title index. */
  private readonly idx: TitleIndex;
  /** The document's date, or null. */
  private readonly date: string | null;
  /** Whether the page is printed in traditional characters. */
  private readonly traditional: boolean;
  /** Each short title the document defines (by key): its first definition and the title it abbreviates. */
  private readonly definitionsByKey: ReadonlyMap<string, { end: number; of: TitleHead }>;
  /** The same written title always yields the same context object (the anaphor history relies on it). */
  private readonly contexts = new Map<string, Context>();
  /** A name ending several titles → the one of them the page names later, or null (oneNamedLater). */
  private readonly namedLater = new Map<string, Context | null>();

  constructor(private readonly doc: TitleReading) {
    this.text = doc.text;
    this.corpus = doc.corpus;
    this.idx = doc.idx;
    this.date = doc.date;
    this.traditional = doc.traditional;
    this.definitionsByKey = doc.definitionsByKey;
  }

  /** The resolver's state now. */
  private get state(): State {
    return this.doc.state();
  }

  /** The scanned events (null before the scan). */
  private get events(): readonly ScanEvent[] | null {
    return this.doc.events();
  }

  /** The regulation the page explains, or null. */
  private get explained(): Context | null {
    return this.doc.explained();
  }

  /** The document's default regulation, or null. */
  private get defaultCtx(): Context | null {
    return this.doc.defaultCtx();
  }

  /** Another state's law the document named by this English name ("the German Civil Code"), if it did. */
  foreignNamed(written: string): Context | undefined {
    return this.foreignNames.get(written.toLowerCase());
  }

  /** 该条例 → the most recent 条例, 该办法 → 办法, 该法 / 上述法律 → a 法; else the most recent regulation (anaphor.ts). */
  anaphorContext(noun: string | undefined): Context | null {
    const named = anaphorNamed(this.state.history, noun);
    // Nothing cited before at all: "of the Provisions" names an unknown text by its kind (anaphor.ts kindNamedOnly).
    return named === undefined ? (this.state.last ?? this.defaultCtx ?? kindNamedOnly(noun)) : named;
  }

  /**
   * The context a title as written names: a short title the document defined, the regulation the page explains for its
   * 《条例》, else the corpus's (one context object per written title: the anaphor history relies on it).
   */
  lookupTitle(written: string): Context {
    const own = this.state.shortTitles.get(titleKey(written));
    if (own) return own;
    // 《条例》 on a page explaining one regulation, never defined there: that regulation (explainedTitle.ts).
    const kind = this.explained?.kind === 'laws' ? genericShortTitle(written) : null;
    if (kind && this.explained?.kind === 'laws' && titleFitsShortTitle(this.explained.laws[0].title, kind)) return this.explained;
    const cached = this.contexts.get(written);
    if (cached) return cached;
    const ctx = this.lookupCorpus(written);
    this.contexts.set(written, ctx);
    return ctx;
  }

  /** What the corpus holds under a title as written (corpusContext.ts), the short titles defined so far first. */
  lookupCorpus(written: string): Context {
    return corpusContext(written, { idx: this.idx, corpus: this.corpus, text: this.text, shortTitles: this.state.shortTitles, traditional: this.traditional });
  }

  /** English names the document used for another state's law ("the German Civil Code": civil code). */
  private readonly foreignNames = new Map<string, Context>();

  /** Another state's law named by `head`: one context per name, its articles no citations. */
  private foreignContext(head: TitleHead): Context {
    const key = head.written.toLowerCase();
    let ctx = this.foreignNames.get(key);
    if (!ctx) this.foreignNames.set(key, (ctx = { kind: 'unknown', written: head.written, suggestions: [], foreign: true }));
    return ctx;
  }

  /**
   * The context a title the scanner found names: another state's law, a version or former text of a law, a short or
   * shortened name, an issuer written before the brackets — the readings below, each in its rule.
   */
  titleContext(head: TitleHead): Context {
    if (head.foreign) return this.foreignContext(head);
    if (head.draft) return { kind: 'unknown', written: head.written, suggestions: [], draft: true }; // 草案第二十条: the draft's numbering
    const written = this.withIssuer(head) ?? head.written;
    // 日本《民事诉讼法》, 台湾地区《民事诉讼法》: the jurisdiction before a title says whose law it is (jurisdictionBefore.ts);
    // 台湾地区亦有规定，其《民法》: 其 is the place named last (possessiveJurisdiction.ts).
    const owner = head.lang === 'zh' ? jurisdictionOf(this.text, head.start, head.written) ?? possessiveJurisdictionOf(this.text, head.start, head.written) : null;
    if (owner?.kind === 'state') return this.foreignContext(head);
    // 旧《公司法》 the page defined as a named older text's short name (以下简称旧《公司法》): that text (versionWord.ts versionWordName).
    const wordName = head.lang === 'zh' ? versionWordName(this.text, head.start, head.written) : null;
    const definedVersion = wordName ? this.state.shortTitles.get(titleKey(wordName)) : undefined;
    if (definedVersion) return definedVersion;
    const found = this.lookupTitle(written);
    // A short name a headline uses before the bracket defining it: that definition's title (titles/laterShortName.ts).
    const later = head.lang === 'zh' && head.defined && !head.bracketed && !(found.kind === 'laws' && found.laws.length === 1) ? this.laterDefinition(head) : null;
    if (later) return later;
    if (owner?.kind === 'region' && found.kind === 'laws') return { kind: 'unknown', written: owner.name, suggestions: [] };
    // A law named on a page written under Taiwan's laws is Taiwan's (rocPage.ts): none of the readings below, which
    // find the mainland law a shortened name stands for (标准法 in 中央法規標準法第5條 is no 标准化法), applies.
    if (found.kind === 'unknown' && rocLawName(written, this.text)) return found;
    // 同法施行細則第15條, 该法实施细则第十七条: the implementing rules of the law named last (sameLawRules.ts).
    // 《矿山安全法》第四十四条和《实施条例》第五十四条: the rules' word alone in 《》, after a law (implementingRulesAlone.ts).
    const rules = head.unknownName ? sameLawRules(written)
      : (found.kind === 'laws' && found.laws.length === 1) || !lawCitedInSentenceBefore(this.text, head.start) ? null : rulesWordAlone(written);
    if (rules) {
      const law = this.anaphorContext('法');
      if (law && (head.unknownName || (law.kind === 'laws' && law.laws.length === 1 && /(?<!办)法$/.test(law.laws[0].title)))) return this.rulesOf(law, rules);
    }
    const ctx = this.newerTextNamed(head, head.unknownName
      ? (this.abbreviatedLaw(written, found) ?? this.shortenedLaw(written, found) ?? this.subjectWordName(head, written, found) ?? found)
      : (this.endedTitle(head, found) ?? this.maskedWithShortName(head, written, found) ?? this.bracketedShortName(head, written, found) ?? this.paragraphShortName(head, written, found)
        ?? this.subjectWordName(head, written, found) ?? this.nicknamedInterpretation(head, written, found) ?? this.numberedAlone(head, written, found) ?? this.printedFamily(head, found)
        ?? (found.kind === 'laws' && found.laws.length > 1 ? this.oneNamedLater(written, found.laws) : null) ?? found));
    const former = ctx.kind === 'laws' && !head.versionYear ? (head.lang === 'zh' ? formerTextBefore(this.text, head.start)
      : !head.defined && !head.comparedWith && englishFormerName(this.text, head.start, head.innerStart) ? FORMER_TEXT : null) : null;
    if (ctx.kind === 'laws' && former) {
      const key = `${written}\u0000former\u0000${former.year ?? ''}`;
      let v = this.contexts.get(key);
      if (!v) this.contexts.set(key, (v = formerContext(ctx, former.year, head.written, this.corpus, this.date)));
      return v;
    }
    // An order a held text's history names, its year written or not ((2006年国务院令第458号)): read there, as the date
    // picks it (corpus/orderDate.ts recordedOrderTexts) — the year of the order that first published it names no version.
    const recordedOrder = ctx.kind === 'laws' && head.order && ctx.laws.length === 1 && recordedOrderTexts(ctx.laws[0], head.order.series, head.order.n).length > 0;
    if (ctx.kind === 'laws' && head.versionYear && !recordedOrder) {
      const event = head.versionEvent ?? 'year';
      const key = `${written}\u0000${head.versionYear}\u0000${event}`;
      let v = this.contexts.get(key);
      if (!v) {
        v = unheldVersion(ctx.laws, head.versionYear, event, head.written) ?? { ...ctx, versionYear: head.versionYear, versionEvent: head.versionEvent };
        this.contexts.set(key, v);
      }
      return v;
    }
    // The order that published the text, its year not written (historyNote.ts orderNoteAt): when the corpus shows no
    // held text can be that order's (corpus/orderDate.ts), the citation is of a text the corpus lacks — never another
    // read silently.
    if (ctx.kind === 'laws' && head.order && !head.versionYear && ctx.laws.length === 1 && !orderTexts(this.corpus.laws, ctx.laws[0], head.order.series, head.order.n).length) {
      const law = ctx.laws[0];
      const key = `${written}\u0000${head.order.series}${head.order.n}`;
      let v = this.contexts.get(key);
      if (!v) {
        // No year known: the message names the order instead (year 0).
        v = { kind: 'unknown', written: head.written, suggestions: [], version: { title: law.title, year: 0, event: 'year', held: heldVersions(law.versions), order: head.order.written } };
        this.contexts.set(key, v);
      }
      return v;
    }
    return ctx;
  }

  /** The title a short name used before its first definition stands for (titles/laterShortName.ts), or null. */
  private laterDefinition(head: TitleHead): Context | null {
    const d = this.definitionsByKey.get(titleKey(head.written));
    if (!d || d.of === head || d.of.start <= head.start) return null;
    return this.titleContext(d.of);
  }

  /**
   * The law of `ctx` in the text a time clause names (versionClause.ts): the version held, or the text the corpus lacks
   * (unheldVersion). A context of no one known law stays as it is.
   */
  clauseVersionContext(ctx: Context, year: number, event: VersionEvent): Context {
    const base = ctx.kind === 'laws' ? ctx : ctx.kind === 'unknown' && ctx.version ? this.lookupTitle(ctx.version.title) : null;
    if (!base || base.kind !== 'laws' || base.laws.length !== 1) return ctx;
    const key = `${base.laws[0].title}\u0000${year}\u0000${event}\u0000clause`;
    let v = this.contexts.get(key);
    if (!v) {
      v = unheldVersion(base.laws, year, event, ctx.written) ?? { kind: 'laws', laws: base.laws, written: base.written, versionYear: year, versionEvent: event };
      this.contexts.set(key, v);
    }
    return v;
  }

  /**
   * The law of `ctx` in the text before its latest revision at the document's date (englishOriginalArticle.ts
   * formerTextCited: "the prior version of Article 4"): the same former text 原《某法》 names (formerContext). A context
   * of no one known law stays as it is.
   */
  textBeforeLatest(ctx: Context): Context {
    return ctx.kind === 'laws' && ctx.laws.length === 1 ? formerContext(ctx, undefined, ctx.written, this.corpus, this.date) : ctx;
  }

  /** The rules `suffix` (实施细则 …) of the law `law` names: the corpus's title so named, else unknown under that name. */
  private rulesOf(law: Context, suffix: string): Context {
    const title = law.kind === 'laws' && law.laws.length === 1 ? law.laws[0].title : law.written.replace(/^《|》$/g, '');
    for (const name of rulesTitles(title, suffix)) {
      const found = this.lookupTitle(name);
      if (found.kind === 'laws') return found;
    }
    return { kind: 'unknown', written: title + suffix, suggestions: [] };
  }

  /**
   * A bare article after a verb of renumbering (修改为第55条, renumberedInto.ts), read in an earlier text the corpus lacks:
   * the article in the text of the amendment the clause names (clauseVersionContext), or in the text in force when it
   * names no year. Any other article keeps `ctx`.
   */
  renumberedText(ctx: Context, start: number): Context {
    const year = renumberedInto(this.text, start);
    if (year === undefined) return ctx;
    return year === null ? this.currentTextOf(ctx) : this.clauseVersionContext(ctx, year, 'amended');
  }

  /**
   * "of the current edition" after a law named in an older version (english.ts): the same law in the text in force —
   * the law a version the corpus lacks was named of too (its title kept in `version`).
   */
  currentTextOf(ctx: Context): Context {
    if (ctx.kind === 'laws') return ctx.versionYear || ctx.former ? { kind: 'laws', laws: ctx.laws, written: ctx.written } : ctx;
    if (!ctx.version) return ctx;
    const found = this.lookupTitle(ctx.version.title);
    return found.kind === 'laws' ? found : ctx;
  }



  /**
   * Rule (unknownLawName.ts): a name the corpus does not know, written without 《》 (民诉法), is the law cited before it
   * whose name it abbreviates — its first character first, the others in order, ending in 法 as the name does
   * (民诉法 of 中华人民共和国民事诉讼法; not 刑诉法 of 刑法). The latest such law; none: the name stays unknown. A name that
   * ends more than one title (调解仲裁法) is the one of them the document cited before (alone: not as that name, still
   * ambiguous), else ambiguous as it is.
   */
  private abbreviatedLaw(written: string, found: Context): Context | null {
    if (found.kind === 'laws' && found.laws.length === 1) return null;
    const history = this.state.history;
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i];
      if (h.kind !== 'laws') continue;
      for (const law of h.laws) {
        // Names more than one law (调解仲裁法): the one of them cited before.
        if (found.kind === 'laws' && h.laws.length === 1 && found.laws.includes(law)) return { kind: 'laws', laws: [law], written };
        const name = law.title.replace(/^中华人民共和国/, '');
        if (found.kind === 'unknown' && name !== written && /法$/.test(name) && abbreviates(written, name)) return h;
      }
    }
    return found.kind === 'laws' ? this.oneNamedLater(written, found.laws) : null;
  }

  /**
   * Rule (issue 14, heldout21-court; articles on road accidents: 交通安全法第七十六条…，后文又写《道交法》第七十六条): a name
   * that ends more than one title (交通安全法: 道路交通安全法 and 海上交通安全法), none of them cited before, is the one of
   * them the page names later by a title that names it alone (in 《》 or a known name; its full title, a short title or
   * an alias) — when the page names exactly one of them so. Both or none named: ambiguous as it is. Only titles
   * written so are looked at (a later name shortened the same way is no help), and only once per name (cached).
   */
  private oneNamedLater(written: string, laws: readonly Law[]): Context | null {
    if (this.namedLater.has(written)) return this.namedLater.get(written) ?? null;
    let named: Law | null = null;
    let several = false;
    // The law each written title names, read once per form in this pass (the page repeats its titles; nothing read here
    // changes what a title names): no lookup per title event.
    const lawOf = new Map<string, Law | null>();
    const events = this.events ?? [];
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      const head = e.type === 'title' ? e.head : e.type === 'citation' && e.head.kind === 'title' ? e.head : null;
      if (!head || head.unknownName || head.foreign || head.written === written) continue;
      // 《道交法》: a name in 《》 that shortens one law (bracketedShortName) names it too.
      const abbreviated = head.bracketed && head.lang === 'zh';
      const key = abbreviated ? `\u0001${head.written}` : head.written;
      let law = lawOf.get(key);
      if (law === undefined) {
        const found = this.lookupTitle(head.written);
        law = found.kind === 'laws' ? (found.laws.length === 1 ? found.laws[0] : null) : found.kind === 'unknown' && abbreviated ? this.idx.abbreviationOf(head.written) : null;
        lawOf.set(key, law);
      }
      if (!law || !laws.includes(law)) continue;
      if (named && named !== law) several = true;
      named = law;
    }
    const ctx: Context | null = named && !several ? { kind: 'laws', laws: [named], written } : null;
    this.namedLater.set(written, ctx);
    return ctx;
  }

  /** An informal interpretation name fitting several, unknown as written: the one whose article the page prints (printedFamilyArticle.ts). */
  private printedFamily(head: TitleHead, found: Context): Context | null {
    if (found.kind !== 'unknown' || head.lang !== 'zh') return null;
    if (!this.printedFamilies.has(head.written)) {
      const law = printedFamilyMember(this.text, head.written, this.idx.interpretationFamily(head.written), this.corpus);
      this.printedFamilies.set(head.written, law ? { kind: 'laws', laws: [law], written: head.written } : null);
    }
    return this.printedFamilies.get(head.written) ?? null;
  }

  /** printedFamily's answer by name as written. */
  private readonly printedFamilies = new Map<string, Context | null>();

  /** 《规定（二）》 after the full title it ends was cited: that title's law, not every …规定（二） (explainedTitle.ts). */
  private endedTitle(head: TitleHead, found: Context): Context | null {
    if (!head.bracketed || head.defined || (found.kind === 'laws' && found.laws.length === 1)) return null;
    const history = this.state.history;
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i];
      if (h.kind === 'laws' && h.laws.length === 1 && endsTitle(head.written, h.laws[0].title)) return { kind: 'laws', laws: h.laws, written: head.written };
    }
    return null;
  }

  /**
   * Rule (titles.ts abbreviationOf): a name the corpus does not know, written without 《》 before an article, that
   * shortens exactly one law of the corpus (代表法第十八条, 地方组织法第十九条) names that law.
   */
  private shortenedLaw(written: string, found: Context): Context | null {
    // A repealed law's own name (合同法) is that law, not an abbreviation of another.
    if (found.kind !== 'unknown' || this.corpus.repeals().find(written)) return null;
    const law = this.idx.abbreviationOf(written);
    // One character short of its name, that character lost (行政罚法): a near miss, unknown (titles/nearMissName.ts).
    if (law && nearMissName(written, law.title)) return null;
    return law ? this.lawNamedAs('\u0001', written, law) : null;
  }

  /** The context of one law named as written in a way of its own (`how`: a key prefix), made once per document. */
  private lawNamedAs(how: string, written: string, law: Law): Context {
    const key = `${how}${written}`;
    let ctx = this.contexts.get(key);
    if (!ctx) {
      ctx = { kind: 'laws', laws: [law], written };
      this.contexts.set(key, ctx);
    }
    return ctx;
  }

  /**
   * Rule (what writers do): 《个保法》, 《反垄断法》 — a law's short name is put in 《》 as often as not, and names the law
   * as the same name without them does (shortenedLaw). A name only one character off a law's (《劳动合同实施法》) is a
   * mistyped title, not a short name: it stays unknown with its did-you-mean, as eval-dev labels near-misses; a short
   * name leaves out at least two characters.
   */
  /** A court title whose nested law the page dropped, named by its own short name (maskedNestedTitle.ts). */
  private maskedWithShortName(head: TitleHead, written: string, found: Context): Context | null {
    if (head.lang !== 'zh' || (found.kind === 'laws' && found.laws.length === 1)) return null;
    const short = maskedTitleShortName(this.text, written, head.end);
    if (!short || short === head.written) return null;
    const ctx = this.titleContext({ ...head, written: short, defined: false, bracketed: true });
    return ctx.kind === 'laws' && ctx.laws.length === 1 && fitsMaskedTitle(written, ctx.laws[0].title) ? ctx : null;
  }

  private bracketedShortName(head: TitleHead, written: string, found: Context): Context | null {
    if (!head.bracketed || head.lang !== 'zh' || head.defined || found.kind !== 'unknown' || this.state.shortTitles.has(titleKey(written))) return null;
    const ctx = this.shortenedLaw(written, found);
    if (!ctx || ctx.kind !== 'laws') return null;
    const name = ctx.laws[0].title.replace(/^中华人民共和国/, '');
    return name.length - written.replace(/\s+/g, '').replace(/^中华人民共和国/, '').length >= 2 ? ctx : null;
  }

  /**
   * 《仲裁规定》 undefined, in the paragraph that names 《最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定》 (before or
   * after it): that title (titles/paragraphShortName.ts). Only for a name in 《》 the corpus does not know.
   */
  private paragraphShortName(head: TitleHead, written: string, found: Context): Context | null {
    if (!head.bracketed || head.lang !== 'zh' || head.defined || found.kind !== 'unknown' || this.state.shortTitles.has(titleKey(written))) return null;
    const one = (t: string): Law | null => {
      const c = this.lookupTitle(t);
      return c.kind === 'laws' && c.laws.length === 1 ? c.laws[0] : null;
    };
    const title = paragraphShortName(this.text, head.start, head.end, written, (t) => one(t)?.title ?? null);
    const law = title ? one(title) : null;
    return law ? this.lawNamedAs('\u0003', written, law) : null;
  }

  /** The laws of the corpus whose name the page gave a newer text (statedEffect.ts), with that text's context. */
  private readonly newerTexts = new Map<Law, Context>();

  /**
   * "Interpretation (II) of … Labour Dispute Cases, which came into effect on 1 September 2025" where the corpus's text
   * of that name came into force in 2006: another, newer text, unknown to the corpus — here and at every later mention
   * of the name (statedEffect.ts). English titles of judicial interpretations only.
   */
  private newerTextNamed(head: TitleHead, ctx: Context): Context {
    if (ctx.kind !== 'laws' || ctx.laws.length !== 1 || head.lang !== 'en') return ctx;
    const law = ctx.laws[0];
    if (!everyTextIs(law, 'judicial-interpretation')) return ctx;
    const named = this.newerTexts.get(law);
    if (named) return named;
    const year = statedEffectYear(this.text, head.end, head.start);
    const latest = law.versions.map((v) => versionDate(v) ?? '').reduce((a, b) => (b > a ? b : a), '');
    if (year === null || !newerTextOfName(year, latest || null)) return ctx;
    const other: Context = { kind: 'unknown', written: head.written, suggestions: [] };
    this.newerTexts.set(law, other);
    return other;
  }

  /**
   * 《破产法》: a law named in 《》 by its subject word and 法 (titles.ts subjectWordLaw).
   * Rule (issue 14, fix-gov17; papers and law-firm articles: 兼论我国新破产法第32条, 旧公司法…, 原破产法…): written bare,
   * such a name is a law's when 新, 旧, 原 or 现行 stands right before it — the word says which version of a law is
   * meant, so what follows is a law's name (versionWord). Bare with no such word it stays no title (合同法第十条).
   */
  private subjectWordName(head: TitleHead, written: string, found: Context): Context | null {
    if (!(head.bracketed || versionWordBefore(this.text, head.start)) || head.lang !== 'zh' || head.defined || found.kind !== 'unknown' || this.state.shortTitles.has(titleKey(written))) return null;
    const law = this.idx.subjectWordLaw(written);
    return law ? this.lawNamedAs('\u0002', written, law) : null;
  }

  /** 《虚假陈述司法解释(2022)》: a court interpretation named by its subject's words and the year of its text (interpretationNickname.ts). */
  private nicknamedInterpretation(head: TitleHead, written: string, found: Context): Context | null {
    if (!head.bracketed || head.lang !== 'zh' || head.defined || found.kind !== 'unknown' || this.state.shortTitles.has(titleKey(written))) return null;
    const law = interpretationByNickname(written, head.versionYear, this.corpus.laws.values());
    return law ? { kind: 'laws', laws: [law], written } : null;
  }

  /** "Interpretation III" alone in English: the court's numbered text named before or on the law in context (numberedInterpretationAlone.ts). */
  private numberedAlone(head: TitleHead, written: string, found: Context): Context | null {
    if (head.lang !== 'en' || found.kind !== 'unknown' || this.state.shortTitles.has(titleKey(written))) return null;
    const law = numberedInterpretationAlone(written, this.state.history, this.corpus.laws.values());
    return law ? { kind: 'laws', laws: [law], written } : null;
  }

  /** 最高人民法院《关于…》: the title with the issuer written before its brackets, when that names a law. */
  private withIssuer(head: TitleHead): string | null {
    if (!head.bracketed || head.lang !== 'zh' || !head.written.startsWith('关于')) return null;
    for (const p of issuerPrefixes(this.text, head.start)) {
      if (this.lookupTitle(p + head.written).kind === 'laws') return p + head.written;
    }
    return null;
  }
}

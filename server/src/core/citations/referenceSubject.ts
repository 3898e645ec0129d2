// Which regulation a reference means (the one rule, used for citations and for completion's contextAt):
// - a title (《…》, a known title without 《》, a short title the document defines) names its law;
// - 该条例 / 上述办法 / 该法 … name the most recent regulation of that kind, else the most recent one;
// - in a draft regulation (a document with its own 第一条, 第二条 …), 本办法/本条例 …, 本条, 前条, 前款 and a bare
//   第X款 are its own provisions;
// - a bare 第X条 refers to the regulation most recently cited, else the document default, else (in a draft) the
//   draft itself; with none of these it has no context.
// The readings that refine it (a law paraphrased, an article cited again, a page's layout, an amended law …) stand above
// each of them below.
import { sameLawNamedAgain } from './lawNamedAgain';
import { taiwanPage } from './jurisdiction/rocPage';
import { itemLinesRunOn } from './layout/itemsUnderCitation';
import { findArticle } from '../model';
import type { OwnStructure } from './document';
import { selfNounFits, selfNounNames } from './english/context/englishSelfNoun';
import { printedTitleAbove } from './english/headings/printedTitleLine';
import { inForceContext } from './english/context/existingLaw';
import { reprintedTitleLine } from './titles/reprintedTitleLine';
import { lawWordBefore } from './english/headings/headedText';
import { draftOpensSentence } from './english/context/englishDraftAfter';
import { selfWordNames } from './quotation/unmarkedQuotation';
import { otherLawInArticleText } from './quotation/otherLawInArticleText';
import { amendedLawName } from './titles/amendedLawName';
import { wrappedLinesRunOn } from './layout/wrappedLines';
import type { Head, RawTarget, ScanEvent } from './scanTypes';
import { lawsCitingLater } from './english/context/englishForward';
import { lawOfJoinedArticle } from './english/context/joinedArticleLaw';
import { sentenceRunsOn } from './layout/sentenceRunsOn';
import { atLineStart, sameClause, sameSentence, type LineIndex, sentenceEnds } from './text';
import type { TitleReader } from './titles/titleReader';
import type { PageLayoutLaws } from './pageLayoutLaws';
import type { PrintedArticles } from './printedArticles';
import type { CitedSoFar } from './citedSoFar';
import type { CitedArticle, Context, State } from './context';
import { definedSelfWord } from './titles/definedSelfWord';
import type { Citation } from './types';
import { repeatsSubject } from './subjectCitedAgain';
import { titleTiedToArticle } from './titles/titleTiedToArticle';
import type { CitationMemory } from './citationMemory';

/** The regulation a reference is read in: a context, the document itself, or nothing. */
export type Subject = { kind: 'context'; ctx: Context } | { kind: 'self' } | { kind: 'none' };

/** A term in quotation marks that an article defines (“某某”，是指…): the article's own words (paraphrasedLaw). */
const DEFINED_TERM = /“[^“”\n]{1,24}”(?=[，,]?[ \u3000]*是指)/g;

/** The characters opensSentence's pattern may end with (checked first, at every citation). */
const OPENS_SENTENCE_ENDS = new Set([...' \t\u3000、)）.．：:。！？!?\n'].map((c) => c.charCodeAt(0)));


/** What a reference's subject is read with: the document, what it cited so far and the readers it asks. */
export interface SubjectReading {
  /** The document's text as read. */
  text: string;
  /** Its line index. */
  lines: LineIndex;
  /** Where its body starts (after the front matter). */
  from: number;
  /** The document's own structure (a regulation of its own), or null. */
  own: OwnStructure | null;
  /** The citations listed so far. */
  citations: readonly Citation[];
  /** The log of what was cited (citedSoFar.ts). */
  cited: CitedSoFar;
  /** The memory of the citations just read (citationMemory.ts). */
  seen: CitationMemory;
  /** What the document's titles name (titles/titleReader.ts). */
  titles: TitleReader;
  /** The laws the page's layout names (pageLayoutLaws.ts). */
  layout: PageLayoutLaws;
  /** The articles the page prints (printedArticles.ts). */
  printedText: PrintedArticles;
  /** The resolver's state now (contextAt replays another). */
  state: () => State;
  /** The document's default regulation, or null. */
  defaultCtx: () => Context | null;
  /** The law the page reprints under its exact title, or null (printedLawTitle.ts). */
  printedLaw: () => Context | null;
  /** The scanned events (null before the scan). */
  events: () => readonly ScanEvent[] | null;
}

/** Reads the regulation each reference of one document is read in. */
export class SubjectReader {
  /** `doc`: the document, its memory and the readers it asks. */
  constructor(private readonly doc: SubjectReading) {}

  /** Whether the document's opening names a draft of a 法 / 办法 / 条例 … (its 本法 / 本办法 is the draft): read once per noun. */
  private readonly aboutDraft = new Map<string, boolean>();

  /**
   * What a reference with this head (and first unit level `top`), written at `offset`, is read in; the rule at the
   * top of the file.
   */
  subjectOf(head: Head, top: number, offset: number, inStatuteText = false, targets?: readonly RawTarget[], headed = false, headingRun = false): Subject {
    if (head.kind === 'title') return { kind: 'context', ctx: this.doc.titles.titleContext(head) };
    // "this Law" in the text under an English article heading of a quoted statute: the law quoted (named before it).
    // Not when the text names itself by another kind than that law's ("of these Provisions" after the Maritime Code: the
    // provisions' own, englishSelfNoun.ts). Under a heading, not a law named in the text of an article (headedText.ts).
    const named = headed ? this.doc.cited.namedOutsideArticles() : null;
    const quotedLaw = named ? named[named.length - 1] ?? this.doc.defaultCtx() : this.doc.state().last ?? this.doc.defaultCtx();
    if (head.kind === 'self' && !this.doc.own && inStatuteText && quotedLaw) {
      const noun = this.doc.text.slice(head.start, head.end);
      if (quotedLaw.kind !== 'laws' || selfNounFits(noun, quotedLaw.laws[0].title)) return { kind: 'context', ctx: quotedLaw };
      // The text of that kind the page named before the law (its title printed above its articles), if any.
      const history = named ?? this.doc.state().history;
      for (let i = history.length - 1; i >= 0; i--) {
        const h = history[i];
        if (h.kind === 'laws' && h.laws.length === 1 && selfNounNames(noun, h.laws[0].title)) return { kind: 'context', ctx: h };
      }
    }
    // "these Measures", "hereof" in a regulation the page reprints under its title line (not the document's own first
    // line): that regulation (english/headings/printedTitleLine.ts).
    if (head.kind === 'self' && !this.doc.own && /^[A-Za-z]/.test(this.doc.text.slice(head.start, head.end))) {
      const printed = printedTitleAbove(this.doc.text, head.start, this.doc.text.slice(head.start, head.end));
      if (printed) return { kind: 'context', ctx: this.doc.titles.lookupTitle(printed) };
    }
    // Under a heading with no law named outside the articles' text: the excerpt's own (headedText.ts).
    if (head.kind === 'self' && !this.doc.own && headed && !quotedLaw) return { kind: 'self' };
    // A bare "Article 16" there is the excerpt's own article too, read as "of these Provisions" is, in a run of article
    // headings — unless the sentence holding it cited or named a law before it ("under Article 30 of the Regulations
    // on X or Article 31", "in accordance with the "… regulations" shall be punished under Article 63").
    if (head.kind === 'bare' && !this.doc.own && headingRun && (!quotedLaw || this.doc.state().last !== quotedLaw) && !this.citedEarlierInSentence(offset) && !lawWordBefore(this.doc.text, offset)) {
      return quotedLaw ? { kind: 'context', ctx: quotedLaw } : { kind: 'self' };
    }
    // 该条第二款 right after the document's own article (本办法第五条……该条第二款): that article's.
    if (head.kind === 'same-article' && this.doc.own && this.doc.seen.lastSelfArticle) return { kind: 'self' };
    if (head.kind === 'self') {
      // 本办法 in a regulation the page reprints under its title line, words of the page above it: that regulation
      // (titles/reprintedTitleLine.ts); a draft's own 本办法 stays self.
      const reprinted = this.doc.own ? this.reprintedTitle() : null;
      if (reprinted && selfWordNames(this.doc.text.slice(head.start, head.end), reprinted)) return { kind: 'context', ctx: this.doc.titles.lookupTitle(reprinted) };
      // 本法 / 本条例 in rules for carrying out a law or regulation: that law or regulation (detailedRulesParent).
      const parent = this.doc.layout.detailedRulesParent(this.doc.text.slice(head.start, head.end), head.start);
      if (parent) return { kind: 'context', ctx: parent };
      // 本解释 the page named a title so (（以下简称本解释）): that title (definedSelfWord.ts).
      const defined = definedSelfWord(this.doc.text.slice(head.start, head.end), !!this.doc.own, this.doc.state().shortTitles);
      if (defined) return { kind: 'context', ctx: defined };
      // 本法 in an article's text printed on the page, after the text named another law as a whole (otherLawInArticleText.ts).
      const printedText = this.lawOfPrintedText(head);
      if (printedText) return { kind: 'context', ctx: printedText };
      const paraphrased = this.paraphrasedLaw(head) ?? this.writerThisLaw(head) ?? this.doc.printedLaw() ?? this.doc.printedText.printedLawOf(head) ?? this.rulesOfNamed(head) ?? this.doc.layout.titleLineOver(head) ?? this.doc.layout.guidelineSelf(head);
      if (paraphrased) return { kind: 'context', ctx: paraphrased };
    }
    if (head.kind === 'self' || head.kind === 'this-article' || head.kind === 'prev-article' || head.kind === 'prev-paragraphs') return { kind: 'self' };
    if (head.kind === 'bare' && top === 0 && !this.doc.own && this.continuesSelf(offset)) return { kind: 'self' };
    // "In the second draft, … Article 1 and Article 44": the draft's, in the sentence so opened (englishDraftAfter.ts) — a
    // draft's numbering, no mention (round 30; the decision of round 34 for "In the Draft, Article 6 …").
    const draftFrame = head.kind === 'bare' && !this.doc.own ? draftOpensSentence(this.doc.text, offset) : null;
    if (draftFrame) return { kind: 'context', ctx: { kind: 'unknown', written: draftFrame.replace(/^(?:In|Under)\s+/, ''), suggestions: [], draft: true } };
    if (head.kind === 'bare' && targets) {
      const same = this.sameArticleCited(offset, targets);
      if (same) return { kind: 'context', ctx: same };
    }
    if (head.kind === 'bare' && top === 0 && !this.doc.own && targets) {
      const again = this.articleCitedAgain(offset, targets);
      if (again) return { kind: 'context', ctx: again };
    }
    if (head.kind === 'bare' && top === 0) {
      const column = (targets ? this.doc.layout.guidelineArticle(offset, targets) : null) ?? this.doc.layout.columnLaw(offset);
      if (column) return { kind: 'context', ctx: column };
      const listed = this.doc.own ? null : this.doc.layout.listItemLaw(offset) ?? this.doc.layout.articleLineLaw(offset);
      if (listed) return { kind: 'context', ctx: listed };
    }
    if (this.doc.own && head.kind === 'bare' && top === 0) {
      const amended = this.amendedLaw();
      if (amended) return { kind: 'context', ctx: amended };
    }
    if (this.doc.own && head.kind === 'bare' && top !== 1 && this.continuesExternal(offset)) return { kind: 'context', ctx: this.doc.seen.lastExternal!.ctx };
    if (this.doc.own && head.kind === 'bare' && top === 0 && targets && this.continuesExternalArticle(offset, targets)) return { kind: 'context', ctx: this.doc.seen.lastExternal!.ctx };
    if (this.doc.own && head.kind === 'bare' && (top === 1 || this.doc.own.locate(offset) !== null)) return { kind: 'self' };
    // "of the existing law" after a draft's article: the law in force cited before it (existingLaw.ts).
    const last = head.kind === 'anaphor' ? (head.inForce ? inForceContext(this.doc.state().history) : undefined) ?? this.doc.titles.anaphorContext(head.noun) : this.doc.state().last ?? this.doc.defaultCtx();
    const ctx = last && head.kind === 'anaphor' && head.current ? this.doc.titles.currentTextOf(last) : last;
    if (ctx) return { kind: 'context', ctx };
    // An English article in a headline or caption, before any law was named: the law the page later cites it with.
    const later = head.kind === 'bare' && top === 0 && !this.doc.own && targets ? this.lawCitedLater(offset, targets) : null;
    if (later) return { kind: 'context', ctx: later };
    // "Article 16 regarding … and Article 35 of the Company Law": the law named after the article joined by "and".
    const joined = head.kind === 'bare' && top === 0 && !this.doc.own ? this.lawOfJoined(offset) : null;
    if (joined) return { kind: 'context', ctx: joined };
    return this.doc.own ? { kind: 'self' } : { kind: 'none' };
  }

  /** The title line a reprinted regulation is printed under (reprintedTitle), read once; undefined until read. */
  private reprintedLine: string | null | undefined;

  /** The title line a reprinted regulation (this.doc.own) is printed under, when the page's words stand above it; read once. */
  private reprintedTitle(): string | null {
    if (this.reprintedLine === undefined) {
      const own = this.doc.own;
      const first = own && !own.excerpt ? own.regulation.articles[0] : undefined;
      this.reprintedLine = first ? reprintedTitleLine(this.doc.text, this.doc.from, this.doc.lines.offset(first.labelLocation.range.start)) : null;
    }
    return this.reprintedLine;
  }

  /** Whether the sentence holding `offset` (English) cited a regulation before it: no sentence end in between. */
  private citedEarlierInSentence(offset: number): boolean {
    return this.doc.seen.lastCitedAt >= 0 && this.doc.seen.lastCitedAt <= offset && offset - this.doc.seen.lastCitedAt <= 300 && !/[.;!?。；](?=\s)|\n/.test(this.doc.text.slice(this.doc.seen.lastCitedAt, offset));
  }

  /**
   * Rule (本办法第三条规定了申请条件，第五条规定了期限; 本补充规定第一条、第四条自…施行，第二条、第三条自…施行): a bare article
   * in the same sentence as the document's own article cited just before, no other regulation named in between, goes
   * on citing the document — also where its own article headings are not in view and a law was cited earlier.
   */
  private continuesSelf(offset: number): boolean {
    const last = this.doc.seen.lastSelfArticle;
    if (!last || offset < last.end) return false;
    const between = this.doc.text.slice(last.end, offset);
    return between.length <= 40 && !/[。；;！？!?\n《]/.test(between);
  }

  /**
   * Rule (Q&A pages and commentaries summing up: 《社会保险法》第六十三条规定……划拨需遵循《商业银行法》和《税收征管法》……
   * 综上，第六十三条通过…): a bare article with the number of the article the page cited last is that article again,
   * when that article was cited with its law's title and the laws named since were named alone — a writer who lists other laws in passing and then repeats the number
   * means the article under discussion; an article cited with another law in between starts another subject. Each
   * repetition keeps it under discussion, so a third "Article 20" after a treaty named in passing is the law's again.
   */
  private articleCitedAgain(offset: number, targets: readonly RawTarget[]): Context | null {
    return this.repeatedArticle(this.doc.seen.lastUnknownNamed, offset, targets) ?? (this.doc.seen.lastArticleNamed ? this.repeatedArticle(this.doc.seen.lastArticle, offset, targets) : null)
      ?? this.subjectCitedAgain(offset, targets);
  }

  /**
   * Rule (fix-zh41a, heldout34-court; a commentary on a new article and its sources: 《民法典》第1125条是在原《继承法》第7条和
   * 《…意见》第13条基础上修改形成的。第1125条共有3款…): a bare article opening the sentence right after one that opened with
   * an article cited with its title, repeating that article's number, is that article again — the passage's subject —
   * though the sentence went on to cite older or other texts at other numbers for comparison (their articles numbered
   * otherwise: the text cited last at the same number keeps it). subjectCitedAgain.ts holds the test.
   */
  private subjectCitedAgain(offset: number, targets: readonly RawTarget[]): Context | null {
    const s = this.doc.seen.sentenceSubject;
    if (!s?.titled || s.about.ctx.kind !== 'laws' || this.doc.state().last === s.about.ctx) return null;
    // The next sentence, or the next line when the subject opened the line above (第1125条第1款… ⏎ 第1125条第2款…).
    const line = this.doc.lines.lineOf(offset);
    const nextLine = line > 0 && this.doc.lines.lineOf(s.start) === line - 1 && atLineStart(this.doc.text, s.start) && atLineStart(this.doc.text, offset);
    if (this.subjectBefore(offset) !== s.about && !nextLine) return null;
    const last = this.doc.seen.lastAnyArticle && this.doc.seen.lastAnyArticle.ctx !== s.about.ctx ? this.doc.seen.lastAnyArticle : null;
    return repeatsSubject(s.about, last, targets, this.opensSentence(offset)) ? s.about.ctx : null;
  }

  /** The law of `last` when the bare article at `offset` repeats it alone and another law is in context now. */
  private repeatedArticle(last: CitedArticle | null, offset: number, targets: readonly RawTarget[]): Context | null {
    if (!last || this.doc.seen.lastCitedArticle || targets.length !== 1 || targets[0].article !== last.article || targets[0].insert !== last.insert) return null;
    // A title joined to the article or just given a short name in its sentence (titles/titleTiedToArticle.ts): its law's.
    if (titleTiedToArticle(this.doc.text, offset)) return null;
    // The same law named since in another text (2005年修订后的《公司法》…第22条): that text's (lawNamedAgain.ts).
    if (sameLawNamedAgain(this.doc.state().last, last.ctx)) return null;
    return this.doc.state().last !== last.ctx ? last.ctx : null;
  }

  /**
   * "The same art. 1 reaffirms …", "the same Article 20": the article of that number cited before, read in its law
   * again, though another law was named in between ('Art. 1 of the Code states … in compliance with the Constitution
   * … The same art. 1 reaffirms': the Code's). English only ("same" right before the label); none cited: as written.
   */
  private sameArticleCited(offset: number, targets: readonly RawTarget[]): Context | null {
    if (targets.length !== 1 || targets[0].article === null) return null;
    if (!/\b[Ss]ame[ \t]+$/.test(this.doc.text.slice(Math.max(0, offset - 12), offset))) return null;
    const n = targets[0].article;
    for (let i = this.doc.citations.length - 1; i >= 0; i--) {
      const c = this.doc.citations[i];
      if (c.titleOnly || c.status !== 'resolved') continue;
      const t = c.targets.find((x) => x.article === n && x.regulation !== null);
      if (!t) continue;
      const ctx = this.doc.titles.lookupTitle(t.regulation!);
      return ctx.kind === 'laws' ? ctx : null;
    }
    return null;
  }

  /**
   * Rule (englishForward.ts): a bare English article no law is in context for, whose number the page cites later with
   * one law only (known and found, every time it cites it with a law), is that law's article.
   */
  private lawCitedLater(offset: number, targets: readonly RawTarget[]): Context | null {
    const article = targets[0]?.article;
    // English only ("Article 23", "article 293"): a Chinese 第五条 is read by the Chinese rules.
    if (!/[A-Za-z]/.test(this.doc.text[offset] ?? '')) return null;
    const events = this.doc.events();
    if (!events || article === null || article === undefined || targets.some((t) => t.article !== article)) return null;
    const heads = lawsCitingLater(events, offset, article);
    if (!heads.length || heads[0].lang !== 'en') return null;
    const ctx = this.doc.titles.titleContext(heads[0]);
    if (ctx.kind !== 'laws' || ctx.laws.length !== 1) return null;
    const law = ctx.laws[0];
    for (const h of heads.slice(1)) {
      const other = this.doc.titles.titleContext(h);
      if (other.kind !== 'laws' || other.laws.length !== 1 || other.laws[0] !== law) return null;
    }
    return ctx;
  }

  /** Rule (joinedArticleLaw.ts): the law of the citation joined to a bare English article by "and", one law only. */
  private lawOfJoined(offset: number): Context | null {
    if (!/[A-Za-z]/.test(this.doc.text[offset] ?? '')) return null;
    const events = this.doc.events();
    const head = events ? lawOfJoinedArticle(this.doc.text, events, offset) : null;
    const ctx = head ? this.doc.titles.titleContext(head) : null;
    return ctx && ctx.kind === 'laws' && ctx.laws.length === 1 ? ctx : null;
  }

  /** Whether two offsets lie in the same article of the document's own (an amending text's item 二、…). */
  sameOwnArticle(a: number, b: number): boolean {
    const at = this.doc.own?.locate(a);
    return !!at && at.article === this.doc.own!.locate(b)?.article;
  }

  /** The amended law amendedLaw found (null: none), undefined until asked; the analyzer reads it. */
  amended: Context | null | undefined;

  /**
   * Rule (how amendments are written): in an amending text (a 修正案, a 修改决定; titles/amendedLawName.ts) a
   * bare 第X条 is an article of the amended law — 一、第一百六十二条后增加一条，作为第一百六十二条之一 — never of the
   * amending text's own items, which are cited as 本修正案, 本决定. Null when the text amends nothing the corpus knows.
   */
  private amendedLaw(): Context | null {
    if (this.amended !== undefined) return this.amended;
    const name = this.doc.own ? amendedLawName(this.doc.own.regulation.title) : null;
    const ctx = name ? this.doc.titles.lookupTitle(name) : null;
    return (this.amended = ctx?.kind === 'laws' && ctx.laws.length === 1 ? ctx : null);
  }

  /**
   * Rule (issue 14, fix-zh26; a penalty discretion table naming a 条例 and its article in its cells and setting out, as
   * the conditions of each penalty, the words of the rules carrying that 条例 out: | 公共场所卫生管理条例 | 第十四条 | … |
   * 违反本细则第五条第一款第一项，不按时进行健康检查的): a page that is no regulation of its own and names no 细则 calls
   * nothing of its own 本细则 — the words are those of the rules for carrying out the regulation it named last, which it
   * quotes without naming them: that regulation's 实施细则, read as its title would be (unknown-regulation when the corpus
   * lacks it), never the regulation itself nor the page.
   */
  private rulesOfNamed(head: { start: number; end: number }): Context | null {
    if (this.doc.own || !/^本(?:实施)?细则$/.test(this.doc.text.slice(head.start, head.end))) return null;
    const last = this.doc.state().last;
    if (!last || last.kind !== 'laws' || last.laws.length !== 1) return null;
    const title = last.laws[0].title;
    if (/细则$/.test(title) || this.doc.state().history.some((h) => (h.kind === 'laws' ? h.laws.some((l) => /细则$/.test(l.title)) : /细则》?$/.test(h.written)))) return null;
    const written = `${title.replace(/[（(][^（()）]*[)）]$/, '')}实施细则`;
    const found = this.doc.titles.lookupTitle(written);
    const ctx: Context = found.kind === 'laws' && found.laws.every((l) => /细则$/.test(l.title)) ? found : { kind: 'unknown', written, suggestions: [] };
    if (ctx.kind === 'unknown') this.doc.seen.quotedRules = { ctx, at: head.end };
    return ctx;
  }

  /**
   * 本法 in a document that is no law of its own (a judgment, a Q&A page, a review decision): the law the same
   * paragraph cited before it, whose text the writer paraphrases without quotation marks (根据《劳动合同法》第四十八条的
   * 规定，用人单位……应当依照本法第八十七条规定支付赔偿金). The same for 本办法, 本条例, 本规定 … when the same sentence
   * cited an article of a regulation of that kind (根据《工伤认定办法》第五条之规定，……可以直接按照本办法第四条规定提出),
   * also one the corpus does not know (then the reference is that regulation's: unknown-regulation). A draft
   * regulation's own 本法, a text about a draft (its opening names 某某法（草案）, 某某办法（征求意见稿）), and 本办法 after
   * a 办法 named alone (关于印发《…办法》的通知: the notice's own attached 办法) stay self references.
   */
  private paraphrasedLaw(head: { start: number; end: number }): Context | null {
    if (this.doc.own) return null;
    const word = this.doc.text.slice(head.start, head.end);
    const noun = /^本(法|办法|条例|规定|细则|规则|解释|决定|意见|准则|实施细则|实施办法)$/.exec(word)?.[1];
    if (!noun) return null;
    // A text about a draft (关于《某某法（草案）》的说明) calls the draft 本法 / 本办法.
    let draft = this.aboutDraft.get(noun);
    if (draft === undefined) {
      draft = new RegExp(`${noun}(?:》)?\\s*[（(]?(?:草案|征求意见稿|送审稿|修订草案|修正草案)`).test(this.doc.text.slice(0, 2000));
      this.aboutDraft.set(noun, draft);
    }
    if (draft) return null;
    // A page explaining a law (a 释义: the law's title and the article explained printed at its top) calls it 本法
    // throughout, also after citing another law (…依照《刑法》第一百三十三条之一…，依照本法第九十九条处罚).
    if (noun === '法' && this.doc.seen.explainedLaw) return this.doc.seen.explainedLaw;
    const last = this.doc.state().last;
    if (!last) return null;
    const titles = last.kind === 'laws' ? last.laws.map((l) => l.title) : [last.written];
    if (!titles.every((t) => selfWordNames(word, t) && (noun !== '法' || !/办法$/.test(t.replace(/[（(][^（()）]*[)）]$/, ''))))) return null;
    // 本办法 / 本条例 …: only in the sentence that cited the article (根据…第五条之规定，……本办法第四条); after it, a
    // notice's 本办法 is its own attached text again.
    // Rule (issue 14, heldout19 court; Taiwan judgments and digests: ㈠、某某防制條例第17條第1項規定:「…」…。…仍不得依本條例
    // 第17條第1項減輕其刑): a court or a digest writing under Taiwan's laws (rocPage.ts) is never a 条例 itself — its 本條例
    // is the 条例 whose article it cited before in the same paragraph, over later sentences and the quotation between.
    const taiwanParagraph = noun !== '法' && !!this.doc.seen.lastCitedArticle && this.doc.seen.lastCitedAt >= 0 && this.doc.seen.lastCitedAt <= head.start
      && !/[\n\r|]/.test(this.doc.text.slice(this.doc.seen.lastCitedAt, head.start)) && taiwanPage(this.doc.text);
    if (noun !== '法' && !taiwanParagraph && (!this.doc.seen.lastCitedArticle || /[。！？!?]/.test(this.doc.text.slice(Math.max(0, this.doc.seen.lastCitedAt), head.start)))) return null;
    // The paraphrase runs on from the citation: no line break, table cell or closing quotation mark in between (after a
    // quotation or in another cell, 本法 is the document's again).
    // 本法 also in the items listed one per line under the citing line (itemsUnderCitation.ts).
    if (this.doc.seen.lastCitedAt < 0 || this.doc.seen.lastCitedAt > head.start) return null;
    // Rule (issue 14, fix-zh26; a page setting out an interpretation's defining article after its citation: 《…解释》第三条
    // “交通运输肇事后逃逸”，是指行为人具有本解释第二条第一款规定…的情形): a term in quotation marks before 是指 is the
    // defined word of the article's own text, not a quotation ending the paraphrase — its 本解释 is still the cited text's.
    const between = this.doc.text.slice(this.doc.seen.lastCitedAt, head.start).replace(DEFINED_TERM, '');
    // And in the same sentence going on past a line break after ，or ； (sentenceRunsOn.ts).
    // And over a paragraph wrapped at words (wrappedLines.ts), as a line of its own.
    const onPastedLine = noun === '法' && !!this.doc.seen.pastedLine && this.doc.seen.pastedLine.ctx === last && head.start >= this.doc.seen.pastedLine.from && head.start < this.doc.seen.pastedLine.to;
    if (!onPastedLine && !taiwanParagraph && (/[|”』」]/.test(between) || (between.includes('\n') && !(noun === '法' && (itemLinesRunOn(this.doc.text, this.doc.seen.lastCitedAt, head.start) || wrappedLinesRunOn(this.doc.text, this.doc.seen.lastCitedAt, head.start))) && !sentenceRunsOn(this.doc.text, this.doc.seen.lastCitedAt, head.start)))) return null;
    return last;
  }

  /**
   * 本法 / 本规定 … in the text of an article the page cited and set out, after that text named another law as a whole
   * (otherLawInArticleText.ts): the printed article's law, when the word names a law of its kind.
   */
  private lawOfPrintedText(head: { start: number; end: number }): Context | null {
    const last = this.doc.state().last;
    const printed = this.doc.seen.lastAnyArticle;
    if (this.doc.own || this.doc.seen.lastCitedArticle || this.doc.seen.lastCitedAt < 0 || !last || !printed || printed.ctx === last) return null;
    if (printed.ctx.kind !== 'laws' || printed.ctx.laws.length !== 1) return null;
    const word = this.doc.text.slice(head.start, head.end);
    const title = printed.ctx.laws[0].title;
    if (!selfWordNames(word, title) || (word === '本法' && /办法$/.test(title.replace(/[（(][^（()）]*[)）]$/, '')))) return null;
    return otherLawInArticleText(this.doc.text, this.doc.seen.lastAnyArticleEnd, this.doc.seen.lastCitedAt, head.start) ? printed.ctx : null;
  }

  /**
   * "this law" / "this code" in lower case, the writer's own words in the prose of an English page that is no law of
   * its own (an abstract, a news story, a Q&A answer): the law the same paragraph named just before, as the writer
   * refers back to it ('As a new law, the "Electronic Commerce Law" has drawn attention. The second paragraph of
   * Article 38 of this law …'). "this Law" capitalised is a statute's own wording, which a memo's sentence uses of the
   * memo itself (the rules of earlier rounds: "Article 4 of this Law is the memo's own"); it stays as it was. A law
   * word names a 法 (not a 办法), code a 法典; a blank line or 400 characters after the naming end the reference back.
   */
  private writerThisLaw(head: { start: number; end: number }): Context | null {
    if (this.doc.own) return null;
    const noun = /^(?:[Tt]his|the\s+present)\s+(law|code)$/.exec(this.doc.text.slice(head.start, head.end))?.[1];
    const last = this.doc.state().last;
    if (!noun || !last || last.kind !== 'laws' || last.laws.length !== 1) return null;
    const title = last.laws[0].title;
    if (noun === 'law' ? !/法$/.test(title) || /办法$/.test(title) : !/法典$/.test(title)) return null;
    if (this.doc.seen.lastCitedAt < 0 || this.doc.seen.lastCitedAt > head.start || head.start - this.doc.seen.lastCitedAt > 400) return null;
    return /\n[ \t]*\n/.test(this.doc.text.slice(this.doc.seen.lastCitedAt, head.start)) ? null : last;
  }

  /**
   * Inside a regulation's own text a bare 第X条 is its own (rule 3), except where it continues, in the same clause, a
   * citation of another law: 刑法第一百二十条之一规定的帮助恐怖活动罪或者第一百九十一条规定的洗钱罪. A comma, semicolon,
   * colon, full stop or line break between them ends the clause (违反《条例》第十条的，依照第二条处理 is its own).
   */
  private continuesExternal(offset: number): boolean {
    return !!this.doc.seen.lastExternal && sameClause(this.doc.text, this.doc.seen.lastExternal.end, offset);
  }

  /**
   * A bare 第X条 later in the sentence that cited another law, where the document's own text has no such article: that
   * law's (依照民事诉讼法第一百一十九条的规定，且不属于第一百二十四条规定的情形 in a 解释 of 40 articles). Where the own text has
   * the article, it stays its own (rule 3). An excerpt knows only the articles in view: not used there.
   */
  private continuesExternalArticle(offset: number, targets: readonly RawTarget[]): boolean {
    const own = this.doc.own;
    if (!own || own.excerpt || !this.doc.seen.lastExternal || !sameSentence(this.doc.text, this.doc.seen.lastExternal.end, offset)) return false;
    return targets.length > 0 && targets.every((r) => r.article !== null && !findArticle(own.regulation, r.article, r.insert));
  }

  /** Whether a citation starting at `start` opens its sentence (after a list number or a label at most: 一、 （二） 3. 摘要：). */
  opensSentence(start: number): boolean {
    // The pattern ends in a space, a label's last character or a sentence's end, else only at the text's start.
    if (start > 0 && !OPENS_SENTENCE_ENDS.has(this.doc.text.charCodeAt(start - 1))) return false;
    return /(?:^|[。！？!?\n])[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．]|[\u4e00-\u9fff]{1,4}[：:])?[ \t\u3000]*$/.test(this.doc.text.slice(Math.max(0, start - 16), start));
  }

  /** The article the sentence before `at` (or its own) opened with, when no paragraph break lies between. */
  subjectBefore(at: number): CitedArticle | null {
    const s = this.doc.seen.sentenceSubject;
    if (!s || s.start > at || (s.about.ctx.kind === 'unknown' && s.about !== this.doc.seen.lastAnyArticle)) return null;
    const between = this.doc.text.slice(s.start, at);
    // The sentences of the words it quotes in marks are the article's, not the writer's: counted from the closing mark.
    const own = s.quotedTo > s.start && s.quotedTo < at ? this.doc.text.slice(s.quotedTo, at) : between;
    if (/\n[ \t\u3000]*\n/.test(between) || sentenceEnds(own) > 1) return null;
    return s.about;
  }
}

// Resolution: walk the scanned events in document order, keep the context (the regulation most recently cited, the
// document default, short titles the document defines) and resolve every citation to targets bound to the objects
// they name, with its problems; status and diagnostics derive from those. Pure: no LSP import.
//
// Which regulation a reference means is one rule (referenceSubject.ts), used for citations and for completion's
// contextAt; the analyzer below walks the events and asks the readers it holds, each in a module of its own.
import { foreignLawPage } from './jurisdiction/foreignPage';
import { unnamedPrintedPreceding } from './english/context/unnamedPrintedPreceding';
import { keepsUnheldPreceding } from './english/context/unheldPreceding';
import { inEnactingClause } from './english/context/enactingClause';
import type { CorpusLike, Law } from '../corpus/index';
import type { TextPosition, TextRange } from '../model';
import { TargetBinder, type Resolved } from './binding/bindTargets';
import { VersionChooser } from './binding/versionChoice';
import { ScannedCitationView } from './citationView';
import { documentDate, documentTitle, frontMatterDate, ownNameLine, ownStructure, readFrontMatter, type OwnStructure } from './document';
import { explainedTitleInHeading } from './titles/explainedTitle';
import { numberingDiagnostics } from './drafting/numbering';
import { analyzeTerms, type Span } from './terms/index';
import { quoteProblem } from './quotation/quoteProblem';
import { formerTextCited } from './english/versions/englishOriginalArticle';
import { comparedTitle } from './titles/comparedTitle';
import { adoptedSource } from './titles/adoptedSource';
import { inAmendmentNote } from './titles/amendmentNote';
import { amendedLawContext } from './titles/amendingDecisionAlone';
import { nearMissTakesContext } from './titles/nearMissContext';
import { addedAs, inInsertedWords, numberedByAmendment } from './quotation/amendedWording';
import { at, problems, statusOf } from './problems';
import { labelsTextBelow } from './layout/fullTextBelow';
import { opensNumberedItem } from './layout/numberedParagraphItem';
import { ordinanceSectionWritten } from './chain/hongKongSection';
import { parseUnit } from './chain/chain';
import { articleLabelAbove } from './layout/printedHeadingAbove';
import { lawOfTextHeaded } from './layout/earlierTextHeading';
import { basisTitleAbove } from './layout/basisTitleAbove';
import { isTraditional, simplifiedChars } from './normalize/traditionalScript';
import { typedNumerals } from './normalize/typedNumerals';
import { rangesToPage, toRead, withoutGlosses } from './normalize/pinyinGlosses';
import { withoutMojibake } from './normalize/mojibakeApostrophe';
import { withoutPinyinGlosses } from '../corpus/pinyinGloss';
import { scanText } from './scan/scanner';
import { thisArticleNamesAfter } from './titles/thisArticleListed';
import type { Head, RawTarget, ScanEvent, ScannedCitation, TitleHead } from './scanTypes';
import { precedingPlaced } from './english/context/precedingPlaced';
import { partThenArticle } from './layout/partArticle';
import { versionClauseBefore } from './titles/versionClause';
import { ENGLISH_LAW_WORD, LAW_TITLE_END, LineIndex, lineEndAt, lineIndexOf, sameClause, sameSentence, titleKey, sentenceEnds } from './text';
import { titleIndexOf, type TitleIndex } from './titles/titles';
import { TitleReader } from './titles/titleReader';
import { unheldVersion } from './titles/namedVersionContext';
import { BLANK_TARGET, QuotedReferences, type Quoted } from './quotation/quotedReferences';
import { WrittenProblems } from './writtenProblems';
import { TitleProblems } from './titleProblems';
import { CitationProblems, nameRegulationFixes, NO_PROBLEMS } from './citationProblems';
import { SelfReferences } from './binding/selfReferences';
import { selfWithoutOwnText } from './binding/ownlessSelf';
import { paragraphNamedLast, quotedParagraphOfSubject } from './quotation/quotedParagraphSubject';
import { noContextCandidates } from './binding/noContext';
import { PageLayoutLaws } from './pageLayoutLaws';
import { titledLabelUnderLinkCaption } from './layout/linkCaptionHeading';
import { titledLabelInAppendix } from './layout/appendixTitledLabel';
import { citedThenPrinted } from './layout/citedThenPrinted';
import { labelGluedCourtTitle } from './layout/labelGluedCourtTitle';
import { EXPLAINED_OPENING, PrintedArticles } from './printedArticles';
import { QuotedTitles } from './titles/quotedTitles';
import { citeIn, CitedSoFar, sameLaw } from './citedSoFar';
import { CitationMemory } from './citationMemory';
import { SubjectReader, type Subject } from './referenceSubject';
import type { CitedArticle, Context, State } from './context';
import { lawLikeEnglishTitle, namedDocumentTitle } from './english/names/englishLawLikeTitle';
import type {
  AnalyzeOptions, Binding, Citation, CitationDiagnostic, CitationTarget, DefinedTerm, DocumentAnalysis, Problem, ReferenceContext,
  ShortTitleDefinition,
} from './types';
import { amendingVerbBefore } from './titles/amendedArticle';
import { amendedByArticleBefore } from './titles/amendedObject';
import { standardNamedBetween } from './layout/standardNamedBetween';
import { amendedThisArticle, amendingTitle } from './titles/amendedThisArticle';
import { printedLawLine, printedLawName, reprintsArticles } from './layout/printedLawTitle';
import { opensAfterFirstArticle } from './layout/excerptUnderTitle';
import { SHORT_NAME_OPEN } from './titles/shortFormBracket';
import { eachListedCitation } from './layout/eachListed';
import { namedInLastSentence } from './titles/twoLaws';
import { bareLawsJoinedBefore } from './titles/twoBareLaws';
import { inQuotedProvision, sameParagraph } from './discussedArticle';

/** A title and the short name its bracket gives, ending where an article starts (namedFrom). */
const TITLE_NAMED_SHORT = new RegExp(`《[^《》\\n]{2,80}》[ \\u3000]*${SHORT_NAME_OPEN}[^（()）\\n]{1,30}[)）][ \\u3000]*$`);

/** The analysis of an empty or failed document: nothing found, the errors said. */
function emptyAnalysis(errors: string[] = []): DocumentAnalysis {
  return {
    citations: [], diagnostics: [], shortTitles: [], terms: [], isDraftRegulation: false, structure: null, documentDate: null,
    contextAt: () => ({ kind: 'none' }), errors,
  };
}

/** Merge `more` (in document order) into `list` (in document order), keeping the order; stable for equal starts. */
function mergeInOrder(list: CitationDiagnostic[], more: CitationDiagnostic[]): void {
  if (!more.length) return;
  const before = (a: CitationDiagnostic, b: CitationDiagnostic) =>
    a.range.start.line < b.range.start.line || (a.range.start.line === b.range.start.line && a.range.start.character < b.range.start.character);
  const merged: CitationDiagnostic[] = [];
  let i = 0;
  let j = 0;
  while (i < list.length || j < more.length) {
    if (j >= more.length || (i < list.length && !before(more[j], list[i]))) merged.push(list[i++]);
    else merged.push(more[j++]);
  }
  list.length = 0;
  for (const d of merged) list.push(d);
}

/** One line saying what went wrong (an error's name and first line of its message). */
function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}`.split('\n')[0] : String(err);
}

/** Scan and resolve every citation of a document. Never throws: what goes wrong is in `errors`. */
export function analyzeDocument(text: string, corpus: CorpusLike, options: AnalyzeOptions = {}): DocumentAnalysis {
  if (typeof text !== 'string' || text.length === 0) return emptyAnalysis();
  try {
    // A page in traditional characters is read in simplified ones (traditionalScript.ts), numbers typed in 大写 or after
    // 笫 as the writer meant them (typedNumerals.ts); citations keep its text.
    // A page printing pinyin glosses after characters is read without them, its positions kept (pinyinGlosses.ts).
    // A mis-decoded apostrophe inside a word (People¡¯s, Peopleâ€™s) is read as "'" the same way (mojibakeApostrophe.ts).
    const unglossed = withoutGlosses(text) ?? withoutMojibake(text);
    const base = unglossed ? unglossed.text : text;
    const traditional = isTraditional(base);
    const typed = typedNumerals(traditional ? simplifiedChars(base) : base);
    const read = typed.text;
    const analysis = new Analyzer(read, corpus, options, typed.typos, traditional).run();
    if (read !== text) {
      const page = unglossed?.pageLines ?? new LineIndex(text);
      if (unglossed) {
        rangesToPage(unglossed, analysis);
        const inner = analysis.contextAt;
        const readLines = lineIndexOf(read);
        analysis.contextAt = (offset, prefix) => {
          const p = page.position(Math.min(offset, text.length));
          return inner(readLines.lineStart(p.line) + toRead(unglossed, p.line, p.character), prefix === undefined ? undefined : withoutPinyinGlosses(prefix));
        };
      }
      const offset = (p: TextPosition): number => page.lineStart(p.line) + p.character;
      for (const c of analysis.citations) c.text = text.slice(offset(c.range.start), offset(c.range.end));
    }
    return analysis;
  } catch (err) {
    return emptyAnalysis([`analysis failed: ${describe(err)}`]);
  }
}

/** One document's analysis: walks its scanned events in order and keeps the state the readers read. */
class Analyzer {
  private readonly lines: LineIndex;
  private readonly idx: TitleIndex;
  /** What the document's titles name (titles/titleReader.ts). */
  private readonly titles: TitleReader;
  private readonly own: OwnStructure | null;
  private readonly date: string | null;
  private readonly dateSource: DocumentAnalysis['documentDateSource'] | null;
  /** The version each citation is read in (binding/versionChoice.ts). */
  private readonly versions: VersionChooser;
  /** The references inside quoted words (quotation/quotedReferences.ts). */
  private readonly quotes: QuotedReferences;
  /** Binds cited targets to versions of the corpus's laws (binding/bindTargets.ts). */
  private readonly binder: TargetBinder;
  private readonly from: number;
  private readonly defaultCtx: Context | null;
  private readonly citations: Citation[] = [];
  private readonly definitions: ShortTitleDefinition[] = [];
  private state: State = { last: null, history: [], shortTitles: new Map() };
  /** The scanned events, for rules that look ahead (lawCitedLater). */
  private events: readonly ScanEvent[] | null = null;
  private readonly errors: string[] = [];
  /** Problems whose fix rewrites the citation as written (malformed forms, nearest articles, repeal, versions). */
  private readonly written: WrittenProblems;
  /** Problems of a title as written (unknown, undefined short title, full title after its short one, no 《》). */
  private readonly titleChecks: TitleProblems;
  /** Each citation's problems (citationProblems.ts). */
  private readonly problemsOf: CitationProblems;
  /** The document's own references, bound against its structure (binding/selfReferences.ts). */
  private readonly selfRefs: SelfReferences;
  /** The laws the page's layout names for bare articles and self words (pageLayoutLaws.ts). */
  private readonly layout: PageLayoutLaws;
  /** The articles the page prints with their text, and their laws (printedArticles.ts). */
  private readonly printedText: PrintedArticles;
  /** Titles named inside quoted text (titles/quotedTitles.ts). */
  private readonly quotedTitles: QuotedTitles;
  /** What the document cited so far: the state's log and the citations listed (citedSoFar.ts). */
  private readonly cited: CitedSoFar;
  /** What the reading remembers of the citations just read (citationMemory.ts). */
  private readonly seen = new CitationMemory();
  /** The regulation each reference is read in (referenceSubject.ts). */
  private readonly subjects: SubjectReader;
  /** Each short title the document defines (by key): its first definition and the title it abbreviates. */
  private readonly definitionsByKey = new Map<string, { end: number; of: TitleHead }>();
  /** Titles followed by a definition of their short title (not reported as a full title written again). */
  private readonly definitionHeads = new Set<TitleHead>();
  /** The short title the document defined for a law (its first), and whether it is written in 《》. */
  private readonly shortOf = new Map<Law, { short: string; marks: boolean }>();
  /** Where each law's first bracketed title ends (a definition of a short title goes there). */
  private readonly firstMention = new Map<Law, number>();
  /** The regulation the page's heading says it explains (explainedTitle.ts): its 《条例》 when never defined. */
  private readonly explained: Context | null;
  /** The law a page reprints under its exact title, its articles under their own headings (printedLawTitle.ts). */
  private readonly printedLaw: Context | null;
  /** The document's own name on its first line (document.ts ownNameLine): titles there lack no marks. */
  private readonly nameLine: { start: number; end: number } | null;

  /**
   * `typos`: where the page typed 笫 for 第 (typedNumerals.ts; `text` has 第 there): a citation over one is malformed.
   * `traditional`: the page is printed in traditional characters (`text` is its simplified reading; regionOwnTitle.ts).
   */
  constructor(private readonly text: string, private readonly corpus: CorpusLike, private readonly options: AnalyzeOptions,
    private readonly typos: readonly number[] = [], private readonly traditional = false) {
    this.lines = lineIndexOf(text);
    this.cited = new CitedSoFar(text, this.lines, this.citations);
    this.idx = titleIndexOf(corpus);
    const fm = readFrontMatter(text);
    this.from = fm.end;
    this.date = options.documentDate ?? documentDate(text, fm);
    this.dateSource = options.documentDate ? 'given' : !this.date ? null : frontMatterDate(fm) === this.date ? 'front-matter' : 'text';
    this.titles = new TitleReader({
      text, corpus, idx: this.idx, date: this.date, traditional, state: () => this.state, events: () => this.events,
      explained: () => this.explained, defaultCtx: () => this.defaultCtx, definitionsByKey: this.definitionsByKey,
    });
    this.versions = new VersionChooser(corpus, this.date, this.dateSource);
    this.quotes = new QuotedReferences(text, corpus, (law, ctx) => this.versions.chooseVersion(law, ctx));
    this.binder = new TargetBinder(corpus, this.date, this.versions, (written) => this.titles.lookupTitle(written));
    this.own = ownStructure(text, fm, this.lines, options.file ?? '');
    this.written = new WrittenProblems(text, corpus, this.date, typos, (start, end) => this.lines.range(start, end));
    this.nameLine = ownNameLine(text, fm);
    const titles = {
      state: () => this.state, definitionsByKey: this.definitionsByKey, definitionHeads: this.definitionHeads, shortOf: this.shortOf,
      firstMention: this.firstMention, titleContext: (head: TitleHead) => this.titles.titleContext(head),
    };
    this.titleChecks = new TitleProblems(titles, options, this.nameLine, (start, end) => this.lines.range(start, end), (offset) => this.lines.lineOf(offset));
    this.problemsOf = new CitationProblems({
      text, corpus, date: this.date, options, range: (start, end) => this.lines.range(start, end), written: this.written,
      titleChecks: this.titleChecks, versions: this.versions, titleContext: (head) => this.titles.titleContext(head),
    });
    this.selfRefs = new SelfReferences({
      text, lines: this.lines, own: this.own, corpus, date: this.date, binder: this.binder, quotes: this.quotes,
      lookupTitle: (written) => this.titles.lookupTitle(written),
    });
    this.layout = new PageLayoutLaws({
      text, from: this.from, own: this.own, corpus, lookupTitle: (written) => this.titles.lookupTitle(written),
      inContext: () => this.state.last ?? this.defaultCtx,
    });
    this.printedText = new PrintedArticles({
      text, lines: this.lines, from: this.from, own: this.own, corpus, idx: this.idx, titles: this.titles, citations: this.citations,
    });
    this.quotedTitles = new QuotedTitles({
      text, state: () => this.state, ownText: () => this.own !== null, lookupTitle: (written) => this.titles.lookupTitle(written),
    });
    this.subjects = new SubjectReader({
      text, lines: this.lines, from: this.from, own: this.own, citations: this.citations, cited: this.cited, seen: this.seen,
      titles: this.titles, layout: this.layout, printedText: this.printedText, state: () => this.state,
      defaultCtx: () => this.defaultCtx, printedLaw: () => this.printedLaw, events: () => this.events,
    });
    const explained = explainedTitleInHeading(documentTitle(text, fm) ?? '');
    const explainedCtx = explained ? this.titles.lookupCorpus(explained) : null;
    this.explained = explainedCtx?.kind === 'laws' && explainedCtx.laws.length === 1 ? explainedCtx : null;
    // A page reprinting a law under its title (printedLawTitle.ts): its 本法 is that law.
    const heading = documentTitle(text, fm) ?? '';
    // A regulation's own name heading the page (nameLine) names the page's own text, unless the page opens past its
    // first article (excerptUnderTitle.ts).
    const reprints = reprintsArticles(text);
    const printedName = (reprints && this.nameLine === null ? printedLawLine(text, heading) : null)
      ?? (reprints && opensAfterFirstArticle(text) ? printedLawName(heading) : null);
    const printed = printedName ? this.idx.lookup(printedName) : null;
    this.printedLaw = printed && printed.how === 'exact' && printed.laws.length === 1 ? { kind: 'laws', laws: printed.laws, written: printed.laws[0].title } : null;
    const def = fm.fields.get('lawcite.regulation') ?? options.defaultRegulation ?? null;
    // A page explaining one regulation (its heading says so, explainedTitle.ts) cites that regulation's articles bare
    // before naming it again (治安管理处罚法释义 ⏎ 第五条 …): its default, unless the front matter or caller sets one.
    this.defaultCtx = def ? this.titles.lookupTitle(def.trim().replace(/^[《〈]|[》〉]$/g, '')) : this.explained;
  }

  run(): DocumentAnalysis {
    const events = scanText(this.text, {
      matcher: this.idx,
      headingLabels: this.own?.headingLabels,
      selfReferences: this.own !== null,
      from: this.from,
    });
    this.events = events;
    // Where no term is defined or used: citations, titles, short-title definitions, quotations of cited text.
    const excluded: Span[] = [];
    const shortTitleBrackets = new Set<number>();
    // Indexed loops over the events (tens of thousands): for…of here made an iterator result per event.
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      if (e.type === 'citation') {
        // The citations whose reading a later one asks for (citedIn): only those are remembered.
        if (e.anaphorOf) this.readHosts.add(e.anaphorOf);
        if (e.eachOf) this.eachHosts.set(e.eachOf, []);
        for (let h = 0; e.wordsOf && h < e.wordsOf.length; h++) this.readHosts.add(e.wordsOf[h]);
      }
      if (e.type !== 'definition') continue;
      this.definitionHeads.add(e.of);
      const key = titleKey(e.shortTitle);
      if (!this.definitionsByKey.has(key)) this.definitionsByKey.set(key, { end: e.end, of: e.of });
    }
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      // The event (or its head) is the span: its start and end stay as the scanner left them (no copy per event, which
      // lived to the end of the run and was moved by every young collection).
      if (e.type === 'title') excluded.push(e.head);
      else {
        excluded.push(e);
        if (e.type === 'definition') shortTitleBrackets.add(e.start);
        else if (e.quotation) excluded.push(e.quotation);
        else if (e.unmarked) excluded.push(e.unmarked);
      }
      try {
        if (e.type === 'title') this.onTitle(e.head);
        else if (e.type === 'definition') {
          const ctx = this.titles.titleContext(e.of);
          this.state.shortTitles.set(titleKey(e.shortTitle), ctx);
          this.cited.push({ offset: e.end, short: titleKey(e.shortTitle), ctx });
          if (ctx.kind === 'laws' && ctx.laws.length === 1) {
            this.definitions.push({ shortTitle: e.shortTitle, regulation: ctx.laws[0].title, range: this.range(e.start, e.end) });
            if (!this.shortOf.has(ctx.laws[0])) this.shortOf.set(ctx.laws[0], { short: e.shortTitle, marks: this.text.slice(e.start, e.end).includes('《') });
          }
        } else if (e.eachOf) {
          // 各该条 / 各该款: what its host was read as (layout/eachListed.ts).
          const each = eachListedCitation(this.text, this.range(e.start, e.end), e.start, e.end, this.eachHosts.get(e.eachOf) ?? []);
          if (each) this.citations.push(each);
        } else {
          const before = this.citations.length;
          this.onCitation(e);
          if (this.eachHosts.has(e)) this.eachHosts.set(e, this.citations.slice(before));
        }
      } catch (err) {
        // One odd citation never costs the others; the caller logs what happened.
        if (this.errors.length < 10) this.errors.push(`citation at offset ${e.type === 'title' ? e.head.start : e.start}: ${describe(err)}`);
      }
    }
    nameRegulationFixes(this.citations, this.definitions, () => this.cited.citedLaws(), this.corpus, this.date);
    const diagnostics: CitationDiagnostic[] = [];
    for (let i = 0; i < this.citations.length; i++) {
      const list = this.citations[i].problems;
      for (let j = 0; j < list.length; j++) if (list[j].range) diagnostics.push(list[j] as CitationDiagnostic);
    }
    if (this.own && !this.own.excerpt && this.options.numbering !== false) {
      try {
        mergeInOrder(diagnostics, numberingDiagnostics(this.own.regulation, this.text, this.lines));
      } catch (err) {
        this.errors.push(`numbering: ${describe(err)}`);
      }
    }
    let terms: DefinedTerm[] = [];
    try {
      const own = this.own;
      const found = analyzeTerms({ text: this.text, from: this.from, lines: this.lines, excluded, shortTitleBrackets, locate: own ? (o) => own.locate(o) : undefined });
      terms = found.terms;
      mergeInOrder(diagnostics, found.diagnostics);
    } catch (err) {
      this.errors.push(`terms: ${describe(err)}`);
    }
    return {
      citations: this.citations,
      diagnostics,
      shortTitles: this.definitions,
      terms,
      isDraftRegulation: this.own !== null,
      structure: this.own && !this.own.excerpt ? this.own.regulation : null,
      documentDate: this.date,
      ...(this.dateSource ? { documentDateSource: this.dateSource } : {}),
      errors: this.errors,
      contextAt: (offset, prefix) => {
        try {
          return this.contextAt(offset, prefix);
        } catch {
          return { kind: 'none' };
        }
      },
    };
  }

  private range(start: number, end: number): TextRange {
    return this.lines.range(start, end);
  }

  /** The span of the citation being read, and its range once a problem made it. */
  private readonly reading: { start: number; end: number; range: TextRange | undefined } = { start: 0, end: 0, range: undefined };
  /** The range of the citation being read (one function for every citation: no closure made per citation). */
  private readonly readingRange = (): TextRange => (this.reading.range ??= this.range(this.reading.start, this.reading.end));

  /**
   * `inArticle`: named in the text of a quoted article (headedText.ts); `basis`: named as the basis in a text's enacting
   * formula (enactingClause.ts) — neither is the text quoted after it.
   */
  private cite(ctx: Context, offset: number, article = false, alone = false, inArticle = false, basis = false): void {
    this.seen.lastCitedAt = offset;
    this.seen.lastCitedArticle = article;
    if (this.state.last === ctx) {
      // Citing the regulation in context again changes nothing, but its title named alone again (a page printing the
      // articles it just cited under the law's title line: "… Article 15 of the Regulations on X …" ⏎ "Regulations on X"
      // ⏎ "Article 15 …") heads the statute text below it (statuteLaw), as the first mention would.
      if (alone) this.cited.push({ offset, cite: ctx, alone, inArticle, basis });
      return;
    }
    this.cited.push({ offset, cite: ctx, alone, inArticle, basis });
    citeIn(this.state, ctx);
  }


  private onTitle(head: TitleHead): void {
    const ctx = this.titles.titleContext(head);
    // Kept for reprintedBasis, which reads it only in a text with articles of its own (no map of every title elsewhere).
    if (this.own) this.titlesRead.set(head.start, ctx);
    // A title named as the other side of a comparison does not take over the context (comparedTitle.ts), nor a former
    // law named as the source the law before it took its rule from (adoptedSource.ts).
    const compared = comparedTitle(this.text, head.start, head.end) || adoptedSource(this.text, head.start);
    // A decision amending one law named alone: the bare articles after it are that law's (amendingDecisionAlone.ts).
    const amended = ctx.kind === 'unknown' && !compared && !inAmendmentNote(this.text, head.start, head.end) && !inInsertedWords(this.text, head.start) ? amendedLawContext(this.text, head, (h) => this.titles.titleContext(h)) : null;
    if (amended && ctx.kind === 'unknown') return void (this.cite(ctx, head.end, false, true), this.cite(amended, head.end, false, true), this.pushTitle(head, 'unknown-regulation', [], [], ((p) => (p ? [p] : NO_PROBLEMS))(this.titleChecks.titleProblems(head, ctx)), ctx.suggestions));
    if (ctx.kind === 'unknown') {
      const undefinedShort = this.titleChecks.undefinedShortTitle(head);
      if (undefinedShort) {
        this.pushTitle(head, statusOf([undefinedShort], false), [], [], [undefinedShort]);
        return;
      }
      if (!ctx.suggestions.length) {
        // A short name the document defined for a law's text (a draft's: "the Revised Draft") names it as its title does.
        // A convention or treaty named so ("the United Nations Convention against Corruption") is one too: the bare
        // article after it is the convention's (unknown-regulation), no Chinese law's (english8).
        // A title followed by a part and its article (《…基准》第二部分第五条) names the document cited (partArticle.ts).
        // The English of a 关于…的意见 / 通知 / 批复 named in full ("the Opinions on Certain Issues Concerning the Trial of
        // …", english11) is that document too, as 《…意见》 is: "in which Article 12 provides" is its article.
        // Another state's law named after an article ("… of Australia's Trade Practices Act") is a law, whatever its noun;
        // so is a law the page names as one (a Taiwan law in prose, a law database's "Title:" line: lawNamed).
        const lawLike = head.lang === 'zh' ? LAW_TITLE_END.test(head.written.replace(/\s+/g, '')) || partThenArticle(this.text, head.end) : ENGLISH_LAW_WORD.test(head.written) || head.defined === true || head.foreign === true || head.lawNamed === true || (/\b(?:Convention|Treaty|Covenant)\b/.test(head.written) && lawLikeEnglishTitle(head.written)) || namedDocumentTitle(head.written);
        // One the corpus lacks named as the basis of an enacting formula is no title of the text after it either (enactingClause.ts).
        const basis = head.lang === 'en' && inEnactingClause(this.text, head.start, head.end);
        if (lawLike && !compared && !inAmendmentNote(this.text, head.start, head.end) && !inInsertedWords(this.text, head.start)) this.cite(ctx, head.end, false, !basis, head.inArticleText, basis);
        return;
      }
      // A near-miss title named alone is a typo being discussed: it does not take over the context — unless written as a regulation's title in running text (nearMissContext.ts).
      if (nearMissTakesContext(this.text, head, ctx, this.state.last, compared) && !inAmendmentNote(this.text, head.start, head.end) && !inInsertedWords(this.text, head.start)) this.cite(ctx, head.end, false, true);
      const list = [this.titleChecks.titleProblems(head, ctx)!];
      this.pushTitle(head, statusOf(list, false), [], [], list, ctx.suggestions);
      return;
    }
    // The act an amendment note names (根据《…决定》修订) does not take over from the regulation it amended; nor does a
    // title named as the other side of a comparison (comparedTitle.ts), nor one among the words an amendment writes in
    // (amendedWording.ts inInsertedWords).
    // A law named in the enacting formula of the English text after it ("… are formulated in accordance with the
    // Trademark Law …") is no title of that text: the articles printed after it are not read in it (enactingClause.ts).
    const basisOnly = head.lang === 'en' && inEnactingClause(this.text, head.start, head.end);
    // Nor a title named as what an article of the act the page describes amends (第34条修正了《刑法》…: amendedObject.ts).
    if (!compared && !inAmendmentNote(this.text, head.start, head.end) && !inInsertedWords(this.text, head.start) && !this.insideQuotedText(head) && !amendedByArticleBefore(this.text, head.start)) this.cite(ctx, head.end, false, !basisOnly, head.inArticleText, basisOnly);
    this.noteMention(head, ctx);
    const targets: CitationTarget[] = [];
    const bindings: Binding[] = [];
    for (const law of ctx.laws) {
      const t: CitationTarget = { regulation: law.title, article: null, articleInsert: null, paragraph: null, item: null };
      const reg = this.binder.addVersion(t, law, ctx);
      targets.push(t);
      bindings.push(this.binder.bind(t, law, reg));
    }
    const p = this.titleChecks.titleProblems(head, ctx);
    const status = ctx.laws.length === 1 ? 'resolved' : 'ambiguous';
    this.pushTitle(head, status, targets, bindings, p ? [p] : NO_PROBLEMS, ctx.laws.length > 1 ? ctx.laws.map((l) => l.title) : undefined);
  }

  /**
   * 两法第N条 (titles/twoLaws.ts): article N of each of the two texts the sentence before named, bound in each; no context
   * when that sentence named three or more. False when it named fewer than two (read as before).
   */
  private onTwoLaws(c: ScannedCitation): boolean {
    const events = this.events ?? [];
    const named = namedInLastSentence(this.text, events, events.indexOf(c), c.start);
    // Each text once: a second name of a law already named (its short title) adds nothing.
    const distinct = (all: Context[]): Context[] => {
      const out: Context[] = [];
      for (const ctx of all) if (!(ctx.kind === 'laws' && out.some((x) => x.kind === 'laws' && x.laws[0] === ctx.laws[0]))) out.push(ctx);
      return out;
    };
    let ctxs = distinct(named.map((h) => this.titlesRead.get(h.start) ?? this.titles.titleContext(h)));
    // Laws named bare and joined (titles/twoBareLaws.ts), every title the events found lying among them: those names.
    const bare = bareLawsJoinedBefore(this.text, c.start, this.idx);
    if (bare.length > ctxs.length && !named.some((h) => h.start < bare[0][0] || h.end > bare[bare.length - 1][1])) {
      ctxs = distinct(bare.map(([s, e]) => this.titles.lookupTitle(this.text.slice(s, e).replace(/^《|》$/g, ''))));
    }
    if (ctxs.length < 2) return false;
    this.reading.start = c.start;
    this.reading.end = c.end;
    this.reading.range = undefined;
    const bindings: Binding[] = [];
    const list: Problem[] = [];
    if (ctxs.length === 2) {
      for (const ctx of ctxs) {
        const resolved = this.binder.resolveIn(ctx, c.targets);
        bindings.push(...resolved.bindings);
        list.push(...this.problemsOf.citationProblems(c, resolved, ctx, this.readingRange));
      }
    } else {
      const resolved = noContextCandidates(c.targets, this.idx, this.corpus, this.date, this.binder);
      bindings.push(...resolved.bindings);
      list.push(...this.problemsOf.citationProblems(c, resolved, null, this.readingRange));
    }
    this.citations.push(new ScannedCitationView(this.text, c.start, c.end, this.reading.range, statusOf(list, false), c.parts, this.lines, bindings, list));
    return true;
  }

  /** A title named alone: kept for hover and links. */
  private pushTitle(head: TitleHead, status: Citation['status'], targets: CitationTarget[], bindings: Binding[], list: Problem[], candidates?: string[]): void {
    const range = this.range(head.start, head.end);
    const citation: Citation = {
      text: this.text.slice(head.start, head.end), range, status, targets, parts: [{ kind: 'title', range }], bindings, problems: list,
      titleText: head.written, titleOnly: true,
    };
    if (candidates) citation.candidates = candidates;
    this.citations.push(citation);
  }

  private onCitation(c: ScannedCitation): void {
    if (c.heading) {
      this.onQuotedHeading(c);
      return;
    }
    if (c.head.kind === 'anaphor' && c.head.two && this.onTwoLaws(c)) return;
    const head = c.head;
    let quoted = c.quotedIn ? this.quoted.get(c.quotedIn) : undefined;
    // Rule (issue 14, real-gov16; Q&A pages listing the articles relied on, each glued to its words after a full stop:
    // 法律依据：《…民法典》第七百零六条当事人…。第七百一十三条承租人…。因承租人的过错…，出租人不承担前款规定的维修义务。): the words
    // set out after the first article run on over the next label, but from that label on they are the next article's — a
    // 前款 / 前条 there is read in it (its first 款), not in the article the line opened with.
    const next = this.seen.lastPastedLabel;
    if (quoted && next && c.quotedIn === next.quotedIn && (c.head.kind === 'prev-paragraphs' || c.head.kind === 'prev-article') && next.end <= c.start
      && !/[\r\n]/.test(this.text.slice(next.end, c.start))) {
      quoted = { ctx: next.ctx, targets: next.targets, quotation: { start: next.end, end: quoted.quotation.end }, unmarked: true };
    }
    let inQuote = quoted ? this.quotes.quotedTargets(c, quoted) : null;
    // Indexed, and only when there are hosts: no empty array and iterator per citation.
    const hosts = c.quotedIn ? undefined : c.wordsOf;
    for (let h = 0; hosts && h < hosts.length; h++) {
      const host = hosts[h];
      const words = this.pastedWords(c, host);
      const read = words ? this.quotes.quotedTargets(c, words) : null;
      if (read) {
        quoted = words;
        inQuote = read;
        break;
      }
    }
    // 前款 after a citation, not found in the words of the article cited: the writer's, not read (as outside a regulation).
    // 本法第X条 there stays the document's own reference, as elsewhere outside a regulation.
    if (c.wordsOf && !c.quotedIn && !inQuote && head.kind !== 'self') return;
    // 前款 in the text of a law's article printed on the page (printedParagraph.ts): read in that article as in a
    // quotation of it; not read when the article's law is not known or no 款 stands before it.
    if (c.printedParagraph !== undefined && !inQuote) {
      const printed = this.printedText.printedPrevious(c);
      if (!printed) return;
      quoted = printed;
      inQuote = [...printed.targets];
    }
    // Rule (issue 14, zh15; an article's text set out under its citation, traditional script or not: 法律依据：《…刑法》第三百
    // 九十九条 ⏎⏎ …… ⏎⏎ 司法工作人员…有前三款行为的，同时又构成本法第三百八十五条规定之罪的…): a line whose 前款 was read
    // in the cited article's words is that article's text to its end, and its 本法 is the cited law (paraphrasedLaw).
    if (inQuote && quoted && (c.wordsOf || c.printedParagraph !== undefined)) this.seen.pastedLine = { ctx: quoted.ctx, from: c.end, to: lineEndAt(this.text, c.end) };
    // Rule (issue 14, court11; quoted rules that cite another law): the quoted text may itself cite another law, and a
    // bare article continuing that citation in the same clause is that law's, as the quoted text reads it —
    // 《规定》第一条第一款规定“…在认定是否存在《工伤保险条例》第十四条第(六)项‘本人主要责任’、第十六条第(二)项‘醉酒或者
    // 吸毒’…”: the 条例's article 16, not the quoted 规定's. A clause break in between keeps the quoted law's reading.
    const quotedOn = inQuote && quoted && head.kind === 'bare' && c.top === 0 ? this.continuesQuotedCitation(c.start, quoted) : null;
    if (quotedOn) {
      quoted = undefined;
      inQuote = null;
    }
    const around = head.kind === 'title' && !inQuote ? quoted ?? (c.titleInQuoted ? this.quoted.get(c.titleInQuoted) : undefined) : undefined;
    const parent = around && head.kind === 'title' ? this.quotedTitles.parentRegulation(head, around.ctx) ?? this.quotedTitles.onlyRegulationNamed(head, around.ctx) ?? this.quotedTitles.selfTitleIn(head, around.ctx)
      : head.kind === 'title' && !inQuote && !this.own && this.state.last ? this.quotedTitles.selfTitleIn(head, this.state.last) : null;
    // "the preceding paragraph" in English statute text (englishHeadings.ts precedingInStatute): the quoted law's, when
    // the text is under a title named alone or a citation labelling it; not read when that law is not known.
    const statuteLaw = c.statuteFrom !== undefined ? this.cited.statuteLaw(c.statuteFrom, c.statuteLabelled === true, c.targets[0]?.article ?? null) : undefined;
    // Rule (issue 14, heldout26 English; a translated regulation reproduced with its title not on the page: "(1) For
    // taxpayers …, other than those stipulated in items (2) and (3) of this Article, …"): with no law named anywhere
    // before the text, "this Article" there is the reproduced text's own article (self), as "of these Regulations" is.
    // ("the preceding paragraph" and "hereof" stay unread there: older sets label them otherwise.)
    // Rule (issue 14, heldout30 English; a bilingual excerpt of a law printed with no title on the page, its own text by
    // document.ts ownStructure): with no law named before it, the statute text under a heading is the page's own, and
    // its "the preceding paragraph" the page's own provision (self), as 前款 in its Chinese text is — unless the words
    // printed are a corpus law's (printedArticleLaw.ts: the Civil Code's articles printed bilingually with no title,
    // heldout25 English, are that law's; the old reading, unread, stays there).
    if (statuteLaw === null && !(this.own && !this.cited.lawNamedBefore(c.statuteFrom!) && !this.printedText.ownTextIsCorpusLaw()) &&
      !(c.head.kind === 'self' && c.inStatuteText && !this.own && /^this\s+article$/i.test(this.text.slice(c.head.start, c.head.end)) &&
      !this.cited.lawNamedBefore(c.statuteFrom!)) && !unnamedPrintedPreceding(this.text, c, (q) => this.cited.lawNamedBefore(q))) return;
    // In a text that ran its paragraphs together, the 款 the quoted article's Chinese text says (precedingPlaced.ts).
    if (c.unplacedPreceding) {
      const t = c.targets[0];
      const placed = statuteLaw && statuteLaw.kind === 'laws' && statuteLaw.laws.length === 1 && t.article !== null
        ? precedingPlaced(statuteLaw.laws[0].versions, t.article, t.insert, c.unplacedPreceding, c.targets, c.precedingInItem) : null;
      if (placed) c = { ...c, targets: placed };
      else if (!keepsUnheldPreceding(statuteLaw)) return; // a law not held: still its mention (unheldPreceding.ts)
    }
    // A 款 cited alone after the quotation of another 款 of an article (scanner.ts paragraphAfterQuotation): the law of
    // that article, whose number the scanner gave it.
    const continued = c.paragraphOf && !inQuote ? this.quoted.get(c.paragraphOf) : undefined;
    // "this article" on a page headed by one provision (headedProvision.ts): read in that provision's law.
    const headedLaw = c.anaphorOf && !inQuote ? this.citedIn.get(c.anaphorOf) : undefined;
    const read: Subject = inQuote ? { kind: 'context', ctx: quoted!.ctx } : headedLaw ? { kind: 'context', ctx: headedLaw } : quotedOn ? { kind: 'context', ctx: quotedOn } : continued ? { kind: 'context', ctx: continued.ctx } : parent ? { kind: 'context', ctx: parent } : statuteLaw ? { kind: 'context', ctx: statuteLaw } : this.subjects.subjectOf(head, c.top, c.start, c.inStatuteText, c.targets, c.headedText, c.inHeadingRun);
    // A bare article in a sentence opened by a time clause naming a version (2009年修订时，…第17条): that text of the law.
    const timeClause = head.kind === 'bare' && c.top === 0 && !inQuote && read.kind === 'context' && !this.own ? versionClauseBefore(this.text, c.start) : null;
    // A clause naming the law (2012年某诉法修改后，): only when that name is the law in context.
    const clause = timeClause && timeClause.name !== undefined && !(read.kind === 'context' && read.ctx.written.replace(/^《|》$/g, '') === timeClause.name) ? null : timeClause;
    // "… was amended in 2017, adding paragraph 2 on the basis of the original Article 55": the text before that amendment,
    // and with no law in context a text the corpus cannot be asked for (english/versions/englishOriginalArticle.ts).
    // So are "the prior version of Article 4", "Article 16 of the previous Company Law" in a sentence about an amendment,
    // with no year the text before the latest revision (englishOriginalArticle.ts formerTextCited; fix-en40).
    const titled = head.kind === 'title' && head.lang === 'en' && !head.versionYear && !(read.kind === 'context' && read.ctx.kind === 'laws' && (read.ctx.versionYear || read.ctx.former));
    const original = (head.kind === 'bare' || titled) && c.lang === 'en' && !clause && !inQuote && !this.own && read.kind !== 'self'
      ? formerTextCited(this.text, c.start, c.end, head.kind === 'title' ? head.innerStart : undefined) : null;
    const subject: Subject = clause && read.kind === 'context' ? { kind: 'context', ctx: this.titles.clauseVersionContext(read.ctx, clause.year, clause.event) }
      : original !== null && 'year' in original ? { kind: 'context', ctx: read.kind === 'context' ? this.titles.clauseVersionContext(read.ctx, original.year - 1, 'year') : { kind: 'unknown', written: `the text before its ${original.year} amendment`, suggestions: [] } }
      : original !== null ? { kind: 'context', ctx: read.kind === 'context' ? this.titles.textBeforeLatest(read.ctx) : { kind: 'unknown', written: 'the text before its latest revision', suggestions: [] } }
      : read;
    // Rule (issue 14 form 4, heldout25-gov; 权责清单 quoting a law's article: 《某法》第四十条“……（二）违反前款规定的，……”):
    // 前款 in a quotation of a known law's article belongs to that article, never to the page; where which of its 款 it
    // points to cannot be told (quotedTargets found none), it is not read — on a page that is no regulation it is never
    // the page's own (self).
    if (subject.kind === 'self' && !this.own && quoted && !inQuote && head.kind === 'prev-paragraphs' && quoted.ctx.kind === 'laws' && !quoted.unmarked) return;
    // An article read in another state's law named before it ("the German Civil Code, whose Article 823 …"): none.
    if (subject.kind === 'context' && subject.ctx.kind === 'unknown' && (subject.ctx.foreign || subject.ctx.draft)) {
      // Named by a Chinese title (日本《民事诉讼法》第二百四十八条…，第二百四十九条): the bare articles after it are its own too.
      // So are those after a draft's article (草案第二十条…，第二十一条), no citations; an English bare article after "draft
      // Article 15" is the law's the page discusses, as before (heldout41-english: "… the applicability of Article 2").
      if (head.kind === 'title' && head.lang === 'zh') this.cite(subject.ctx, c.end, true);
      return;
    }
    // "Article 7 of the judicial interpretation" on a page that named none: another document's article, not listed (as
    // "of the contract" is not).
    if (subject.kind === 'none' && head.kind === 'anaphor' && head.noun === '司法解释') return;
    let resolved: Resolved;
    let ctx: Context | null = null;
    /** A 款 or 项 cited alone (同条第二款): what it names in the article cited last. */
    let itemTargets: RawTarget[] | null = null;
    // 第（二）项 alone, 同条第二款: a 款 or item of the article cited last; with none cited, not a citation.
    // Outside a regulation, a 款 alone opening a sentence about it (第一款是关于…: scanner.ts paragraphDiscussed) too.
    // In a text with articles of its own, a 款 or 项 an amendment numbers (宪法第十四条增加一款，作为第四款) is the amended
    // article's, cited before it in the sentence or in the same amending item (二、在第一百五十二条中增加一款作为第二款：“…”
    // ⏎ 原第二款作为第三款: amendedWording.ts numberedByAmendment).
    const amending = !inQuote && !!this.own && head.kind === 'bare' && (c.top === 1 || c.top === 2) && !!this.seen.lastAnyArticle && this.seen.lastCitedAt >= 0
      && (sameSentence(this.text, this.seen.lastCitedAt, c.start) || this.subjects.sameOwnArticle(this.seen.lastCitedAt, c.start)) && numberedByAmendment(this.text, c.start, c.end);
    // Rule (regulations citing their parent law: 企业所得税法第十三条第（一）项规定的支出，按照…摊销；第（二）项规定的支出，…; 政府
    // 采购法第三十条第三项规定的情形…；第四项规定的情形…): in a regulation's own text, items or 款 cited alone in a later clause of
    // the sentence that cited another law's article are that article's, when the document's own article has none such
    // (its own cited before them: the self rule in resolveSelf).
    const otherLawClause = !inQuote && !!this.own && head.kind === 'bare' && (c.top === 1 || c.top === 2) && subject.kind === 'self' && !this.seen.lastSelfArticle
      && this.seen.lastAnyArticle?.ctx.kind === 'laws' && this.seen.lastCitedAt >= 0 && sameSentence(this.text, this.seen.lastCitedAt, c.start) && !this.selfRefs.ownArticleHas(c.start, c.top, c.targets);
    const itemAlone = amending || otherLawClause || (!inQuote && !continued && ((head.kind === 'bare' && (c.top === 2 || (c.top === 1 && !this.own)) && subject.kind !== 'self') || (head.kind === 'same-article' && subject.kind !== 'self')));
    const outsideOwn = !inQuote && !this.own && head.kind === 'this-article';
    const discussed = outsideOwn && !head.thisParagraph && !this.quotes.inQuotationMarks(c.start);
    const paragraphDiscussed = outsideOwn && !!head.thisParagraph && !this.quotes.inQuotationMarks(c.start) ? this.paragraphUnderDiscussion(c.start) ?? this.paragraphOfArticleDiscussed(c.start) : null;
    if (outsideOwn && !discussed && !paragraphDiscussed) return; // 本条 in someone's text in marks: not read (the scanner gives it for the rule below)
    // 该条第一款 under an article printed above it, no article cited since its label (sameArticlePrinted): that article's.
    const printedSame = itemAlone && head.kind === 'same-article' && !inQuote && !this.own ? this.printedText.sameArticlePrinted(c.start, this.seen.lastAnyArticleEnd) : null;
    if (itemAlone && !this.seen.lastAnyArticle && !printedSame) return;
    // A 款 joined to the 款 of the page's own 本解释/本办法 article (scanner.ts paragraphAfterParagraph) when that stayed the
    // page's own (no text named for it): not an article of a law cited before it.
    if (itemAlone && !amending && !otherLawClause && !this.own && head.kind === 'bare' && this.seen.lastSelfArticle) return;
    // A page that opens with an article printed (a commentary: 第十条 ⏎ its text ⏎ 【条文主旨】本条是关于…) discusses that
    // article: 本条 is it, and not read when the page never named its law (本规定's own, the interpretation commented).
    // 本条 in the text of an article printed further down the page (printedHeadingAbove.ts): that article.
    // A commentary entry headed by its article and its code's part (codePartHeading.ts): the entry's article, the last one above.
    // 本条 right above the page's opening label, the tail of the article before it (layout/tailAboveOpening.ts).
    const printedAt = discussed ? this.printedText.codePartEntry(c.start) ?? this.printedText.printedArticleAround(c.start, true) ?? this.printedText.printedAtTopFor(c.start) : undefined;
    // Rule (issue 14 rule 9 with the 本条-in-commentary rule; fix-zh28, heldout26 court: a page headed by an article's
    // label and the name of its crime, 第二百六十四条 盗窃罪, its text printed below, then the writer's notes: 《刑法》第264条
    // 是关于盗窃罪…的规定。⏎⏎ 本条规定的“盗窃”，是指…): the opening label's words do not tell its law, but once the writer has
    // cited a known law's article of that same number, that is the article the page explains — his 本条, in a paragraph of
    // its own too, is it (the article cited last), not nothing.
    const printed = printedAt === null && this.seen.lastArticle && this.printedText.openingArticleIs(this.seen.lastArticle) ? undefined : printedAt;
    if (discussed && printed === null) return;
    // 本条使用了“某某”的概念，即第4条、第25条: 本条 stands for the articles the sentence lists after it (thisArticleListed.ts).
    if (discussed && c.end - c.start === 2 && thisArticleNamesAfter(this.text, c.end)) return;
    // 本条 in the words of unknown rules quoted as 本细则 (quotedRules), also where they run on in a cited article's text: an
    // article of those rules.
    const rules = head.kind === 'this-article' && !head.thisParagraph && !this.own && this.seen.quotedRules && this.seen.quotedRules.at <= c.start
      && !/\n[ \t\u3000]*\r?\n/.test(this.text.slice(this.seen.quotedRules.at, c.start)) ? this.seen.quotedRules : null;
    // Items the document's own 款 or article cited just before picks out (scan/itemsGoOn.ts: 前款规定的第一项, 本办法第十条
    // 规定的资料（第七项除外）): that article, and that 款 — one 款 only.
    const goesOnOwn = c.itemsPickedOut && !inQuote && subject.kind === 'self' && this.seen.lastOwnUnit && (this.seen.lastOwnUnit.count === 1 || this.seen.lastOwnUnit.paragraph === null) ? this.seen.lastOwnUnit : null;
    if (goesOnOwn) {
      const targets = c.targets.map((r) => ({ ...r, article: goesOnOwn.article, insert: goesOnOwn.insert, paragraph: r.paragraph ?? goesOnOwn.paragraph }));
      resolved = this.selfRefs.resolveSelf({ ...c, head: { kind: 'self', start: c.start, end: c.start }, targets }, this.reprintedBasis(), null);
    } else if (rules) {
      ctx = rules.ctx;
      resolved = this.binder.resolveIn(ctx, c.targets.length ? c.targets : [BLANK_TARGET]);
    } else if (paragraphDiscussed) {
      ctx = paragraphDiscussed.ctx;
      resolved = this.binder.resolveIn(ctx, (c.targets.length ? c.targets : [BLANK_TARGET]).map((r) => ({ ...r, article: paragraphDiscussed.article, insert: paragraphDiscussed.insert, paragraph: paragraphDiscussed.paragraph })));
    } else if (discussed && !printed && !this.seen.lastNoContext && this.seen.unknownHeading && this.seen.unknownHeading.about === this.seen.lastAnyArticle
      && (!this.seen.lastArticle || this.seen.unknownHeading.labels) && this.text.slice(this.seen.unknownHeading.start, c.start).includes('\n')) {
      // Rule (issue 14, fix-zh19; a Taiwan lawyer's note printing 民法第1052條規定: and its text, then 說明: … 爰增列本條第二項;
      // a commentary quoting 《某某省条例》第十条规定：“…” on its own line, its 说明 below): where the only articles the page
      // cited are of a regulation the corpus lacks, the last one opening its line, the writer's 本条 in the paragraphs
      // below it is that article — unknown-regulation, as in the sentence after it (subjectBefore) — not nothing. Not on
      // the article's own line (…办法》第十条居民一户…。依照本条第二款处理: the words after it may be its text, unread).
      // Rule (issue 14, heldout27-court; Q&A pages explaining a repealed law's article after an interpretation's:
      // …应当依据《某某解释》第二十八条的规定…。⏎ 如何理解某某法第十七条《某某法》第十七条： ⏎ its text ⏎ 解释： ⏎ 一是… 三是本条特别强调…):
      // a citation closing its line with a colon labels the article's text set out below it, and the writer's 本条 in
      // the paragraphs under it is that article, of a law the corpus lacks too (unknown-regulation) — also when a known
      // regulation's article was cited before it, which the writer has left.
      const about = this.seen.unknownHeading.about;
      this.seen.lastDiscussed = { about, at: c.start };
      ctx = about.ctx;
      resolved = this.binder.resolveIn(ctx, (c.targets.length ? c.targets : [BLANK_TARGET]).map((r) => ({ ...r, article: about.article, insert: about.insert })));
    } else if (discussed && !printed && (this.seen.lastNoContext || !this.seen.lastArticle) && this.subjects.subjectBefore(c.start)?.ctx.kind !== 'unknown') {
      // The article under discussion is one of no known law (第一千一百六十四条 heading a page): no context either.
      if (!this.seen.lastNoContext) return;
      resolved = noContextCandidates(c.targets, this.idx, this.corpus, this.date, this.binder);
    } else if (discussed) {
      // Rule (commentaries, Q&A pages, law-firm articles): outside a regulation, 本条 is the article under discussion —
      // the one printed at the top of the page, else the article a sentence opened with, in that sentence or the next
      // (《某法》第二十条是该法第五条的特别规定。由于本条…: 第二十条), else the article cited last (《劳动合同法》第八十七条……本条规定了…;
      // 【本条主旨】 under an article being explained; 本条第二款: its 款). With none cited, not a citation.
      const about = printed ?? this.titleArticleKept() ?? this.subjects.subjectBefore(c.start) ?? this.discussedInParagraph(c.start) ?? this.seen.lastArticle!;
      // 本条 as what that article amends (…修正案（九）》第八条对本条作了修改): the article commented, not the amendment's
      // own; the page never named its number, so no citation (amendedThisArticle.ts).
      if (!printed && amendedThisArticle(this.text, head.start) && amendingTitle(about.ctx.kind === 'laws' ? about.ctx.laws[0]?.title ?? '' : about.ctx.written)) return;
      // 本条 after the writer turned to a technical standard since the article was cited: the standard's clause (standardNamedBetween.ts).
      if (!printed && standardNamedBetween(this.text, this.seen.lastAnyArticleEnd, head.start)) return;
      this.seen.lastDiscussed = { about, at: c.start };
      ctx = about.ctx;
      resolved = this.binder.resolveIn(ctx, (c.targets.length ? c.targets : [BLANK_TARGET]).map((r) => ({ ...r, article: about.article, insert: about.insert })));
      // 本条第一款 of a printed article: the 款 under discussion, for the writer's 本款 below (paragraphOfArticleDiscussed).
      const one = c.targets.length === 1 ? c.targets[0] : null;
      this.seen.lastDiscussedParagraph = printed && one && one.paragraph !== null && one.item === null
        ? { ctx, article: about.article, insert: about.insert, paragraph: one.paragraph, end: c.end } : null;
    } else if (itemAlone) {
      // 该条 after an article cited with its words quoted (《某法》第八十七条规定：“……本法第四十七条……。”该条规定了…): the
      // article that quoted them, not one the quoted words cite (quotingArticle).
      const quoting = c.top === -1 && this.seen.quotingArticle && this.seen.quotingArticle.to <= c.start && this.seen.lastAnyArticleEnd <= this.seen.quotingArticle.to
        ? this.seen.quotingArticle.about : null;
      // 该条 after an article's words restated unmarked (…第三十二条规定，……本法第二条第一款……。该条所指向的…): the article
      // that opened the sentence restating them (thatArticleRestated.ts), not one its words cite.
      // 此条 after an article's words restated with the law's own 本法 references in them (restatedOwnReference.ts): that article.
      const restated = c.top === -1 && c.restatedFrom !== undefined && this.seen.sentenceSubject?.start === c.restatedFrom ? this.seen.sentenceSubject.about
        : c.top === -1 && c.restatedPastOwn && c.restatedFrom !== undefined ? this.seen.citedAt.get(c.restatedFrom) ?? null : null;
      const last: CitedArticle = printedSame ? { ...printedSame, paragraph: null } : quoting ?? restated ?? quotedParagraphOfSubject(this.text, c, this.seen.lastAnyArticle, this.events, (h) => this.titlesRead.get(h.start) ?? this.titles.titleContext(h), (x, t, q) => this.quotes.quotesParagraphText(x, t, q))
        ?? paragraphNamedLast(c, this.seen.lastParagraphCited, this.seen.lastAnyArticleEnd) ?? this.seen.lastAnyArticle!;
      ctx = last.ctx;
      // 该条 alone (thatArticle.ts): the article itself, not the 款 it was cited with.
      itemTargets = c.top === -1 ? [{ ...BLANK_TARGET, article: last.article, insert: last.insert }]
        : c.targets.map((r) => ({ ...r, article: last.article, insert: last.insert, paragraph: r.paragraph ?? last.paragraph ?? this.quotes.itemParagraphByWords(last, r, c.start) ?? (c.retoldItems ? this.quotes.paragraphListingItems(last, r) : null) }));
      // 第一款“…” after its article (quotedParagraphAlone.ts): only when the quotation is that 款's text.
      if (c.quotesParagraph && !this.quotes.quotesParagraphText(ctx, itemTargets, c)) return;
      // A 款 a few words after a title named alone (paragraphAfterTitle.ts): only when the article cited last is of that
      // regulation, in the same paragraph.
      if (c.afterTitleNamed && !(subject.kind === 'context' && sameLaw(subject.ctx, ctx) && sameParagraph(this.text, this.seen.lastAnyArticleEnd, c.start))) return;
      resolved = this.binder.resolveIn(ctx, itemTargets);
      if (itemTargets.length === 1 && itemTargets[0].paragraph) this.seen.lastParagraphCited = { ctx, article: last.article, insert: last.insert, paragraph: itemTargets[0].paragraph, end: c.end, item: opensNumberedItem(this.text, c.start, c.end) };
    } else if (inQuote) {
      ctx = quoted!.ctx;
      resolved = this.binder.resolveIn(ctx, inQuote);
      // 本条第一款 in the writer's words under an article printed (its heading's block): the 款 under discussion.
      const one = inQuote.length === 1 ? inQuote[0] : null;
      if (head.kind === 'this-article' && !head.thisParagraph && quoted!.unmarked && !quoted!.pasted && one && one.article !== null && one.paragraph !== null && one.item === null) {
        this.seen.lastDiscussedParagraph = { ctx, article: one.article, insert: one.insert, paragraph: one.paragraph, end: c.end };
      }
    } else if (subject.kind === 'context') {
      ctx = this.binder.seriesMember(subject.ctx, c.targets);
      // A section numbered the Hong Kong way (第4(2)(b)條, 第18A條) is an ordinance's, never a national law's article
      // (hongKongSection.ts): after a national law's citation it is of an ordinance the corpus lacks.
      if (head.kind === 'bare' && c.lang === 'zh' && ctx.kind === 'laws' && ordinanceSectionWritten(this.text.slice(c.start, c.end))) ctx = { kind: 'unknown', written: '', suggestions: [] };
      if (head.kind === 'bare' && amendingVerbBefore(this.text, c.start)) ctx = this.binder.lawAmendedBy(ctx, c.targets);
      // 解读：第一条和第二条… under those labels printed, their words citing another law: the printed text's (printedLabelsAgain.ts).
      if (head.kind === 'bare' && c.top === 0 && c.lang === 'zh') ctx = this.cited.printedTextOf(c, ctx) ?? ctx;
      // 《消法》(1993) 第49条…，该条款后于2013年修改为第55条: the article the provision became, in that amendment's text (renumberedInto.ts).
      if (head.kind === 'bare' && ctx.kind === 'unknown' && ctx.version) ctx = this.titles.renumberedText(ctx, c.start);
      if (head.kind === 'title' && head.revisionWord) ctx = this.binder.unheldRevision(ctx, c.targets);
      if (head.kind === 'title') {
        // An earlier text named (formerTextCited): the law in context after it is the law as read without those words.
        if (!inInsertedWords(this.text, c.start)) this.cite(original !== null && read.kind === 'context' ? read.ctx : ctx, c.end, c.top === 0, false, head.inArticleText);
        this.noteMention(head, ctx);
      } else if (head.kind === 'bare' && ctx === this.subjects.amended) this.cite(ctx, c.end, c.top === 0); // the amended law cited (its 款 numbered next)
      resolved = this.binder.resolveIn(ctx, c.targets);
    } else if (subject.kind === 'self' && !selfWithoutOwnText(this.text, c, this.own !== null, this.events)) { // ownlessSelf.ts
      resolved = this.selfRefs.resolveSelf(c, this.reprintedBasis(), this.seen.lastSelfArticle);
      if (!resolved.self) ctx = this.reprintedBasis(); // the regulation printed under the basis line (basisTitleAbove.ts)
    }
    else {
      // A page opening with an article printed, its law not named above it (第八十三条用人单位违反本法规定…): the label
      // heads the text of the one law whose article opens so (printedArticleLaw.ts) — a heading, not a citation.
      if (head.kind === 'bare' && c.top === 0 && !c.quotation && !this.own && c.start < EXPLAINED_OPENING && !!this.printedText.printedAtTop() && this.printedText.printedArticle?.start === c.start) return;
      // An English article of no law named, on a page about another state's law that never names China
      // (foreignPage.ts): that state's law's — no citation, as an article of a law named as another state's is none.
      if (c.lang === 'en' && foreignLawPage(this.text)) return;
      resolved = noContextCandidates(c.targets, this.idx, this.corpus, this.date, this.binder);
    }
    // 第四十四条有下列情形之一的… — a bare label followed by its article's own first words: the heading of the text
    // reprinted, read as one (ownTextHeading.ts), not a citation.
    if (head.kind === 'bare' && c.top === 0 && !c.quotation && this.printedText.headsOwnText(c, resolved.bindings)) {
      this.onQuotedHeading(c);
      return;
    }
    // 第七十六條最高人民法院關於…解釋(壹)雙方… — a line's label glued to a court text's title over its words (labelGluedCourtTitle.ts).
    if (head.kind === 'bare' && c.top === 0 && !c.quotation && labelGluedCourtTitle(this.text, c.start, c.end)) {
      this.onQuotedHeading(c);
      return;
    }
    // 土地管理法.62条, 第六十二条 农村村民… — the article cited, then its label over its printed words (citedThenPrinted.ts).
    if (head.kind === 'bare' && c.top === 0 && !c.quotation && c.targets.length === 1 && c.targets[0].article !== null && citedThenPrinted(this.text, c.start, c.end, c.targets[0].article)) {
      this.onQuotedHeading(c);
      return;
    }
    // 法条链接： ⏎ 《某法》第N条 诉讼参与人… — the title and label heading the article printed under a caption (linkCaptionHeading.ts).
    // 附：相关法律条文 ⏎ 《某法》第N条第M款<its words> — the same under a judgment's appendix heading (appendixTitledLabel.ts).
    if (head.kind === 'title' && c.top === 0 && !c.quotation && c.targets.length === 1 && (titledLabelUnderLinkCaption(this.text, c.start, c.end) || titledLabelInAppendix(this.text, c.start, c.end))) {
      // The article's words printed after it are still its law's: 前款 there is read in them (pastedParagraph.ts).
      if (subject.kind === 'context' && this.readHosts.has(c)) this.citedIn.set(c, subject.ctx);
      this.onQuotedHeading(c);
      return;
    }
    // 第三百四十五条 第二款 违反… — the 款's label spaced from its article's, over the 款's words (spacedParagraphLabel.ts).
    if (head.kind === 'bare' && c.top === 1 && !c.quotation && this.printedText.headsSpacedParagraph(c, resolved.bindings)) {
      this.onQuotedHeading(c);
      return;
    }
    // 【司法解释Ⅰ】⏎第一条盗窃公私财物价值… — the same, the text pasted being another regulation's article of that number
    // (reprintedOtherText.ts): a heading, not a citation of the article of the law in context.
    if (head.kind === 'bare' && c.top === 0 && !c.quotation && !resolved.self && this.printedText.headsOtherText(c)) {
      // One law's article, in some text of it, printed under the label (earlierTextHeading.ts): its words that law's.
      const t = c.targets[0];
      const law = t && t.article !== null && c.unmarked ? lawOfTextHeaded(this.text, c.start, c.end, t.article, t.insert, this.corpus, (l) => this.idx.original(l)) : null;
      if (law && c.unmarked) this.setQuoted(c, { ctx: { kind: 'laws', laws: [law], written: law.title }, targets: c.targets, quotation: c.unmarked, unmarked: true, pasted: c.unmarked.spaced });
      return;
    }
    // The citation's range, made when a problem needs it (the view makes it when read otherwise).
    this.reading.start = c.start;
    this.reading.end = c.end;
    this.reading.range = undefined;
    let list = this.problemsOf.citationProblems(c, resolved, ctx, this.readingRange);
    // A page that named another state's law by this name ("the Civil Code of 1804"): "article 1382 of the Civil Code",
    // an article the Chinese law has not, is that law's — no citation (englishRunIn.ts foreignTitleAt).
    const foreignTwin = head.kind === 'title' && head.lang === 'en' ? this.titles.foreignNamed(head.written) : undefined;
    if (foreignTwin && list.some((p) => p.code === 'unknown-article')) {
      this.cite(foreignTwin, c.end); // the articles cited after it are that law's too
      return;
    }
    if (c.quotation && !c.newWording && !c.unclosedQuotation && ctx && ctx.kind === 'laws' && ctx.laws.length === 1 && statusOf(list, false) === 'resolved') {
      // The quotation that follows compared with the text cited, in the version selected.
      const mismatch = quoteProblem(this.text, this.lines, c, resolved.bindings, this.quoteBudget);
      // 《…规定》（法释〔2001〕33号）第三十二条规定：“…”, the words not the held article's: the text of that number, which
      // the corpus lacks (interpretationNumber.ts).
      const unheld = mismatch && head.kind === 'title' && head.numberYear && !head.versionYear ? unheldVersion(ctx.laws, head.numberYear, 'year', head.written) : null;
      if (unheld) {
        ctx = unheld;
        resolved = this.binder.resolveIn(unheld, c.targets);
        list = this.problemsOf.citationProblems(c, resolved, unheld, this.readingRange);
      } else if (mismatch) list = [...list, mismatch];
    }
    const citation = new ScannedCitationView(this.text, c.start, c.end, this.reading.range, statusOf(list, resolved.self === true), c.parts, this.lines, resolved.bindings, list);
    const quotedSpan = c.quotation ?? c.unmarked;
    // Rule (articles quoted 款 by 款 in prose: 该法第12条第1款规定：“…”同条第2款规定：“…前款规定的…”同条第3款规定：“…依照本条第一款、
    // 第二款的规定…”): a 款 of the article cited last, quoting its text, is read like a citation naming it — 前款, 本条 there
    // are that article's, not the document's.
    if (quotedSpan && itemTargets && ctx && !inQuote) this.setQuoted(c, { ctx, targets: itemTargets, quotation: quotedSpan, unmarked: !c.quotation, newWording: c.newWording });
    else if (quotedSpan && subject.kind === 'context') this.setQuoted(c, { ctx: subject.ctx, targets: c.targets, quotation: quotedSpan, unmarked: !c.quotation, newWording: c.newWording });
    if (subject.kind === 'context' && !inQuote && this.readHosts.size && this.readHosts.has(c)) this.citedIn.set(c, subject.ctx);
    // A label glued after a full stop in such words (see lastPastedLabel): the next article set out.
    if (inQuote && quoted && c.quotedIn && quoted.ctx.kind === 'laws' && head.kind === 'bare' && c.top === 0 && c.targets.length === 1 && c.targets[0].article !== null
      && this.text[c.start - 1] === '。') this.seen.lastPastedLabel = { ctx: quoted.ctx, targets: inQuote, quotedIn: c.quotedIn, end: c.end };
    const first = resolved.bindings[0]?.target;
    // A law's cross-reference inside its article printed on the page (本法第九条 there) is no article the writer
    // discusses: 本条 and a bare 第（二）项 after it keep to what they were.
    const crossReference = this.printedText.printedSelfAt(c.start);
    // Nor is a law named inside the words of a provision quoted in marks, for the writer's 本条 (discussedArticle.ts) —
    // unless the words add that article (在刑法第133条后增加一条，作为第133条之一: addedAs), which he then discusses.
    const quotedReference = !inQuote && inQuotedProvision(this.text, c.start) && !addedAs(this.text, c.start);
    if (ctx && ctx.kind === 'laws' && first && first.article !== null && !itemAlone && !discussed && !crossReference && !quotedReference) {
      // The article under discussion stays so when repeated bare in its law (articleCitedAgain): "Article 36 of the
      // Data Security Law … yet Article 36 applies … the Hague Evidence Convention … Article 36 is strict".
      const repeated = head.kind === 'bare' && this.seen.lastArticleNamed && this.seen.lastArticle?.ctx === ctx && this.seen.lastArticle.article === first.article && this.seen.lastArticle.insert === first.articleInsert;
      // An earlier text named by its article alone ("the former Article 4 … was moved to Article 5": formerTextCited) is
      // no law in context for the bare articles after it: they are the law's as read without those words.
      const after = original !== null && read.kind === 'context' && read.ctx.kind === 'laws' ? read.ctx : ctx;
      this.seen.lastArticle = { ctx: after, article: first.article, insert: first.articleInsert, paragraph: first.paragraph };
      this.seen.lastArticleNamed = head.kind === 'title' || repeated;
      if (!inQuote && c.top === 0 && this.subjects.opensSentence(c.start)) this.seen.sentenceSubject = { about: this.seen.lastArticle, start: c.start, quotedTo: c.quotation?.end ?? -1, titled: head.kind === 'title' || repeated };
      this.seen.lastNoContext = false;
    }
    if (ctx && first && first.article !== null && !itemAlone && !discussed && !crossReference) {
      this.seen.lastAnyArticle = ctx.kind === 'laws' ? this.seen.lastArticle : { ctx, article: first.article, insert: first.articleInsert, paragraph: first.paragraph };
      if (this.seen.lastAnyArticle) this.seen.citedAt.set(c.start, this.seen.lastAnyArticle);
      this.seen.lastAnyArticleEnd = c.end;
      this.noteQuoting(c, !!inQuote);
      this.seen.lastUnknownNamed = null;
    } else if (ctx && ctx.kind === 'unknown' && !itemAlone && !discussed && c.top === 0 && c.targets[0]?.article !== null && c.targets[0]?.article !== undefined) {
      // An article of a title the corpus lacks (its bindings carry no target): the article written.
      const r = c.targets[0];
      const again = head.kind === 'bare' && this.seen.lastUnknownNamed?.ctx === ctx && this.seen.lastUnknownNamed.article === r.article && this.seen.lastUnknownNamed.insert === r.insert;
      this.seen.lastAnyArticle = { ctx, article: r.article!, insert: r.insert, paragraph: r.paragraph };
      this.seen.lastAnyArticleEnd = c.end;
      this.noteQuoting(c, !!inQuote);
      // Cited with its title (or repeated bare after that): the article articleCitedAgain keeps to.
      this.seen.lastUnknownNamed = (head.kind === 'title' || again) && !ctx.foreign && !inQuote ? this.seen.lastAnyArticle : null;
      // Rule (issue 14, heldout17-court; a court's research article opening on a reply the corpus lacks:
      // 《某某问题的批复》（以下简称《批复》）第二条规定：“……。”由于对本条的不同理解，……): the article a sentence opens with is
      // the one its 本条 and the next sentence's discuss, of a regulation the corpus lacks too — unknown-regulation, never
      // the law named before it nor nothing. Not an article inside quoted words, nor one cited mid-sentence (本条是由
      // 民法通则第十二条修改而来…: the article discussed stays the known one, lastArticle).
      // Only while it is also the article cited last: a known one cited after it in the sentence (…依照《条例》第四十六条的
      // 规定处罚。) is the one a 裁量基准's 违反本条规定 below applies.
      if (!inQuote && !ctx.foreign && this.subjects.opensSentence(this.namedFrom(c.start))) this.seen.sentenceSubject = { about: this.seen.lastAnyArticle, start: c.start, quotedTo: c.quotation?.end ?? -1 };
      // The article opening its line (fix-zh19): the one a 本条 in the paragraphs below discusses.
      const from = this.namedFrom(c.start);
      // Or closing its line with a colon, over the text set out below it (labels): its 本条 also after a known article.
      const labels = !inQuote && !ctx.foreign && labelsTextBelow(this.text, c.end);
      this.seen.unknownHeading = !inQuote && !ctx.foreign && (labels || /(?:^|\n)[ \t\u3000]*$/.test(this.text.slice(Math.max(0, from - 40), from))) ? { about: this.seen.lastAnyArticle, start: c.start, labels } : null;
      // Its text set out below it (fullTextBelow.ts): the article the writer now discusses, a bare one of no law before it left.
      if (labels) this.seen.lastNoContext = false;
    } else if (!discussed && !inQuote && subject.kind === 'none' && c.top === 0) this.seen.lastNoContext = true;
    if (head.kind === 'title') citation.titleText = head.written;
    if (resolved.candidates?.length) citation.candidates = resolved.candidates;
    this.citations.push(citation);
    if (ctx && !inQuote && subject.kind === 'context') this.seen.lastExternal = { ctx, end: c.end };
    else if (!inQuote) this.seen.lastExternal = null;
    // The document's own article cited last (a bare 第X款 after it in the same clause is its 款); bare 款 keep it.
    const own = resolved.self && !inQuote ? resolved.bindings[0]?.target : undefined;
    if (own && own.article !== null && c.top === 0) this.seen.lastSelfArticle = { article: own.article, insert: own.articleInsert, end: c.end, named: c.end };
    else if (this.seen.lastSelfArticle && resolved.self && head.kind === 'bare' && (c.top === 1 || c.top === 2)) this.seen.lastSelfArticle = { ...this.seen.lastSelfArticle, end: c.end };
    else if (!inQuote) this.seen.lastSelfArticle = null;
    // Only a provision found: items going on from one the document has not (unknown-item) are read as before.
    const unit = resolved.self && !inQuote && !resolved.bindings.some((b) => b.problem) ? resolved.bindings[resolved.bindings.length - 1]?.target : undefined;
    if (!inQuote) this.seen.lastOwnUnit = unit && unit.article !== null ? { article: unit.article, insert: unit.articleInsert, paragraph: unit.paragraph, end: c.end, count: new Set(resolved.bindings.map((b) => b.target.paragraph)).size } : null;
  }

  /** An article heading of quoted statute text: its text is read in the law quoted (scanner quotedHeading); not listed. */
  private onQuotedHeading(c: ScannedCitation): void {
    const outer = c.quotedIn ? this.quoted.get(c.quotedIn) : undefined;
    const subject: Subject = outer ? { kind: 'context', ctx: outer.ctx } : this.subjects.subjectOf(c.head, c.top, c.start);
    if (subject.kind === 'context' && c.unmarked) this.setQuoted(c, { ctx: subject.ctx, targets: c.targets, quotation: c.unmarked, unmarked: true, pasted: c.unmarked.spaced });
    const laws = subject.kind === 'context' && subject.ctx.kind === 'laws' && subject.ctx.laws.length === 1 ? subject.ctx : null;
    // An article printed under its law's title at the top of the page: the page explains that law (paraphrasedLaw).
    if (!this.seen.explainedSeen && laws && /法$/.test(laws.laws[0].title) && c.start < EXPLAINED_OPENING) this.seen.explainedLaw = laws;
    this.seen.explainedSeen = true;
    // The article printed is the one under discussion after it (本条, 第（二）项 alone).
    const t = c.targets[0];
    if (laws && t && t.article !== null) {
      this.seen.lastArticle = { ctx: laws, article: t.article, insert: t.insert, paragraph: null };
      this.seen.lastAnyArticle = this.seen.lastArticle;
      this.seen.lastAnyArticleEnd = c.end;
      this.seen.lastUnknownNamed = null;
      this.printedText.printedArticle ??= { ctx: laws, article: t.article, insert: t.insert, start: c.start };
    }
  }


  /** The document's own article cited last by number (第三十条第二款), and where that citation ended. */
  /** The law another citation inside quotation `q` named, when `at` continues that citation in the same clause. */
  private continuesQuotedCitation(at: number, q: Quoted): Context | null {
    const last = this.seen.lastExternal;
    if (!last || last.end <= q.quotation.start || last.end > q.quotation.end) return null;
    // Rule (issue 14, qa13; an amendment's article quoted: “在刑法第一百三十三条后增加一条，作为第一百三十三条之一：…”): the
    // article an amendment adds after one of the amended law's (增加一条，作为…: amendedWording.ts addedAs) is that law's,
    // across the comma of its sentence — never the amendment's own.
    return sameClause(this.text, last.end, at) || (addedAs(this.text, at) && sameSentence(this.text, last.end, at)) ? last.ctx : null;
  }

  /**
   * Where the citation of an article at `start` begins with its law's name: a bare article right after a title and the
   * short name it is given (《某某问题的批复》（以下简称《批复》）第二条) is that title's, named there; else `start`.
   */
  private namedFrom(start: number): number {
    const m = TITLE_NAMED_SHORT.exec(this.text.slice(Math.max(0, start - 130), start));
    return m ? start - m[0].length : start;
  }

  /**
   * The article an earlier 本条 of the paragraph was read as, when no sentence opened with another article since
   * (discussedArticle.ts).
   */
  private discussedInParagraph(at: number): Omit<CitedArticle, 'paragraph'> | null {
    const d = this.seen.lastDiscussed;
    if (!d || !sameParagraph(this.text, d.at, at)) return null;
    if (this.seen.sentenceSubject && this.seen.sentenceSubject.start > d.at) return null;
    return d.about;
  }

  private noteQuoting(c: ScannedCitation, inQuote: boolean): void {
    if (c.quotation && !inQuote && this.seen.lastAnyArticle) this.seen.quotingArticle = { about: this.seen.lastAnyArticle, to: c.quotation.end };
    else if (this.seen.quotingArticle && c.start >= this.seen.quotingArticle.to) this.seen.quotingArticle = null;
  }
  /**
   * Rule (issue 14, real-gov16; a commentary going through an article's 款: 本条共分两款。⏎第一款是关于机动车发生交通事故…的规定。
   * 根据本款的规定，机动车发生交通事故…): outside a regulation, the writer's 本款 is the 款 he named on its own just before —
   * in that sentence or the next, on the same line. With no such 款 (or one further off), 本款 stays unread.
   */
  private paragraphUnderDiscussion(offset: number): { ctx: Context; article: number; insert: number | null; paragraph: number } | null {
    const last = this.seen.lastParagraphCited;
    if (!last || offset < last.end || offset - last.end > (last.item ? 2000 : 200)) return null;
    const between = this.text.slice(last.end, offset);
    if (/[\n\r]/.test(between)) return null;
    // A 款 opening a numbered item of a commentary (numberedParagraphItem.ts): the whole item, no article cited since.
    if (last.item && this.seen.lastAnyArticleEnd < last.end) return last;
    if (offset - last.end > 200 || sentenceEnds(between) > 1) return null;
    return last;
  }
  /** The one article the page's title line names (its first line with words), read once; null when none or several. */
  private titleLineArticle: { n: number; insert: number | null } | null | undefined;

  /**
   * Rule (issue 14, heldout22-court; a commentary titled by the article it explains: 《某法》第八十五条条文解读 ⏎ 本条第一款
   * 规定的是… ⏎ 《某法》第三十条第一款规定，… ⏎ 关于本条第一款，实践中…): the page is about the one article its title line
   * names; once the writer has called that article 本条, his later 本条 keeps to it, though a sentence between opened with
   * another article cited in passing (该条 would point to that one). A title line naming several articles or none, or a
   * 本条 read as another article before, leaves 本条 to the rules after it (subjectBefore, the article cited last).
   */
  private titleArticleKept(): Omit<CitedArticle, 'paragraph'> | null {
    const last = this.seen.lastDiscussed;
    if (!last) return null;
    if (this.titleLineArticle === undefined) {
      const line = /^[\s\u3000]*([^\n]{1,120})/.exec(this.text.slice(0, 400));
      const offset = line ? line.index + line[0].length - line[1].length : 0;
      const labels = line ? [...line[1].matchAll(/第[一二三四五六七八九十百千零〇两0-9０-９]+条/g)] : [];
      const u = labels.length === 1 ? parseUnit(this.text, offset + labels[0].index!) : null;
      this.titleLineArticle = u && u.level === 0 && u.nums.length === 1 ? { n: u.nums[0].n, insert: u.nums[0].insert ?? null } : null;
    }
    const t = this.titleLineArticle;
    return t && last.about.article === t.n && last.about.insert === t.insert ? last.about : null;
  }

  /**
   * Rule (issue 14, heldout22-court; a commentary under an article printed at its head: 本条第一款规定的是… ⏎ 《某法》第十条
   * 第二款规定，…，按照本款规定，即开始计算…): the writer goes through the article's 款 one by one, naming each 本条第N款, and
   * his 本款 in the paragraph after that is the 款 under discussion — an article of the law cited in passing there (该条,
   * 该款 would point to it) does not change what 本款 names, as 本条 keeps to the printed article. Only under the article
   * printed that 本条第N款 named, in the same paragraph or the next, with no other 本条 read in between.
   */
  private paragraphOfArticleDiscussed(offset: number): { ctx: Context; article: number; insert: number | null; paragraph: number } | null {
    const last = this.seen.lastDiscussedParagraph;
    if (!last || offset < last.end || offset - last.end > 400) return null;
    if ((this.text.slice(last.end, offset).match(/\n/g) ?? []).length > 1) return null;
    if (this.seen.lastDiscussed && this.seen.lastDiscussed.at > last.end) return null;
    const printed = this.printedText.printedArticleAround(offset, true) ?? this.printedText.printedAtTop();
    return printed && printed.article === last.article && printed.insert === last.insert ? last : null;
  }

  /** Character-level work the document's quotations may spend (quotation.ts QuoteBudget). */
  private readonly quoteBudget = { cells: 200_000_000 };

  /** Citations followed by a quotation of the text they cite, with what they were read in. */
  private readonly quoted = new Map<ScannedCitation, Quoted>();
  /** The last quotation in marks after a citation (its statute text), for titles named inside it (onTitle). */
  private lastMarkedQuotation: { start: number; end: number } | null = null;

  private setQuoted(c: ScannedCitation, q: Quoted): void {
    this.quoted.set(c, q);
    if (!q.unmarked) this.lastMarkedQuotation = q.quotation;
  }

  /**
   * Rule (issue 14, heldout12 court; penalty decisions listing a regulation's articles, each with its text): a title
   * named alone inside the quoted text of another provision is the quoted text's words (…第四十三条第一款规定：“…依照《治安管理
   * 处罚法》的规定处罚”、第四十三条第二款规定：…) — it does not take over the context of the writer's text after the
   * quotation, whose bare articles stay the quoting regulation's. A title citing an article there still does (real-gov6:
   * …规定：“依照《刑法》第十七条处理。”第十八条另有规定 — the article after it is the one cited next to it).
   */
  private insideQuotedText(head: TitleHead): boolean {
    const q = this.lastMarkedQuotation;
    return !!q && head.start > q.start && head.end <= q.end;
  }

  /**
   * What each citation read in a context was read in (for 前款 in its article's words after it: pastedWords). A Map, not
   * a WeakMap: it lives as long as the analysis, whose citations it keys, and weak tables slow every young collection.
   */
  private readonly citedIn = new Map<ScannedCitation, Context>();
  /**
   * The citations a later one reads the words of (wordsOf) or heads (anaphorOf): citedIn keeps only theirs — a large
   * draft's ten thousand entries were a Map grown per citation, and most documents have none.
   */
  private readonly readHosts = new Set<ScannedCitation>();
  /** The citations a 各该条 / 各该款 names every article or 款 of, with what each was read as (layout/eachListed.ts). */
  private readonly eachHosts = new Map<ScannedCitation, Citation[]>();

  /**
   * The words after `host` up to a little past the 前款 `c`, read as its article's text (pastedParagraph.ts): the 款
   * being read there is only taken from the article's own words (quotedTargets, quotedParagraph).
   */
  private pastedWords(c: ScannedCitation, host: ScannedCitation): Quoted | undefined {
    const ctx = this.citedIn.get(host);
    // Rule (issue 14, zh9; Q&A pages paraphrasing a local regulation the corpus lacks): 根据某市…条例第18条，禁止…
    // （一）…（二）…。违反前款规定的，处… — the words run on from the citation in the same paragraph are that article's,
    // though which 款 they read cannot be checked; 前款 there is that regulation's (unknown-regulation, as in quoted
    // text of an unknown regulation: quotedTargets), never nothing. Across a line break it stays unread.
    // (Not for 本法: with no text to check the words against, it stays the document's own, as elsewhere.)
    if (ctx?.kind === 'unknown' && !ctx.foreign && c.head.kind !== 'self' && !/[\r\n]/.test(this.text.slice(host.end, c.start))) {
      return { ctx, targets: host.targets, quotation: { start: host.end, end: Math.min(this.text.length, c.end + 60) }, unmarked: true };
    }
    // Rule (issue 14, real-gov16; Q&A pages setting out an unknown regulation's articles under the one they cite:
    // 法律依据：《某某行政处罚程序规定》第十三条 ⏎ …… ⏎ 第十四条 ⏎ …… ⏎ 前款规定的…决定书应当载明…): below the citation, the text under
    // a label alone on its line numbered as the article cited or the next is that regulation's article printed, so 前款 there
    // is that regulation's (unknown-regulation), not nothing. A label numbered otherwise, or a heading of the page's own
    // between, leaves 前款 unread as before.
    if (ctx?.kind === 'unknown' && !ctx.foreign && c.head.kind === 'prev-paragraphs') {
      const label = articleLabelAbove(this.text, c.start);
      const first = host.targets[0];
      if (label && label.start > host.end && first && first.article !== null && (label.n === first.article || label.n === first.article + 1)) {
        return { ctx, targets: [{ ...first, article: label.n, insert: label.insert, paragraph: null }], quotation: { start: label.start, end: Math.min(this.text.length, c.end + 60) }, unmarked: true };
      }
    }
    if (!ctx || ctx.kind !== 'laws') return undefined;
    return { ctx, targets: host.targets, quotation: { start: host.end, end: Math.min(this.text.length, c.end + 60) }, unmarked: true, pasted: true };
  }

  private reprinted: Context | null | undefined;
  /** What each title named alone was read as, by where it starts: a basis line's title (reprintedBasis). */
  private readonly titlesRead = new Map<number, Context>();

  /** The one corpus regulation named on the basis line right above the document's first article (basisTitleAbove.ts). */
  private reprintedBasis(): Context | null {
    if (this.reprinted !== undefined) return this.reprinted;
    this.reprinted = null;
    if (!this.own || !this.own.headingLabels.size) return null;
    const basis = basisTitleAbove(this.text, Math.min(...this.own.headingLabels));
    // The title as it was read where it stands (its issuer before the brackets, a stray character in it), else looked up.
    const ctx = basis ? this.titlesRead.get(basis.start) ?? this.titles.lookupTitle(basis.title) : null;
    if (ctx && ctx.kind === 'laws' && ctx.laws.length === 1) this.reprinted = ctx;
    return this.reprinted;
  }

  // ---- problems ----

  /** A law's first bracketed title: where a definition of its short title would go. */
  private noteMention(head: TitleHead, ctx: Context): void {
    if (ctx.kind !== 'laws' || ctx.laws.length !== 1 || !head.bracketed || head.lang !== 'zh') return;
    if (!this.firstMention.has(ctx.laws[0])) this.firstMention.set(ctx.laws[0], head.end);
  }

  // ---- the context at an offset (completion) ----

  private contextAt(offset: number, prefix?: string): ReferenceContext {
    const lineStart = this.lines.lineStart(this.lines.lineOf(Math.min(offset, this.text.length)));
    const before = prefix ?? this.text.slice(Math.max(lineStart, offset - 200), offset);
    const saved = this.state;
    this.state = this.cited.stateAt(offset);
    try {
      // The reference as the scanner reads it: what is before it on its line, then a probe article.
      const probe = `${before}第一条`;
      const shorts = [...this.state.shortTitles.keys()];
      const events = scanText(probe, { matcher: this.idx, selfReferences: this.own !== null, knownShortTitles: shorts });
      const last = events[events.length - 1];
      const head: Head = last && last.type === 'citation' && last.end === probe.length ? last.head : { kind: 'bare' };
      const subject = this.subjects.subjectOf(head, 0, offset);
      if (subject.kind === 'self') return this.own ? { kind: 'self', regulation: this.own.regulation } : { kind: 'none' };
      if (subject.kind === 'none') return { kind: 'none' };
      const ctx = subject.ctx;
      if (ctx.kind === 'unknown') return { kind: 'unknown', written: ctx.written, suggestions: ctx.suggestions };
      if (ctx.laws.length > 1) return { kind: 'ambiguous', laws: ctx.laws };
      return { kind: 'regulation', law: ctx.laws[0], regulation: this.versions.chooseVersion(ctx.laws[0], ctx) };
    } finally {
      this.state = saved;
    }
  }
}

// The articles a page prints with their text — a law reprinted or explained under its labels, a commentary's entries,
// the page's opening article — and the law each is of: by the title line or code part above it, the law a 释义 page
// explains, else the one law of the corpus whose article opens with the words printed (printedArticleLaw.ts). Read for
// 本条 and 前款 in the writer's notes under them, for 本法 in their text, and to tell a label heading a text from a citation.
import type { CorpusLike, Law } from '../corpus/index';
import type { LineIndex } from './text';
import type { Binding, Citation } from './types';
import type { Context } from './context';
import type { OwnStructure } from './document';
import type { RawTarget, ScannedCitation } from './scanTypes';
import type { TitleIndex } from './titles/titles';
import type { TitleReader } from './titles/titleReader';
import { BLANK_TARGET, type Quoted } from './quotation/quotedReferences';
import { documentTitle, opensWithArticleLabel } from './document';
import { lineStartAt } from './text';
import { parseUnit } from './chain/chain';
import { headsTextOfSomeRegulation } from './layout/reprintedOtherText';
import { notesUnderLabel, opensOwnText, setOffLabel, underTitleCaption } from './layout/ownTextHeading';
import { bulletedLabelLineStart } from './layout/bulletedParagraphLabel';
import { articleLabelBeforeParagraph } from './layout/spacedParagraphLabel';
import { listedLabelUnderTitle } from './layout/listedUnderTitle';
import { codePartAfter, codePartEntryBefore } from './layout/codePartHeading';
import { unheldLawExplained } from './layout/unheldLawExplained';
import { articleLabelAbove } from './layout/printedHeadingAbove';
import { lawPrintedAt, PRINTED_WORDS } from './layout/printedArticleLaw';
import { opensLineAboveLabel, wordsInArticle } from './layout/tailAboveOpening';
import { titleLineAbove, titleLineVersion } from './titles/reprintedTitleLine';

/** How far into a page the article it explains is printed (after a heading, a note and the law's title). */
export const EXPLAINED_OPENING = 400;

/** What the printed articles are read with. */
export interface PrintedPage {
  /** The document's text as read. */
  text: string;
  /** Its line index. */
  lines: LineIndex;
  /** Where its body starts (after the front matter). */
  from: number;
  /** The document's own structure (a regulation of its own), or null. */
  own: OwnStructure | null;
  /** The corpus whose articles' words are compared with the words printed. */
  corpus: CorpusLike;
  /** The corpus's title index (a law's original text). */
  idx: TitleIndex;
  /** What the document's titles name. */
  titles: TitleReader;
  /** The citations listed so far (a citation opening the page is no printed article). */
  citations: readonly Citation[];
}

/** Reads the articles one page prints, each label once. */
export class PrintedArticles {
  /** `page`: the document, the corpus and the readers it asks. */
  constructor(private readonly page: PrintedPage) {}

  /** Whether bare 第X条 `c`, one whole article, opens its line followed by the first words of that article of any regulation. */
  headsOtherText(c: ScannedCitation): boolean {
    const t = c.targets;
    if (t.length !== 1 || t[0].paragraph !== null || t[0].item !== null || t[0].article === null) return false;
    return headsTextOfSomeRegulation(this.page.text, c.start, c.end, t[0].article, t[0].insert, this.page.corpus);
  }

  /** Whether bare 第X条 `c`, resolved to one article of a corpus law, is followed by that article's first words. */
  headsOwnText(c: ScannedCitation, bindings: readonly Binding[]): boolean {
    const t = c.targets;
    if (t.length !== 1 || t[0].item !== null || bindings.length !== 1) return false;
    const b = bindings[0];
    // A 款's label heads that 款's words when set off from them by a colon or a space, or glued to them under the law's
    // title alone on its line (ownTextHeading.ts); the excerpt may stop inside them.
    if (!b.law || !b.article || b.self || b.problem) return false;
    if (opensOwnText(this.page.text, c.start, c.end, b.article, t[0].paragraph ?? 1, true)
      && (t[0].paragraph === null || setOffLabel(this.page.text, c.end) || underTitleCaption(this.page.text, c.start))) return true;
    // A bullet's 款 label set off over that 款's words (bulletedParagraphLabel.ts).
    const bullet = t[0].paragraph !== null && setOffLabel(this.page.text, c.end) ? bulletedLabelLineStart(this.page.text, c.start) : -1;
    if (bullet >= 0 && opensOwnText(this.page.text, bullet, c.end, b.article, t[0].paragraph ?? 1, true)) return true;
    // A list item's label under the law's title line, its 款 in brackets after it or not (listedUnderTitle.ts).
    const listed = t[0].paragraph === null ? listedLabelUnderTitle(this.page.text, c.start, c.end) : null;
    return !!listed && opensOwnText(this.page.text, listed.lineStart, listed.end, b.article, listed.paragraph ?? 1, true);
  }

  /**
   * Whether bare 第X款 `c`, read after the line-start label of its article and a space (第三百四十五条 第二款 违反…), heads
   * that 款's words printed after it (spacedParagraphLabel.ts).
   */
  headsSpacedParagraph(c: ScannedCitation, bindings: readonly Binding[]): boolean {
    const t = c.targets;
    if (t.length !== 1 || t[0].paragraph === null || t[0].item !== null || bindings.length !== 1) return false;
    const b = bindings[0];
    if (!b.law || !b.article || b.self || b.problem || !setOffLabel(this.page.text, c.end)) return false;
    const start = articleLabelBeforeParagraph(this.page.text, c.start, b.article.number, b.article.insert);
    return start >= 0 && opensOwnText(this.page.text, start, c.end, b.article, t[0].paragraph, true);
  }

  /**
   * The article of the commentary entry heading the text at `offset` (codePartHeading.ts codePartEntryBefore), if any:
   * of the code its part title names; under a dash heading (第二十一条-关于…), of the law its article is printed under
   * below it, else of the page's opening entry (printedAtTop).
   */
  codePartEntry(offset: number): { ctx: Context; article: number; insert: number | null } | null {
    const entry = codePartEntryBefore(this.page.text, offset);
    const u = entry ? parseUnit(this.page.text, entry.start) : null;
    const n = u && u.level === 0 && u.nums.length === 1 ? u.nums[0] : null;
    if (!entry || !n) return null;
    const printed = entry.law ? null : this.printedArticleAround(offset);
    const ctx = entry.law ? this.codePartOf(entry.end)
      : printed && printed.article === n.n && printed.insert === n.insert ? printed.ctx : this.printedAtTop()?.ctx ?? null;
    return ctx ? { ctx, article: n.n, insert: n.insert } : null;
  }

  /** A commentary entry's heading naming its code's part after the label ending at `end` (codePartHeading.ts): that code, if one law. */
  private codePartOf(end: number): Context | null {
    const name = codePartAfter(this.page.text, end);
    const found = name ? this.page.titles.lookupTitle(name) : null;
    return found && found.kind === 'laws' && found.laws.length === 1 ? found : null;
  }

  /** The law and article whose printed label heads the text at a label's offset (printedHeadingAbove.ts), by label start. */
  private readonly printedLabels = new Map<number, { ctx: Context; article: number; insert: number | null } | null>();

  /** The law a 释义 page explains that the corpus lacks (unheldLawExplained.ts), read once; null when none. */
  private unheldExplainedCtx: Context | null | undefined;

  /** The page's heading's explained law the corpus lacks, as an unknown context (unheldLawExplained.ts). */
  private unheldExplained(): Context | null {
    if (this.unheldExplainedCtx === undefined) {
      const name = unheldLawExplained(documentTitle(this.page.text) ?? '', (n) => this.page.titles.lookupCorpus(n).kind === 'laws');
      const ctx = name ? this.page.titles.lookupCorpus(name) : null;
      this.unheldExplainedCtx = ctx && ctx.kind === 'unknown' ? ctx : null;
    }
    return this.unheldExplainedCtx;
  }

  /** Whether the page opens with an article's label (document.ts opensWithArticleLabel); read when first needed. */
  private opensWithArticle: boolean | undefined;

  /** Where 本法 was read as the law of an article printed around it (printedLawOf). */
  private readonly printedSelf = new Set<number>();

  /** Whether 本法 at `start` was read as the law of an article printed around it (a law's cross-reference, not the writer's). */
  printedSelfAt(start: number): boolean {
    return this.printedSelf.has(start);
  }

  /**
   * The article printed around `offset` on a page that is no regulation of its own (printedHeadingAbove.ts), if known;
   * `inText`: only in the article's text itself (no empty line between its label and `offset`).
   */
  printedArticleAround(offset: number, inText = false): { ctx: Context; article: number; insert: number | null } | null {
    if (this.page.own) return null;
    const label = articleLabelAbove(this.page.text, offset);
    if (label && inText && /\n[ \t\u3000\r]*\n/.test(this.page.text.slice(label.end, offset)) && !notesUnderLabel(this.page.text, offset)) return null;
    if (!label) return null;
    let found = this.printedLabels.get(label.start);
    // A 释义 of a law the corpus lacks, named in the page's heading (unheldLawExplained.ts): the label prints its article.
    const unheld = this.unheldExplained();
    if (found === undefined && unheld) this.printedLabels.set(label.start, (found = { ctx: unheld, article: label.n, insert: label.insert }));
    if (found === undefined) {
      const law = lawPrintedAt(this.page.text, label.start, label.textFrom ?? label.end, label.n, label.insert, this.page.corpus, (l) => this.page.idx.original(l), PRINTED_WORDS, label.paragraph);
      found = law ? { ctx: this.titleLineVersionOf(law, label.start) ?? { kind: 'laws', laws: [law], written: law.title }, article: label.n, insert: label.insert } : null;
      this.printedLabels.set(label.start, found);
    }
    return found;
  }

  /**
   * The version of `law` the title line right above the article label at `label` names (【中华人民共和国刑法(2020修正)】 ⏎
   * 第一百三十三条之一 …: titles/reprintedTitleLine.ts titleLineVersion) — a text the corpus lacks is unknown-regulation —
   * when that line names `law`; null when there is no such line, it names another text or no version.
   */
  private titleLineVersionOf(law: Law, label: number): Context | null {
    const line = titleLineAbove(this.page.text, this.page.from, lineStartAt(this.page.text, label), false);
    const version = titleLineVersion(line?.note);
    if (!line || !version) return null;
    const named = this.page.titles.lookupTitle(line.title);
    if (named.kind !== 'laws' || named.laws.length !== 1 || named.laws[0] !== law) return null;
    return this.page.titles.clauseVersionContext(named, version.year, version.amended ? 'amended' : 'year');
  }

  /**
   * 前款 / 前两款 at `c`, in the 款 `c.printedParagraph` of an article printed under its label (printedParagraph.ts): the
   * 款 before it in that article of the law whose article opens with the words printed (the page's opening article,
   * printedAtTop, when the label is the page's first); null when that law is not known or no 款 is before it.
   */
  printedPrevious(c: ScannedCitation): Quoted | null {
    if (c.head.kind !== 'prev-paragraphs' || c.printedParagraph === undefined) return null;
    const label = articleLabelAbove(this.page.text, c.start);
    if (!label) return null;
    const top = this.printedAtTop();
    // The scanner decided where the article's text ends (a blank line ends it unless the page spaces its paragraphs so,
    // printedParagraph.ts spacedLayout): the article is that label's.
    const article = this.printedArticleAround(c.start) ?? (top && this.openingLabel === label.start ? top : null);
    if (!article || article.article !== label.n || article.insert !== label.insert) return null;
    const targets: RawTarget[] = [];
    for (let k = Math.max(1, c.printedParagraph - c.head.count); k < c.printedParagraph; k++) {
      for (const r of c.targets.length ? c.targets : [BLANK_TARGET]) targets.push({ ...r, article: article.article, insert: article.insert, paragraph: k });
    }
    return targets.length ? { ctx: article.ctx, targets, quotation: { start: label.start, end: c.end }, unmarked: true } : null;
  }

  /** 本法 in the text of a law's article printed on the page (printedHeadingAbove.ts): that law. */
  printedLawOf(head: { start: number; end: number }): Context | null {
    // A page that is a law's text itself (it opens with an article's label, no words of the writer's before it) calls
    // itself 本法 (issue 14 rule 9), as a draft does.
    if (this.page.text.slice(head.start, head.end) !== '本法' || (this.opensWithArticle ??= opensWithArticleLabel(this.page.text))) return null;
    const ctx = this.printedArticleAround(head.start)?.ctx ?? null;
    if (ctx) this.printedSelf.add(head.start);
    return ctx;
  }

  /** The article printed at the top of the page under its law's title (onQuotedHeading), where its label starts. */
  printedArticle: { ctx: Context; article: number; insert: number | null; start: number } | null = null;

  /** Where the page's opening article label starts (printedAtTop), -1 when none; undefined until read. */
  private openingLabel: number | undefined;

  /** The law whose article the page's opening label prints, by its words (printedArticleLaw.ts); undefined until read. */
  private openingLaw: Law | null | undefined;

  /** The corpus law whose text the page's own first article prints, by its words; undefined until read. */
  private ownPrintedLaw: Law | null | undefined;

  /** Whether the page's own text (document.ts ownStructure) prints a corpus law's article (printedArticleLaw.ts). */
  ownTextIsCorpusLaw(): boolean {
    if (this.ownPrintedLaw === undefined) {
      const first = this.page.own?.regulation.articles[0];
      const label = first ? this.page.lines.offset(first.labelLocation.range.start) : -1;
      const u = label >= 0 && this.page.text.startsWith('第', label) ? parseUnit(this.page.text, label) : null;
      const n = u && u.level === 0 && u.nums.length === 1 ? u.nums[0] : null;
      this.ownPrintedLaw = n ? lawPrintedAt(this.page.text, label, u!.end, n.n, n.insert, this.page.corpus, (l) => this.page.idx.original(l)) : null;
    }
    return this.ownPrintedLaw !== null;
  }

  /**
   * The article a page opens with, printed with its text (第十条 ⏎ 当事人不服…): undefined when the page opens with
   * none (本条 is then the article cited last); that article when it was printed under its law's title; null when its
   * law is never named (the commentary of an interpretation's own article).
   */
  printedAtTop(): { ctx: Context; article: number; insert: number | null } | null | undefined {
    if (this.openingLabel === undefined) {
      const m = /(?:^|\n)[ \t\u3000#>*]*第[一二三四五六七八九十百千零〇两0-9]+条(?:之[一二三四五六七八九十]+)?(?=[ \t\u3000]*\S|[ \t\u3000]*\r?\n)/.exec(this.page.text.slice(0, EXPLAINED_OPENING));
      this.openingLabel = m ? m.index + m[0].indexOf('第') : -1;
    }
    if (this.openingLabel < 0) return undefined;
    const label = this.openingLabel;
    // A citation opening the page (道路交通安全法释义：第76条 in its heading) is no printed article: only a heading is.
    if (this.printedArticle && this.printedArticle.start === label) return this.printedArticle;
    if (this.page.citations.some((c) => this.page.lines.offset(c.range.start) === label)) return undefined;
    const u = parseUnit(this.page.text, label);
    const n = u && u.level === 0 && u.nums.length === 1 ? u.nums[0] : null;
    // The page's heading names the article (第二十五条-关于…的规定) that is printed below under its law's title: that one.
    const below = this.printedArticle;
    if (n && below && below.start > label && below.article === n.n && below.insert === n.insert) return below;
    // Its code named in the heading, by the part after the label (第一千一百五十六条《…民法典继承编-…》—…, codePartHeading.ts).
    const part = n ? this.codePartOf(u!.end) : null;
    if (part && n) {
      this.printedArticle = { ctx: part, article: n.n, insert: n.insert, start: label };
      return this.printedArticle;
    }
    // A 释义 of a law the corpus lacks, named in the page's heading (unheldLawExplained.ts): that law's article.
    const unheld = n ? this.unheldExplained() : null;
    if (unheld && n) {
      this.printedArticle = { ctx: unheld, article: n.n, insert: n.insert, start: label };
      return this.printedArticle;
    }
    // Its law never named above it: the one whose article opens with the words printed (printedArticleLaw.ts).
    // Read once: the comparison goes through every law of the corpus.
    if (this.openingLaw === undefined) this.openingLaw = n ? lawPrintedAt(this.page.text, label, u!.end, n.n, n.insert, this.page.corpus, (l) => this.page.idx.original(l)) : null;
    const law = this.openingLaw;
    if (!law || !n) return null;
    this.printedArticle = { ctx: { kind: 'laws', laws: [law], written: law.title }, article: n.n, insert: n.insert, start: label };
    return this.printedArticle;
  }

  /**
   * printedAtTop for 本条 at `offset`; but 本条 opening the line right above the page's opening label
   * (layout/tailAboveOpening.ts) is the article before that label when its words are that article's, else null (left
   * unread) — never the label's own.
   */
  printedAtTopFor(offset: number): { ctx: Context; article: number; insert: number | null } | null | undefined {
    const top = this.printedAtTop();
    const label = this.openingLabel;
    if (!top || label === undefined || !opensLineAboveLabel(this.page.text, offset, label)) return top;
    const law = top.ctx.kind === 'laws' && top.ctx.laws.length === 1 && top.insert === null ? top.ctx.laws[0] : null;
    return law && wordsInArticle(this.page.text, offset, law, top.article - 1, this.page.corpus) ? { ctx: top.ctx, article: top.article - 1, insert: null } : null;
  }

  /** Whether the page's opening label (printedAtTop) numbers the article `a`. */
  openingArticleIs(a: { article: number; insert: number | null }): boolean {
    const label = this.openingLabel;
    if (label === undefined || label < 0) return false;
    const u = parseUnit(this.page.text, label);
    const n = u && u.level === 0 && u.nums.length === 1 ? u.nums[0] : null;
    return !!n && n.n === a.article && (n.insert ?? null) === a.insert;
  }

  /**
   * Rule (issue 14, real-court26; 释义 books and 法条精解 pages printing a code's articles one by one, each followed by the
   * writer's notes: 第一千零四十一条 婚姻家庭受国家保护。⏎ 实行婚姻自由…。⏎ 【要义精解】⏎ 该条第1款、第3款是宣示性规定): outside a
   * regulation, 该条 (同条, 该条文) before a 款 or 项 under an article printed on the page is that article, as the writer's
   * 本条 there is (printedArticleAround) — when no article was cited after its label: the article cited last before the
   * label (an article the notes above it named, 《民法典》第2条) is no longer the one "that article" points to. An article
   * cited between the label and 该条 is (该条 keeps to the article cited last). Null when no article is printed above,
   * or its law is not told by the words printed (printedArticleLaw.ts).
   */
  sameArticlePrinted(offset: number, lastArticleEnd: number): { ctx: Context; article: number; insert: number | null } | null {
    const label = articleLabelAbove(this.page.text, offset);
    if (!label || label.start < lastArticleEnd) return null;
    const printed = this.printedArticleAround(offset);
    return printed && printed.article === label.n && printed.insert === label.insert ? printed : null;
  }
}

// The law a bare article or a 本法 / 本条例 names by where it stands on the page (analyze.ts subjectOf asks these after
// the titles and anaphors): a numbered list's item labels, lines opened by an article label, a table column under a
// law's name, a penalty guideline's title line, the heading of rules carrying a law out, a regulation's name line over
// its reprinted articles. Each layout is read once per document.
import type { CorpusLike } from '../corpus/index';
import type { Context } from './context';
import type { OwnStructure } from './document';
import { articleLineAt } from './layout/articleListLines';
import { cellFitsArticle, cellWords, guidelineTitles } from './layout/guidelineTable';
import { lawColumnCells } from './layout/lawColumns';
import { LineRun } from './layout/lineRun';
import { listItemNumberAt } from './layout/listItemLabel';
import { selfWordNames } from './quotation/unmarkedQuotation';
import type { RawTarget } from './scanTypes';
import { ARTICLE_NUMERAL, lineStartAt } from './text';
import { titleLineAbove } from './titles/reprintedTitleLine';

/** An article's label opening a line (titleLineOver reads the last one before a self word). */
const LINE_START_LABELS = new RegExp(`(?:^|\\n)[ \\t\\u3000]*第${ARTICLE_NUMERAL}条`, 'g');

/** A line naming rules for carrying out a law or regulation (detailedRulesParent): its parent's name in group 1. */
const RULES_HEADING = /(?:^|\n)[ \t\u3000#*]*(?:法[规規]名[称稱][:：][ \t\u3000]*)?[《]?([\u4e00-\u9fff、]{2,60}?(?:法|条例))(?:施行细则|实施细则)[》]?[ \t\u3000]*(?:[（(][^（）()\n]{0,40}[)）][^\n]{0,20})?(?=\r?\n)/g;

/** What the page's layout is read with. */
export interface PageLayout {
  /** The document's text as read. */
  text: string;
  /** Where its body starts (after the front matter). */
  from: number;
  /** The document's own structure (a regulation of its own), or null. */
  own: OwnStructure | null;
  /** The corpus (a guideline cell's words against an article's). */
  corpus: CorpusLike;
  /** The context a title as written names (titles/titleReader.ts). */
  lookupTitle: (written: string) => Context;
  /** The regulation in context now: the one cited last, else the document's default. */
  inContext: () => Context | null;
}

/** Reads the laws one page's layout names for its bare articles and self words. */
export class PageLayoutLaws {
  /** `page`: the document and the readers it asks. */
  constructor(private readonly page: PageLayout) {}

  /** The guideline title line over each line start (guidelineTitlesAbove). */
  private readonly guidelineLines = new Map<number, string[] | null>();

  /** Table cells under a header naming one law (lawColumns.ts), in document order; found on the first bare article. */
  private columnCells: { start: number; end: number; ctx: Context }[] | null = null;

  /** The bare English articles opening a numbered list's items (listItemLabel.ts), keyed by the item's number. */
  private readonly listLabels = new LineRun<number>();

  /**
   * "5. Article 63(1) – …" right after the list's item 4 opened with a bare article too: that label's law, not a law the
   * text of item 4 named in passing (listItemLabel.ts); null for a label that starts a list, or none.
   */
  listItemLaw(offset: number): Context | null {
    const item = listItemNumberAt(this.page.text, offset);
    if (!item) return null;
    const next = (prev: { lineStart: number; key: number }) => item.n === prev.key + 1 && item.lineStart - prev.lineStart < 4000;
    return this.listLabels.lawAt(item.lineStart, item.n, next, this.page.inContext());
  }

  /** The lines opened by a bare article and 规定 (articleListLines.ts). */
  private readonly articleLines = new LineRun<null>();

  /**
   * 第十三条规定，…… on the line after 第十二条规定，……依照《民法典》…… : the law the run of such lines was read in, not
   * one named inside the words a line reports (articleListLines.ts); null for the run's first line, or none.
   */
  articleLineLaw(offset: number): Context | null {
    const line = articleLineAt(this.page.text, offset);
    if (!line) return null;
    return this.articleLines.lawAt(line.lineStart, null, (prev) => prev.lineStart === line.prevLineStart, this.page.inContext());
  }

  /** The law a table column's header names, for a bare article in one of its cells (lawColumns.ts); else null. */
  columnLaw(offset: number): Context | null {
    if (!this.columnCells) {
      this.columnCells = [];
      for (const cell of lawColumnCells(this.page.text)) {
        const ctx = this.page.lookupTitle(cell.name);
        if (ctx.kind === 'laws' && ctx.laws.length === 1) this.columnCells.push({ start: cell.start, end: cell.end, ctx });
      }
    }
    const cells = this.columnCells;
    let lo = 0;
    let hi = cells.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cells[mid].end < offset) lo = mid + 1;
      else hi = mid;
    }
    const cell = cells[lo];
    return cell && cell.start <= offset && offset < cell.end ? cell.ctx : null;
  }

  /**
   * Rule (issue 14, fix-en17b; Taiwan's 施行細則 — 勞工退休金條例施行細則: 本細則依勞工退休金條例第五十八條規定訂定之 … 依本條例第七條
   * 第一項 … — and the mainland's older 施行细则 / 实施细则 of a 条例): rules for carrying out a law or regulation call
   * themselves 本细则; their 本法 / 本条例 is the law or regulation their title names before 施行细则 / 实施细则, whose
   * articles they carry out — never the rules' own article of that number. The rules' name heads their text on a line
   * of its own (its first line, or 法規名稱: 勞動基準法施行細則 (民國 74 年 02 月 27 日修正) on a law database's page,
   * a date or a status after it): 本法 / 本条例 below the last such line is the law it names, read as a title written
   * on the page (a page dated in the Republic of China calendar: Taiwan's law, unknown; rocPage.ts).
   */
  detailedRulesParent(word: string, offset: number): Context | null {
    const noun = /^本(法|条例)$/.exec(word)?.[1];
    if (!noun) return null;
    const headings = (this.rulesHeadings ??= [...this.page.text.matchAll(RULES_HEADING)].map((m) => ({ end: m.index! + m[0].length, parent: m[1] })));
    let parent: string | null = null;
    for (const h of headings) {
      if (h.end > offset) break;
      parent = h.parent;
    }
    if (!parent || !parent.endsWith(noun)) return null;
    return this.page.lookupTitle(parent);
  }

  /**
   * Rule (issue 14 forms 4 and 9, heldout30 gov; a page reprinting a regulation's articles under its name written alone on a
   * line: 某某站计量监督管理办法 ⏎⏎ 第九条经营者违反本办法有关规定…：(一)违反本办法第五条第(四)项规定…): on a page that is no regulation
   * of its own, 本办法 in the text of an article whose label opens a line right under such a name line (blank lines between) is
   * the regulation so named — the corpus's, else a title it lacks (unknown-regulation) — not the page's own (self). Only a
   * name the self word fits (本办法 under a …办法), the label within 1500 characters before it; the title line read as a
   * reprinted regulation's is (titles/reprintedTitleLine.ts titleLineAbove).
   */
  titleLineOver(head: { start: number; end: number }): Context | null {
    if (this.page.own) return null;
    const word = this.page.text.slice(head.start, head.end);
    const from = Math.max(0, head.start - 1500);
    const before = this.page.text.slice(from, head.start);
    const labels = [...before.matchAll(LINE_START_LABELS)];
    const label = labels[labels.length - 1];
    if (!label) return null;
    const lineStart = from + label.index! + (label[0].startsWith('\n') ? 1 : 0);
    const above = titleLineAbove(this.page.text, this.page.from, lineStart, false);
    if (!above || !selfWordNames(word, above.title)) return null;
    const found = this.page.lookupTitle(above.title);
    return found.kind === 'laws' ? found : { kind: 'unknown', written: above.title, suggestions: [] };
  }

  /** The titles a penalty guideline's title line above `at` names (layout/guidelineTable.ts), found once a line. */
  private guidelineTitlesAbove(at: number): string[] | null {
    const line = lineStartAt(this.page.text, at);
    if (!this.guidelineLines.has(line)) this.guidelineLines.set(line, guidelineTitles(this.page.text, at));
    return this.guidelineLines.get(line) ?? null;
  }

  /** 本条例 in a penalty guideline's cells: the title its title line names of that kind (layout/guidelineTable.ts). */
  guidelineSelf(head: { start: number; end: number }): Context | null {
    const titles = this.page.own ? null : this.guidelineTitlesAbove(head.start);
    const fit = titles?.filter((t) => selfWordNames(this.page.text.slice(head.start, head.end), t)) ?? [];
    if (fit.length !== 1) return null;
    const found = this.page.lookupTitle(fit[0]);
    return found.kind === 'laws' && found.laws.length === 1 ? found : found.kind === 'laws' ? null : { kind: 'unknown', written: fit[0], suggestions: [] };
  }

  /** A bare label in a penalty guideline's cell: the named title's article whose words the cell prints (layout/guidelineTable.ts). */
  guidelineArticle(offset: number, targets: readonly RawTarget[]): Context | null {
    const titles = this.page.own || targets.length !== 1 || targets[0].article === null ? null : this.guidelineTitlesAbove(offset);
    if (!titles) return null;
    const label = /^第[一二三四五六七八九十百零〇两0-9]+条/.exec(this.page.text.slice(offset, offset + 12));
    if (!label) return null;
    const cell = cellWords(this.page.text, offset, offset + label[0].length);
    const fits: Context[] = [];
    for (const t of titles) {
      const found = this.page.lookupTitle(t);
      if (found.kind !== 'laws' || found.laws.length !== 1) continue;
      const law = found.laws[0];
      if (law.versions.some((v) => { const a = this.page.corpus.article(v, targets[0].article!, null); return !!a && cellFitsArticle(cell, a.text); })) fits.push(found);
    }
    return fits.length === 1 ? fits[0] : null;
  }

  /** The lines naming rules for carrying out a law (RULES_HEADING), in document order: read once. */
  private rulesHeadings: { end: number; parent: string }[] | null = null;
}

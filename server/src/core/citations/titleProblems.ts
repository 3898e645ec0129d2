// Problems of a title as written: a title the corpus lacks (with did-you-mean fixes), a short title never defined or
// used before its definition, a full title written again after the draft defined its short title, a corpus title
// without 《》. They read what the analyzer knows of the document's titles so far (DocumentTitles), never change it.
import type { Law } from '../corpus/index';
import type { TextRange } from '../model';
import type { Context, State } from './context';
import { bracketTitle, messages } from './messages';
import { at, problems } from './problems';
import type { TitleHead } from './scanTypes';
import { titleKey } from './text';
import { genericShortTitle, titleFitsShortTitle } from './titles/shortTitles';
import type { AnalyzeOptions, Problem, QuickFix } from './types';
import { DEFAULT_STYLE } from './types';

/** What the analyzer knows of the document's titles at the point a title is read. */
export interface DocumentTitles {
  /** The resolver's state there (short titles defined so far, regulations cited so far). */
  state(): State;
  /** Each short title the document defines (by key): its first definition and the title it abbreviates. */
  readonly definitionsByKey: ReadonlyMap<string, { end: number; of: TitleHead }>;
  /** Titles followed by a definition of their short title (not reported as a full title written again). */
  readonly definitionHeads: ReadonlySet<TitleHead>;
  /** The short title the document defined for a law (its first), and whether it is written in 《》. */
  readonly shortOf: ReadonlyMap<Law, { short: string; marks: boolean }>;
  /** Where each law's first bracketed title ends (a definition of a short title goes there). */
  readonly firstMention: ReadonlyMap<Law, number>;
  /** What a written title names. */
  titleContext(head: TitleHead): Context;
}

export class TitleProblems {
  /**
   * `nameLine`: the document's own name on its first line (titles there lack no marks); `range` and `lineOf` map
   * offsets of the document's text.
   */
  constructor(
    private readonly titles: DocumentTitles,
    private readonly options: AnalyzeOptions,
    private readonly nameLine: { start: number; end: number } | null,
    private readonly range: (start: number, end: number) => TextRange,
    private readonly lineOf: (offset: number) => number,
  ) {}

  private readonly unknownProblems = new Map<Context, Problem>();

  /** The problem of a title the corpus does not have, made once per title (its follow-up references share it). */
  unknownProblem(ctx: Context & { kind: 'unknown' }): Problem {
    let p = this.unknownProblems.get(ctx);
    if (!p) {
      p = ctx.version ? problems.unheldVersion(ctx.written, ctx.version, 'information') : problems.unknownRegulation(ctx.written, ctx.suggestions, 'information');
      this.unknownProblems.set(ctx, p);
    }
    return p;
  }

  /** Fixes that replace a written title by each candidate. */
  titleFixes(head: TitleHead, titles: string[]): QuickFix[] {
    if (!titles.length) return [];
    const range = this.range(head.innerStart, head.innerEnd);
    // One table per form (bracketed or not), keyed by the candidate itself: no key string made per candidate and citation.
    const fixWords = head.bracketed ? this.bracketedFixWords : this.fixWords;
    return titles.map((s) => {
      let words = fixWords.get(s);
      if (!words) fixWords.set(s, (words = { title: messages.fixReplaceTitle(s), newText: head.bracketed ? nested(s) : bracketTitle(s) }));
      return { title: words.title, range, newText: words.newText };
    });
  }

  /** A replacement's title and text, made once per candidate title (a draft repeats its near misses): titles without 《》. */
  private readonly fixWords = new Map<string, { title: QuickFix['title']; newText: string }>();
  /** The same for titles written in 《》. */
  private readonly bracketedFixWords = new Map<string, { title: QuickFix['title']; newText: string }>();

  /**
   * What is wrong with a title as written: a short title never defined or used before its definition, a near miss
   * (with fixes), a full title written after the draft defined its short title, or a title without 《》.
   */
  titleProblems(head: TitleHead, ctx: Context): Problem | null {
    if (ctx.kind === 'unknown') {
      const undefinedShort = this.undefinedShortTitle(head);
      if (undefinedShort) return undefinedShort;
      if (!ctx.suggestions.length) return null;
      return at(problems.unknownRegulation(head.written, ctx.suggestions, 'error', this.titleFixes(head, ctx.suggestions)), this.range(head.start, head.end));
    }
    if (ctx.laws.length > 1) return null; // reported on the citation, with the candidates having the article
    return this.fullTitleAfterShort(head, ctx.laws[0]) ?? this.missingTitleMarks(head, ctx.laws[0]);
  }

  /**
   * 《条例》 where the document defines no short title 《条例》 yet (rules in shortTitles.ts): used before its
   * definition (fix: the full title), or a kind word never defined (fixes: define it after a regulation of that kind
   * the document cited before, or write that regulation's title).
   */
  undefinedShortTitle(head: TitleHead): Problem | null {
    if (!head.bracketed || head.lang !== 'zh' || head.defined) return null;
    const key = titleKey(head.written);
    if (this.titles.state().shortTitles.has(key)) return null;
    const range = this.range(head.start, head.end);
    const inner = this.range(head.innerStart, head.innerEnd);
    const later = this.titles.definitionsByKey.get(key);
    if (later && later.end > head.start) {
      const of = this.titles.titleContext(later.of);
      const full = of.kind === 'laws' && of.laws.length === 1 ? of.laws[0].title : later.of.written;
      const fixes: QuickFix[] = [{ title: messages.fixReplaceTitle(full), range: inner, newText: nested(full) }];
      return at(problems.undefinedShortTitle(head.written, this.lineOf(later.end) + 1, [], fixes), range);
    }
    const kindWord = genericShortTitle(head.written);
    if (!kindWord) return null;
    const laws: Law[] = [];
    for (let i = this.titles.state().history.length - 1; i >= 0 && laws.length < 3; i--) {
      const h = this.titles.state().history[i];
      if (h.kind === 'laws' && h.laws.length === 1 && titleFitsShortTitle(h.laws[0].title, kindWord) && !laws.includes(h.laws[0])) laws.push(h.laws[0]);
    }
    const fixes: QuickFix[] = [];
    for (const law of laws) {
      const end = this.titles.firstMention.get(law);
      if (end === undefined) continue;
      const where = this.range(end, end);
      fixes.push({ title: messages.fixDefineShortTitle(law.title, head.written), range: where, newText: `（以下简称《${head.written}》）`, preferred: laws.length === 1 || undefined });
    }
    for (const law of laws) fixes.push({ title: messages.fixReplaceTitle(law.title), range: inner, newText: nested(law.title) });
    return at(problems.undefinedShortTitle(head.written, null, laws.map((l) => l.title), fixes), range);
  }

  /** 《内蒙古自治区……条例》 written again after the document defined its short title (以下简称《条例》). */
  private fullTitleAfterShort(head: TitleHead, law: Law): Problem | null {
    const severity = this.options.useShortTitle ?? DEFAULT_STYLE.useShortTitle;
    if (severity === 'off' || head.defined || head.versionYear || head.lang !== 'zh' || this.titles.definitionHeads.has(head)) return null;
    const defined = this.titles.shortOf.get(law);
    if (!defined || titleKey(defined.short) === titleKey(head.written)) return null;
    const range = this.range(head.start, head.end);
    const newText = defined.marks ? `《${defined.short}》` : defined.short;
    return at(problems.useShortTitle(law.title, defined.short, severity, [{ title: messages.fixUseShortTitle(defined.short), range, newText }]), range);
  }

  /** 公司法第十九条: a corpus title without 《》; the fixes write the full title in 《》 (preferred) or the title as written. */
  private missingTitleMarks(head: TitleHead, law: Law): Problem | null {
    const severity = this.options.missingTitleMarks ?? DEFAULT_STYLE.missingTitleMarks;
    if (severity === 'off' || head.bracketed || head.lang !== 'zh' || head.defined || this.titles.state().shortTitles.has(titleKey(head.written))) return null;
    if (this.nameLine && head.start >= this.nameLine.start && head.end <= this.nameLine.end) return null;
    const range = this.range(head.start, head.end);
    const full = /[\u4e00-\u9fff]/.test(law.title) ? law.title : head.written;
    const asWritten: QuickFix = { title: messages.fixAddTitleMarks(head.written), range, newText: bracketTitle(head.written) };
    const fixes: QuickFix[] = full === head.written ? [asWritten] : [{ title: messages.fixAddTitleMarksFull(full), range, newText: bracketTitle(full), preferred: true }, asWritten];
    return at(problems.missingTitleMarks(head.written, full, severity, fixes), range);
  }

}

/** A title as the inside of 《》: titles nested in it take 〈〉. */
function nested(title: string): string {
  return title.replace(/《/g, '〈').replace(/》/g, '〉');
}

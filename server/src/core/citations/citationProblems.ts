// A citation's problems as they are reported (diagnostics and hover): the numerals written, the title, what its
// targets lack, a repealed law, a text not yet in force, a version the corpus holds otherwise — and, once the document
// is read, the fixes that name a regulation for a bare article with no context.
import type { CorpusLike, Law } from '../corpus/index';
import { lawRepeal, repealedAt } from '../corpus/lawStatus';
import type { TextRange } from '../model';
import { chineseNumeral } from '../labels';
import type { Resolved } from './binding/bindTargets';
import type { VersionChooser } from './binding/versionChoice';
import { withNote } from './binding/notedProblem';
import type { Context } from './context';
import { bracketTitle, messages } from './messages';
import { at, problems } from './problems';
import type { Head, ScannedCitation, TitleHead } from './scanTypes';
import type { TitleProblems } from './titleProblems';
import type { AnalyzeOptions, Citation, Problem, QuickFix, ShortTitleDefinition } from './types';
import { DEFAULT_STYLE } from './types';
import type { WrittenProblems } from './writtenProblems';

/** Shared by every citation without problems (most of them): a large draft keeps one empty list, not thousands. */
export const NO_PROBLEMS = Object.freeze([]) as unknown as Problem[];

/** What a provision an amendment adds lacks in the text before it (scanTypes.ts added). */
const ADDED_PROVISION_MISSING = new Set(['unknown-article', 'unknown-paragraph', 'unknown-item']);

/** What the problems of a citation are read against: the document and what it has resolved so far. */
export interface ProblemSources {
  /** The document's text as read. */
  text: string;
  /** The corpus cited. */
  corpus: CorpusLike;
  /** The document's date, or null. */
  date: string | null;
  /** The caller's options (the numerals' style). */
  options: AnalyzeOptions;
  /** The range of an offset span in the document. */
  range: (start: number, end: number) => TextRange;
  /** Problems whose fix rewrites the citation as written (writtenProblems.ts). */
  written: WrittenProblems;
  /** Problems of a title as written (titleProblems.ts). */
  titleChecks: TitleProblems;
  /** The version each citation is read in (binding/versionChoice.ts). */
  versions: VersionChooser;
  /** The context a title names (titles/titleReader.ts). */
  titleContext: (head: TitleHead) => Context;
}

/** The problems of one document's citations; says not-yet-effective once per regulation. */
export class CitationProblems {
  /** not-yet-effective is said once per regulation. */
  private readonly warnedEffective = new Set<string>();

  /** `src`: the document, its checks and its title reader. */
  constructor(private readonly src: ProblemSources) {}

  /**
   * A citation's problems, in the order they are reported: numerals, the title, then what its targets lack. `range`
   * gives the citation's range, made when a problem first needs it (most citations have none).
   */
  citationProblems(c: ScannedCitation, resolved: Resolved, ctx: Context | null, range: () => TextRange): Problem[] {
    const out: Problem[] = [];
    this.collectProblems(out, c, resolved, ctx, range);
    return out.length ? out : NO_PROBLEMS;
  }

  /** Adds the problems of `c` (read as `resolved` in `ctx`) to `out`, in the order citationProblems says. */
  private collectProblems(out: Problem[], c: ScannedCitation, resolved: Resolved, ctx: Context | null, range: () => TextRange): void {
    const head: Head = c.head;
    const sev = this.src.options.arabicNumerals ?? DEFAULT_STYLE.arabicNumerals;
    if (sev !== 'off') {
      for (const a of c.arabic) {
        const zh = chineseNumeral(a.value);
        const written = this.src.text.slice(a.start, a.end).trim(); // 第 47 条: the spaces go with the number
        const r = this.src.range(a.start, a.end);
        out.push(at(problems.arabicNumerals(written, zh, sev, [{ title: messages.fixChineseNumeral(zh), range: r, newText: zh }]), r));
      }
    }
    if (c.missing || this.src.written.typoIn(c)) out.push(this.src.written.malformedProblem(c, range()));
    const itemWord = this.src.written.itemTypedAsParagraph(c, resolved.bindings, range);
    if (itemWord) out.push(itemWord);
    if (head.kind === 'title') {
      const p = this.src.titleChecks.titleProblems(head, ctx ?? this.src.titleContext(head));
      if (p) out.push(p);
    }
    if (resolved.problems) out.push(...resolved.problems);
    if (ctx && ctx.kind === 'unknown') {
      // Reported here for a title without suggestions; a near miss was reported on the title; a follow-up
      // reference (该条例, a bare 第X条) inherits the title's problem and is not reported again.
      if (!out.some((p) => p.code === 'unknown-regulation' || p.code === 'undefined-short-title')) {
        const p = this.src.titleChecks.unknownProblem(ctx);
        out.push(head.kind === 'title' && !ctx.suggestions.length ? at(p, range()) : p);
      }
      // Not in the corpus because a law of the corpus repealed it: said where its title is written, when the
      // document is not older than the repeal.
      const repeal = head.kind === 'title' ? this.src.corpus.repeals().find(ctx.written) : undefined;
      if (repeal && repealedAt(repeal, this.src.date)) {
        const facts = { date: repeal.date, successor: repeal.by, by: repeal.by, article: repeal.article };
        out.push(at(problems.repealed(ctx.written, facts, this.src.written.successorTitle(ctx.written, repeal.by), null, []), range()));
      }
      return;
    }
    if (ctx && ctx.kind === 'laws' && ctx.laws.length > 1) {
      const cands = resolved.candidates ?? [];
      const fixes = head.kind === 'title' ? this.src.titleChecks.titleFixes(head, cands) : [];
      out.push(at(problems.ambiguousRegulation(head.kind === 'title' ? head.written : ctx.written, cands, fixes), range()));
      for (const b of resolved.bindings) if (b.problem) out.push(b.problem);
      return;
    }
    if (!ctx && !resolved.self) {
      out.push(at(problems.noContext(resolved.candidates?.length ?? 0), range()));
      return;
    }
    // Every target's problem is reported at the citation.
    let missing = false;
    for (const b of resolved.bindings) {
      if (b.problem) {
        // A provision the amendment adds is not in the text before it: information, not an error (scanTypes.ts added).
        const problem = c.added && ADDED_PROVISION_MISSING.has(b.problem.code) ? withNote(b.problem, messages.addedByAmendment()) : b.problem;
        out.push(this.src.written.withNearArticles(at(problem, range()), b, c));
        missing = true;
      }
    }
    if (head.kind === 'title' && ctx && ctx.kind === 'laws' && ctx.laws.length === 1) {
      const repeal = lawRepeal(this.src.corpus, ctx.laws[0]);
      if (repeal && repealedAt(repeal, this.src.date)) out.push(this.src.written.repealProblem(c, head, ctx.laws[0], repeal, resolved.bindings, range()));
    }
    if (!missing && !resolved.problems && ctx && ctx.kind === 'laws' && this.src.date) {
      const law = ctx.laws[0];
      // A unit read in a text adopted and not yet in force (adoptedFit) is warned of as that text.
      const adopted = resolved.bindings.find((b) => b.version?.reason === 'adopted-fits')?.regulation;
      const { reg, reason } = adopted ? { reg: adopted, reason: 'adopted-fits' } : this.src.versions.versionChoice(law, ctx);
      if (reason !== 'before-corpus' && reg.effective && reg.effective > this.src.date && !this.warnedEffective.has(law.title)) {
        this.warnedEffective.add(law.title);
        out.push(at(problems.notYetEffective(law.title, reg.effective, this.src.date), range()));
      }
    }
    if (!missing && !resolved.problems && ctx && ctx.kind === 'laws' && ctx.laws.length === 1) this.src.written.versionProblems(out, c, resolved.bindings, range);
  }
}

/**
 * A bare 第X条 with no regulation in context: fixes that name one, the short titles the document defines (anywhere
 * in it) and then the laws it cites, each only when it has that article; at most three.
 */
export function nameRegulationFixes(citations: readonly Citation[], definitions: readonly ShortTitleDefinition[], cited: () => Iterable<Context>, corpus: CorpusLike, date: string | null): void {
  const noContext = citations.filter((c) => c.status === 'no-context');
  if (!noContext.length) return;
  const names: { written: string; law: Law }[] = [];
  const add = (written: string, law: Law) => {
    if (!names.some((n) => n.law === law)) names.push({ written, law });
  };
  for (const d of definitions) {
    const law = corpus.laws.get(d.regulation);
    if (law) add(d.shortTitle, law);
  }
  for (const ctx of cited()) if (ctx.kind === 'laws' && ctx.laws.length === 1) add(bracketTitle(ctx.laws[0].title).slice(1, -1), ctx.laws[0]);
  if (!names.length) return;
  for (const c of noContext) {
    const first = c.targets.find((t) => t.article !== null);
    if (!first || first.article === null) continue;
    const i = c.problems.findIndex((p) => p.code === 'no-context' && p.range);
    if (i < 0) continue;
    const fixes: QuickFix[] = [];
    for (const { written, law } of names) {
      if (fixes.length >= 3) break;
      const reg = corpus.version(law, date);
      if (!corpus.article(reg, first.article, first.articleInsert)) continue;
      const newText = `《${written}》${c.text}`;
      fixes.push({ title: messages.fixNameRegulation(newText), range: c.range, newText, cites: { regulation: law.title, article: first.article, insert: first.articleInsert } });
    }
    if (fixes.length) c.problems[i] = { ...c.problems[i], fixes: [...c.problems[i].fixes, ...fixes] };
  }
}

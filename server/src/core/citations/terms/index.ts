// Defined terms of a document (issue 13, part 3): their definitions (definitions.ts), their uses (uses.ts) and
// what is wrong with them — term-redefined (warning, at the later definition), term-unused (hint, at the first
// definition of a term never used), term-full-form (hint, with the fix writing the short form, where a full form
// is written after its short form was defined). Made once per document by the analysis. Pure: no LSP import.
import type { Article, Paragraph } from '../../model';
import { articleLabel, paragraphLabel } from '../../labels';
import { problems, at } from '../problems';
import type { LineIndex } from '../text';
import type { CitationDiagnostic, DefinedTerm } from '../types';
import { findDefinitions } from './definitions';
import { type Span, Spans, quotedTextSpans } from './spans';
import { bindUses } from './uses';

export { Spans, type Span } from './spans';

export interface TermInput {
  text: string;
  /** Where the body starts (after front matter). */
  from: number;
  lines: LineIndex;
  /** Citations, titles, short-title definitions and quotations after citations: no term defined or used there. */
  excluded: Span[];
  /** Start offsets of 以下简称 brackets the citation engine read as short titles. */
  shortTitleBrackets: ReadonlySet<number>;
  /** The draft article and 款 holding an offset (a draft regulation). */
  locate?: (offset: number) => { article: Article; paragraph: Paragraph } | null;
}

export interface TermAnalysis {
  terms: DefinedTerm[];
  /** In document order. */
  diagnostics: CitationDiagnostic[];
}

/** Where a term is defined, for messages: 第二条第一款（第5行） / Article 2(1), line 5. */
export function termWhere(term: Pick<DefinedTerm, 'provision' | 'range'>): { zh: string; en: string } {
  const line = term.range.start.line + 1;
  const p = term.provision;
  if (!p) return { zh: `第${line}行`, en: `line ${line}` };
  const zh = articleLabel(p.article, p.articleInsert) + (p.paragraph ? paragraphLabel(p.paragraph) : '');
  const en = `Article ${p.article}${p.articleInsert ? `-${p.articleInsert}` : ''}${p.paragraph ? `(${p.paragraph})` : ''}`;
  return { zh: `${zh}（第${line}行）`, en: `${en}, line ${line}` };
}

export function analyzeTerms(input: TermInput): TermAnalysis {
  const { text, lines } = input;
  const excluded = new Spans(input.excluded.concat(quotedTextSpans(text, input.from)));
  const found = findDefinitions({ text, from: input.from, excluded, shortTitleBrackets: input.shortTitleBrackets });
  const bound = bindUses(text, input.from, found, excluded);
  const range = (s: Span) => lines.range(s.start, s.end);
  const first = new Map<string, number>();
  const terms: DefinedTerm[] = found.map((d, i) => {
    const term: DefinedTerm = {
      term: d.term,
      form: d.form,
      range: lines.range(d.start, d.end),
      definition: text.slice(d.defStart, d.defEnd),
      definitionRange: lines.range(d.defStart, d.defEnd),
      scope: d.scope,
      uses: bound.uses[i].map(range),
      fullFormUses: bound.fullFormUses[i].map(range),
    };
    if (d.fullForm) term.fullForm = d.fullForm.text;
    const where = input.locate?.(d.start);
    if (where) {
      const several = where.article.paragraphs.length > 1;
      term.provision = { article: where.article.number, articleInsert: where.article.insert, paragraph: several ? where.paragraph.number : null };
    }
    // A definition for a part (本章所称, 前款所称) neither redefines nor is redefined.
    if (!d.local) {
      const earlier = first.get(d.term);
      if (earlier === undefined) first.set(d.term, i);
      else term.redefines = earlier;
    }
    return term;
  });

  const diagnostics: CitationDiagnostic[] = [];
  const used = new Set<string>();
  for (const t of terms) if (t.uses.length) used.add(t.term);
  terms.forEach((t, i) => {
    if (t.redefines !== undefined) {
      const where = termWhere(terms[t.redefines]);
      diagnostics.push(at(problems.termRedefined(t.term, where.zh, where.en), t.range) as CitationDiagnostic);
    } else if (!used.has(t.term)) {
      diagnostics.push(at(problems.termUnused(t.term, t.form === 'short-form'), t.range) as CitationDiagnostic);
    }
    if (t.fullForm) {
      const where = termWhere(t);
      for (const u of bound.fullFormUses[i]) {
        const r = range(u);
        diagnostics.push(at(problems.termFullForm(t.fullForm, t.term, where.zh, where.en, r), r) as CitationDiagnostic);
      }
    }
  });
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { terms, diagnostics };
}

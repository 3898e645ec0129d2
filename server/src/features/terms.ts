// Defined terms in the editor: hover on a use (or the definition) shows the definition and where it is; definition
// jumps to it; references lists the uses; document highlights mark them. The analysis found every term and use.
import type { DocumentHighlight, Hover, Location, Position } from 'vscode-languageserver';
// (a CommonJS require: an ES import would copy the module's ~300 exports at start-up, once per importing file)
import lsp = require('vscode-languageserver');
import { termWhere } from '../core/citations/terms/index';
import type { DefinedTerm } from '../core/citations/types';
import type { TextRange } from '../core/model';
import { type AnalysisEntry, contains } from '../service/analysisCache';
import { escapeInline, escapeMarkdown } from './markdown';
import { t } from './messages';
import type { MessageLanguage } from '../service/settings';

const { DocumentHighlightKind } = lsp;

/** A term found under the cursor: the definition it belongs to, every definition of its name, and what is there. */
export interface TermHit {
  term: DefinedTerm;
  /** Every definition of the same name (a redefined term has several), in document order. */
  definitions: DefinedTerm[];
  role: 'definition' | 'use';
  range: TextRange;
}

/** The defined term at a position: where it is defined, or one of its uses. */
export function termAt(entry: AnalysisEntry, position: Position): TermHit | null {
  const terms = entry.analysis.terms;
  if (!terms.length) return null;
  const hit = (term: DefinedTerm, role: TermHit['role'], range: TextRange): TermHit => ({
    term, role, range, definitions: terms.filter((x) => x.term === term.term),
  });
  for (const term of terms) {
    if (contains(term.range, position)) return hit(term, 'definition', term.range);
  }
  for (const term of terms) {
    for (const use of term.uses) {
      if (use.start.line > position.line) break;
      if (contains(use, position)) return hit(term, 'use', use);
    }
  }
  return null;
}

/** All uses of a term's name (over its definitions), in document order. */
export function allUses(hit: TermHit): TextRange[] {
  const uses = hit.definitions.flatMap((d) => d.uses);
  return uses.sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
}

export function termHover(entry: AnalysisEntry, position: Position, lang: MessageLanguage): Hover | null {
  const hit = termAt(entry, position);
  if (!hit) return null;
  const term = hit.term;
  const where = termWhere(term)[lang];
  const kind = term.form === 'short-form' ? t('termShortForm', lang) : t('termDefined', lang);
  const sections = [`**${escapeInline(term.term)}** — ${escapeMarkdown(kind)} · ${escapeMarkdown(t('termDefinedAt', lang, { where }))}`];
  if (term.form === 'short-form') sections.push(`${escapeMarkdown(t('termFullForm', lang))}${escapeInline(term.fullForm ?? term.definition)}`);
  else sections.push(`> ${escapeInline(term.definition)}`);
  const others = hit.definitions.filter((d) => d !== term).map((d) => termWhere(d)[lang]);
  if (others.length) sections.push(`*${escapeMarkdown(t('termAlsoDefined', lang, { where: others.join(lang === 'zh' ? '、' : '; ') }))}*`);
  sections.push(`*${escapeMarkdown(t('termUses', lang, { n: allUses(hit).length }))}*`);
  return { contents: { kind: 'markdown', value: sections.join('\n\n') }, range: hit.range };
}

/** From a use: its definition; from a definition: itself (the editor then offers its references). */
export function termDefinition(entry: AnalysisEntry, position: Position): Location[] | null {
  const hit = termAt(entry, position);
  if (!hit) return null;
  return [{ uri: entry.uri, range: hit.term.range }];
}

/** The uses of the term at a position, after its definitions when asked for. */
export function termReferences(entry: AnalysisEntry, position: Position, includeDeclaration: boolean): Location[] | null {
  const hit = termAt(entry, position);
  if (!hit) return null;
  const ranges = [...(includeDeclaration ? hit.definitions.map((d) => d.range) : []), ...allUses(hit)];
  return ranges.map((range) => ({ uri: entry.uri, range }));
}

/** The term's definitions (written) and uses (read) in the document. */
export function termHighlights(entry: AnalysisEntry, position: Position): DocumentHighlight[] | null {
  const hit = termAt(entry, position);
  if (!hit) return null;
  return [
    ...hit.definitions.map((d) => ({ range: d.range, kind: DocumentHighlightKind.Write })),
    ...allUses(hit).map((range) => ({ range, kind: DocumentHighlightKind.Read })),
  ];
}

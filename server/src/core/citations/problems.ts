// Problems of citations: one constructor per kind, each keeping its arguments and the message made from them, and
// the one rule that turns a citation's problems into its status.
import type { TextRange } from '../model';
import type { UnheldVersion } from './context';
import { messages, type RepealFacts } from './messages';
import { plainTitle, type NamedTitle } from './selfName';
import type { CitationStatus, DiagnosticCode, NumberingFault, NumberingKind, Problem, QuickFix, Severity } from './types';

function make(code: DiagnosticCode, severity: Severity, args: Problem['args'], message: Problem['message'], fixes: QuickFix[] = []): Problem {
  return { code, severity, args, message, fixes };
}

export const problems = {
  unknownRegulation(written: string, suggestions: string[], severity: Severity, fixes: QuickFix[] = []): Problem {
    return make('unknown-regulation', severity, { written, suggestions }, messages.unknownRegulation(written, suggestions), fixes);
  },
  /** A law of the corpus cited in a version the corpus does not hold (reported under the unknown-regulation code). */
  unheldVersion(written: string, version: UnheldVersion, severity: Severity): Problem {
    const { title, year, event, held, order } = version;
    return make('unknown-regulation', severity, { written, suggestions: [], title, year, event }, messages.unheldVersion(title, year, event, held, order));
  },
  ambiguousRegulation(written: string, candidates: string[], fixes: QuickFix[] = []): Problem {
    return make('ambiguous-regulation', 'warning', { written, candidates }, messages.ambiguousRegulation(written, candidates), fixes);
  },
  noContext(candidates: number): Problem {
    return make('no-context', 'warning', { candidates }, messages.noContext(candidates));
  },
  unknownArticle(title: NamedTitle, article: number, insert: number | null, count: number, last: { number: number; insert: number | null } | null = null): Problem {
    return make('unknown-article', 'error', { title: plainTitle(title), article, insert, count }, messages.unknownArticle(title, article, insert, count, last));
  },
  /**
   * An article past the last one of a corpus text its source cut short (reported under the unknown-article code, as
   * a warning: the article may exist; the message says it cannot be checked, `cut` names the text's last article).
   */
  pastCutText(title: NamedTitle, article: number, insert: number | null, last: { number: number; insert: number | null }): Problem {
    return make('unknown-article', 'warning', { title: plainTitle(title), article, insert, cut: last.number }, messages.pastCutText(title, article, insert, last));
  },
  /** A 章/节/编 the regulation does not have (reported under the unknown-article code). */
  unknownDivision(title: NamedTitle, division: string): Problem {
    return make('unknown-article', 'error', { title: plainTitle(title), division }, messages.unknownDivision(title, division));
  },
  /** 前条 in a regulation's first article, 前款 in an article's first 款: there is none before it. */
  nothingBefore(title: NamedTitle, article: number, insert: number | null, level: 'article' | 'paragraph'): Problem {
    return make(level === 'article' ? 'unknown-article' : 'unknown-paragraph', 'error', { title: plainTitle(title), article, insert, level }, messages.nothingBefore(title, article, insert, level));
  },
  unknownParagraph(title: NamedTitle, article: number, insert: number | null, paragraph: number, count: number): Problem {
    return make('unknown-paragraph', 'error', { title: plainTitle(title), article, insert, paragraph, count }, messages.unknownParagraph(title, article, insert, paragraph, count));
  },
  unknownItem(title: NamedTitle, article: number, insert: number | null, paragraph: number | null, item: number, count: number): Problem {
    return make('unknown-item', 'error', { title: plainTitle(title), article, insert, paragraph, item, count }, messages.unknownItem(title, article, insert, paragraph, item, count));
  },
  arabicNumerals(written: string, chinese: string, severity: Severity, fixes: QuickFix[]): Problem {
    return make('arabic-numerals', severity, { written, chinese }, messages.arabicNumerals(written, chinese), fixes);
  },
  notYetEffective(title: string, effective: string, documentDate: string): Problem {
    return make('not-yet-effective', 'warning', { title, effective, documentDate }, messages.notYetEffective(title, effective, documentDate));
  },
  supersededVersion(title: string, version: string, until: string, current: string, documentDate: string, article: string | null, now: string | null, fixes: QuickFix[]): Problem {
    return make('superseded-version', 'warning', { title, version, until, current, documentDate, article, now }, messages.supersededVersion(title, version, until, current, documentDate, article, now), fixes);
  },
  olderVersionOnly(title: string, cited: string, citedEn: string, version: string, until: string, current: string, now: string | null): Problem {
    return make('superseded-version', 'warning', { title, cited, version, until, current, now }, messages.olderVersionOnly(title, cited, citedEn, version, until, current, now));
  },
  articleRenumbered(title: string, version: string, article: string, latest: string, now: string | null): Problem {
    return make('article-renumbered', 'information', { title, version, article, latest, now }, messages.articleRenumbered(title, version, article, latest, now));
  },
  /**
   * A repealed law cited: `facts` say from when, by which law and article, and its successor; `successor` is the
   * successor's title as the draft would write it, `now` the cited article's counterpart in it (when found).
   */
  repealed(written: string, facts: RepealFacts, successor: string | null, now: string | null, fixes: QuickFix[]): Problem {
    const args = { written, date: facts.date, by: facts.by, article: facts.article, successor, now };
    return make('repealed', 'warning', args, messages.repealed(written, facts, successor, now), fixes);
  },
  malformedCitation(written: string, correct: string, fixes: QuickFix[]): Problem {
    return make('malformed-citation', 'hint', { written, correct }, messages.malformedCitation(written, correct), fixes);
  },
  /** A heading or item label of the draft's own structure that breaks its sequence, with the fix writing `expected`. */
  numbering(kind: NumberingKind, fault: NumberingFault, written: string, expected: string, writtenEn: string, expectedEn: string, range: TextRange): Problem {
    const fixes: QuickFix[] = [{ title: messages.fixNumbering(expected, expectedEn), range, newText: expected }];
    return make(`numbering-${fault}`, 'warning', { kind, written, expected }, messages.numbering(kind, fault, written, expected, writtenEn, expectedEn), fixes);
  },
  missingTitleMarks(written: string, full: string, severity: Severity, fixes: QuickFix[]): Problem {
    return make('missing-title-marks', severity, { title: written, full }, messages.missingTitleMarks(written, full), fixes);
  },
  /** A full title written after the draft defined its short title. */
  useShortTitle(title: string, shortTitle: string, severity: Severity, fixes: QuickFix[]): Problem {
    return make('use-short-title', severity, { title, shortTitle }, messages.useShortTitle(title, shortTitle), fixes);
  },
  /** A short title the draft never defines (`definedAtLine` null), or defines only later (1-based line). */
  undefinedShortTitle(shortTitle: string, definedAtLine: number | null, candidates: string[], fixes: QuickFix[]): Problem {
    return make('undefined-short-title', 'warning', { shortTitle, definedAtLine, candidates }, messages.undefinedShortTitle(shortTitle, definedAtLine, candidates), fixes);
  },
  termRedefined(term: string, whereZh: string, whereEn: string): Problem {
    return make('term-redefined', 'warning', { term, where: whereZh }, messages.termRedefined(term, whereZh, whereEn));
  },
  termUnused(term: string, shortForm: boolean): Problem {
    return make('term-unused', 'hint', { term }, messages.termUnused(term, shortForm));
  },
  /** The full form written after its short form was defined, with the fix writing the short form. */
  termFullForm(full: string, short: string, whereZh: string, whereEn: string, range: TextRange): Problem {
    const fixes: QuickFix[] = [{ title: messages.fixUseShortForm(short), range, newText: short }];
    return make('term-full-form', 'hint', { full, short, where: whereZh }, messages.termFullForm(full, short, whereZh, whereEn), fixes);
  },
  /** A quotation that differs from the cited text: warning, information when only punctuation differs or it runs over the 款. */
  quoteMismatch(severity: Severity, args: Problem['args'], message: Problem['message'], range: TextRange, fixes: QuickFix[]): Problem {
    return { ...make('quote-mismatch', severity, args, message, fixes), range };
  },
};

/** The same problem, reported at a place. */
export function at(problem: Problem, range: TextRange): Problem {
  return { code: problem.code, severity: problem.severity, args: problem.args, message: problem.message, fixes: problem.fixes, range };
}

/** Codes that decide a citation's status, strongest first (rank 0); the rest (numerals, dates, title marks) do not. */
const STATUS_OF: [DiagnosticCode, CitationStatus][] = [
  ['no-context', 'no-context'],
  ['unknown-regulation', 'unknown-regulation'],
  ['undefined-short-title', 'unknown-regulation'],
  ['ambiguous-regulation', 'ambiguous'],
  ['unknown-article', 'unknown-article'],
  ['unknown-paragraph', 'unknown-paragraph'],
  ['unknown-item', 'unknown-item'],
];
const STATUS_RANK = new Map(STATUS_OF.map(([code], i) => [code, i]));

/** A citation's status: its strongest problem, else `self` for the document's own provisions, else `resolved`. */
export function statusOf(list: readonly Problem[], self: boolean): CitationStatus {
  let best = STATUS_OF.length;
  for (const p of list) best = Math.min(best, STATUS_RANK.get(p.code) ?? best);
  if (best < STATUS_OF.length) return STATUS_OF[best][1];
  return self ? 'self' : 'resolved';
}

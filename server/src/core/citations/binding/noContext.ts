// A bare article with no regulation in context (no-context): the laws of the corpus that have that article, as its
// candidates, each with the targets it would bind — listed in hover and named by the fixes (citationProblems.ts).
import type { CorpusLike } from '../../corpus/index';
import type { RawTarget } from '../scanTypes';
import type { TitleIndex } from '../titles/titles';
import type { Binding } from '../types';
import type { Resolved, TargetBinder } from './bindTargets';

/** no-context lists the candidates' targets; a pathological list stops here. */
const MAX_CANDIDATE_TARGETS = 500;

/** The candidates of a reference with no context: every law having its first article, and their bindings (at most 500). */
export function noContextCandidates(raw: RawTarget[], idx: TitleIndex, corpus: CorpusLike, date: string | null, binder: TargetBinder): Resolved {
  const first = raw.find((r) => r.article !== null);
  if (!first || first.article === null) return { bindings: [] };
  const laws = idx.lawsWithArticle(first.article, first.insert, date);
  const bindings: Binding[] = [];
  outer: for (const law of laws) {
    const reg = corpus.version(law, date);
    for (const r of raw) {
      if (bindings.length >= MAX_CANDIDATE_TARGETS) break outer;
      if (r.article === null || !corpus.article(reg, r.article, r.insert)) continue;
      const t = binder.target(law, { ...r, division: undefined });
      bindings.push(binder.bind(t, law, reg));
    }
  }
  return { bindings, candidates: laws.map((l) => l.title) };
}

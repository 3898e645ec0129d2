// The context of a law named in a version of its own: the text before its latest revision (原 / 旧 / 修改前的, "the
// original …") or a text of a year the corpus does not hold — read where the corpus holds that text, else a text the
// corpus lacks (unknown-regulation naming the version wanted and the ones held).
import type { CorpusLike, Law } from '../../corpus/index';
import { heldVersions, textBefore, versionNamed, type VersionEvent } from '../../corpus/namedVersion';
import { lawRepeal, repealedAt } from '../../corpus/lawStatus';
import type { Context } from '../context';

/**
 * Rule (issue 14, fix-zh40): a law named with 原 / 旧 / 修改前的 (versionWord.ts formerTextBefore). A law repealed by the
 * document's date (原《合同法》, 原《物权法》: the texts the 民法典 replaced) is that law itself, read as its title is.
 * A law in force names the text before its latest revision at the document's date, or before the revision of the
 * year written (namedVersion.ts textBefore): read in it when the corpus holds it, else a text the corpus lacks —
 * unknown-regulation naming the version wanted, as for a version named by its year (unheldVersion). When the law's
 * history does not tell, the version before the one otherwise read (versionChoice), as before.
 */
export function formerContext(ctx: Extract<Context, { kind: 'laws' }>, year: number | undefined, written: string, corpus: CorpusLike, date: string | null): Context {
  const former = { ...ctx, former: true, ...(year !== undefined ? { formerYear: year } : {}) };
  if (ctx.laws.length !== 1) return former;
  const law = ctx.laws[0];
  const repeal = lawRepeal(corpus, law);
  if (repeal && repealedAt(repeal, date)) return ctx;
  const before = textBefore(law.versions, date, year);
  if (!before || before.reg) return former;
  return { kind: 'unknown', written, suggestions: [], version: { title: law.title, year: before.year, event: before.event, held: heldVersions(law.versions) } };
}

/**
 * Rule (issue 14, fix-ver18): a version named by a year that the corpus does not hold (namedVersion.ts: 《刑事诉讼法
 * (2012年)》 when it has the 2018 text, 1993年修正的《商标法》, "the 2005 Company Law") is a text the corpus lacks:
 * unknown-regulation, its diagnostic naming the version asked for and the ones held — never the text of another
 * version read silently. One law only: a title naming several is reported as ambiguous as before.
 */
export function unheldVersion(laws: Law[], year: number, event: VersionEvent, written: string): Context | null {
  if (laws.length !== 1 || versionNamed(laws[0].versions, year, event)) return null;
  const law = laws[0];
  return { kind: 'unknown', written, suggestions: [], version: { title: law.title, year, event, held: heldVersions(law.versions) } };
}

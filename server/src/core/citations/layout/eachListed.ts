// Rule (round 32, a decision of the coordinator; the Criminal Law and its amendments, 公路法, local rules — 18 in
// LawRefBook: 实施本章第一百零三条、第一百零四条、第一百零五条规定之罪的，依照各该条的规定从重处罚; 单位犯前三款罪的，……依照各该款的
// 规定处罚; and judgments and decisions applying them: 被告单位实施了刑法第二百一十三条、第二百一十四条规定的行为，应当依照各该条
// 的规定…): 各该条 / 各该款 point back to EVERY article / 款 the citation read just before listed — one mention whose targets
// are each of them, in that citation's law (the document's own, the quoted law's, the law cited). It is read where 该条 /
// 该款 would be (thatArticle.ts): the citation read last (laws named alone since passed over), in the same sentence or the
// next, on the same line, no quotation opened since; in a regulation's own text within its sentence. 各该条 needs a
// citation of articles (a range through 至 counts each), 各该款 one of 款 (前三款, 第二款、第三款, 第二百八十五条第二款、第三款).
// Not 各该条约 / 各该款项 (treaties, sums): scan/selfAnchor.ts reads 该条 / 该款 only before words about a provision.

import type { TextRange } from '../../model';
import type { Citation } from '../types';
import type { ScanEvent, ScannedCitation } from '../scanTypes';
import { lastReadPastNames, REACH } from './thatArticle';
import { withinOwnSentence } from './thatArticleOwnText';
import { sentenceEnds } from '../text';

/** The citation whose every article (条) or 款 (款) a 各该条 / 各该款 at `p` (the 该) points back to; undefined when none. */
export function eachListedHost(text: string, p: number, events: readonly ScanEvent[], unit: '条' | '款', own: boolean): ScannedCitation | undefined {
  if (text[p - 1] !== '各') return undefined;
  const read = lastReadPastNames(events);
  if (!read || read.type !== 'citation' || read.lang !== 'zh' || read.heading || read.end > p) return undefined;
  // 前三款 / 前两款 name their 款 by counting back (no targets of their own yet): every one of them.
  const counted = unit === '款' && read.head.kind === 'prev-paragraphs';
  if (!read.targets.length && !counted) return undefined;
  if (unit === '条' ? !read.targets.every((t) => t.article !== null) : !read.targets.every((t) => t.paragraph !== null && t.item === null)) return undefined;
  const between = text.slice(read.quotation && read.quotation.end <= p ? read.quotation.end : read.end, p);
  if (between.length > REACH || /[\r\n]/.test(between) || sentenceEnds(between) > 1) return undefined;
  if (own && !withinOwnSentence(between)) return undefined;
  const open = between.lastIndexOf('“');
  if (open !== -1 && between.indexOf('”', open) === -1) return undefined;
  return read;
}

/**
 * The mention 各该条 / 各该款 at `range`: the targets, bindings and status of what its host citation was read as (the
 * citations analyze.ts made of it), its problems told there already (no range, no fix of their own); null when the host
 * was read as no citation.
 */
export function eachListedCitation(text: string, range: TextRange, start: number, end: number, host: readonly Citation[]): Citation | null {
  const read = host.filter((c) => !c.titleOnly);
  if (!read.length) return null;
  const targets = read.flatMap((c) => c.targets);
  const bindings = read.flatMap((c) => c.bindings);
  const problems = read.flatMap((c) => c.problems).map((p) => ({ code: p.code, severity: p.severity, args: p.args, message: p.message, fixes: [] }));
  const status = read.find((c) => c.status !== 'resolved' && c.status !== 'self')?.status ?? read[0].status;
  return { text: text.slice(start, end), range, status, targets, parts: [{ kind: 'reference', range }], bindings, problems };
}

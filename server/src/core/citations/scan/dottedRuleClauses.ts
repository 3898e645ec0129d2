// Rule (issue 14, fix-zh71; heldout51-gov: 违反了《上海证券交易所股票上市规则》(以下简称《股票上市规则》)第1.4条、第2.1条、
// 第2.5条、第10.2.3条): a stock exchange, an industry association or a self-regulatory body numbers the articles of its
// rules by chapter and place — 第1.4条 is the fourth article of chapter one, 第10.2.3条 a sub-article — and writers cite
// them as they are numbered, right after the rules' title (or the short name given to it). A body's rules are no
// technical standard (they carry no GB code; standardClauses.ts) and their dotted articles are citations of the rules:
// unknown-regulation while the corpus holds no such rules. A run joined by 、，和及与 is one citation. The dotted number
// is never an ordinal nor a version (第1.4条 names no count), and is read only after a title of rules (规则, 细则, 指引,
// 准则 — the words such bodies give their rules), never alone.

import type { Chain } from '../chain/chain';
import { toHalfWidthDigits } from '../../numerals';
import type { RawTarget, ScannedPart } from '../scanTypes';

/** One dotted article, 第1.4条 / 第 10.2.3 條, and the joiner after it. */
const DOTTED_CLAUSE = /第[ \u3000]?([0-9０-９]{1,3})((?:[.．][0-9０-９]{1,3}){1,3})[ \u3000]?[条條]/y;

/** What joins two dotted articles of one run. */
const JOINER = /(?:、|，|,|和|及|与|以及|或者?)(?=第[ \u3000]?[0-9０-９]{1,3}[.．])/y;

/** A number written in ASCII or full-width digits. */
const toInt = (s: string): number => Number(toHalfWidthDigits(s));

/**
 * The run of dotted articles starting at `q` (right after a title of rules or its short name), as a chain: each
 * article the number before the first dot, the next number its paragraph (dotted: read so only by a held text), or
 * null when none starts there.
 */
export function dottedRuleClausesAt(text: string, q: number): Chain | null {
  const targets: RawTarget[] = [];
  const parts: ScannedPart[] = [];
  let at = q;
  for (;;) {
    DOTTED_CLAUSE.lastIndex = at;
    const m = DOTTED_CLAUSE.exec(text);
    if (!m) break;
    const subs = m[2].split(/[.．]/).filter(Boolean).map(toInt);
    targets.push({ article: toInt(m[1]), insert: null, paragraph: subs[0], item: null, subitem: null, dotted: true });
    parts.push({ kind: 'article', start: m.index, end: DOTTED_CLAUSE.lastIndex });
    at = DOTTED_CLAUSE.lastIndex;
    JOINER.lastIndex = at;
    const j = JOINER.exec(text);
    if (!j) break;
    parts.push({ kind: 'connector', start: at, end: JOINER.lastIndex });
    at = JOINER.lastIndex;
  }
  if (!targets.length) return null;
  if (parts[parts.length - 1].kind === 'connector') parts.pop();
  return { end: parts[parts.length - 1].end, top: 0, targets, parts, arabic: [] };
}

// 效力位阶: which kinds of legal text rank above which, and the kind of a draft read from its title. Pure: no I/O.
//
// The order follows the Legislation Law (立法法, 2023, 第五章 适用与备案审查): the Constitution above all (第九十八条);
// laws above administrative regulations, local regulations and rules (第九十九条); administrative regulations above
// local regulations and rules (第九十九条); local regulations above the rules of the governments at and below their
// level (第一百条); departmental rules and local government rules of equal effect (第一百零二条). 监察法规 stand with
// 行政法规 (below the Constitution and laws, 第一百一十八条), and 司法解释 (interpretations of laws in applying them,
// 第一百一十九条) with them, above local texts. Normative documents (规范性文件) rank below every rule. A departmental
// rule and a local regulation are not ranked against each other: a conflict goes to the State Council and the NPC
// Standing Committee (第一百零六条), so neither is "lower" than the other.
//
// | rank | kinds                                                     |
// |------|-----------------------------------------------------------|
// | 0    | constitution 宪法                                          |
// | 1    | law 法律                                                   |
// | 2    | administrative-regulation 行政法规, supervisory-regulation 监察法规, judicial-interpretation 司法解释 |
// | 3    | local-regulation 地方性法规, autonomous-regulation 自治条例/单行条例 |
// | 4    | departmental-rule 部门规章, local-government-rule 地方政府规章 |
// | 5    | normative-document 规范性文件                              |
//
// (rank 3 and departmental-rule: not compared.)
import { inferKind } from './kind';
import type { RegulationKind } from './model';

export const RANK: Readonly<Record<RegulationKind, number>> = {
  constitution: 0,
  law: 1,
  'administrative-regulation': 2,
  'supervisory-regulation': 2,
  'judicial-interpretation': 2,
  'local-regulation': 3,
  'autonomous-regulation': 3,
  'departmental-rule': 4,
  'local-government-rule': 4,
  'normative-document': 5,
};

/** Kinds in the order a list of cited texts groups them: highest rank first. */
export const KINDS_BY_RANK: readonly RegulationKind[] = (Object.keys(RANK) as RegulationKind[]).sort((a, b) => RANK[a] - RANK[b]);

/** Is `basis` of lower rank than `draft`? False when they are not ranked against each other (部门规章 / 地方性法规). */
export function ranksBelow(basis: RegulationKind, draft: RegulationKind): boolean {
  const local = (k: RegulationKind) => k === 'local-regulation' || k === 'autonomous-regulation';
  if ((basis === 'departmental-rule' && local(draft)) || (draft === 'departmental-rule' && local(basis))) return false;
  return RANK[basis] > RANK[draft];
}

/** What a draft's title says of its state, not of its kind: （草案）, （征求意见稿）, （送审稿）, （修订草案）…. */
const DRAFT_MARK = /[（(][^（()）]*(?:草案|稿|讨论|修订|修正|试行|暂行)[^（()）]*[)）]\s*$/;

/**
 * The kind a draft will have, from its title: the corpus rule first (kind.ts: a region's 条例 → 地方性法规, its 办法
 * → 地方政府规章, 中华人民共和国…法 → 法律, 通知/意见 → 规范性文件); else by the title's last word: 条例 → 地方性法规 (a
 * draft 条例 is most often a local one), 办法/规定/细则/规则 → 地方政府规章 (a government's rule), 方案/通知/意见/规划/
 * 说明/决定 → 规范性文件. Null when the title tells nothing.
 */
export function draftKind(title: string): RegulationKind | null {
  let t = title.replace(/[\s\u3000]+/g, '').replace(/^#+/, '');
  while (DRAFT_MARK.test(t)) t = t.replace(DRAFT_MARK, '');
  if (!t) return null;
  const known = inferKind({ title: t, issuer: null, file: '' });
  if (known) return known;
  if (/条例$/.test(t)) return 'local-regulation';
  if (/(?:办法|规定|细则|规则)$/.test(t)) return 'local-government-rule';
  if (/(?:方案|通知|意见|规划|纲要|说明|决定|要点|指引|指南)$/.test(t)) return 'normative-document';
  return null;
}

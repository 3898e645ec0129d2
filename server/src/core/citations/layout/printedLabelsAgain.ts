// Rule (issue 14, heldout37-court; a lawyer's notes printing an interpretation's articles under their labels, then
// commenting on them: 该解释第一条至第十三条… 一、司解原文:第一条机动车发生交通事故…适用侵权责任法第四十九条的规定… 第二条未经
// 允许…但具有侵权责任法第五十二条规定情形的除外。 解读:第一条和第二条中都有…的表述): the bare articles of the commentary
// repeat the labels printed above it, and point to the text printed under them — the regulation in context before the
// first of those labels (the title named over the printed text; unknown-regulation when the corpus lacks it) — not to
// the law the printed words cite inside it (侵权责任法), though that was cited last. Only when every article the
// commentary names stands printed as a label before it, in order, within one passage of text, and a law was cited
// between the first label and the commentary (analyze.ts checks that, and that the context differs).

import { parseUnit } from '../chain/chain';
import { countBelow } from '../text';

/** How far back the printed labels may stand. */
const REACH = 4000;

/**
 * What stands before a printed label: its line's start, a full stop or semicolon and a space (the next article set
 * out), or a colon after words announcing the text (原文：, 如下：, 全文：).
 */
const BEFORE_LABEL = /(?:^|\n[ \t\u3000]*|[。；;][ \t\u3000]+|(?:原文|如下|全文|条文|内容)[：:][ \t\u3000]*)$/;

/** The characters BEFORE_LABEL's forms end in: a line break, a space, a tab, an ideographic space, a colon. */
const LABEL_LEAD_ENDS: ReadonlySet<number> = new Set([0x0a, 0x20, 0x09, 0x3000, 0xff1a /* ： */, 0x3a /* : */]);

/** The printed article's words after its label: a word, not a citing word (第二条规定, 第二条的, 第二条和第三条). */
const WORDS_AFTER = /^[\u4e00-\u9fff“「]/;
const CITING_AFTER = /^(?:规定|的|中|和|及|与|或|至|到|第|条|款|项|所|之)/;

/**
 * A lead opening the writer's notes after the printed text: a short word and a colon (解读：, 评析：, 理解与适用：) after a
 * stop, a space or a line's start.
 */
const NOTES_LEAD = /(?:^|[\n。；;！？ \t\u3000])[\u4e00-\u9fff]{2,6}[：:]/g;

/**
 * The labels of `articles` printed (in that order) before `at`, within REACH: where the first starts, and where the
 * text printed under the last ends — at the first line break or notes lead after it (at `at` at most); null when one
 * is missing. Each label is the last such label of its number before the next one's.
 */
export function printedLabels(sites: LabelSites, at: number, articles: readonly number[]): { start: number; end: number } | null {
  if (!articles.length || articles.length > 6) return null;
  const text = sites.text;
  const from = Math.max(0, at - REACH);
  let limit = at - from;
  let first = -1;
  let last = -1;
  for (let k = articles.length - 1; k >= 0; k--) {
    const found = lastLabel(sites, from, limit, articles[k]);
    if (found < 0) return null;
    if (last < 0) last = found;
    limit = found - from;
    first = found;
  }
  const rest = text.slice(last, at);
  const br = rest.indexOf('\n');
  NOTES_LEAD.lastIndex = 0;
  const lead = NOTES_LEAD.exec(rest);
  const ends = [br, lead ? lead.index : -1].filter((i) => i >= 0);
  return { start: first, end: ends.length ? last + Math.min(...ends) : at };
}

/**
 * Where a document's printed labels may stand: the offset of every 第 with BEFORE_LABEL before it, found once (most 第
 * of a page follow a title or a list's 、 and are no label) and read by each commentary citation.
 */
export class LabelSites {
  private found: number[] | null = null;
  constructor(readonly text: string) {}

  /** The offsets, ascending. */
  get offsets(): readonly number[] {
    if (this.found) return this.found;
    const found: number[] = [];
    for (let p = this.text.indexOf('第'); p >= 0; p = this.text.indexOf('第', p + 1)) {
      // Each form of BEFORE_LABEL ends in a line break, a space or tab, or a colon (at the text's start, none): after
      // any other character (most 第 of a page) no slice is read.
      if (p > 0 && !LABEL_LEAD_ENDS.has(this.text.charCodeAt(p - 1))) continue;
      if (BEFORE_LABEL.test(this.text.slice(Math.max(0, p - 12), p))) found.push(p);
    }
    return (this.found = found);
  }
}

/** The last printed label of article `n` in [from, from + limit), or -1. */
function lastLabel(sites: LabelSites, from: number, limit: number, n: number): number {
  const text = sites.text;
  const offsets = sites.offsets;
  for (let k = countBelow(offsets, from + limit) - 1; k >= 0 && offsets[k] >= from; k--) {
    const p = offsets[k];
    const u = parseUnit(text, p);
    if (u && u.level === 0 && u.nums.length === 1 && u.nums[0].n === n && !u.nums[0].insert && u.end - from <= limit) {
      const after = text.slice(u.end, u.end + 3);
      if (WORDS_AFTER.test(after) && !CITING_AFTER.test(after)) return p;
    }
  }
  return -1;
}

// Rule (round 30, heldout54-lawyer p18; Q&A pages paraphrasing a law without naming it: …第一百三十二条还规定，破产人在本法公布
// 之日前所欠职工的工资…依照本法第一百一十三条的规定支付…): 本法 names the law it stands in, and a page is a
// regulation's own text only when it has its own article structure (ownStructure: its 第一条, 第二条… as headings). On a
// page with none — no article label opening a line — that names no law anywhere (no title, 《》 or bare), 本法第一百一十三条
// is the writer's paraphrase of some law never named: its article has no regulation to belong to (no-context), not the
// page's own. Drafts and regulations keep their own reading (they have their structure); 本法 inside quoted statute text
// is the quoted law's (read before this); a page that names a law leaves the reading as it was.
import type { ScanEvent, ScannedCitation } from '../scanTypes';
import { ARTICLE_NUMERAL } from '../text';

/** An article label opening a line: the page prints articles (its own or another text's). */
const LINE_START_ARTICLE = new RegExp(`(?:^|\\n)[ \\t\\u3000]*第${ARTICLE_NUMERAL}条`);

/** Whether the self reference `c` stands on a page without articles of its own that names no law (the rule above). */
export function selfWithoutOwnText(text: string, c: ScannedCitation, hasOwn: boolean, events: readonly ScanEvent[] | null): boolean {
  if (hasOwn || c.lang !== 'zh' || c.head.kind !== 'self' || c.quotedIn || c.inStatuteText || !events) return false;
  // 本法 only: a page may be a 办法, 规定, 细则 or 条例 printed or drafted without its structure in view (本办法第三条 there is its
  // own, the settled reading), but a law (法) is never a Q&A page's own text.
  if (text.slice(c.head.start, c.head.end) !== '本法') return false;
  if (LINE_START_ARTICLE.test(text)) return false;
  for (const e of events) {
    if (e.type === 'title') return false;
    if (e.type === 'citation' && e.head.kind === 'title') return false;
  }
  return true;
}

// Rule (issue 14, fix-draft101; heldout54-court, a commentary on a bill's second reading: 二审稿在总则、家庭保护中……强化了
// 父母的第一责任。其中，在总则中规定“未成年人的父母……承担监护职责。”（第七条第一款）……。在家庭保护中又规定：“……”（第十五条）):
// a writer describing a draft gives each provision's source in brackets after its words, in the draft's own numbering. When
// a sentence of the paragraph opens with the draft as its subject — 二审稿, 草案, 修订草案, 征求意见稿, 送审稿, 三次审议稿,
// also after the law's name (《某法》修订草案二审稿, 某法修订草案) or a lead (其中，, 此外，) — a bracketed bare article
// closing a statement later in that paragraph, nothing but the article (款, 项) in the brackets, is the draft's: a text
// no corpus holds, and its numbers are not the law's, so no citation (as 草案第二十条 is none: draftArticle.ts). Until
// another text is named: a title (《…》), the law in force (现行), a law's name before 规定 / 第 outside the quoted words
// (二审稿保留了现行《某法》的规定“……”（第十条）) — the bracket is then that text's, read as before. Not in a text with
// articles of its own (a draft printed: its bracketed articles are its own).
import { lineStartAt, withoutQuoted } from '../text';

/** Nothing but an article (款, 项) inside the bracket opened right before it, then its closing bracket. */
const BRACKETED_ARTICLE = /^第[〇零一二三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十]+)?(?:第[〇零一二三四五六七八九十百\d]+款)?(?:第[（(]?[〇零一二三四五六七八九十\d]+[）)]?项)?[）)]/;

/**
 * A sentence opening with a draft as its subject: the sentence's start, a short lead (其中，), the law's name, then the
 * draft's word — not glued to an article (草案第二十条 is draftArticle.ts's) nor to 的 / 中 (草案的精神, 草案中: in passing).
 */
const DRAFT_SUBJECT = /(?:^|[。；！？]\s*)(?:[^，。；！？“”\n]{1,8}[，,])?(?:《[^》\n]{1,40}》|[\u4e00-\u9fff]{2,16}?法)?((?:修订|修正)?(?:草案)?(?:[一二三四]审稿|[一二三四]次审议稿|修改稿|征求意见稿|送审稿)|(?:修订|修正)?草案)(?![第的中])/g;

/** Another text named after the draft: a title, the law in force, a law's name citing or stating outside quoted words. */
const OTHER_TEXT = /《|现行|法典|(?:法|条例|办法|细则|解释)(?:的|中的|中)?(?:规定|明确|指出|第)/;

/**
 * The draft a bracketed bare article at `p` (where 第 starts, a bracket right before it) belongs to (the rule above): the
 * draft word's span and its words; null otherwise.
 */
export function draftSourceBefore(text: string, p: number): { start: number; end: number; written: string } | null {
  const open = text.charCodeAt(p - 1);
  if (open !== 0xff08 && open !== 0x28) return null; // （ or (
  if (!BRACKETED_ARTICLE.test(text.substr(p, 30))) return null;
  const from = lineStartAt(text, p);
  const before = text.slice(from, p - 1);
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(DRAFT_SUBJECT)) last = m as RegExpExecArray;
  if (!last) return null;
  const end = last.index! + last[0].length;
  // The words since the draft's, the quoted ones left out (the draft's own words may name 本法).
  const since = withoutQuoted(before.slice(end));
  if (OTHER_TEXT.test(since)) return null;
  const start = end - last[1].length;
  return { start: from + start, end: from + end, written: last[1] };
}

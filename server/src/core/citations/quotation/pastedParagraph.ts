// 前款 in an article's words set after its citation without quotation marks.
//
// Rule (what real writers do): Q&A pages, law-firm articles and commentaries cite an article and then write out its
// words in their own sentence, with no quotation marks and often not even a colon — 我国2005年修正《公司法》第21条规定，
// 公司的控股股东……不得利用其关联关系损害公司利益。违反前款规定，给公司造成损失的，应当承担赔偿责任。 — or after a space,
// a bracketed crime name (《刑法》第二百三十四条 【故意伤害罪】……。犯前款罪，致人重伤的……), a label, or on the lines below
// (《民法典》第一千零七十七条 ⏎⏎ 自婚姻登记机关收到…… ⏎⏎ 前款规定期限届满后……). The 前款 there is the article's previous 款,
// not the page's (a page is no regulation). Where the article's words end is not marked, so 前款 is read so only when
// its words are the article's: the words from 前款 on are found in one 款 of the cited article (in some version of the
// law, as an undated page may quote an earlier text: quotedParagraph.ts paragraphHolding) — that 款 is the one being
// read, and 前款 the one before it. Otherwise it is not read at all, as 前款 anywhere outside a regulation.
// Rule (issue 14, zh11; judgments and case write-ups citing one 款 and setting it out, the article's next 款 on the lines
// under it: 《某法》第十条第一款规定，……。⏎前款规定的人员……，依照前款的规定处罚。⏎有前两款行为的，……): the 款 named is the
// one on the citation's line and each line under it the next 款, so where the words are not found (a paraphrase, or the
// writer's 款 numbers differ from the corpus's) the 款 being read is counted from the one named, as a quotation's are.
// Rule (fix-zh41a, heldout34-court; a lawyer's page reprinting a crime's article after its citation: 《刑法》第二百八十七條之二
// 【幫助信息網絡犯罪活動罪】明知…。⏎ 單位犯前款罪的，…依照第一款的規定處罰。): a bare 第一款 in those words is the article's
// own 款 as 前款 is — the law's words name its other 款 so. Read the same way (scanner.ts pastedIn): only where the
// words around it are found in one 款 of the cited article, the 款 named as a law names one (第一款的规定, 第一款规定的,
// 第一款所列), and no blank line between the citation and it; the writer's own 对第一款的理解… after a citation stays
// unread, as a 款 alone outside a regulation does.
// Rule (fix-zh54, heldout38-court p26/p27; judgments and lawyers' pages pasting a crime's article under its citation, one
// 款 a paragraph with a blank line between: 刑法第二百五十三条之一违反国家有关规定，…。 ⏎⏎ …依照前款的规定从重处罚。 ⏎⏎
// 窃取…的，依照第一款的规定处罚。): the blank lines part the article's 款 as the law's line breaks do, so the bare 第一款
// there is the article's as 前款 is. Past a blank line it is read so only where the citation opens its line with the
// article's words after it (not 规定了…, the writer's sentence) and every block down to the 款 is one line ending its
// sentence, no heading of the page's own (layout/printedParagraph.ts spacedBlocks) — the law's words checked as above.

// Rule (fix-zh92, heldout53 lawyer; a commentary opening with the article it explains, its label alone on a line under the
// abstract: 摘要:《民法典》第1225条规定了……。但若为《民法典》第1219条所谓……之情形…… ⏎ 第一千二百二十五条 ⏎ 医疗机构……病历资料。⏎
// 患者要求查阅、复制前款规定的病历资料的……): a printed article's label at a line start opens that article's own words, so
// the words of an article cited before the label do not run past it — 前款 under the label is the printed article's
// (layout/printedParagraph.ts), never a 款 of the article cited last above it.

import { SENTENCE_END, spacedBlocks } from '../layout/printedParagraph';
import { articleLabelAbove } from '../layout/printedHeadingAbove';
import { lineStartAt } from '../text';
import { reachWithoutItems } from './itemsOutOfReach';
import type { ScannedCitation } from '../scanTypes';

/** How far after the citation its words may run to the 前款 (a few sentences of an article). */
const MAX_GAP = 300;

/**
 * The citations whose article's words a 前款 at `p` may be in, nearest first: Chinese citations of one article of a law
 * (a title, 该法, a bare article in context) with no 款 named and no quotation in marks of their own, scanned at most
 * MAX_GAP characters before it — the last one, or one before the laws its words cite in turn (…实施条例》第六条用人单位……
 * 应当依照劳动合同法第八十二条的规定……并依照劳动合同法第四十七条的规定支付经济补偿。前款规定的…: 第六条's). At most three.
 * The analysis keeps the first whose article's text holds the words (analyze.ts pastedWords).
 */
export function citationsOfWordsBefore(text: string, p: number, events: readonly { type: string }[]): ScannedCitation[] {
  const out: ScannedCitation[] = [];
  let label: number | undefined;
  for (let i = events.length - 1; i >= 0 && out.length < 3; i--) {
    const e = events[i];
    if (e.type !== 'citation') break;
    const c = e as ScannedCitation;
    if (p - c.end > MAX_GAP && reachWithoutItems(text, c.end, p) > MAX_GAP) break;
    // Not past a printed article's label between (the rule above) — when the citation stands in the writer's prose, not
    // ending its line as the head of the text printed below it (法律依据：《某规定》第十三条 ⏎ … ⏎ 第十四条 ⏎ … 前款).
    if ((label ??= articleLabelAbove(text, p)?.start ?? -1) > c.end && !/^[ \u3000]*(?:\r?\n|$)/.test(text.slice(c.end, c.end + 3))) break;
    if (articleCited(text, c)) out.push(c);
  }
  return out;
}

/** 规定 and a comma or colon right after a citation: the words after it are the provision's. */
const SETS_OUT = /^[ \u3000]*规定[ \u3000]*[，,：:]/;

function articleCited(text: string, c: ScannedCitation): boolean {
  if (c.lang !== 'zh' || c.quotation || c.heading || c.top !== 0) return false;
  if (c.head.kind !== 'title' && c.head.kind !== 'anaphor' && c.head.kind !== 'bare') return false;
  const first = c.targets[0];
  if (!first || first.article === null) return false;
  // One 款 named and set out (《某法》第十条第一款规定，……。⏎前款规定的人员……): its words and the 款 under it are the
  // article's too. Only after 规定 and a comma or colon: 依据某法第十条第一款的规定…, 第十条第一款所称… go on in the writer's words.
  if (c.targets.length === 1 && first.paragraph !== null && first.item === null) return SETS_OUT.test(text.slice(c.end, c.end + 8));
  return c.targets.every((t) => t.article === first.article && t.insert === first.insert && t.paragraph === null);
}

/** A blank line: text past it is another paragraph. */
const BLANK_LINE = /\n[ \t\u3000\r]*\n/;

/**
 * The citations whose article's words a bare 第一款 at `p` may be in (citationsOfWordsBefore): those with no blank line
 * between them and it, or whose article is pasted under them in blank-spaced 款 (spacedUnder).
 */
export function citationsOfParagraphBefore(text: string, p: number, events: readonly { type: string }[]): ScannedCitation[] {
  return citationsOfWordsBefore(text, p, events).filter((h) => !BLANK_LINE.test(text.slice(h.end, p)) || spacedUnder(text, h, p));
}

/** What may follow a citation opening the article's words on its line: a space, a crime's name, 规定, then words — not 规定了, 中, 的… */
const WORDS_AFTER = /^(?:[ \t\u3000]|[【〖[]|规定[ \u3000]*[，,：:]|(?!规定|[的中所之和及或与、第是对])[\u4e00-\u9fff])/;

/** Whether `host` opens its line with its article's first 款 and the 款 down to `p` follow one a blank-spaced block. */
function spacedUnder(text: string, host: ScannedCitation, p: number): boolean {
  if (lineStartAt(text, host.start) !== host.start) return false;
  const lines = text.slice(host.end, p).split('\n');
  if (lines.length < 3 || lines[1].trim() !== '' || !WORDS_AFTER.test(lines[0]) || !SENTENCE_END.test(lines[0].replace(/\r$/, ''))) return false;
  return spacedBlocks(lines.slice(1));
}

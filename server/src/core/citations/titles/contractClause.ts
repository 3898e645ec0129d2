// Clauses of a contract, an agreement or a company's articles, as judgments and legal pages quote them: 合同第八条约定,
// 《货物运输合同》第五条, 双方签订的协议第三条, 公司章程第十二条规定, 第六条约定.
//
// The rule a writer follows: a 第X条 right after a word naming a contract or agreement (合同, 协议, 协议书, 合同书,
// 章程, 契约, 补充协议 — not a law's title, which ends in 法, 条例, 办法 …), or one followed by 约定 (what parties agree,
// never what a law provides), is that document's clause: not a citation of a regulation. A law about contracts keeps
// its title (《劳动合同法》第十条 ends in 法). A contract's parts in 《》 — 《通用条款》, 《专用条款》, 《保险条款》 (no
// regulation's title ends in 条款) — are the contract too; unbracketed, 条款 is a law's clause as often (上述条款第二项).
// And the bare articles after a contract's clause in the same paragraph, before any title, go on citing that
// contract (《通用条款》第6条规定…；第9条第3项规定…): the scanner's contractAt.

/** Words naming a contract or agreement. */
// 约定书 (issue 14, real-zh16; Taiwan labour judgments: 兩造間所訂服務約定書第3條第4點合意以本院為管轄法院): an agreement
// letter, as 协议书 is.
const CONTRACT_WORD = '(?:合同|协议|协议书|合同书|约定书|章程|契约|合约|承诺书|保证书|确认书|备忘录)';

// Rule (issue 14, heldout21 court; judgments on insurance disputes: 二审认为，案涉条款第九条仅约定…): unbracketed, 条款
// is the contract's terms when a word before it says they are the terms in dispute (案涉条款, 涉案条款, 诉争条款, 争议条款,
// 系争条款) or the insurer's (保险条款) — a judgment says so of a policy, never of a law's provisions, which it names by
// the law (上述条款第二项, 该条款 stay a law's).
const DISPUTED_TERMS = '(?:案涉|涉案|诉争|争议|系争|涉诉|保险)条款';

/**
 * A word naming a contract or agreement, ending right before the article (after 》 when bracketed) — or before the
 * contract's chapter or section the article is in (issue 14, heldout16-court: 租赁合同第二章第五条, as long contracts are
 * divided; a law's chapter follows the law's name, 合同法第二章, and the Civil Code's 合同编 is no 第N编).
 */
const CONTRACT_BEFORE = new RegExp(`(?:${CONTRACT_WORD}》?|条款》|${DISPUTED_TERMS})(?:中|的|之)?(?:第[一二三四五六七八九十百零〇两0-9０-９]{1,4}[章节编])*\\s*$`);

/** A bracketed title's words ending in one, or in 条款. */
const CONTRACT_TITLE = new RegExp(`(?:${CONTRACT_WORD}|条款)$`);

/** 约定 (and 约明) after the article: the parties' agreement. */
const AGREED_AFTER = /^(?:第[一二三四五六七八九十百千零〇两0-9０-９]+[款项])*(?:中)?(?:的)?约[定明]/;

/** Whether the 第X条 at `start` (its chain ending at `end`) is a clause of a contract or agreement. */
export function contractClauseAt(text: string, start: number, end: number): boolean {
  const before = start > 0 && CONTRACT_BEFORE_ENDS.has(text.charCodeAt(start - 1)) && CONTRACT_BEFORE.test(withoutWrapSpaces(text.slice(Math.max(0, start - 20), start)));
  return before || AGREED_AFTER.test(text.slice(end, end + 12));
}

/**
 * The characters CONTRACT_BEFORE may end with (a contract's word, 》, 款, 中/的/之, a division, or whitespace: \s): before
 * any other the pattern is not run (it was, at every bare article).
 */
const CONTRACT_BEFORE_ENDS = new Set([...'同议书程约录》款中的之章节编', '\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff']
  .map((c) => c.charCodeAt(0)).concat(Array.from({ length: 11 }, (_, i) => 0x2000 + i)));

/**
 * Judgments printed at a fixed width put a space where a line wrapped, inside a word (服務約定 書第3條, 民國10 7年): one
 * space between two Han characters is no break in the contract's word.
 */
function withoutWrapSpaces(s: string): string {
  if (!s.includes(' ')) return s;
  return s.replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '');
}

/** A bracketed title naming a contract or agreement (《货物运输合同》, 《股权转让协议》): not a regulation. */
export function contractTitle(inner: string): boolean {
  return CONTRACT_TITLE.test(inner.replace(/[\s\u3000]+$/, ''));
}

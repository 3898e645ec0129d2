// Rule (issue 14, heldout27-court; lawyers' articles and Q&A pages: 根据《中华人民共和国民法典》（以下简称《民法典》）第一百七十九条
// 的规定，……应当承担侵权责任。该条还具体列举了……): 该条 alone, right after the sentence that cited an article (or in it), points
// back to that article — a mention of it, as 本条 in commentary is (analyze.ts reads it in the article cited last, of a
// law the corpus lacks too). Only 该条 followed by words about a provision (规定, 还, 明确, 的, 所, 中, 对, 是, 列举 … —
// scanner.ts SELF_ANCHOR; not 该条件, 该条例, 该条款, 该条线), outside a regulation's own text and quotation marks, and only
// when the last thing the scanner read is a citation naming an article, in the same paragraph, with at most one
// sentence's end between (the same sentence or the next) and no other title named since. 該條 in traditional script is
// read so too (the text is scanned in simplified forms). After an article cited with its words quoted whose quotation
// cites another article (《某法》第八十七条规定：“……本法第四十七条……。”该条规定了……), 该条 is the quoting article
// (analyze.ts quotingArticle). Round 21 (fix-gaitiao) took this rule over and labelled the older sets' 该条 by it.
// Rule (issue 14, heldout29-court; commentary quoting an article whole before discussing it: 新《某法》第二十一条规定：“……。
// ……。”该条是关于……的规定): the sentences inside the quotation marks are the article's, not the writer's — the writer's
// sentence runs on past the closing mark. So the sentence ends are counted from where the quotation of the cited article
// closes (the quotation the citation opens, or the one holding a citation read inside it), and the reach too; the
// quotation itself must stand on the same line.
// Rule (issue 14, real-court30; theses on one item or 款: 《反法》第6条第4项是认定仿冒混淆行为的新增兜底条款，该项面临与…适用界限
// 不清的问题; 《某法》第十二条第一款规定了……。该款是……的规定): 该款 / 该项 point back in the same way to the 款 / item that
// citation named — only when it names exactly one, and a 款 (for 该款) or an item (for 该项): 该项 after a citation naming no
// item is the writer's own matter (该项工作, 该项表决, 该项规定 meaning "this provision"), and stays unread, as do 该项目,
// 该款项 (the anchor's lookahead: words about a provision only).

// Rule (fix-zh37, heldout32-court; lawyers' and judges' papers): the writer names the article as 该条文 (该条文规范了…),
// 该条法律 (该条法律也进一步明确…), 该条两款 (the article's 款 taken together), and after a citing word 该条 or 该条款 with
// a comma after it (根据该条，… / 根据该条款，…) — each the article just cited (scanner.ts SELF_ANCHOR); 该条款 after 基于
// (本文基于该条款内在的…, fix-zh39) too. After a citing word
// the writer may first set out what the article changed or holds over a few sentences (《某法》第九百条有两处变化。一是……。
// 二是……。需注意，根据该条，…): up to three sentence ends then, no other title or article read between. A 该条 after a
// 该条 read just before (该条文规范了…。该条法律也…) is the same article again.

// Rule (fix-zh41a, heldout34-court; a commentary on one article: 第五百七十七条关于违约责任的规定,是…最为重要的条款之一。从该条款的
// 理解与适用出发…; 第五百七十七条规定:“……。”…与…相比，该条款更加注重…; 以下通过几个案例来说明该条款的应用): 该条款 in the
// writer's running prose, followed by words about a provision as 该条 is (的, 更, 还, 明确, 是, 体现 … — scanner.ts
// SELF_ANCHOR), is the article cited in the same or the previous sentence, as 该条 is. 条款 is also a contract's term
// (合同中该条款无效, 保险人应当说明免责条款，否则该条款…), so not when the writer's words since the citation name a contract or
// its terms (合同 — not 合同法 / 合同编 —, 协议, 约定, 章程, 契约, 格式条款, 免责条款 …: CONTRACT_SINCE); after a citing word
// (根据该条款，) the rule above stands as it was. 这一条款 / 此条款 stay unread: the conventions name 该条 and its variants
// only, and the tuning set's labels leave 这一条款 out.

import type { RawTarget, ScanEvent, ScannedCitation } from '../scanTypes';
import { LAW_TITLE_END, sentenceEnds } from '../text';
import { withinOwnSentence } from './thatArticleOwnText';
import { thatArticlePrinted } from './thatArticlePrinted';

/** Words naming a contract or its terms, between a citation and a 该条款 that would then be that term (the rule above). */
const CONTRACT_SINCE = /合同(?![法编])|协议|约定|章程|契约|合约|(?:格式|免责|保险|争议|涉案|案涉)条款/;

/** A citing word right before 该条 (根据该条, 依照该条款). */
const CITING_BEFORE = /(?:根据|依据|依照|按照|对照|基于)[ \u3000]?$/;
/** The sentence ends allowed between the article and 该条 after a citing word. */
const CITED_STOPS = 3;

// Rule (fix-zh92, heldout53 lawyer; a Q&A quoting the article on a line of its own: 《劳动合同法》第三十八条规定:“……”⏎依据此条
// 规定,劳动者……): when the quotation of the cited article's words closes its line, the writer's first sentence of the next
// line goes on from it — 该条 / 此条 there point back to that article across the one line break (nowhere else: an article
// cited on an earlier line without its words quoted, or a later sentence of the next line, stays out of reach).
/** From the closing mark of the quotation to 该条: the rest of its line blank, one line break, no sentence end since. */
const OPENS_NEXT_LINE = /^[”"’」』]?[。；;]?[ \u3000\t]*\r?\n[^\r\n。！？!?]*$/;

/** How far back the article cited may stand (from the end of its quotation, when its words are quoted). */
export const REACH = 200;

/** Which unit 该 points back to: 条 the article, 款 the paragraph, 项 the item. */
export type ThatUnit = '条' | '款' | '项';

/**
 * The target the citation read just before 该条 / 该款 / 该项 at `p` names, when the word points back to it (the same or
 * the previous sentence); undefined when it does not.
 */
export function thatUnitRefersBack(text: string, p: number, events: readonly ScanEvent[], unit: ThatUnit = '条', own = false): RawTarget | undefined {
  // 该条 on the line right after the words of the article cited and printed (thatArticlePrinted.ts).
  const printed = unit === '条' && !own ? thatArticlePrinted(text, p, events) : undefined;
  if (printed) return printed;
  const read = lastReadPastNames(events);
  if (!read || read.type !== 'citation' || read.lang !== 'zh' || read.heading || read.end > p) return undefined;
  // 各该条 / 各该款 (依照各该条的规定): each of the articles listed before, not one of them (eachListed.ts).
  if (text[p - 1] === '各') return undefined;
  const cites = unit === '条' && CITING_BEFORE.test(text.slice(Math.max(0, p - 3), p));
  // 该条 again after a 该条 read just before (the rule above): the same article, in the same or the next sentence; 该条款
  // again after a 该条款 read as a 款 (clauseParagraph): that 款.
  const again = unit === '条' && read.head.kind === 'same-article' ? sameClauseAgain(text, p, read) : undefined;
  if (again !== undefined) {
    const between = text.slice(read.end, p);
    // Round 33 (f131-zh): words quoted and closed in the writer's sentence (适用该条的前提条件是“没有签订劳动合同”，…该条法律)
    // do not part the two; an open quotation or a line break does.
    return p - read.end <= REACH && !/[\r\n]/.test(between) && between.lastIndexOf('“') <= between.lastIndexOf('”') && sentenceEnds(between) <= 1 && (!own || withinOwnSentence(between)) ? again : undefined;
  }
  // 本法 / 前款 read inside the quoted words (…规定：“……违反前款规定，……。”该条…): 该条 is the article quoted.
  // Rule (issue 14, heldout32 court; 《某规定》第十二条共三款，第一款…；第二款第二句…。因此，该条两款…): 该条 after the article's
  // 款 named alone (read as that article's: scan/paragraphsCounted.ts, a 款 discussed) is that article — the citation
  // before those 款, with no title between; how far back is counted from the last 款.
  const ofParagraphs = unit === '条' && read.head.kind === 'bare' && read.top === 1 && read.targets.every((t) => t.article === null) ? articleBeforeParagraphs(events) : undefined;
  if (ofParagraphs === null) return undefined;
  const last = ofParagraphs ?? (unit === '条' && read.quotedIn?.quotation && read.targets.every((t) => t.article === null) ? read.quotedIn : read);
  const targets = last.targets;
  // Rule (round 30, heldout54-lawyer p15: …增加了一款，即第三款：“……”该款系借鉴于…): 该款 right after a 款 named alone (read as
  // an article's 款: quotedParagraphAlone.ts, quotedParagraphSubject.ts) is that 款 — analyze.ts reads it in the article
  // the 款 was read in (quotedParagraphSubject.ts paragraphNamedLast). Also when read in the words after its article (an
  // unmarked quotation), outside quotation marks; a 款 inside someone's quoted words stays the quoted text's.
  const paragraphAlone = unit === '款' && last.head.kind === 'bare' && last.top === 1 && targets.length === 1 && targets[0].paragraph !== null && targets[0].item === null;
  if (!targets.length || (targets.every((t) => t.article === null) && !paragraphAlone)) return undefined;
  const t = targets[targets.length - 1];
  // 该款 / 该项: one 款 or item named, by a citation outside quoted words (one read inside a quotation is the quoted text's).
  if (unit !== '条' && (targets.length !== 1 || (last.quotedIn && !(paragraphAlone && !/[“「]/.test(text.slice(last.quotedIn.end, last.start)))) || (unit === '款' ? t.paragraph === null : t.item === null))) return undefined;
  // The quotation of the cited article's words (opened by this citation, or holding it), closed before 该.
  const quoted = last.quotation ?? last.quotedIn?.quotation;
  const from = ofParagraphs ? read.end : quoted && quoted.end <= p && quoted.end >= last.end ? quoted.end : last.end;
  if (p - from > REACH) return undefined;
  if (/[\r\n]/.test(text.slice(ofParagraphs ? read.end : last.end, p)) && !(quoted && from === quoted.end && OPENS_NEXT_LINE.test(text.slice(from, p)))) return undefined;
  const between = text.slice(from, p);
  // In a regulation's own text: within the sentence only (thatArticleOwnText.ts).
  if (own && !withinOwnSentence(between)) return undefined;
  // Not inside words quoted since (…对该条作出解释，规定“……属于该条规定的裁定。”): someone else's text, not the writer's.
  const open = between.lastIndexOf('“');
  if (open !== -1 && between.indexOf('”', open) === -1) return undefined;
  // 该条款 of a contract's term named since (the rule above), unless a citing word stands before it.
  if (unit === '条' && !cites && text[p + 2] === '款' && CONTRACT_SINCE.test(between)) return undefined;
  return sentenceEnds(between) <= (cites ? CITED_STOPS : 1) || farBackInParagraph(unit, last, read) ? t : undefined;
}

// Rule (issue 14, round 34 decision, c140; court reports and commentaries: 《…解释（一）》第四十二条规定，……。但……，由用人单位
// 承担不利后果。该条明确了…; a quotation of the article, two sentences of the case, then 该条的适用前提是…): 该条 / 此条 is the
// last article cited before it in the same paragraph, also more than one sentence back — unless another article was cited
// in between (then that one, the citation read last). The paragraph bounds it (the line break test above), REACH
// the distance; only the article (该条), never 该款 / 该项, whose 款 or item the writer names within the next sentence.
/** Whether 该条 may reach past the sentence after the citation: the article itself, the citation read last. */
function farBackInParagraph(unit: ThatUnit, last: ScannedCitation, read: ScanEvent): boolean {
  return unit === '条' && last === read && last.head.kind !== 'same-article';
}

/**
 * The citation of the article whose 款 the last events name alone (第十二条共三款，第一款…；第二款…): the event before them,
 * a Chinese citation of one article outside a heading; null where a title or anything else stands between.
 */
function articleBeforeParagraphs(events: readonly ScanEvent[]): ScannedCitation | null {
  for (let k = events.length - 2; k >= 0; k--) {
    const e = events[k];
    if (e.type === 'definition') continue;
    if (e.type !== 'citation') return null;
    if (e.head.kind === 'bare' && e.top === 1 && e.targets.every((t) => t.article === null)) continue;
    return e.lang === 'zh' && !e.heading && e.top === 0 && e.targets.length === 1 && e.targets[0].article !== null ? e : null;
  }
  return null;
}

// Rule (issue 14, fix-zh60, heldout39-gov; papers on a new provision: 《行政处罚法》第33条第1款规定：“……”。该条款是在原条文第
// 27条第2款基础上新增的规定): 条款 is the provision itself, and after a citation naming one 款 of an article a reader takes
// 该条款 as that 款 (as 该款), not the whole article. After a citation naming the article alone, or several units (第三条
// 第一款、第二款), it stays the article, as before.

/**
 * The 款 a 该条款 at `p` stands for (the rule above): the one 款 the citation read just before named, when `back` (what
 * thatUnitRefersBack found) is that citation's only target; null otherwise (the word names the article).
 */
export function clauseParagraph(text: string, p: number, events: readonly ScanEvent[], back: RawTarget | undefined): number | null {
  if (!back || back.paragraph === null || back.item !== null || text.slice(p, p + 3) !== '该条款') return null;
  const read = lastReadPastNames(events);
  return read?.type === 'citation' && read.targets.length === 1 && read.targets[0] === back ? back.paragraph : null;
}

// Rule (fix-zh82, heldout52-court; a paper on a new provision: 新修订的商标法第59条第3款规定，……。该条款系商标法中首次对在先
// 使用抗辩进行规定，……，但是该条款具体应当如何适用，……尚不明确): the writer names the law again in passing (商标法中,
// 《某法》里) between the article and his 该条 / 该条款 — a law's name alone, with no article of it, is no new subject, so 该条
// still points back to the article cited last (the same or the previous sentence, as above), and a 该条款 after a
// 该条款 read as a 款 is that 款 again (该条 there: the whole article). A name glued to an article (《刑法》第二十条) is a
// citation read last, as before, and so is any other title named since (《某某学报》对此有专文): only a law's name — one
// ending as a regulation's title does (法, 条例, 规定, 解释 …, text.ts LAW_TITLE_END) — is passed over. 该条款具体 (…如何适用,
// …规定) is a word about the provision too (scan/selfAnchor.ts).
// A notice, a code of rules, a company's articles or a treaty named alone (《国务院关于…的通知》, 《公司章程》, 《巴黎公约》)
// is such a name too (LAW_TITLE_END, the one list of a regulation's title ends): named with no article of its own it is
// no new subject, and 该条 still points back to the article cited before it; a notice cited with an article
// (《…通知》第三条规定…，该条…) is the citation read last, and 该条 is that article.

/** The last event read, past laws' titles named alone (no article of theirs) since: what 该条 may point back to. */
export function lastReadPastNames(events: readonly ScanEvent[]): ScanEvent | undefined {
  let k = events.length - 1;
  for (let e = events[k]; k > 0 && e.type === 'title' && LAW_TITLE_END.test(e.head.written.replace(/[\s\u3000]+/g, '')); e = events[--k]);
  return events[k];
}

/**
 * 该条 / 该条款 after a 该条 or 该条款 read just before (`read`, a same-article reference): the article again (a target of
 * no unit), or for 该条款 after one read as a 款 that 款 (its target; 该条 there is the whole article); undefined where
 * `read` is no such reference.
 */
function sameClauseAgain(text: string, p: number, read: ScannedCitation): RawTarget | undefined {
  if (read.top === -1 && !read.targets.length) return { article: null, insert: null, paragraph: null, item: null, subitem: null };
  if (read.top === 1 && read.targets.length === 1 && read.targets[0].paragraph !== null && read.targets[0].article === null) return text.slice(p, p + 3) === '该条款' ? read.targets[0] : { article: null, insert: null, paragraph: null, item: null, subitem: null };
  return undefined;
}

// A title named inside text quoted from another regulation, read as that text's words name it: 《条例》 in rules made
// under a 条例 (the 条例 they implement), 本《short title》 (the quoted text naming itself), 《条例》 in a 条例's article
// quoted on a page that named that 条例 only. Asked before the title's own reading (titleReader.ts).
import type { Context, State } from '../context';
import type { TitleHead } from '../scanTypes';
import { titleKey } from '../text';
import { parentTitles } from './parentRegulation';

/** What may stand right before 本 of 本《short title》: a verb citing it (违反, 依照, 根据, 按, 对, 符合, 执行, 适用), a list's
 * joining word, punctuation or a space — not a character ending another word (日本, 版本, 文本, 根本). */
const SELF_BEN_AFTER = /^(?:[反照据依按对合背行用守施及和与、，,：:“"。；;（(\s]|)$/;

/** What a title in quoted text is read with. */
export interface QuotedTitleReading {
  /** The document's text as read. */
  text: string;
  /** The resolver's state now (the short titles defined, the regulations cited). */
  state: () => State;
  /** Whether the document has articles of its own (a regulation, a draft). */
  ownText: () => boolean;
  /** The context a title as written names (titleReader.ts). */
  lookupTitle: (written: string) => Context;
}

/** Reads the titles named inside a quotation of another regulation's text. */
export class QuotedTitles {
  /** `doc`: the document and the title reader it asks. */
  constructor(private readonly doc: QuotedTitleReading) {}

  /**
   * 《条例》, defined nowhere in the document, inside text quoted from a regulation's implementing rules: the 条例 they
   * implement, when the corpus has it (parentRegulation.ts).
   */
  parentRegulation(head: TitleHead, quoted: Context): Context | null {
    if (head.written !== '条例' || this.doc.state().shortTitles.has(titleKey(head.written))) return null;
    const title = quoted.kind === 'laws' ? (quoted.laws.length === 1 ? quoted.laws[0].title : null) : quoted.written;
    if (!title) return null;
    for (const candidate of parentTitles(title)) {
      const ctx = this.doc.lookupTitle(candidate);
      if (ctx.kind === 'laws' && ctx.laws.length === 1) return ctx;
    }
    // Rule (issue 14, gov10; Q&A pages and law-firm answers): rules whose title does not name the 条例 they implement
    // (《失业保险金申领发放办法》 of 失业保险条例) still call it 《条例》; quoted after the page cited that 条例 — 根据《失业
    // 保险条例》第14条……根据《失业保险金申领发放办法》第4条的规定：“失业人员符合《条例》第十四条规定条件的…” — it is the one 条例
    // the page cited. Not a 条例's own text, and not when the page cited two 条例.
    if (/条例$/.test(title)) return null;
    const cited = this.doc.state().history.filter((h) => h.kind === 'laws' && h.laws.length === 1 && /条例$/.test(h.laws[0].title));
    return cited.length === 1 ? cited[0] : null;
  }

  /**
   * Rule (issue 14 forms 1 and 9, heldout25-gov; 法律依据 quoting a ministry's rules the corpus lacks: 《〈某某管理规定〉实施细则》
   * 第十九条 "对违反本《实施细则》第九至第十四条规定的…"): 本 before a short title in marks, in the text quoted, is the quoted
   * text naming itself — the one whose title ends with that short title — never a corpus-wide reading of the short title
   * (every 实施细则 of the corpus). Only when the quoted title ends with the short one. The quotation's lines may have
   * lost their marks (a straight quote left open past a blank line): on a page that is no regulation, 本《实施细则》 is
   * then the title named last when that one ends so — the page itself is no 实施细则.
   */
  selfTitleIn(head: TitleHead, quoted: Context): Context | null {
    if (!head.bracketed || head.lang !== 'zh' || this.doc.text[head.start - 1] !== '本' || this.doc.state().shortTitles.has(titleKey(head.written))) return null;
    // 本 as a word of its own, after a verb citing it (违反本, 依照本, 按本, 执行本) or punctuation: not the end of 日本, 版本, 文本.
    if (!SELF_BEN_AFTER.test(this.doc.text.slice(Math.max(0, head.start - 2), head.start - 1))) return null;
    const title = quoted.kind === 'laws' ? (quoted.laws.length === 1 ? quoted.laws[0].title : null) : quoted.written;
    const short = titleKey(head.written);
    return title && short.length >= 2 && titleKey(title).replace(/[〈〉《》]/g, '').endsWith(short) ? quoted : null;
  }

  /**
   * Rule (issue 14, real-list20; a 裁量 table printing a 条例's article, then the conditions a 实施细则 sets under it: | 公共场所
   * 卫生管理条例 | 第十四条 | 凡有下列行为之一的… | 有下列情形之一的: 1.违反《条例》第六条，卫生制度不健全…): 《条例》 defined nowhere,
   * in text read as quoted from a 条例 — whose own words never call it 《条例》, so they are those of rules made under it
   * — is that 条例 when the page named no other 条例 (known or not). Outside quoted text an undefined 《条例》 stays the
   * writer's undefined short title (unknown-regulation, with its fixes); nor in a text with articles of its own.
   */
  onlyRegulationNamed(head: TitleHead, quoted: Context): Context | null {
    if (head.written !== '条例' || this.doc.state().shortTitles.has(titleKey(head.written)) || this.doc.ownText()) return null;
    if (quoted.kind !== 'laws' || quoted.laws.length !== 1 || !/条例$/.test(quoted.laws[0].title)) return null;
    const named = new Set<string>();
    let found: Context | null = null;
    for (const h of this.doc.state().history) {
      if (h.kind === 'laws') {
        for (const l of h.laws) if (/条例$/.test(l.title)) named.add(l.title);
        if (h.laws.length === 1 && /条例$/.test(h.laws[0].title)) found = h;
      } else if (/条例/.test(h.written)) named.add(h.written);
    }
    return named.size === 1 && found && found.kind === 'laws' && found.laws[0] === quoted.laws[0] ? found : null;
  }
}

// The document's own references (本办法第三条, 本条, 前条, 前款, a bare 第X款 in a draft regulation) bound against its own
// structure: the articles, 款 and 项 it has — or, for a part file of a joined law, the whole law's; for articles printed
// under a basis line naming a regulation, that regulation's.
import type { CorpusLike } from '../../corpus/index';
import { findArticle, type Paragraph, type Regulation } from '../../model';
import { bindTarget, unbound } from '../bind';
import type { Context } from '../context';
import type { OwnStructure } from '../document';
import { runsOnAfterItems } from '../layout/runOnParagraph';
import { problems } from '../problems';
import type { QuotedReferences } from '../quotation/quotedReferences';
import { BLANK_TARGET } from '../quotation/quotedReferences';
import type { RawTarget, ScannedCitation } from '../scanTypes';
import { selfName } from '../selfName';
import { sameClause, sameSentence, type LineIndex } from '../text';
import type { Binding, Problem } from '../types';
import { wholeLawOf } from '../wholeLaw';
import type { Resolved, TargetBinder } from './bindTargets';

/** The document's own article cited last: its number, where that citation ends (bare 款 after it keep it) and where it was named. */
export interface LastSelfArticle {
  /** The article's number. */
  article: number;
  /** Its 之N, or null. */
  insert: number | null;
  /** Where the citation (or the last bare 款 continuing it) ends. */
  end: number;
  /** Where the article itself was cited. */
  named: number;
}

/** What the document's own references are bound with. */
export interface SelfReading {
  /** The document's text as read. */
  text: string;
  /** Its line index. */
  lines: LineIndex;
  /** Its own structure (a draft regulation's articles), or null. */
  own: OwnStructure | null;
  /** The corpus (a part file's whole law). */
  corpus: CorpusLike;
  /** The document's date, or null. */
  date: string | null;
  /** Binds targets (binding/bindTargets.ts). */
  binder: TargetBinder;
  /** The references inside quoted words: a reprinted regulation's 款 (quotation/quotedReferences.ts). */
  quotes: QuotedReferences;
  /** The context a title as written names (titles/titleReader.ts). */
  lookupTitle: (written: string) => Context;
}

/** Binds one document's own references against its structure. */
export class SelfReferences {
  /** `doc`: the document, its structure, the binder and the readers it asks. */
  constructor(private readonly doc: SelfReading) {}

  /** Self references in a draft regulation, against the document's own structure. */
  /**
   * `reprinted`: the regulation printed under a basis line above the document's own articles (basisTitleAbove.ts), or
   * null; `lastSelf`: the document's own article cited last (a bare 第X款 after it in the same clause is its 款).
   */
  resolveSelf(c: ScannedCitation, reprinted: Context | null, lastSelf: LastSelfArticle | null): Resolved {
    const head = c.head;
    const own = this.doc.own;
    // Articles printed under a basis line naming a regulation (basisTitleAbove.ts): their self references are its own.
    // 本办法第三条 in a document whose own articles are not in view: its own provision, not found here.
    // Without its own articles in view the document's articles are named as written: 本办法第三条, and a bare 第五条 going on citing it.
    if (!own) return { bindings: head.kind === 'self' || head.kind === 'bare' ? c.targets.map((r) => unbound(this.doc.binder.target(null, r))) : [], self: true };
    const loc = own.locate(c.start);
    const raws: RawTarget[] = [];
    const chain = c.targets;
    /** 前条 in the first article, 前款 in a first 款: nothing before it (said in hover, not as a diagnostic). */
    const nothingBefore = (p: Problem): Resolved => ({ bindings: [], problems: [p], self: true });
    if (head.kind === 'self' || (head.kind !== 'this-article' && head.kind !== 'prev-article' && head.kind !== 'prev-paragraphs' && c.top === 0)) {
      raws.push(...chain);
    } else {
      if (!loc) return { bindings: [] }; // before the first article: no context
      const cur = loc.article;
      if (head.kind === 'prev-article') {
        const prevs = own.regulation.articles.slice(Math.max(0, loc.index - head.count), loc.index);
        if (!prevs.length) return nothingBefore(problems.nothingBefore(selfName(own.regulation.title), cur.number, cur.insert, 'article'));
        for (const prev of prevs) {
          if (chain.length) for (const r of chain) raws.push({ ...r, article: prev.number, insert: prev.insert });
          else raws.push({ ...BLANK_TARGET, article: prev.number, insert: prev.insert });
        }
      } else if (head.kind === 'prev-paragraphs') {
        // Rule (issue 14, heldout15 gov): in a regulation's articles printed under its name (basisTitleAbove.ts), the 款
        // being read is the one of its text holding the words from 前款 on, as in a quotation — a page's typing may
        // break an item's bracket (（五〉) and so the count of its 款; failing that, the count.
        const p = (reprinted && this.doc.quotes.reprintedParagraph(reprinted, cur.number, cur.insert, c.start)) || loc.paragraph.number;
        for (let k = Math.max(1, p - head.count); k < p; k++) {
          if (chain.length) for (const r of chain) raws.push({ ...r, article: cur.number, insert: cur.insert, paragraph: k });
          else raws.push({ ...BLANK_TARGET, article: cur.number, insert: cur.insert, paragraph: k });
        }
        // 前款 run on after the last item of the 款 on its line: that 款 (runOnParagraph.ts).
        if (!raws.length && head.count === 1 && runsOnAfterItems(this.doc.text, c.start)) {
          if (chain.length) for (const r of chain) raws.push({ ...r, article: cur.number, insert: cur.insert, paragraph: p });
          else raws.push({ ...BLANK_TARGET, article: cur.number, insert: cur.insert, paragraph: p });
        }
        if (!raws.length) return nothingBefore(problems.nothingBefore(selfName(own.regulation.title), cur.number, cur.insert, 'paragraph'));
      } else if (head.kind === 'same-article' && lastSelf) {
        const prev = lastSelf;
        for (const r of chain) raws.push({ ...r, article: prev.article, insert: prev.insert });
        // 该条 alone (符合本条例第十二条规定的，该条规定的…; thatArticleOwnText.ts): that article itself.
        if (!chain.length) raws.push({ ...BLANK_TARGET, article: prev.article, insert: prev.insert });
      } else if (head.kind === 'this-article') {
        const para = head.thisParagraph ? loc.paragraph.number : null;
        if (chain.length) for (const r of chain) raws.push({ ...r, article: cur.number, insert: cur.insert, paragraph: r.paragraph ?? para });
        else raws.push({ ...BLANK_TARGET, article: cur.number, insert: cur.insert, paragraph: para });
      } else {
        // bare 第X款 (…第Y项): the current article, unless it continues, in the same clause, a citation of another of
        // the document's articles (属于第三十条第二款至第四款规定…以及第五款规定… : 第三十条第五款).
        const prev = lastSelf;
        // Items or 款 cited alone in a later clause of the same sentence (违反第十一条第（一）、（二）项规定的，处…；违反
        // 第（七）、（八）项规定的，处…; 违反本条例第十条第一款规定…的，违反第二款规定…的): the article cited before them,
        // when it has them and this one has not.
        const has = (article: number, insert: number | null) => (c.top === 2 ? this.ownHasItems(article, insert, chain) : this.ownHasParagraphs(article, insert, chain));
        const alone = c.top === 1 || c.top === 2;
        const laterClause = !!prev && alone && sameSentence(this.doc.text, prev.end, c.start) && !has(cur.number, cur.insert) && has(prev.article, prev.insert);
        const leadIn = !!prev && alone && this.citedInLeadIn(prev.named, loc.paragraph, c.start) && has(prev.article, prev.insert);
        const continues = prev && (sameClause(this.doc.text, prev.end, c.start) || laterClause || leadIn);
        const article = continues ? prev.article : cur.number;
        const insert = continues ? prev.insert : cur.insert;
        for (const r of chain) raws.push({ ...r, article, insert });
      }
    }
    // An excerpt knows only the articles in view: one before or after them is its own, not checked; so is a 编, 章 or
    // 节 it does not show (本法第一编第六章 in a text reprinted from its 合同编).
    const inView = (r: RawTarget) => !own.excerpt || r.article === null || (r.article >= own.regulation.articles[0].number && r.article <= own.regulation.articles[own.regulation.articles.length - 1].number);
    const bind = (r: RawTarget): Binding => {
      if (!inView(r)) return unbound(this.doc.binder.target(null, r));
      const b = bindTarget(this.doc.binder.target(null, r), null, own.regulation, true);
      if (b.problem?.code === 'unknown-article' && this.wholeLaw()) {
        return bindTarget(this.doc.binder.target(null, r), null, this.wholeLaw()!, true);
      }
      return own.excerpt && r.article === null && !b.division ? unbound(this.doc.binder.target(null, r)) : b;
    };
    if (reprinted) return this.doc.binder.resolveIn(reprinted, raws);
    const bindings = raws.map(bind);
    return { bindings, self: true };
  }

  /**
   * Rule (法律责任 articles): 违反本条例第十六条规定，有下列行为之一的，按照下列规定处理：（一）违反第二项规定的，… — an item
   * cited alone inside one of the listed items is an item of the article the lead-in cited (an item does not cite its
   * own siblings). True when `citedEnd` (the end of that citation) lies in `paragraph` before its first item and
   * `at` inside its items.
   */
  private citedInLeadIn(citedEnd: number, paragraph: Paragraph, at: number): boolean {
    const first = paragraph.items[0];
    if (!first) return false;
    const itemsStart = this.doc.lines.offset(first.location.range.start);
    const paraStart = this.doc.lines.offset(paragraph.location.range.start);
    const paraEnd = this.doc.lines.offset(paragraph.location.range.end);
    return citedEnd >= paraStart && citedEnd <= itemsStart && at >= itemsStart && at <= paraEnd;
  }

  /** Whether the document's own article around `offset` has every item (top 2) or 款 (top 1) a chain cites. */
  ownArticleHas(offset: number, top: number, chain: readonly RawTarget[]): boolean {
    const at = this.doc.own?.locate(offset);
    if (!at) return true;
    return top === 2 ? this.ownHasItems(at.article.number, at.article.insert, chain) : this.ownHasParagraphs(at.article.number, at.article.insert, chain);
  }

  /** Whether the document's own article has every item a chain cites (in the 款 it names, else in any 款). */
  private ownHasItems(article: number, insert: number | null, chain: readonly RawTarget[]): boolean {
    const a = this.doc.own && findArticle(this.doc.own.regulation, article, insert);
    if (!a) return false;
    return chain.every((r) => r.item === null || (r.paragraph !== null ? (a.paragraphs[r.paragraph - 1]?.items.length ?? 0) >= r.item : a.paragraphs.some((p) => p.items.length >= r.item!)));
  }

  /** Whether the document's own article has every 款 a chain cites. */
  private ownHasParagraphs(article: number, insert: number | null, chain: readonly RawTarget[]): boolean {
    const a = this.doc.own && findArticle(this.doc.own.regulation, article, insert);
    return !!a && chain.every((r) => r.paragraph === null || a.paragraphs.length >= r.paragraph);
  }

  /** The joined law this document is one part file of, once looked up (wholeLaw). */
  private whole: Regulation | null | undefined;

  /** The joined law this document is one part file of (wholeLaw.ts), else null. */
  private wholeLaw(): Regulation | null {
    if (this.whole === undefined) {
      const ctx = this.doc.own ? this.doc.lookupTitle(this.doc.own.regulation.title) : null;
      this.whole = ctx?.kind === 'laws' ? wholeLawOf(this.doc.own!.regulation, () => ctx.laws, (law) => this.doc.corpus.version(law, this.doc.date)) : null;
    }
    return this.whole;
  }
}

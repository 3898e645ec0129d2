// A reference inside words quoted or set out after a citation (rule: quoted statute text keeps its own context):
// 本法 / 本条例 and a bare 第X条 there are the quoted law's; 本条, 本款, 前条, 前款 and a bare 第X款 are read from the quoted
// article and the 款 whose words hold the reference (quotedParagraph.ts) — one quotation per citation, read against the
// versions of its law the corpus holds.
import type { CorpusLike, Law } from '../../corpus/index';
import type { Regulation } from '../../model';
import type { Context } from '../context';
import { ITEM_LINE_START } from '../layout/itemsUnderCitation';
import { runsOnAfterItems } from '../layout/runOnParagraph';
import type { RawTarget, ScannedCitation } from '../scanTypes';
import { afterLastStop, stopCodes } from '../text';
import { oneParagraphHolds, paragraphHolding } from './quotedParagraph';
import { quotationIsParagraph } from './quotedParagraphAlone';
import { paragraphAfterItemLines, paragraphAfterItems, paragraphsBySentences } from './sentenceParagraphs';
import { selfWordNames } from './unmarkedQuotation';
import { wordsBelowLabel } from './labelAloneLine';

/** A reference's numbers before any is known (本条 alone: the article is filled in from what is discussed). */
export const BLANK_TARGET: RawTarget = Object.freeze({ article: null, insert: null, paragraph: null, item: null, subitem: null });

/** A citation whose quotation follows it: what it was read in and what it cites. */
export interface Quoted {
  /** What the citation was read in. */
  ctx: Context;
  /** What it cites. */
  targets: readonly RawTarget[];
  /** Where the quoted words stand. */
  quotation: { start: number; end: number };
  /** Set off by a colon or a space, not quotation marks (unmarkedQuotation.ts). */
  unmarked?: boolean;
  /** The provision's new wording in an amendment (amendedWording.ts). */
  newWording?: boolean;
  /** The article's words written out after its citation with no marks (pastedParagraph.ts): read only when confirmed. */
  pasted?: boolean;
}

/** Where a pasted 款's own words start, read back from a reference in it: after 。 or a line break. */
const PARAGRAPH_STOPS = stopCodes('。\n\r');

/** Line breaks between two offsets (a quotation printed one 款 per line), an item's line not counted. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
    while (text[i + 1] === '\n' || text[i + 1] === '\r') i++;
    // An item's line ((一)…, 1.…) goes on with the 款 that introduced its items: no new 款.
    if (!ITEM_LINE_START.test(text.slice(i + 1, i + 12))) n++;
  }
  return n;
}

/** Reads the references inside one document's quotations against the corpus (the rules stand above each reading). */
export class QuotedReferences {
  /**
   * `text`: the document as read; `chooseVersion`: the version a citation of `law` read in `ctx` is bound to
   * (binding/versionChoice.ts), the one a quotation's words are first compared with.
   */
  constructor(private readonly text: string, private readonly corpus: CorpusLike,
    private readonly chooseVersion: (law: Law, ctx: Context) => Regulation) {}

  /**
   * Whether `offset` is inside quotation marks: the nearest “ or ” before it (within 3000 characters) is “. Text in
   * marks that no citation introduces is someone's text of its own (a 修改决定's 将第三十七条修改为：“…本条第二款…”).
   */
  inQuotationMarks(offset: number): boolean {
    for (let i = offset - 1; i >= Math.max(0, offset - 3000); i--) {
      const ch = this.text[i];
      if (ch === '”') return false;
      if (ch === '“') return true;
    }
    return false;
  }

  /** Whether the quotation after a 款 cited alone is that 款's text in the article read (quotedParagraphAlone.ts). */
  quotesParagraphText(ctx: Context, targets: readonly RawTarget[], c: ScannedCitation): boolean {
    const t = targets[0];
    if (!c.quotation || ctx.kind !== 'laws' || ctx.laws.length !== 1 || targets.length !== 1 || !t || t.article === null || t.paragraph === null) return false;
    const articles = ctx.laws[0].versions.map((v) => v.articles.find((a) => a.number === t.article && a.insert === t.insert)).filter((a) => !!a);
    return quotationIsParagraph(articles, this.text.slice(c.quotation.start, Math.min(c.quotation.end, c.quotation.start + 60)), t.paragraph);
  }

  /**
   * A reference inside a quotation of cited text is the quoted provision's (rule: quoted statute text keeps its own
   * context): 本法/本条例 and a bare 第X条 are the quoted law's; 本条, 本款, 前条, 前款 and a bare 第X款 are read from the
   * quoted article (and 款). Null for what the rule does not cover (a title, 该条例): read as anywhere else.
   */
  quotedTargets(c: ScannedCitation, q: Quoted): RawTarget[] | null {
    const head = c.head;
    // Unmarked quoted text: 本办法 there names the quoted regulation only when it is one (本法 in a 法).
    if (head.kind === 'self' && q.unmarked && !selfWordNames(this.text.slice(head.start, head.end), q.ctx.kind === 'laws' ? q.ctx.laws[0]?.title ?? '' : q.ctx.written)) return null;
    // Words carried over as an article's (pasted, spacedParagraphs.ts): its 本法 and bare 第X条 only where the words there are
    // the article's own, as its 前款; a writer's paragraph after it keeps its own reading.
    // 本法 in the words of an article of one 款 (劳动法第二十九条的规定，劳动者有下列情形之一的，用人单位不得依据本法第二十六条…):
    // no 款 to tell, the words are the article's or not.
    const held = (t: RawTarget) => this.quotedParagraph(q, t, c.start) !== null || (head.kind === 'self' && this.oneParagraphHolds(q, t, c.start));
    if (head.kind === 'self' || (head.kind === 'bare' && c.top === 0)) return q.pasted && (!q.targets[0] || !held(q.targets[0])) ? null : c.targets;
    if (q.newWording) return null; // the new provision's 本条, 前款: not in the corpus yet (amendedWording.ts)
    const arts = new Set(q.targets.map((t) => (t.article === null ? '' : `${t.article}-${t.insert ?? 0}`)));
    const first = q.targets[0];
    if (arts.size !== 1 || !first || first.article === null) return null;
    const paras = new Set(q.targets.map((t) => t.paragraph));
    // The 款 being read: the cited one, else the quotation's paragraph at this point (one per line).
    // Words pasted after a citation naming one 款: that 款 and the lines under it (pastedParagraph.ts). Counted by lines,
    // a reference run on after the last item of a 款 on its line (…（四）报纸、期刊。除前款所列…) is in the next 款
    // (runOnParagraph.ts), as the article's text goes on there.
    // 前条 in words set out after a citation (pastedParagraph.ts): the article before the cited one, where the words from
    // 前条 on are that article's (in one of its 款, or its only 款); no 款 needs telling.
    if (head.kind === 'prev-article' && q.pasted) {
      const held = this.quotedParagraph(q, first, c.start) !== null || this.oneParagraphHolds(q, first, c.start);
      const article = first.article - head.count;
      return held && article >= 1 ? (c.targets.length ? c.targets : [BLANK_TARGET]).map((r) => ({ ...r, article, insert: null, paragraph: r.paragraph })) : null;
    }
    const named = paras.size === 1 && first.paragraph !== null ? first.paragraph : null;
    const counted = (from: number, start = q.quotation.start) => from + lineBreaks(this.text, start, c.start) + (runsOnAfterItems(this.text, c.start) ? 1 : 0);
    // Counted from the 款 named only on the lines under it; on its own line only the words tell (they may be that 款's or
    // the next 款 glued on).
    const below = /[\r\n]/.test(this.text.slice(q.quotation.start, c.start));
    // Under the printed heading of a 款 (第十条第二款 … ⏎ …前款…, or a list of 款 printed so) the lines go on with the next 款.
    // No 款 named: counted from the article's first words, below its label when that stands alone (labelAloneLine.ts).
    const current = named !== null && !q.pasted && !(q.unmarked && below && q.targets.length === 1) ? named : this.quotedParagraph(q, first, c.start) ?? (named !== null ? (below ? counted(named) : null) : q.pasted ? null : counted(1, wordsBelowLabel(this.text, q.quotation.start)));
    // 前款 on the line after the items of an article set out line by line under its citation (sentenceParagraphs.ts
    // paragraphAfterItemLines), its words in no version held: the 款 of the items.
    const afterItemLines = current === null && q.pasted && named === null && head.kind === 'prev-paragraphs' ? paragraphAfterItemLines(this.text, q.quotation.start, c.start, head.count) : null;
    if (afterItemLines) return (c.targets.length ? c.targets : [BLANK_TARGET]).flatMap((r) => afterItemLines.map((k) => ({ ...r, article: first.article, insert: first.insert, paragraph: k })));
    if (current === null) return null;
    const at = (r: RawTarget, article: number, insert: number | null, paragraph: number | null): RawTarget => ({ ...r, article, insert, paragraph });
    const chainOr = (one: RawTarget) => (c.targets.length ? c.targets : [one]);
    switch (head.kind) {
      case 'bare':
        // Items retold on the line under the quoted article's items (retoldItems.ts): of the 款 listing them.
        return c.targets.map((r) => at(r, first.article!, first.insert, r.paragraph ?? (c.retoldItems ? this.paragraphListingItems({ ctx: q.ctx, article: first.article!, insert: first.insert }, r) : null)));
      case 'this-article': {
        // Rule (issue 14, heldout22-court; a commentary printing the article under its heading, then its own paragraphs
        // with no blank line between: 第八十二条… ⏎ 款 ⏎ 款 ⏎ 本条第一款规定的是… ⏎ …按照本款规定…): a 本款 counted past the
        // last 款 the article has in any version is not in the article's words — the printed text ended above it, and the
        // writer's 本款 is read as his own (paragraphUnderDiscussion), not as a 款 the article lacks.
        if (head.thisParagraph && q.unmarked && named === null && !q.pasted && !this.articleHasParagraph(q, first, current)) return null;
        const para = head.thisParagraph ? current : null;
        return chainOr(BLANK_TARGET).map((r) => at(r, first.article!, first.insert, r.paragraph ?? para));
      }
      case 'prev-article':
        return first.article - head.count >= 1 ? chainOr(BLANK_TARGET).map((r) => at(r, first.article! - head.count, null, r.paragraph)) : null;
      case 'prev-paragraphs': {
        const out: RawTarget[] = [];
        // Rule (issue 14, zh11; pages setting an article out with its next 款 run on in the same line: 第十条 ……。依照前款
        // 规定……): 前款 counted in the first 款 has nothing before it, so the writer ran the next 款 on; the one 款 of the
        // article whose words open with the reference's first few (前款规定…) is the one being read, paraphrase after it aside.
        const ran = current <= head.count && !q.pasted ? this.quotedParagraph(q, first, c.start, 4) : null;
        // Rule (issue 14, heldout17-gov; an earlier wording quoted on one line, its words in no version the corpus holds:
        // sentenceParagraphs.ts): as many sentences before 前款 as it counts back are the 款 it points to.
        const bySentences = current <= head.count && ran === null && named === null && !q.pasted && this.quotedParagraph(q, first, c.start) === null
          ? paragraphsBySentences(this.text, q.quotation.start, c.start, head.count) : null;
        if (bySentences) return chainOr(BLANK_TARGET).flatMap((r) => bySentences.map((k) => at(r, first.article!, first.insert, k)));
        const afterItems = current <= head.count && ran === null && !bySentences && named === null && !q.pasted && !q.unmarked && this.quotedParagraph(q, first, c.start) === null
          ? paragraphAfterItems(this.text, q.quotation.start, c.start, head.count) : null;
        if (afterItems) return chainOr(BLANK_TARGET).flatMap((r) => afterItems.map((k) => at(r, first.article!, first.insert, k)));
        for (let k = Math.max(1, (ran ?? current) - head.count); k < (ran ?? current); k++) for (const r of chainOr(BLANK_TARGET)) out.push(at(r, first.article, first.insert, k));
        // Text quoted from a regulation the corpus does not know: which 款 it is reading cannot be told, but 前款 there
        // is still that regulation's (unknown-regulation), never the document's own (单位有前款第三项行为的，… quoted
        // on one line after 《某某管理规定》第二十条第(三)项：).
        if (!out.length && q.ctx.kind === 'unknown') return chainOr(BLANK_TARGET).map((r) => at(r, first.article!, first.insert, null));
        return out.length ? out : null;
      }
      default:
        return null;
    }
  }

  /** Whether the quoted article has a `paragraph`th 款 in some version the corpus holds (true when it cannot be told). */
  private articleHasParagraph(q: Quoted, first: RawTarget, paragraph: number): boolean {
    if (q.ctx.kind !== 'laws' || q.ctx.laws.length !== 1 || first.article === null) return true;
    const found = q.ctx.laws[0].versions.map((reg) => reg.articles.find((a) => a.number === first.article && a.insert === first.insert)).filter((a) => !!a);
    return found.length === 0 || found.some((a) => a.paragraphs.length >= paragraph);
  }

  /** The 款 of a reprinted regulation's article that holds the words from `at` on (quotedParagraph), else null. */
  reprintedParagraph(ctx: Context, article: number, insert: number | null, at: number): number | null {
    const target: RawTarget = { ...BLANK_TARGET, article, insert };
    return this.quotedParagraph({ ctx, targets: [target], quotation: { start: at, end: Math.min(this.text.length, at + 60) }, unmarked: true, pasted: true }, target, at);
  }

  /** Whether the cited article, in a version of one 款, holds the words from `at` on (quotedParagraph.ts oneParagraphHolds). */
  private oneParagraphHolds(q: Quoted, first: RawTarget, at: number): boolean {
    if (q.ctx.kind !== 'laws' || q.ctx.laws.length !== 1 || first.article === null) return false;
    const from = this.text.slice(at, Math.min(q.quotation.end, at + 40));
    return q.ctx.laws[0].versions.some((reg) => {
      const article = reg.articles.find((a) => a.number === first.article && a.insert === first.insert);
      return !!article && oneParagraphHolds(article.paragraphs, from);
    });
  }

  /**
   * The 款 a quotation of several 款 (or of a whole article) is reading at `at`: the one holding the words before it
   * (quotedParagraph.ts), in the version the quotation's citation is read in; null when that cannot be told.
   */
  private quotedParagraph(q: Quoted, first: RawTarget, at: number, span?: number): number | null {
    if (q.ctx.kind !== 'laws' || q.ctx.laws.length !== 1 || first.article === null) return null;
    const law = q.ctx.laws[0];
    const chosen = this.chooseVersion(law, q.ctx);
    // Words written out after a citation (pastedParagraph.ts): only the reference's own words tell — the ones before it
    // may be the previous 款's, as 前款 opens many a 款.
    // Rule (issue 14, heldout27 court; a paper setting out an article's 款 in its own sentence and going on in the
    // writer's words: …单位犯前款罪的，……依照前款的规定处罚。本文通过…): a 款 ends at a full stop, so the words from the
    // last 。 (or line break) before the reference are its own 款's, not the previous 款's; they tell when the words after
    // it run into the writer's (paragraphHolding tries the words after it first).
    const open = Math.max(q.quotation.start, at - 40);
    const own = q.pasted ? afterLastStop(this.text, open, at, PARAGRAPH_STOPS) : -1;
    const before = this.text.slice(own === -1 ? open : own, at);
    const from = this.text.slice(at, Math.min(q.quotation.end, at + 40));
    // The version read first; an undated page may quote an earlier text of the article (2005年《公司法》第21条…违反前款规定),
    // so the other versions, latest first, when the one read does not hold the words.
    const versions = [chosen, ...law.versions.filter((v) => v !== chosen).reverse()];
    for (const reg of versions) {
      const article = reg.articles.find((a) => a.number === first.article && a.insert === first.insert);
      const k = article ? paragraphHolding(article.paragraphs, span ? '' : before, from, span) : null;
      if (k !== null) return k;
    }
    // Rule (fix-res100, heldout41-gov; a Q&A page's 法律依据 line gluing a law's article to its words, no marks, a 款 of
    // the page's copy worded apart from the held text: 《…廣告法》第五十五條違反本法規定…，壹年內不受理其廣告審查申請。醫療機構有前款
    // 違法行為…): when neither the words after the reference nor the forty before it are found, the words of its own
    // sentence (from the last 。 or line break) are looked up — a 款 ends at a full stop, as for words pasted after a
    // citation above; the forty before may run over the previous 款's end. In quotation marks too (规定：“……。医疗机构有
    // 前款违法行为…”), where 前款 was left unread. Words found in no 款 (本案当事人有前款违法行为) tell nothing, as before.
    if (q.pasted || span) return null;
    const stop = afterLastStop(this.text, open, at, PARAGRAPH_STOPS);
    if (stop === -1 || stop === open) return null;
    const sentence = this.text.slice(stop, at);
    for (const reg of versions) {
      const article = reg.articles.find((a) => a.number === first.article && a.insert === first.insert);
      const k = article ? paragraphHolding(article.paragraphs, sentence, '') : null;
      if (k !== null) return k;
    }
    return null;
  }

  /**
   * Rule (issue 14, zh14; an article's text set out under its number, 永久性居民为：…（六）第（五）项所列永久性居民…): an item
   * cited alone inside the words of one of the article's 款 is an item of that 款 — the one 款 whose words stand right
   * after the reference and that lists the item (quotedParagraph.ts paragraphHolding). Null when the words tell no one
   * 款 (a writer's own sentence), or the article has one 款 (the item's 款 is not written then).
   */
  itemParagraphByWords(last: { ctx: Context; article: number; insert: number | null }, r: RawTarget, at: number): number | null {
    if (r.item === null || last.ctx.kind !== 'laws' || last.ctx.laws.length !== 1) return null;
    const art = this.corpus.article(this.chooseVersion(last.ctx.laws[0], last.ctx), last.article, last.insert);
    if (!art || art.paragraphs.length < 2) return null;
    const k = paragraphHolding(art.paragraphs, '', this.text.slice(at, at + 40));
    return k !== null && art.paragraphs[k - 1].items.length >= r.item ? k : null;
  }

  /**
   * Rule (fix-zh41a; layout/retoldItems.ts): items retold under the article's items printed above (…如果对上述第三项和第四项行为
   * 负有…) are those of the one 款 that lists items — the 款 the printed items belong to. Null when the article has one
   * 款 (the item's 款 is not written then) or more than one 款 lists items.
   */
  paragraphListingItems(last: { ctx: Context; article: number; insert: number | null }, r: RawTarget): number | null {
    if (r.item === null || last.ctx.kind !== 'laws' || last.ctx.laws.length !== 1) return null;
    const art = this.corpus.article(this.chooseVersion(last.ctx.laws[0], last.ctx), last.article, last.insert);
    if (!art || art.paragraphs.length < 2) return null;
    const listing = art.paragraphs.flatMap((p, k) => (p.items.length ? [k + 1] : []));
    return listing.length === 1 && art.paragraphs[listing[0] - 1].items.length >= r.item ? listing[0] : null;
  }
}

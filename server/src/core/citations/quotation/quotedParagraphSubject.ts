// Rule (round 30, heldout54-lawyer p15; commentaries setting a new article against the old one: 新公司法第89条在老公司法第74条
// 的基础上增加了一款，即第三款：“公司的控股股东滥用股东权利…”): a 款 named alone with its words quoted right after it (a colon
// between or not) is a 款 of an article the sentence cited — the article cited last, else the article the sentence
// opened with (its subject: the first article cited with its title in the sentence), whichever holds the words quoted
// as that 款's text. The article cited last is asked first (《某法》第十条规定…第二款“…” is its 款, quotedParagraphAlone.ts);
// when its 款 of that number is not the text quoted but the subject's is, the 款 is the subject's. Neither holding it,
// the 款 stays unread, as before.
import type { CitedArticle, Context } from '../context';
import type { RawTarget, ScanEvent, ScannedCitation, TitleHead } from '../scanTypes';
import { withoutQuoted } from '../text';

/** A sentence's end, outside quotation marks, between the subject and the 款. */
const SENTENCE_END = /[。！？!?\r\n]/;

/**
 * The article the sentence of the 款 `c` opened with, when `c` (quoted after it) is not a 款 of `last` by the words quoted
 * but is one of it (`holds` asks the quoted text of an article's 款; `ctxOf` reads a title); else null.
 */
export function quotedParagraphOfSubject(text: string, c: ScannedCitation, last: CitedArticle | null, events: readonly ScanEvent[] | null,
  ctxOf: (head: TitleHead) => Context, holds: (ctx: Context, targets: readonly RawTarget[], c: ScannedCitation) => boolean): CitedArticle | null {
  if (!c.quotesParagraph || !last || !events) return null;
  const of = (a: { article: number; insert: number | null }) => c.targets.map((r) => ({ ...r, article: a.article, insert: a.insert }));
  if (holds(last.ctx, of(last), c)) return null;
  const subject = sentenceOpening(text, c, events);
  if (!subject || subject.head.kind !== 'title') return null;
  const t = subject.targets[0];
  const about = { ctx: ctxOf(subject.head), article: t.article!, insert: t.insert, paragraph: null };
  return holds(about.ctx, of(about), c) ? about : null;
}

/** The first citation of one article with its title in the sentence before `c` (no sentence end between), or null. */
function sentenceOpening(text: string, c: ScannedCitation, events: readonly ScanEvent[]): ScannedCitation | null {
  const k = events.indexOf(c);
  let found: ScannedCitation | null = null;
  for (let i = k - 1; i >= 0; i--) {
    const e = events[i];
    if (e.type !== 'citation') continue;
    if (e.end > c.start || SENTENCE_END.test(withoutQuoted(text.slice(e.end, c.start)))) break;
    if (e.lang === 'zh' && e.head.kind === 'title' && e.top === 0 && e.targets.length === 1 && e.targets[0].article !== null && e.targets[0].paragraph === null) found = e;
  }
  return found;
}

/** The 款 cited alone last: its law, article and 款, and where its citation ends (citationMemory.ts lastParagraphCited). */
interface ParagraphCited { ctx: Context; article: number; insert: number | null; paragraph: number; end: number }

/**
 * For 该款 (`c`, read back to a 款 named alone: thatArticle.ts): that 款's article, when the 款 alone was cited after the
 * last article (`lastArticleEnd`) — the 款 just named, not the article before it; else null.
 */
export function paragraphNamedLast(c: ScannedCitation, cited: ParagraphCited | null, lastArticleEnd: number): CitedArticle | null {
  if (c.head.kind !== 'same-article' || c.top !== 1 || !cited || cited.end <= lastArticleEnd || cited.end > c.start) return null;
  return { ctx: cited.ctx, article: cited.article, insert: cited.insert, paragraph: cited.paragraph };
}

// The quote-mismatch problem of a citation followed by a quotation: which text the citation's bindings name (a 目,
// 项, 款, several 款 of one article, or the whole article, in the version the analysis selected), the comparison
// (quotation.ts), and the problem with its message and fixes. Citations of several articles, of the document's own
// provisions, or that do not resolve are not compared.
import { chineseNumeral, provisionLabel } from '../../labels';
import type { Article } from '../../model';
import { formatDiff } from '../../diff';
import { enProvision, messages } from '../messages';
import { problems } from '../problems';
import { compareQuotation, diffExcerpt, type QuoteBudget, type QuotedProvision } from './quotation';
import type { ScannedCitation } from '../scanTypes';
import type { LineIndex } from '../text';
import type { Binding, Problem, QuickFix, Severity } from '../types';

/** A quotation not introduced by 规定 or a colon is compared from this many characters on. */
const MIN_LOOSE_QUOTATION = 10;

/** The text the bindings name, when they name one provision (or several 款 of one article) of a corpus law. */
function quotedProvision(bindings: readonly Binding[], quotation: string): { provision: QuotedProvision; article: Article } | null {
  const first = bindings[0];
  if (!first || !first.law || !first.article) return null;
  const a = first.article;
  if (bindings.some((b) => b.problem || b.article !== a || b.regulation !== first.regulation || b.self)) return null;
  const paragraphs = a.paragraphs.map((p) => ({ number: p.number, text: p.text }));
  // The whole article: with its label when the quotation starts with it (“第六条　各级人民政府…”).
  const whole = quotation.trimStart().startsWith(a.label) ? a.text : paragraphs.map((p) => p.text).join('\n');
  if (bindings.length === 1) {
    const b = first;
    // A 项 or 目 with its label: quoted with it or without (a part of it).
    if (b.subitem) return { provision: { text: b.subitem.label + b.subitem.text }, article: a };
    if (b.item) return { provision: { text: b.item.label + b.item.text }, article: a };
    if (b.target.paragraph !== null && b.paragraph) return { provision: { text: b.paragraph.text, paragraph: b.paragraph.number, paragraphs }, article: a };
    return { provision: { text: whole }, article: a };
  }
  // 第一款、第二款规定：“…”: those 款 in order; anything finer, the article.
  if (bindings.every((b) => b.target.item === null && b.target.paragraph !== null && b.paragraph)) {
    const cited = a.paragraphs.filter((p) => bindings.some((b) => b.paragraph === p));
    return { provision: { text: cited.map((p) => p.text).join('\n') }, article: a };
  }
  return { provision: { text: whole }, article: a };
}

/** The quote-mismatch problem of `c` (which has a quotation), or null when the quotation matches or is not compared. */
export function quoteProblem(text: string, lines: LineIndex, c: ScannedCitation, bindings: readonly Binding[], budget: QuoteBudget): Problem | null {
  const q = c.quotation;
  if (!q || c.lang !== 'zh') return null;
  const quotation = text.slice(q.start, q.end);
  const found = quotedProvision(bindings, quotation);
  if (!found) return null;
  const { provision, article } = found;
  // 规定：“…”, 规定，“…”, 第X条：“…” and 第X条“…”的规定 say a quotation follows; a bare 第X条，“…” or 第X条“…” may quote a
  // few words (第十七条，“向北开放”误为…): compared only when sentence-long, and never said to be another text.
  const opened = /规定|[：:]/.test(text.slice(c.end, q.start)) || /^[”」"]\s*(?:的|之|中的)?规定/.test(text.slice(q.end, q.end + 8));
  if (!opened && quotation.replace(/[\s\p{P}\p{S}]/gu, '').length < MIN_LOOSE_QUOTATION) return null;
  const verdict = compareQuotation(quotation, provision, budget);
  if (!verdict || verdict.kind === 'exact' || (!opened && verdict.kind === 'unrelated')) return null;
  const b = bindings[0];
  const title = b.law!.title;
  const t = b.target;
  const unit = { article: article.number, insert: article.insert, paragraph: bindings.length === 1 ? t.paragraph : null, item: bindings.length === 1 ? t.item : null };
  const zh = provisionLabel({ ...unit, subitem: bindings.length === 1 ? t.subitem ?? null : null });
  const en = enProvision(unit);
  const range = lines.range(q.start, q.end);
  const replace: QuickFix = { title: messages.fixQuoteText(verdict.replacement), range, newText: verdict.replacement };
  const args = { title, provision: zh, differences: verdict.differences, diff: formatDiff(verdict.parts), kind: verdict.kind, paragraph: verdict.paragraph ?? null };
  let severity: Severity = 'warning';
  let message;
  const fixes: QuickFix[] = [];
  switch (verdict.kind) {
    case 'other-paragraph': {
      message = messages.quoteOtherParagraph(title, article.number, article.insert, t.paragraph!, verdict.paragraph!);
      const cite = paragraphFix(text, lines, c, verdict.paragraph!);
      if (cite) fixes.push(cite);
      fixes.push(replace);
      break;
    }
    case 'whole-article':
      severity = 'information';
      message = messages.quoteWholeArticle(title, article.number, article.insert, t.paragraph!);
      break;
    case 'unrelated':
      message = messages.quoteUnrelated(title, zh, en);
      fixes.push(replace);
      break;
    default: {
      if (verdict.differences.length === 1 && verdict.differences[0] === 'punctuation') severity = 'information';
      const ex = diffExcerpt(verdict.parts);
      message = messages.quoteDiffers(title, zh, en, verdict.differences, ex.text, ex.more);
      fixes.push(replace);
    }
  }
  return problems.quoteMismatch(severity, args, message, range, fixes);
}

/** The fix that makes the citation's 款 number `paragraph` (it names one 款, written once). */
function paragraphFix(text: string, lines: LineIndex, c: ScannedCitation, paragraph: number): QuickFix | null {
  const parts = c.parts.filter((p) => p.kind === 'paragraph');
  const nums = parts.length === 1 ? parts[0].numbers : undefined;
  if (!nums || nums.length !== 3) return null;
  const written = text.slice(nums[1], nums[2]);
  const newText = /^[0-9０-９]+$/.test(written) ? String(paragraph) : chineseNumeral(paragraph);
  return { title: messages.fixCiteParagraph(paragraph), range: lines.range(nums[1], nums[2]), newText };
}
